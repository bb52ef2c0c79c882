/**
 * Loads the content once per build and shares the derived lists. Pages, feeds
 * and the search page import from here and never call `getCollection` themselves.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  buildArchive,
  findContentErrors,
  articleSlug,
  type ArchiveModel,
  type Article,
  type ArticleEntryLike,
} from './archive';
import { parseFrontmatter } from './frontmatter';
import { htmlFileOf } from './article-loader';
import { citeArticle, toCslItem, type Citations } from './citation';
import { citeInWorkers } from './citation-pool';
import { parsePublished } from './dates';
import { absoluteUrl, paths } from './paths';
import { createCacheKeys, digestOf, type CacheKeys } from './cache-keys';

/** An article entry of the `articles` collection. */
export type ArticleEntry = CollectionEntry<'articles'>;
/** An article of this site, with its entry for `render()`. */
export type SiteArticle = Article<ArticleEntry>;

let loading: Promise<ArchiveModel<ArticleEntry>> | undefined;

/**
 * An article's Markdown, read again from its file: the collection keeps only the
 * rendered HTML (`retainBody: false` in content.config.ts), which at 10,000
 * articles cuts the build's peak memory by a third.
 */
function readBody(entry: ArticleEntryLike): string {
  if (!entry.filePath) return '';
  return parseFrontmatter(readFileSync(path.resolve(import.meta.env.PROJECT_ROOT, entry.filePath), 'utf8'))
    .body;
}

async function load(): Promise<ArchiveModel<ArticleEntry>> {
  const [articles, leaders, countries] = await Promise.all([
    getCollection('articles'),
    getCollection('leaders'),
    getCollection('countries'),
  ]);
  const errors = findContentErrors(
    articles,
    leaders,
    countries,
    (a) => paths.article({ slug: articleSlug(a.id), published: parsePublished(a.data.published) }),
    readBody,
  );
  if (errors.length > 0) {
    throw new Error(`The archive's content has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  }
  const archive = buildArchive(articles, leaders, countries);
  return archive;
}

/** The archive model, loaded and checked once per build. */
export function getArchive(): Promise<ArchiveModel<ArticleEntry>> {
  loading ??= load();
  return loading;
}

let keys: Promise<CacheKeys<SiteArticle>> | undefined;

/**
 * The incremental build's keys of the archive's pages (see cache-keys.ts). Every
 * page shows leader and country names, so those are part of every key.
 */
export function getCacheKeys(): Promise<CacheKeys<SiteArticle>> {
  keys ??= getArchive().then((archive) =>
    createCacheKeys([archive.leaders, archive.countries], (article) =>
      String(article.entry.digest ?? digestOf(readBody(article.entry))),
    ),
  );
  return keys;
}

/**
 * A Markdown article's rendered HTML, read from the build cache where the
 * content loader put it; `undefined` for MDX, which renders through `render()`.
 */
export async function articleHtml(article: SiteArticle): Promise<string | undefined> {
  const file = htmlFileOf(article.entry);
  return file === undefined ? undefined : readFile(file, 'utf8');
}

/** An article's absolute URL under `SITE_URL`: the one it is cited and shared by. */
export function permanentUrl(article: SiteArticle): string {
  return absoluteUrl(paths.article(article), import.meta.env.SITE);
}

const citing = new Map<SiteArticle, Promise<Citations>>();
/** Where the citing has reached: articles before it in the archive's order have been sent. */
let citedUpTo = 0;
/** How many articles the next run of workers takes. */
let runLength = 0;
const FIRST_RUN = 64;
const LONGEST_RUN = 1024;

/**
 * A build renders the article pages in the archive's order, except those the
 * incremental build copies from the last build. Cite the articles from the one
 * asked for onwards on worker threads (see citation-pool.ts), one per core, in
 * runs that double while pages keep asking in order: a cold build keeps the
 * workers ahead of the pages, and a rebuild of a few pages cites a few runs of
 * 64, not the whole archive. The pages wait for their citations far more than
 * the workers wait for pages, so the workers may take every core.
 */
function citeFrom(articles: readonly SiteArticle[], index: number): void {
  if (index < citedUpTo - runLength / 2) return;
  const from = Math.max(index, citedUpTo);
  runLength = index < citedUpTo ? Math.min(runLength * 2, LONGEST_RUN) : FIRST_RUN;
  const run = articles.slice(from, from + runLength).filter((article) => !citing.has(article));
  if (run.length === 0) return;
  const items = run.map((article) => toCslItem(article, permanentUrl(article)));
  const cited = citeInWorkers(import.meta.env.CITATION_WORKER, items, availableParallelism());
  run.forEach((article, i) => citing.set(article, cited[i]!));
  citedUpTo = from + runLength;
}

/** The article's citations: from the workers in a build, computed on the spot in the dev server. */
export async function citationsOf(article: SiteArticle): Promise<Citations> {
  if (!import.meta.env.PROD) return citeArticle(article, permanentUrl(article));
  const archive = await getArchive();
  const index = (indexOf ??= new Map(archive.articles.map((a, i) => [a, i]))).get(article) ?? -1;
  if (index < 0) return citeArticle(article, permanentUrl(article));
  citeFrom(archive.articles, index);
  return citing.get(article) ?? citeArticle(article, permanentUrl(article));
}

let indexOf: Map<SiteArticle, number> | undefined;
