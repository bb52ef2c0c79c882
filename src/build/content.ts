/**
 * Loads the content once per build and shares the derived lists. Pages, feeds
 * and the search page import from here and never call `getCollection` themselves.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import {
  buildArchive,
  findContentErrors,
  articleSlug,
  type ArchiveModel,
  type Article,
  type ArticleEntryLike,
} from '../model/archive';
import { parseFrontmatter } from '../model/frontmatter';
import { bodyFactsOf, htmlFileOf } from './article-loader';
import { findUnsafeMarkup } from '../model/safety';
import type { Citations } from '../model/citation';
import { toCslItem } from '../model/csl-item';
import { citeInWorkers } from './citation-pool';
import { CitationCache } from './citation-cache';
import { parsePublished } from '../model/dates';
import { paths } from '../routes/paths';
import { createCacheKeys, digestOf, type CacheKeys } from '../model/cache-keys';
import { buildRelations } from '../model/relations';
import type { SiteContext } from '../routes/context';
import type { ArticleBody } from '../routes/pages/article';
import { SITE } from '../model/site';
import { getLocale, publishedLocales, type LocaleCode } from '../i18n';

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
    // Found by the loader while it had the body; read again only for entries it kept no facts for.
    (a) =>
      bodyFactsOf(a)?.unsafe ?? findUnsafeMarkup(readBody(a), { mdx: (a.filePath ?? a.id).endsWith('.mdx') }),
  );
  if (errors.length > 0) {
    throw new Error(`The archive's content has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  }
  const archive = buildArchive(articles, leaders, countries, { paths, site: import.meta.env.SITE });
  if (import.meta.env.PROD) citeAhead(archive.articles);
  return archive;
}

/** The archive model, loaded and checked once per build. */
export function getArchive(): Promise<ArchiveModel<ArticleEntry>> {
  loading ??= load();
  return loading;
}

/** The entry of an article of this archive: every article the site context holds is one of `getArchive`'s. */
const entryOf = (article: Article): ArticleEntry => article.entry as ArticleEntry;

let keys: Promise<CacheKeys<Article>> | undefined;

/**
 * The incremental build's keys of the archive's pages (see cache-keys.ts). Every
 * page shows leader and country names, so those are part of every key.
 */
export function getCacheKeys(): Promise<CacheKeys<Article>> {
  keys ??= getArchive().then((archive) =>
    createCacheKeys<Article>([archive.leaders, archive.countries], (article) => {
      const entry = entryOf(article);
      return String(entry.digest ?? digestOf(readBody(entry)));
    }),
  );
  return keys;
}

/**
 * The interface languages the frame is published in: every language of
 * src/i18n/locales.ts, each with its dictionary, the default first; and the
 * pseudo-locale when a test builds with `ARCHIVE_PSEUDO_LOCALE=1`.
 */
export const FRAME_LOCALES: readonly LocaleCode[] = publishedLocales({
  pseudo: process.env['ARCHIVE_PSEUDO_LOCALE'] === '1',
});

let context: Promise<SiteContext> | undefined;

/**
 * What every page's route data is computed from (see src/routes/context.ts): the
 * archive, its relations (pairs, counts, counterparts: one pass over the
 * articles) and the cache keys, each made once per build.
 */
export function getSiteContext(): Promise<SiteContext> {
  context ??= Promise.all([getArchive(), getCacheKeys()]).then(([archive, keys]) => ({
    archive,
    relations: buildRelations(archive.articles, archive.byLeader, archive.byCountry),
    keys,
    site: import.meta.env.SITE,
    base: import.meta.env.BASE_URL,
    pageSize: SITE.pageSize,
    locales: FRAME_LOCALES.map(getLocale),
  }));
  return context;
}

/**
 * A Markdown article's rendered HTML, read from the build cache where the
 * content loader put it; `undefined` for MDX, which renders through `render()`.
 */
export async function articleHtml(article: Article): Promise<string | undefined> {
  const file = htmlFileOf(entryOf(article));
  return file === undefined ? undefined : readFile(file, 'utf8');
}

export type { ArticleBody };

/** The article's body (see {@link ArticleBody}). */
export async function articleBody(article: Article): Promise<ArticleBody> {
  const html = await articleHtml(article);
  return html === undefined ? { Content: (await render(entryOf(article))).Content } : { html };
}

/**
 * An article's body as text, for the stems of its words in the search index:
 * a Markdown body's HTML without its tags, an MDX body's source.
 */
export function articleText(article: Article, body: ArticleBody): string {
  if ('html' in body) return body.html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
  return readBody(entryOf(article));
}

const citing = new Map<Article, Promise<Citations>>();

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
  const items = articles.map((article) => toCslItem(article, article.permanentUrl));
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

/**
 * The article's citations: from the workers or the cache in a build, computed on
 * the spot in the dev server (which alone loads citeproc-js on its main thread).
 */
export async function citationsOf(article: Article): Promise<Citations> {
  const started = citing.get(article);
  if (started) return started;
  const { formatCitations } = await import('../model/citation');
  return formatCitations(toCslItem(article, article.permanentUrl));
}
