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
import { htmlFileOf } from '../build/article-loader';
import { citeArticle, toCslItem, type Citations } from './citation';
import { citeInWorkers } from '../build/citation-pool';
import { CitationCache } from '../build/citation-cache';
import { parsePublished } from './dates';
import { absoluteUrl, paths } from './paths';
import { resolveShardPages } from './env';
import { planSearchShards, type SearchShard } from './search-shards';
import { filterTotals } from './search-index';
import { filterOptions, FILTER_KEYS, type FilterKey, type FilterOption } from './search';
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
  if (import.meta.env.PROD) citeAhead(archive.articles);
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

/**
 * The shards of the search index, newest first: planned from the archive's
 * article count per year, as the index step plans them from the built site
 * (src/search-index/write.ts), with the same `SEARCH_SHARD_PAGES`.
 */
export async function getSearchShards(): Promise<SearchShard[]> {
  const { years } = await getArchive();
  return planSearchShards(years, resolveShardPages(process.env['SEARCH_SHARD_PAGES']));
}

/**
 * The options of the search page's filter menus: every value the index files
 * articles under, with its count over the whole archive, in menu order.
 */
export async function getFilterMenus(): Promise<Record<FilterKey, FilterOption[]>> {
  const totals = filterTotals(await getArchive());
  const menus = FILTER_KEYS.map((key) => [key, filterOptions(key, totals[key], totals[key], '')] as const);
  return Object.fromEntries(menus) as Record<FilterKey, FilterOption[]>;
}

/** An article's absolute URL under `SITE_URL`: the one it is cited and shared by. */
export function permanentUrl(article: SiteArticle): string {
  return absoluteUrl(paths.article(article), import.meta.env.SITE);
}

const citing = new Map<SiteArticle, Promise<Citations>>();

/**
 * A build renders the article pages in the archive's order, except those the
 * incremental build copies from the last one. Citations already formatted for
 * the same data in an earlier build come from the build cache (see
 * citation-cache.ts); the others are started now, in that order, on worker
 * threads (see citation-pool.ts), one per core, and kept for the next build.
 * The pages wait for their citations far more than the workers wait for pages,
 * so the workers may take every core.
 */
function citeAhead(articles: readonly SiteArticle[]): void {
  const cache = new CitationCache(import.meta.env.CACHE_DIR);
  const items = articles.map((article) => toCslItem(article, permanentUrl(article)));
  cache.keepOnly(items);
  const missing: number[] = [];
  items.forEach((item, i) => {
    const cached = cache.get(item);
    if (cached) citing.set(articles[i]!, Promise.resolve(cached));
    else missing.push(i);
  });
  const cited = citeInWorkers(
    import.meta.env.CITATION_WORKER,
    missing.map((i) => items[i]!),
    availableParallelism(),
  );
  missing.forEach((i, k) => {
    const promise = cited[k]!;
    citing.set(articles[i]!, promise);
    promise.then(
      (citations) => cache.set(items[i]!, citations),
      () => undefined,
    );
  });
}

/** The article's citations: from the workers or the cache in a build, computed on the spot in the dev server. */
export function citationsOf(article: SiteArticle): Promise<Citations> {
  return citing.get(article) ?? Promise.resolve(citeArticle(article, permanentUrl(article)));
}
