import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexText, citationKey, langid } from '../../src/model/bibtex';
import { citeData, readBibtex } from '../support/readers';

/** Titles that broke or could break an entry: unbalanced braces, commands, comment and entry starts. */
const HOSTILE = [
  'A title with an unbalanced { brace',
  'Closes early } and goes on',
  '}}}, author = {Injected',
  '{{{',
  'Ends with a backslash \\',
  '\\end{document} \\input{/etc/passwd}',
  '100% & $5 #1 a_b ~x^2',
  '@comment{ not a comment',
  'Тоқаев и Путин: «итоги» {черновик',
  '"Quoted" and \\"escaped\\"',
  // TeX's ligatures, which readers turn into other characters, and < and >, which they read as ¡ and ¿.
  "1990--2000: ``quoted'' <<x>> a---b 10 < 20",
  "It''s -- a ,,low'' quote",
  'Why?` Oh!`',
  '</script> ]]> ----',
];

const entryOf = (title: string, more: Partial<Parameters<typeof bibtexEntry>[0]> = {}) =>
  bibtexEntry({
    key: 'phone-talk-2021-05',
    title,
    authors: ['Kudrenok {Tatyana'],
    source: 'Kazinform}',
    date: [2021, 5, 2],
    url: 'https://news.example.org/articles/2021/05/phone-talk/?a={b}',
    lang: 'ru',
    ...more,
  });

describe('bibtexEntry', () => {
  it.each(HOSTILE)('writes an entry a BibTeX parser reads whole for the title %j', (title) => {
    const text = entryOf(title);
    const [entry, ...rest] = readBibtex(text);
    expect(rest).toEqual([]);
    expect(entry?.key).toBe('phone-talk-2021-05');
    expect(entry?.fields['title']).toBe(title.replace(/\s+/g, ' '));
    expect(entry?.fields['journaltitle']).toBe('Kazinform}');
    expect(entry?.fields['date']).toBe('2021-05-02');
    // citation-js reads it too, with the same title.
    expect(citeData(text)[0]).toMatchObject({ title: title.replace(/\s+/g, ' '), id: 'phone-talk-2021-05' });
  });

  it('writes the date as biblatex reads it, and no month', () => {
    const text = entryOf('Title');
    expect(text).toContain('  date = {2021-05-02},');
    expect(text).toContain('  year = {2021},');
    expect(text).not.toMatch(/month\s*=/);
    expect(text).toContain('  entrysubtype = {newspaper},');
    expect(text).toContain('  langid = {russian},');
  });

  it('keeps each byline whole and leaves out an author when there is none', () => {
    expect(entryOf('T')).toContain('  author = {{Kudrenok \\textbraceleft{}Tatyana}},');
    expect(entryOf('T', { authors: [] })).not.toContain('author =');
  });

  it('keeps the URL’s braces balanced', () => {
    expect(entryOf('T')).toContain('url = {https://news.example.org/articles/2021/05/phone-talk/?a=%7Bb%7D}');
  });
});

describe('bibtexText', () => {
  it('writes LaTeX’s special characters as commands, braces among them', () => {
    expect(bibtexText('50% & $5 #1 a_b {x} ~^\\')).toBe(
      '50\\% \\& \\$5 \\#1 a\\_b \\textbraceleft{}x\\textbraceright{} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
  });

  it('breaks TeX’s ligatures with an empty group, and writes < and > as commands', () => {
    expect(bibtexText("1990--2000 a---b ``q'' ?` !` ,, <<x>>")).toBe(
      "1990-{}-2000 a-{}-{}-b `{}`q'{}' ?{}` !{}` ,{}, \\textless{}\\textless{}x\\textgreater{}\\textgreater{}",
    );
  });
});

describe('citationKey', () => {
  it('names an article by its file name, year and month, in ASCII', () => {
    expect(citationKey('phone-talk', 2021, 5)).toBe('phone-talk-2021-05');
    expect(citationKey('тоқаев-и-путин', 2024, 11)).toBe('toqaev-i-putin-2024-11');
    expect(citationKey('中文', 2024, 1)).toBe('article-2024-01');
  });
});

describe('langid', () => {
  it('names a language as biblatex does', () => {
    expect(langid('en')).toBe('english');
    expect(langid('ru')).toBe('russian');
    expect(langid('kk')).toBe('kazakh');
    expect(langid('en-GB')).toBe('english');
  });
});
