import { Cite, plugins, type CslItem } from '@citation-js/core';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { buildArchive, type Article, type ArticleEntryLike } from '../../src/model/archive';
import { bibliographyOnly, formatCitations } from '../../src/model/citation';
import { toCslItem } from '../../src/model/csl-item';
import { articleSchema, type ArticleInput } from '../../src/model/schema';
import { recordKey } from '../../src/search/export';
import { URLS } from '../support/model';
import { readBibtex } from '../support/readers';

function articleOf(id: string, data: Partial<ArticleInput> = {}) {
  const parsed = articleSchema.parse({
    title: 'Head of State had telephone talk with Tajik President',
    summary: 'Summary.',
    source: { name: 'Kazinform' },
    kind: 'call',
    published: '2021-05-02T08:10:00+06:00',
    ...data,
  });
  const entry: ArticleEntryLike = { id, data: parsed };
  return buildArchive([entry], [], [], URLS).articles[0]!;
}

const url = 'https://news.example.org/articles/2021/05/head-of-state/';

describe('toCslItem', () => {
  it('describes a newspaper article in its source, dated in the source zone, at the permanent URL', () => {
    const item = toCslItem(
      articleOf('2021/05/head-of-state', { author: 'Kudrenok Tatyana', lang: 'en' }),
      url,
    );
    expect(item).toEqual({
      id: 'head-of-state-2021-05',
      type: 'article-newspaper',
      title: 'Head of State had telephone talk with Tajik President',
      'container-title': 'Kazinform',
      author: [{ literal: 'Kudrenok Tatyana' }],
      issued: { 'date-parts': [[2021, 5, 2]] },
      URL: url,
      language: 'en',
    });
  });

  it('uses the calendar day of the source, not of UTC', () => {
    const item = toCslItem(articleOf('2021/05/early', { published: '2021-05-02T01:00:00+06:00' }), url);
    expect(item.issued).toEqual({ 'date-parts': [[2021, 5, 2]] });
  });

  it('names no author when the source names none', () => {
    expect(toCslItem(articleOf('2021/05/head-of-state'), url)).not.toHaveProperty('author');
  });

  it('gives the title, the source and the byline on one line, as the BibTeX writer does', () => {
    // What the schema would give on one line already: the item does not rely on it.
    const article = articleOf('2021/05/head-of-state', { author: 'Kudrenok Tatyana' });
    const item = toCslItem(
      {
        ...article,
        title: 'The talks\nended  well',
        data: { ...article.data, author: 'Kudrenok\r\nTatyana', source: { name: 'Kazinform\u2028News' } },
      },
      url,
    );
    expect(item).toMatchObject({
      title: 'The talks ended well',
      'container-title': 'Kazinform News',
      author: [{ literal: 'Kudrenok Tatyana' }],
    });
  });
});

/** An article's citations, as the build makes them. */
const citeArticle = (article: Article, permanentUrl: string) =>
  formatCitations(toCslItem(article, permanentUrl));

