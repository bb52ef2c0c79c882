/**
 * Export of a search's results for reference managers and spreadsheets: CSV,
 * RIS, BibTeX and CSL-JSON, written in the browser from the results' index
 * records. Pure functions of the records; the search page loads this module
 * only when the reader asks for an export (client/export.ts).
 *
 * RIS (`TY  - NEWS`) and CSL-JSON (`article-newspaper`) import as newspaper
 * articles; BibTeX uses biblatex's `@article` with `entrysubtype = {newspaper}`.
 */
import Papa from 'papaparse';

/** One result, as every format writes it. */
export interface ExportRecord {
  title: string;
  /** Bylines, as the source gave them (written as literal names, never split). */
  authors: string[];
  /** The date and time as published, with its UTC offset: `2021-05-02T08:10:00+06:00` (or a plain date). */
  published: string;
  /** The agency or publisher. */
  source: string;
  /** The kind of piece, as readers say it: "Phone call". */
  kind: string;
  leaders: string[];
  countries: string[];
  /** The language's English name, and its BCP 47 tag. */
  language: string;
  lang: string;
  /** The article's permanent URL, absolute. */
  url: string;
}

/** What a file says about where it came from. */
export interface ExportContext {
  /** The archive's name. */
  siteName: string;
  /** The absolute URL of the search the results came from. */
  searchUrl: string;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const datePart = (published: string): [number, number, number] => {
  const [year = 0, month = 0, day = 0] = published.slice(0, 10).split('-').map(Number);
  return [year, month, day];
};

/** The header line that names the search, for formats with comments. */
function origin({ siteName, searchUrl }: ExportContext): string {
  return `${siteName} search: ${searchUrl}`;
}

/**
 * CSV with a header row, one row per result; lists are joined with "; ". The
 * first line is a `#` comment with the search's URL.
 */
export function toCsv(records: readonly ExportRecord[], context: ExportContext): string {
  const rows = records.map((r) => ({
    title: r.title,
    authors: r.authors.join('; '),
    published: r.published,
    source: r.source,
    kind: r.kind,
    leaders: r.leaders.join('; '),
    countries: r.countries.join('; '),
    language: r.language,
    url: r.url,
  }));
  const columns = [
    'title',
    'authors',
    'published',
    'source',
    'kind',
    'leaders',
    'countries',
    'language',
    'url',
  ];
  return `# ${oneLine(origin(context))}\r\n${Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((c) => row[c as keyof typeof row])) })}\r\n`;
}

/**
 * RIS, one `TY  - NEWS` record per result, after a header naming the archive and
 * the search (`Provider:`/`Database:` lines, which importers skip).
 * The date is `DA  - YYYY/MM/DD/<time and offset>`.
 */
export function toRis(records: readonly ExportRecord[], context: ExportContext): string {
  const lines = [
    `Provider: ${oneLine(context.siteName)}`,
    `Database: ${oneLine(context.searchUrl)}`,
    'Content: text/plain; charset="utf-8"',
    '',
  ];
  const tag = (name: string, value: string): void => {
    if (value.trim() !== '') lines.push(`${name}  - ${oneLine(value)}`);
  };
  for (const r of records) {
    const [year, month, day] = datePart(r.published);
    const pad = (n: number): string => String(n).padStart(2, '0');
    tag('TY', 'NEWS');
    tag('TI', r.title);
    for (const author of r.authors) tag('AU', author);
    tag('PY', String(year));
    tag('DA', `${year}/${pad(month)}/${pad(day)}/${r.published.slice(11)}`);
    tag('T2', r.source);
    tag('M3', r.kind);
    for (const keyword of [...r.leaders, ...r.countries]) tag('KW', keyword);
    tag('LA', r.language);
    tag('UR', r.url);
    tag('N1', `Published ${r.published}.`);
    lines.push('ER  - ', '');
  }
  return lines.join('\r\n');
}

/** Escapes text for a braced BibTeX field: LaTeX's special characters as commands. */
export function bibtexText(text: string): string {
  const map: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '%': '\\%',
    '&': '\\&',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return oneLine(text).replace(/[\\{}%&$#_~^]/g, (ch) => map[ch] ?? ch);
}

/**
 * A citation key made of the URL's last segment and the year, unique within `taken`.
 * @example citationKey('https://x.org/articles/2021/05/phone-talk/', 2021, new Set()) // 'phone-talk-2021'
 */
export function citationKey(url: string, year: number, taken: Set<string>): string {
  const slug =
    url
      .replace(/\/+$/, '')
      .split('/')
      .pop()
      ?.toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'article';
  const base = `${slug}-${year}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/**
 * BibTeX (biblatex fields), one `@article` with `entrysubtype = {newspaper}`
 * per result, after an `@comment` naming the search.
 */
export function toBibtex(records: readonly ExportRecord[], context: ExportContext): string {
  const taken = new Set<string>();
  const entries = records.map((r) => {
    const [year, month, day] = datePart(r.published);
    const pad = (n: number): string => String(n).padStart(2, '0');
    const fields: [string, string][] = [
      ['title', `{${bibtexText(r.title)}}`],
      ...(r.authors.length > 0
        ? [['author', r.authors.map((a) => `{${bibtexText(a)}}`).join(' and ')] as [string, string]]
        : []),
      ['journaltitle', bibtexText(r.source)],
      ['journal', bibtexText(r.source)],
      ['date', `${year}-${pad(month)}-${pad(day)}`],
      ['year', String(year)],
      ['entrysubtype', 'newspaper'],
      ['type', bibtexText(r.kind)],
      ['keywords', [...r.leaders, ...r.countries].map(bibtexText).join(', ')],
      ['langid', bibtexText(r.language.toLowerCase())],
      ['url', r.url.replace(/[{}\s]/g, encodeURIComponent)],
      ['note', `Published ${bibtexText(r.published)}`],
    ];
    const body = fields
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `  ${name} = {${value}},`)
      .join('\n');
    return `@article{${citationKey(r.url, year, taken)},\n${body}\n}\n`;
  });
  return [`@comment{${bibtexText(origin(context))}}\n`, ...entries].join('\n');
}

/** One CSL-JSON item, as Zotero and citeproc read it. */
export interface CslJsonItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: { literal: string }[];
  'container-title': string;
  issued: { 'date-parts': [[number, number, number]] };
  genre: string;
  keyword: string;
  language: string;
  URL: string;
  note: string;
}

/**
 * CSL-JSON: an array of `article-newspaper` items. JSON has no comments, so
 * each item's note names the search, with the date and time as published.
 */
export function toCslJson(records: readonly ExportRecord[], context: ExportContext): string {
  const taken = new Set<string>();
  const items = records.map((r): CslJsonItem => {
    const [year, month, day] = datePart(r.published);
    return {
      id: citationKey(r.url, year, taken),
      type: 'article-newspaper',
      title: r.title,
      ...(r.authors.length > 0 ? { author: r.authors.map((literal) => ({ literal })) } : {}),
      'container-title': r.source,
      issued: { 'date-parts': [[year, month, day]] },
      genre: r.kind,
      keyword: [...r.leaders, ...r.countries].join(', '),
      language: r.lang,
      URL: r.url,
      note: `Published ${r.published}. From the ${origin(context)}`,
    };
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** The export formats, in the order the search page offers them. */
export const EXPORT_FORMATS = [
  { key: 'csv', label: 'CSV', extension: 'csv', type: 'text/csv', write: toCsv },
  { key: 'ris', label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems', write: toRis },
  { key: 'bibtex', label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex', write: toBibtex },
  {
    key: 'csl',
    label: 'CSL-JSON',
    extension: 'json',
    type: 'application/vnd.citationstyles.csl+json',
    write: toCslJson,
  },
] as const;

/** An export format's key: `csv`, `ris`, `bibtex`, `csl`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['key'];
