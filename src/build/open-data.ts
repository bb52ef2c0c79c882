/**
 * Build-time side of the open data: takes each article's word count from the
 * loader (reading the text only for an entry it kept none for) and writes the
 * files src/model/open-data.ts describes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bodyFactsOf } from './article-loader';
import { getArchive, type SiteArticle } from './content';
import { parseFrontmatter } from '../model/frontmatter';
import {
  DATA_SCHEMAS,
  articleRow,
  countWords,
  countriesFile,
  jsonSchemaOf,
  leadersFile,
  toCsv,
  toJsonLines,
  type ArticleRow,
  type DataFile,
} from '../model/open-data';
import { absoluteUrl, paths } from '../routes/paths';

/** Each year's two article files, written together and dropped once both are served. */
const yearFiles = new Map<number, Promise<Map<'csv' | 'jsonl', string>>>();

async function wordCount(article: SiteArticle): Promise<number> {
  const counted = bodyFactsOf(article.entry)?.words;
  if (counted !== undefined) return counted;
  const file = path.resolve(import.meta.env.PROJECT_ROOT, article.filePath);
  return countWords(parseFrontmatter(await readFile(file, 'utf8')).body);
}

/**
 * A year's articles as CSV and JSON Lines. The rows are built once for both
 * files, reading the articles one after the other (a year may hold thousands),
 * and neither rows nor text outlive the two files.
 */
async function articleFiles(year: number): Promise<Map<'csv' | 'jsonl', string>> {
  const archive = await getArchive();
  const rows: ArticleRow[] = [];
  for (const article of archive.articles) {
    if (article.published.year !== year) continue;
    rows.push(articleRow(article, { url: article.permanentUrl, wordCount: await wordCount(article) }));
  }
  return new Map([
    ['csv', toCsv(rows)],
    ['jsonl', toJsonLines(rows)],
  ]);
}

/**
 * One of a year's two article files. The first asked for builds both and keeps
 * the other until it is asked for; a file asked for again (the dev server serves
 * on request) is built again.
 */
async function takeArticleFile(year: number, format: 'csv' | 'jsonl'): Promise<string> {
  const pending = yearFiles.get(year);
  const kept = pending ? await pending : undefined;
  const cached = kept?.get(format);
  if (kept && cached !== undefined) {
    kept.delete(format);
    if (kept.size === 0) yearFiles.delete(year);
    return cached;
  }
  const files = articleFiles(year);
  yearFiles.set(year, files);
  const texts = await files;
  const text = texts.get(format)!;
  texts.delete(format);
  return text;
}

/** The text of one data file. */
export async function dataFileBody(file: DataFile, site: string | URL): Promise<string> {
  const { content } = file;
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  switch (content.type) {
    case 'articles':
      if (file.format !== 'csv' && file.format !== 'jsonl') {
        throw new Error(`${file.file}: articles are written as CSV or JSON Lines, not ${file.format}`);
      }
      return takeArticleFile(content.year, file.format);
    case 'leaders':
      return json(leadersFile((await getArchive()).leaders, (id) => absoluteUrl(paths.leader(id), site)));
    case 'countries':
      return json(
        countriesFile((await getArchive()).countries, (id) => absoluteUrl(paths.country(id), site)),
      );
    case 'schema': {
      const { schema, title } = DATA_SCHEMAS[content.of];
      return json(jsonSchemaOf(schema, absoluteUrl(paths.dataFile(file.file), site), title));
    }
  }
}