describe('the citations of an article', () => {
  const signed = citeArticle(articleOf('2021/05/head-of-state', { author: 'Kudrenok Tatyana' }), url);

  it('cites in APA: author, date, title, source, URL', () => {
    expect(signed.apa).toBe(
      'Kudrenok Tatyana. (2021, May 2). Head of State had telephone talk with Tajik President. Kazinform. ' +
        url,
    );
  });

  it('cites in Chicago: author, quoted title, source, date, URL', () => {
    expect(signed.chicago).toBe(
      'Kudrenok Tatyana. “Head of State Had Telephone Talk with Tajik President.” Kazinform, May 2, 2021. ' +
        `${url}.`,
    );
  });

  it('cites in BibTeX with the author, source, date, title and URL, as biblatex reads them', () => {
    expect(signed.bibtex.startsWith('@article{head-of-state-2021-05,')).toBe(true);
    expect(signed.bibtex).toContain('author = {{Kudrenok Tatyana}}');
    expect(signed.bibtex).toContain('journaltitle = {Kazinform}');
    expect(signed.bibtex).toContain('date = {2021-05-02}');
    expect(signed.bibtex).not.toMatch(/month\s*=/);
    expect(signed.bibtex).toContain(`url = {${url}}`);
    const [entry] = readBibtex(signed.bibtex);
    expect(entry?.fields['title']).toBe('Head of State had telephone talk with Tajik President');
  });

  it('keys the BibTeX entry as the search’s export keys the same article', () => {
    const article = articleOf('2021/05/head-of-state-had-telephone-talk-with-tajik-president-in-may');
    const { bibtex } = citeArticle(article, article.permanentUrl);
    const key = recordKey({ url: article.permanentUrl, published: article.published.iso });
    expect(key).toBe('head-of-state-had-telephone-talk-with-tajik-president-in-may-2021-05');
    expect(readBibtex(bibtex)[0]?.key).toBe(key);
  });

  it.each([
    'An unbalanced { brace',
    'Closes } early',
    '}}, author = {Injected',
    'Backslash \\ and \\end{document}',
    'Тоқаев & Путин: 100% {итог',
  ])('writes BibTeX a parser reads whole for the title %j', (title) => {
    const { bibtex } = citeArticle(articleOf('2021/05/tokaev', { title, lang: 'ru' }), url);
    const [entry, ...rest] = readBibtex(bibtex);
    expect(rest).toEqual([]);
    expect(entry?.fields['title']).toBe(title);
  });

  it.each([
    ['The talks\nended well', 'The Talks Ended Well', 'The talks ended well'],
    ['first\nsecond', 'First Second', 'first second'],
    ['alpha\u2028beta', 'Alpha Beta', 'alpha beta'],
    ['alpha\u2029beta', 'Alpha Beta', 'alpha beta'],
    ['one\r\ntwo  three', 'One Two Three', 'one two three'],
  ])('cites a headline written over lines %j word for word, in Chicago and APA', (title, chicago, apa) => {
    const cited = citeArticle(articleOf('2021/05/head-of-state', { title, lang: 'en' }), url);
    expect(cited.chicago).toBe(`Kazinform. “${chicago}.” May 2, 2021. ${url}.`);
    expect(cited.apa).toBe(`${apa}. (2021, May 2). Kazinform. ${url}`);
  });

  it('keeps Cyrillic and Kazakh letters and escapes LaTeX specials in BibTeX', () => {
    const { bibtex, apa } = citeArticle(
      articleOf('2021/05/tokaev', { title: 'Тоқаев & Путин: 100% {итог}', lang: 'ru' }),
      url,
    );
    expect(bibtex).toContain('Тоқаев \\& Путин: 100\\% \\textbraceleft{}итог\\textbraceright{}');
    expect(apa).toContain('Тоқаев & Путин: 100% {итог}');
  });

  it('starts with the source when the piece is unsigned', () => {
    const unsigned = citeArticle(articleOf('2021/05/head-of-state'), url);
    expect(unsigned.chicago.startsWith('Kazinform.')).toBe(true);
    expect(unsigned.bibtex).not.toContain('author =');
  });
});

