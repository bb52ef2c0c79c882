/**
 * The readers people open the archive's files with, for tests that read a
 * file back: CSV by Papa Parse and by csv-parse (two independent parsers, each
 * taking the first row as the header), BibTeX by the parser of Better BibTeX
 * for Zotero and by citation-js, with BibTeX's own brace count, and the test
 * of what a spreadsheet would run as a formula.
 */
import { parse as parseBibtex, type Entry } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { parse as parseCsvSync } from 'csv-parse/sync';
import Papa from 'papaparse';
import { expect } from 'vitest';

/**
 * The records of a CSV file as both parsers read them, keyed by the first
 * row's names. Fails the test when either reports an error or the two disagree.
 */
export function readCsv(text: string): Record<string, string>[] {
  const papa = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(papa.errors).toEqual([]);
  const other = parseCsvSync(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  expect(other).toEqual(papa.data);
  return papa.data;
}

/**
 * True when a spreadsheet (Excel, LibreOffice Calc, Google Sheets) would run
 * the cell as a formula: it starts with `=`, `+`, `-` or `@`, also after white
 * space or quotes, or with a tab or a CR, and is not a plain number. A cell
 * starting with an apostrophe is text.
 */
export function spreadsheetRuns(cell: string): boolean {
  if (cell.startsWith("'")) return false;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell)) return false;
  return /^[\s"“”‘’«»]*[=+\-@＝＋－＠]/u.test(cell) || /^[\t\r]/.test(cell);
}

/**
 * Whether every entry's braces balance as BibTeX counts them: every `{` and `}`,
 * escaped with a backslash or not, never closing more than were opened, and
 * each `@type{…}` block closing where the next begins.
 */
export function bracesBalance(bibtex: string): boolean {
  const blocks = bibtex.split(/^(?=@)/mu).filter((block) => block.startsWith('@'));
  return blocks.every((block) => {
    let depth = 0;
    let closedAt = -1;
    for (let i = 0; i < block.length; i++) {
      const ch = block[i];
      if (ch === '{') depth++;
      if (ch === '}' && --depth === 0 && closedAt === -1) closedAt = i;
      if (depth < 0) return false;
    }
    return depth === 0 && block.slice(closedAt + 1).trim() === '';
  });
}

/**
 * The entries of a BibTeX file as the parser of Better BibTeX for Zotero reads
 * them; fails the test when it reports an error or the braces do not balance.
 */
export function readBibtex(text: string): Entry[] {
  expect(bracesBalance(text)).toBe(true);
  // Titles as written: the parser would otherwise sentence-case English ones, as Zotero wants them.
  const { entries, errors } = parseBibtex(text, { sentenceCase: false });
  expect(errors).toEqual([]);
  return entries;
}

/** The CSL items citation-js reads from BibTeX text or CSL-JSON data. */
export function citeData(input: unknown): Record<string, unknown>[] {
  const Reader = Cite as unknown as new (data: unknown) => { data: Record<string, unknown>[] };
  return new Reader(input).data;
}
