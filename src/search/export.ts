/**
 * Export of a search's results for reference managers and spreadsheets: CSV,
 * RIS, BibTeX and CSL-JSON, written in the browser from the results' index
 * records. Pure functions of the records; the search page loads this module
 * only when the reader asks for an export (client/export.ts).
 *
 * RIS (`TY  - NEWS`) and CSL-JSON (`article-newspaper`) import as newspaper
 * articles; BibTeX uses biblatex's `@article` with `entrysubtype = {newspaper}`.
 * CSV and BibTeX are written by the archive's one writer of each (src/model/csv.ts,
 * src/model/bibtex.ts), which the open data and the article pages use too.
 */
import { bibtexComment, bibtexEntry, citationKey } from '../model/bibtex';
import { toCsvTable } from '../model/csv';
import { collapseWhiteSpace as oneLine } from '../model/text';

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

const datePart = (published: string): [number, number, number] => {
  const [year = 0, month = 0, day = 0] = published.slice(0, 10).split('-').map(Number);
  return [year, month, day];
};

/** The line that names the search, for formats with comments. */
function origin({ siteName, searchUrl }: ExportContext): string {
  return `${siteName} search: ${searchUrl}`;
}

/**
 * The citation key of a result: that of its article page's "Cite this article"
 * (see `citationKey`), from the URL's last segment and the date.
 */
export function recordKey(record: Pick<ExportRecord, 'url' | 'published'>): string {
  const [year, month] = datePart(record.published);
  const segment =
    record.url
      .replace(/[?#].*$/u, '')
      .replace(/\/+$/u, '')
      .split('/')
      .pop() ?? '';
  let slug = segment;
  try {
    slug = decodeURIComponent(segment);
  } catch {
    // A malformed escape: the segment as it is.
  }
  return citationKey(slug, year, month);
}

/** The columns of the CSV export, in order: the record's fields, then the search they came from. */
export const CSV_COLUMNS = [
  'title',
  'authors',
  'published',
  'source',
  'kind',
  'leaders',
  'countries',
  'language',
  'url',
  'search_url',
] as const;

/**
 * CSV (see src/model/csv.ts: RFC 4180, the header as the first row, UTF-8
 * with a byte order mark, no cell a spreadsheet runs), one row per result;
 * lists are joined with "; ", which no leader's or country's name holds (the
 * schema refuses "," and ";" in them). The search's URL is the last column,
 * `search_url`, on every row: a table has no place for a comment line, and
 * rows of several exports put together still say which search each came from.
 */
export function toCsv(records: readonly ExportRecord[], context: ExportContext): string {
  return toCsvTable(
    CSV_COLUMNS,
    records.map((r) => [
      r.title,
      r.authors.join('; '),
      r.published,
      r.source,
      r.kind,
      r.leaders.join('; '),
      r.countries.join('; '),
      r.language,
      r.url,
      context.searchUrl,
    ]),
  );
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
    tag('ID', recordKey(r));
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

/**
 * BibTeX (biblatex fields; src/model/bibtex.ts, the writer of the article
 * pages' "Cite this article" too), one `@article` with
 * `entrysubtype = {newspaper}` per result, after an `@comment` naming the
 * search. Each entry's key is its article page's. Two results whose keys would
 * be equal (only file names that read alike in ASCII, in one month) get `-2`,
 * `-3`… so that the file stays valid.
 */
export function toBibtex(records: readonly ExportRecord[], context: ExportContext): string {
  const keys = uniqueKeys(records);
  const entries = records.map((r, i) =>
    bibtexEntry({
      key: keys[i]!,
      title: r.title,
      authors: r.authors,
      source: r.source,
      date: datePart(r.published),
      url: r.url,
      lang: r.lang,
      type: r.kind,
      keywords: [...r.leaders, ...r.countries],
      note: `Published ${r.published}`,
    }),
  );
  return [bibtexComment(origin(context)), ...entries].join('\n');
}

/** Each record's key (see {@link recordKey}), made unique within the file. */
function uniqueKeys(records: readonly ExportRecord[]): string[] {
  const taken = new Set<string>();
  return records.map((r) => {
    const base = recordKey(r);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return key;
  });
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
 * `keyword` is one text, the leaders' and countries' names joined with ", ",
 * as BibTeX's `keywords`: no name holds a "," (the schema refuses it).
 */
export function toCslJson(records: readonly ExportRecord[], context: ExportContext): string {
  const keys = uniqueKeys(records);
  const items = records.map((r, i): CslJsonItem => {
    const [year, month, day] = datePart(r.published);
    return {
      id: keys[i]!,
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