describe('formatCitations', () => {
  // Items unlike each other in script, byline, source, date and language, cited one after another.
  const bylines = [
    'Kudrenok Tatyana',
    'Иван Петров',
    'Press service of the President',
    'A & B <C>',
    'Қасым Тоқаев',
  ];
  const items: CslItem[] = Array.from({ length: 24 }, (_, i) => ({
    id: `item-${i}`,
    type: 'article-newspaper',
    title:
      i % 3
        ? `Head of State had telephone talk ${i} with Tajik President`
        : `Переговоры ${i}: «итоги» — Қазақстан`,
    'container-title': i % 4 ? 'Kazinform' : 'ТАСС',
    issued: { 'date-parts': [[1992 + i, (i % 12) + 1, (i % 28) + 1]] },
    URL: `https://news.example.org/articles/${1992 + i}/01/item-${i}/`,
    language: i % 2 ? 'en' : 'ru',
    ...(i % 3 ? { author: [{ literal: bylines[i % bylines.length]! }] } : {}),
  }));

  it('writes each entry as Citation.js writes a one-item bibliography, item after item', () => {
    const bibliography = (item: CslItem, template: string): string =>
      new Cite([item]).format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
    for (const item of items) {
      const { apa, chicago } = formatCitations(item);
      expect(apa).toBe(bibliography(item, 'apa'));
      expect(chicago).toBe(bibliography(item, 'chicago-fullnote-bibliography'));
    }
  });

  it('gives the same entry for the same item, whatever was cited before it', () => {
    const first = formatCitations(items[1]!);
    for (const item of items.slice(2, 8)) formatCitations(item);
    // Same byline and year as the first, as a second item in one bibliography would be told apart by.
    formatCitations({ ...items[1]!, id: 'twin' });
    expect(formatCitations(items[1]!)).toEqual(first);
  });

  it('cites an item changed under the same id with its new data', () => {
    const before = formatCitations(items[1]!);
    const edited = formatCitations({ ...items[1]!, title: 'An edited headline', 'container-title': 'TASS' });
    expect(edited.apa).toContain('An edited headline');
    expect(edited.apa).toContain('TASS');
    expect(edited.apa).not.toBe(before.apa);
  });

  it('formats the next item right after one it could not', () => {
    const before = formatCitations(items[4]!);
    const broken = { id: 'broken', type: 'article-newspaper', title: 5 } as unknown as CslItem;
    expect(() => formatCitations(broken)).toThrow();
    expect(formatCitations(items[4]!)).toEqual(before);
  });
});

describe('the macros citeproc-js finds', () => {
  it('are, for every macro of both styles, the nodes a walk of the compiled style finds', () => {
    const csl = plugins.config.get('@csl');
    const item: CslItem = { id: 'a', type: 'article-newspaper', title: 'A title' };
    for (const style of ['apa', 'chicago-fullnote-bibliography']) {
      const xmlOfStyle = csl.styles.get(style) ?? '';
      const sys = { retrieveItem: () => item, retrieveLocale: () => csl.locales.get('en-US') ?? {} };
      const engine = new CSL.Engine(sys, bibliographyOnly(xmlOfStyle, style), 'en-US', true);
      const xml = (engine as unknown as { cslXml: InstanceType<typeof CSL.XmlJSON> }).cslXml;
      const names = [...xmlOfStyle.matchAll(/<macro name="([^"]+)"/g)].map((m) => m[1]!);
      expect(names.length).toBeGreaterThan(20);
      for (const name of names) {
        const kept = xml.getNodesByName(xml.dataObj, 'macro', name);
        // With a list to add to, the search walks the tree as citeproc-js does.
        const walked = xml.getNodesByName(xml.dataObj, 'macro', name, []);
        expect(kept, `${style} ${name}`).toHaveLength(1);
        expect(kept[0], `${style} ${name}`).toBe(walked[0]);
      }
      expect(xml.getNodesByName(xml.dataObj, 'macro', 'no such macro')).toEqual([]);
    }
  });
});

describe('bibliographyOnly', () => {
  const style = (citations: string) =>
    `<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><macro name="m"><text variable="title"/></macro>${citations}<bibliography et-al-min="7"><layout><text macro="m"/></layout></bibliography></style>`;
  const inText =
    '<citation et-al-min="3" disambiguate-add-year-suffix="true">\n  <layout prefix="(" suffix=")"><text macro="m"/></layout>\n</citation>';

  it('replaces the in-text citation layout and keeps the rest of the style as it was', () => {
    const out = bibliographyOnly(style(inText), 'test');
    expect(out).toBe(style('<citation><layout><text variable="title"/></layout></citation>'));
  });

  it('refuses a style without a <citation> element, or with two, naming the style', () => {
    expect(() => bibliographyOnly(style(''), 'apa')).toThrow(
      'CSL style "apa": expected one <citation> element, found 0',
    );
    expect(() => bibliographyOnly(style(inText + inText), 'apa')).toThrow('found 2');
  });
});
