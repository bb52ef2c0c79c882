/**
 * Build-time side of the open data: reads each article's text once for its word
 * count and writes the files src/lib/open-data.ts describes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getArchive, permanentUrl, type SiteArticle } from '../lib/articles';
import { parseFrontmatter } from '../lib/frontmatter';
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
} from '../lib/open-data';
import { absoluteUrl, paths } from '../lib/paths';

const rowsByYear = new Map<number, Promise<ArticleRow[]>>();

async function wordCount(article: SiteArticle): Promise<number> {
  const file = path.resolve(import.meta.env.PROJECT_ROOT, article.filePath);
  return countWords(parseFrontmatter(await readFile(file, 'utf8')).body);
}

/** The rows of one year's articles, newest first; computed once per build for both formats. */
function rowsOf(year: number): Promise<ArticleRow[]> {
  let rows = rowsByYear.get(year);
  if (!rows) {
    rows = getArchive().then((archive) =>
      Promise.all(
        archive.articles
          .filter((a) => a.published.year === year)
          .map(async (a) => articleRow(a, { url: permanentUrl(a), wordCount: await wordCount(a) })),
      ),
    );
    rowsByYear.set(year, rows);
  }
  return rows;
}

/** The text of one data file. */
export async function dataFileBody(file: DataFile, site: string | URL): Promise<string> {
  const { content } = file;
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  switch (content.type) {
    case 'articles': {
      const rows = await rowsOf(content.year);
      return file.format === 'csv' ? toCsv(rows) : toJsonLines(rows);
    }
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
