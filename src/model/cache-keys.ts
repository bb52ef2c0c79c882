/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a
 * page whose key and code are unchanged since the last build is copied from it
 * instead of rendered again. A key must therefore change whenever anything the
 * page shows changes, and only then. Pure: digests of the data, nothing else.
 */
import { createHash } from 'node:crypto';
import type { Page } from './pagination';

/** A short, stable digest of any JSON value. */
export function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('base64url')
    .slice(0, 24);
}

/** What an article page shows besides its own article. */
export interface ArticleSurroundings<A> {
  related: readonly A[];
  /** Other reports of the same event. */
  otherReports?: readonly A[] | undefined;
  /** Its versions in other languages. */
  versions?: readonly A[] | undefined;
  older?: A | undefined;
  newer?: A | undefined;
}

export interface CacheKeys<A> {
  /** A listing page: its position, its count and the cards it shows. */
  listing: (page: Page<A>, ...context: unknown[]) => string;
  /** An article page: its whole file, and the cards of the articles it links to. */
  article: (article: A, around: ArticleSurroundings<A>) => string;
}

/**
 * The keys of an archive's pages.
 *
 * @param entities - what every page may show of the leaders and countries (names, aliases, offices):
 *   a change there changes every key.
 * @param fileDigest - a digest of an article's whole file, body included.
 */
export function createCacheKeys<A extends { data: unknown }>(
  entities: unknown,
  fileDigest: (article: A) => string,
): CacheKeys<A> {
  const site = digestOf(entities);
  // A card shows the article's front matter only, so a body edit leaves the listings alone.
  const cards = new WeakMap<A, string>();
  const card = (article: A): string => {
    let key = cards.get(article);
    if (key === undefined) {
      key = digestOf(article.data);
      cards.set(article, key);
    }
    return key;
  };
  const cardOrNone = (article: A | undefined): string | null => (article ? card(article) : null);
  return {
    listing: (page, ...context) =>
      digestOf([site, context, page.number, page.total, page.count, page.items.map(card)]),
    article: (article, { related, otherReports, versions, older, newer }) =>
      digestOf([
        site,
        fileDigest(article),
        card(article),
        related.map(card),
        cardOrNone(older),
        cardOrNone(newer),
        // Only pages that list other reports carry them, so the other pages keep their keys.
        ...(otherReports?.length ? [otherReports.map(card)] : []),
        // Likewise for versions in other languages, which a page links to by their titles.
        ...(versions?.length ? [{ versions: versions.map(card) }] : []),
      ]),
  };
}
