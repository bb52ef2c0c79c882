/**
 * The one BibTeX writer of the archive: the "Cite this article" block of every
 * article page (citation.ts) and the search's export (src/search/export.ts)
 * write their entries here, with the same citation key for an article.
 *
 * Entries are biblatex `@article`s with `entrysubtype = {newspaper}` and the
 * date as biblatex reads it (`date = {2021-05-02}`), with `journal` and `year`
 * beside `journaltitle` and `date` for styles of classic BibTeX. Any text is
 * valid in a field and reads back as written: BibTeX counts every brace,
 * escaped or not, so a brace of the text is written as `\textbraceleft{}` /
 * `\textbraceright{}` and the field's braces always balance; LaTeX's other
 * special characters are escaped too, `<` and `>` as commands (LaTeX's OT1
 * fonts print them as ¡ and ¿), and TeX's ligatures are broken (`--` would be
 * an en dash, ``` `` ``` and `''` curly quotes). Letters of any script are kept
 * as they are (biber reads UTF-8).
 */
// With their extension: the citation worker loads this module on Node (see citation.ts).
import { slugify } from './slug.ts';
import { collapseWhiteSpace } from './text.ts';

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * The first character of each of TeX's ligatures of punctuation, followed by
 * the second: `--` and `---` (dashes), ``` `` ``` and `''` (curly double
 * quotes), `` ?` `` and `` !` `` (inverted marks), `,,` (a low double quote in
 * T1 fonts). `<<` and `>>` (guillemets in T1 fonts) cannot happen: `<` and `>`
 * are written as commands.
 */
const LIGATURE_START = /-(?=-)|`(?=`)|'(?=')|[!?](?=`)|,(?=,)/gu;

/**
 * Text for a braced BibTeX field, on one line, with LaTeX's special characters
 * as commands and every brace of the text as a command, so that the field's
 * braces balance whatever the text holds, and each of TeX's ligatures broken
 * with an empty group, so that the text reads back as written.
 * @example bibtexText('Q&A {draft') // 'Q\\&A \\textbraceleft{}draft'
 * @example bibtexText('1990--2000 <b>') // '1990-{}-2000 \\textless{}b\\textgreater{}'
 */
export function bibtexText(text: string): string {
  return collapseWhiteSpace(text)
    .replace(/[\\{}%&$#_~^<>]/gu, (ch) => LATEX[ch] ?? ch)
    .replace(LIGATURE_START, '$&{}');
}

/**
 * An address for BibTeX's `url` field, which biblatex reads verbatim: braces,
 * backslashes and white space percent-encoded, so the field's braces balance.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/gu, (ch) => encodeURIComponent(ch));
}

/**
 * The citation key of an article: its URL's last segment (the file name) in
 * ASCII, with the year and month of its URL, which together name one article.
 * The article page and the export both use it.
 * @example citationKey('phone-talk', 2021, 5) // 'phone-talk-2021-05'
 * @example citationKey('токаев-и-путин', 2021, 5) // 'tokaev-i-putin-2021-05'
 */
export function citationKey(slug: string, year: number, month: number): string {
  return `${slugify(slug) || 'article'}-${year}-${String(month).padStart(2, '0')}`;
}

/** Made once: making one costs more than naming a language with it. */
let languageNames: Intl.DisplayNames | undefined;

/** The language of a BCP 47 tag as biblatex's `langid` names it: `ru` → `russian`. */
export function langid(tag: string): string {
  const primary = tag.split('-')[0] ?? '';
  try {
    const name = (languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' })).of(primary);
    return name && name !== primary ? name.toLowerCase().replace(/[^a-z]+/g, '') : '';
  } catch {
    return '';
  }
}

/** What one entry says of an article. */
export interface BibtexArticle {
  key: string;
  title: string;
  /** Bylines, each kept whole (written in braces, never split into names). */
  authors: readonly string[];
  /** The agency or publisher: the publication. */
  source: string;
  /** The day of publication in the source's zone. */
  date: readonly [number, number, number];
  /** The permanent URL. */
  url: string;
  /** A BCP 47 tag. */
  lang?: string;
  /** The kind of piece, as readers say it. */
  type?: string;
  /** Joined with ", ": none may hold a "," or ";", which readers split keywords at. */
  keywords?: readonly string[];
  note?: string;
}

/**
 * One biblatex `@article` entry, ending in a newline.
 * @example bibtexEntry({ key: 'a-2021-05', title: 'T', authors: [], source: 'Kazinform',
 *   date: [2021, 5, 2], url: 'https://x.org/a/' })
 */
export function bibtexEntry(article: BibtexArticle): string {
  const [year, month, day] = article.date;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const source = bibtexText(article.source);
  const fields: [string, string][] = [
    ['title', `{${bibtexText(article.title)}}`],
    ['author', article.authors.map((a) => `{${bibtexText(a)}}`).join(' and ')],
    ['journaltitle', source],
    ['journal', source],
    ['date', `${year}-${pad(month)}-${pad(day)}`],
    ['year', String(year)],
    ['entrysubtype', 'newspaper'],
    ['type', bibtexText(article.type ?? '')],
    ['keywords', (article.keywords ?? []).map(bibtexText).join(', ')],
    ['langid', article.lang ? langid(article.lang) : ''],
    ['url', bibtexUrl(article.url)],
    ['note', bibtexText(article.note ?? '')],
  ];
  const body = fields
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@article{${article.key},\n${body}\n}\n`;
}

/** A BibTeX `@comment`, which every reader skips. */
export function bibtexComment(text: string): string {
  return `@comment{${bibtexText(text)}}\n`;
}
