/**
 * The one CSV writer of the archive: the search's export (src/search/export.ts)
 * and the open data (open-data.ts) both write their tables here, so both are
 * read the same way by every reader and neither can be run by a spreadsheet.
 *
 * - RFC 4180: fields separated by commas, records by CRLF, the header as the
 *   first record; a field holding a comma, a double quote, a CR or an LF is
 *   quoted, its quotes doubled.
 * - UTF-8 with a byte order mark: Excel reads a CSV without one in the
 *   system's legacy code page and turns Cyrillic into mojibake. Papa Parse,
 *   pandas, readr and csv-parse (`bom: true`) drop the mark, so the first
 *   column is still named as written.
 * - No formulas (OWASP, "CSV injection"): a text cell that a spreadsheet would
 *   run, one starting with `=`, `+`, `-`, `@`, a tab or a CR, also after
 *   leading spaces or quotes, starts with an apostrophe instead, which makes
 *   spreadsheets show it as text. Numbers (`-5`, `2.5`) are left as they are: a
 *   spreadsheet reads them as numbers and runs nothing.
 */

/** What a CSV cell may be given: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null | undefined;

/** The byte order mark every CSV starts with (see the module comment). */
export const CSV_BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula: one starting (after any white
 * space or quotes) with `=`, `+`, `-` or `@`, or their full-width forms, which
 * some spreadsheets take for them; or one starting with a tab or a CR, which
 * spreadsheets strip before reading the rest. The white space class includes
 * the no-break and ideographic spaces.
 */
const FORMULA = /^[\s"\u201C\u201D\u2018\u2019\u00AB\u00BB]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

/** A plain number as spreadsheets read one: `-5`, `+3`, `2.5`, `-1e3`. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;

/**
 * The text of a cell as no spreadsheet runs it: a formula gets an apostrophe
 * in front (OWASP's advice), everything else is unchanged.
 * @example neutraliseFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * @example neutraliseFormula('-5') // '-5'
 */
export function neutraliseFormula(text: string): string {
  return FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One field of a record, formula-safe and quoted when RFC 4180 requires it.
 * @example csvField('a "b", c') // '"a ""b"", c"'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file: the byte order mark, the header record, then one record per
 * row, each ending in CRLF. Every row must have as many fields as the header.
 * @example toCsvTable(['a', 'b'], [[1, '=x']]) // '\uFEFFa,b\r\n1,\'=x\r\n'
 */
export function toCsvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row, i) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${i} has ${row.length} fields, the header ${header.length}`);
    }
    return row.map(csvField).join(',');
  });
  return `${CSV_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}
