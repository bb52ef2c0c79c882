/**
 * The archive as open data: one table of article columns drives the CSV and
 * JSON Lines writers, the JSON Schema and the codebook, so they never disagree.
 * Each column's Zod schema comes from the content schemas (src/model/schema.ts).
 * Pure: takes the archive's articles, returns rows and text.
 */
import { z } from 'astro/zod';
import type { Article, Country, Leader } from './archive';
import { toCsvTable, type CsvValue } from './csv';
import {
  ARTICLE_KINDS,
  PUBLISHED_PATTERN,
  SLUG_PATTERN,
  articleSchema,
  countrySchema,
  isValidPublished,
  leaderSchema,
  sourceSchema,
} from './schema';

/** What a column needs beyond the article: its permanent URL and word count. */
export interface RowContext {
  /** The article's absolute URL in the archive. */
  url: string;
  /** Words in the article's text. */
  wordCount: number;
}

/** One column of the article files. */
export interface Column {
  /** The column name, in snake_case: CSV header and JSON key. */
  key: string;
  /** What the column holds, for the codebook and the JSON Schema. */
  description: string;
  /** The type of a value, as the codebook names it. */
  type: string;
  /** The value's schema (JSON Lines form). */
  schema: z.ZodType;
  /** The value of an article; `null` when the archive does not know it. */
  value: (article: Article, context: RowContext) => unknown;
}

/**
 * Separator of list values in a CSV cell (leaders, countries, tags); JSON Lines
 * keeps arrays. No value holds it: leaders and countries are ids, and the
 * schema refuses `;` (and `,`) in a tag.
 */
export const CSV_LIST_SEPARATOR = '; ';

const slugSchema = z.string().regex(SLUG_PATTERN);
/** The fields of the content schema the columns take their rules from. */
const article = articleSchema.shape;

/**
 * The columns of the article files, in order. Adding a column here adds it to
 * the CSV, the JSON Lines, the JSON Schema and the codebook.
 */
export const ARTICLE_COLUMNS: readonly Column[] = [
  {
    key: 'id',
    description: 'Stable identifier: the article file path under articles/, without extension.',
    type: 'text',
    schema: z.string().min(1),
    value: (a) => a.id,
  },
  {
    key: 'url',
    description: "The article's permanent address in the archive.",
    type: 'URL',
    schema: z.url(),
    value: (_, c) => c.url,
  },
  {
    key: 'title',
    description: 'The headline, as published, on one line.',
    type: 'text',
    schema: article.title,
    value: (a) => a.title,
  },
  {
    key: 'summary',
    description: 'The lead sentence.',
    type: 'text',
    schema: article.summary,
    value: (a) => a.summary,
  },
  {
    key: 'published',
    description:
      "When the source published the piece: ISO 8601 date, or date-time with the source's UTC offset.",
    type: 'ISO 8601 date or date-time with offset',
    // The content schema's rule, with its pattern spelled out so the JSON Schema carries it.
    schema: z.string().regex(PUBLISHED_PATTERN).refine(isValidPublished),
    value: (a) => a.published.iso,
  },
  {
    key: 'source',
    description: 'The publisher or agency the archive took the piece from.',
    type: 'text',
    schema: sourceSchema.shape.name,
    value: (a) => a.data.source.name,
  },
  {
    key: 'source_url',
    description: 'The address of the original article, when known.',
    type: 'URL or empty',
    schema: sourceSchema.shape.url.unwrap().nullable(),
    value: (a) => a.data.source.url ?? null,
  },
  {
    key: 'licence',
    description: 'The terms the source publishes its texts under, as it states them; empty when not stated.',
    type: 'text or empty',
    schema: sourceSchema.shape.licence.unwrap().nullable(),
    value: (a) => a.data.source.licence ?? null,
  },
  {
    key: 'author',
    description: 'The byline, when the source names one.',
    type: 'text or empty',
    schema: article.author.unwrap().nullable(),
    value: (a) => a.data.author ?? null,
  },
  {
    key: 'kind',
    description: `What the piece is: one of ${ARTICLE_KINDS.join(', ')}.`,
    type: 'code',
    schema: article.kind,
    value: (a) => a.data.kind,
  },
  {
    key: 'language',
    description: 'The language of the text, as a BCP 47 tag ("en", "ru").',
    type: 'BCP 47 tag',
    schema: article.lang.unwrap(),
    value: (a) => a.data.lang,
  },
  {
    key: 'leaders',
    description: 'The leaders the piece involves, as ids of leaders.json.',
    type: 'list of ids',
    schema: z.array(slugSchema),
    value: (a) => a.leaders,
  },
  {
    key: 'countries',
    description: 'The countries the piece involves, as ids of countries.json.',
    type: 'list of ids',
    schema: z.array(slugSchema),
    value: (a) => a.countries,
  },
  {
    key: 'tags',
    description: 'Subject tags, as the source gave them; a tag holds no "," or ";".',
    type: 'list of text',
    schema: article.tags.unwrap(),
    value: (a) => a.data.tags,
  },
  {
    key: 'word_count',
    description: 'Words in the article text (runs of letters or digits).',
    type: 'whole number',
    schema: z.int().nonnegative(),
    value: (_, c) => c.wordCount,
  },
];

/** One article as a row of the JSON Lines file (lists as arrays, unknown values as null). */
export type ArticleRow = Record<string, unknown>;

/** The schema of a JSON Lines row, built from {@link ARTICLE_COLUMNS}. */
export const articleRowSchema = z.strictObject(
  Object.fromEntries(ARTICLE_COLUMNS.map((c) => [c.key, c.schema.describe(c.description)])),
);

/** The row of one article, keys in column order. */
export function articleRow(article: Article, context: RowContext): ArticleRow {
  return Object.fromEntries(ARTICLE_COLUMNS.map((c) => [c.key, c.value(article, context)]));
}

/** JSON Lines: one row per line, each a JSON object; ends with a newline (empty when there is no row). */
export function toJsonLines(rows: readonly ArticleRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

/**
 * CSV (RFC 4180, with a header row, UTF-8 with a byte order mark; see csv.ts):
 * lists joined by {@link CSV_LIST_SEPARATOR}, unknown values empty, and a text
 * a spreadsheet would run as a formula written with an apostrophe in front.
 * The JSON Lines file keeps every value exactly as the archive has it.
 */
export function toCsv(rows: readonly ArticleRow[]): string {
  const cell = (value: unknown): CsvValue =>
    value === null || value === undefined
      ? null
      : Array.isArray(value)
        ? value.join(CSV_LIST_SEPARATOR)
        : typeof value === 'number'
          ? value
          : String(value);
  return toCsvTable(
    ARTICLE_COLUMNS.map((c) => c.key),
    rows.map((row) => ARTICLE_COLUMNS.map((c) => cell(row[c.key]))),
  );
}

/**
 * Words in an article's Markdown or MDX text: runs of letters, digits and
 * joining marks, after dropping tags, link targets and HTML entities.
 * @example countWords('The [President](https://akorda.kz) said: "7,591 km".') // 5
 */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu)?.length ?? 0;
}

/** The leaders file's schema: every leader with its id, page and offices. */
export const leadersFileSchema = z.array(
  z.strictObject({
    id: slugSchema.describe('Stable identifier, used in the articles’ leaders column.'),
    url: z.url().describe("The leader's page in the archive."),
    ...leaderSchema.shape,
  }),
);

/** The countries file's schema: every country with its id and page. */
export const countriesFileSchema = z.array(
  z.strictObject({
    id: slugSchema.describe('Stable identifier, used in the articles’ countries column.'),
    url: z.url().describe("The country's page in the archive."),
    ...countrySchema.shape,
  }),
);

/** The leaders file: id, page, name, country, offices (with dates) and aliases, by name. */
export function leadersFile(leaders: readonly Leader[], urlOf: (id: string) => string): unknown[] {
  return leaders.map((l) => ({ id: l.id, url: urlOf(l.id), ...l.data }));
}

/** The countries file: id, page, name, ISO code and aliases, by name. */
export function countriesFile(countries: readonly Country[], urlOf: (id: string) => string): unknown[] {
  return countries.map((c) => ({ id: c.id, url: urlOf(c.id), ...c.data }));
}

/**
 * A JSON Schema (draft-07, which most validators read) of a Zod schema, with
 * its `$id` and title.
 */
export function jsonSchemaOf(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  return { $id: id, title, ...z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) };
}

/** The formats of the open data files, with their media types. */
export const DATA_FORMATS = {
  csv: { label: 'CSV', mediaType: 'text/csv; charset=utf-8' },
  jsonl: { label: 'JSON Lines', mediaType: 'application/jsonl; charset=utf-8' },
  json: { label: 'JSON', mediaType: 'application/json; charset=utf-8' },
  schema: { label: 'JSON Schema', mediaType: 'application/schema+json; charset=utf-8' },
} as const;

/** What a data file holds. */
export type DataContent =
  | { type: 'articles'; year: number }
  | { type: 'leaders' }
  | { type: 'countries' }
  | { type: 'schema'; of: 'articles' | 'leaders' | 'countries' };

/** One file of the open data, as the data page lists it and the route writes it. */
export interface DataFile {
  /** The file name under `data/`. */
  file: string;
  format: keyof typeof DATA_FORMATS;
  /** What it holds, for the data page. */
  title: string;
  content: DataContent;
}

/**
 * Every open data file, in the order the data page lists them: the article files
 * of each year (CSV and JSON Lines, newest year first), the leaders and
 * countries, then a JSON Schema of each.
 * @example dataFiles([2021]).map((f) => f.file)
 * // ['articles-2021.csv', 'articles-2021.jsonl', 'leaders.json', 'countries.json',
 * //  'articles.schema.json', 'leaders.schema.json', 'countries.schema.json']
 */
export function dataFiles(years: readonly number[]): DataFile[] {
  const byYear = [...years]
    .sort((a, b) => b - a)
    .flatMap((year): DataFile[] => [
      {
        file: `articles-${year}.csv`,
        format: 'csv',
        title: `Articles of ${year}`,
        content: { type: 'articles', year },
      },
      {
        file: `articles-${year}.jsonl`,
        format: 'jsonl',
        title: `Articles of ${year}`,
        content: { type: 'articles', year },
      },
    ]);
  return [
    ...byYear,
    {
      file: 'leaders.json',
      format: 'json',
      title: 'Leaders, with their offices',
      content: { type: 'leaders' },
    },
    { file: 'countries.json', format: 'json', title: 'Countries', content: { type: 'countries' } },
    {
      file: 'articles.schema.json',
      format: 'schema',
      title: 'One article (a JSON Lines row)',
      content: { type: 'schema', of: 'articles' },
    },
    {
      file: 'leaders.schema.json',
      format: 'schema',
      title: 'The leaders file',
      content: { type: 'schema', of: 'leaders' },
    },
    {
      file: 'countries.schema.json',
      format: 'schema',
      title: 'The countries file',
      content: { type: 'schema', of: 'countries' },
    },
  ];
}

/** The Zod schema each JSON Schema file is generated from. */
export const DATA_SCHEMAS = {
  articles: { schema: articleRowSchema, title: 'An article of the archive (one JSON Lines row)' },
  leaders: { schema: leadersFileSchema, title: "The archive's leaders" },
  countries: { schema: countriesFileSchema, title: "The archive's countries" },
} as const;
