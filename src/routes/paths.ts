/**
 * Every URL the site emits. Nothing else in the project builds an href.
 *
 * All paths end with a slash (the site's `trailingSlash: 'always'` policy, which
 * matches the `/path/` URLs Pagefind emits) and start with the configured base.
 * The archive's frame (home, archive, leaders, countries, topics, search, data)
 * exists in every interface language, under the language's prefix (`/ru/leaders/`);
 * an article, a feed and a file exist once, at the same URL for every reader.
 */
import { ARTICLES_DIR } from '../model/site';
import type { ArticleUrlParts } from '../model/urls';
import { searchQuery, type SearchParams } from '../search/url-state';

export type { SearchParams };

import { pad2 } from '../model/calendar';

export type { ArticleUrlParts };

/** The two sides of the registry that have pages: leaders and countries (see src/routes/entities.ts). */
export type EntitySide = 'leaders' | 'countries';

/**
 * The part of a listing URL that names its page: none for page 1, `page/2` after.
 * Routes named `[...page].astro` take it as their `page` parameter.
 */
export function pageSegment(page: number): string | undefined {
  if (!Number.isInteger(page) || page < 1) throw new Error(`page must be a positive integer, not ${page}`);
  return page === 1 ? undefined : `page/${page}`;
}

/**
 * Builds the site's URLs for one base path (`/` or `/archive`) and one interface
 * language's prefix (`''` for the default language at the root, `'ru'`).
 */
export function createPaths(base: string, prefix = '') {
  const root = base === '/' || base === '' ? '' : `/${base.replace(/^\/+|\/+$/g, '')}`;
  const at = (path: string): string => `${root}/${path.replace(/^\/+/, '')}`;
  /** A page of the frame, in this language. */
  const frame = (path: string): string => at(prefix ? `${prefix}/${path}` : path);
  const paged = (path: string, page = 1): string => {
    const segment = pageSegment(page);
    return frame(segment ? `${path}${segment}/` : path);
  };

  /** The index of one side's entities: `/leaders/`, `/countries/`. */
  const entities = (side: EntitySide): string => frame(`${side}/`);
  /** One leader's or country's page, or page N of its listing: `/leaders/<id>/`. */
  const entity = (side: EntitySide, id: string, page = 1): string => paged(`${side}/${id}/`, page);
  /**
   * The page of two leaders' or two countries' record together, whichever order they
   * are given in: `/leaders/<a>/with/<b>/` with the ids in sorted order.
   */
  const pair = (side: EntitySide, x: string, y: string, page = 1): string => {
    const [a, b] = x < y ? [x, y] : [y, x];
    return paged(`${side}/${a}/with/${b}/`, page);
  };
  /** The RSS feed of one leader's or country's articles: one per entity, whatever the interface language. */
  const entityFeed = (side: EntitySide, id: string): string => at(`${side}/${id}/rss.xml`);

  return {
    /** The base itself, with a trailing slash: `/` or `/archive/`. */
    base: at(''),
    /** The interface language's prefix these URLs carry (`''` at the root). */
    prefix,
    /** The home page, or page N of the newest-first listing. */
    home: (page = 1): string => paged('', page),
    /** `/articles/2021/05/head-of-state-had-telephone-talk/` */
    article: ({ slug, published }: ArticleUrlParts): string =>
      at(`${ARTICLES_DIR}/${published.year}/${pad2(published.month)}/${slug}/`),
    entities,
    entity,
    pair,
    entityFeed,
    leaders: (): string => entities('leaders'),
    leader: (id: string, page = 1): string => entity('leaders', id, page),
    countries: (): string => entities('countries'),
    country: (id: string, page = 1): string => entity('countries', id, page),
    leaderPair: (x: string, y: string, page = 1): string => pair('leaders', x, y, page),
    countryPair: (x: string, y: string, page = 1): string => pair('countries', x, y, page),
    tags: (): string => frame('tags/'),
    tag: (slug: string, page = 1): string => paged(`tags/${slug}/`, page),
    archive: (): string => frame('archive/'),
    archiveYear: (year: number): string => frame(`archive/${year}/`),
    archiveMonth: (year: number, month: number, page = 1): string =>
      paged(`archive/${year}/${pad2(month)}/`, page),
    /**
     * The search page, with its state in the query string (see search/url-state.ts):
     * `paths.search({ leader: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'] })`.
     */
    search: (params: SearchParams = {}): string => frame('search/') + searchQuery(params),
    /** A file in `public/` or in the build output, e.g. `pagefind/`. */
    asset: (path: string): string => at(path),
    /** The site's RSS feed (newest articles). */
    feed: (): string => at('rss.xml'),
    /** The RSS feed of one leader's articles. */
    leaderFeed: (id: string): string => entityFeed('leaders', id),
    /** The RSS feed of one country's articles. */
    countryFeed: (id: string): string => entityFeed('countries', id),
    /** The sitemap index written by `@astrojs/sitemap`. */
    sitemap: (): string => at('sitemap-index.xml'),
    /** The OpenSearch description, which lets browsers add the archive's search. */
    openSearch: (): string => at('opensearch.xml'),
    /** The open data page: the downloadable files and their codebook. */
    data: (): string => frame('data/'),
    /** The codebook: every column of the article files. */
    codebook: (): string => frame('data/codebook/'),
    /** A file of the open data, e.g. `articles-2021.csv` or `leaders.json`. */
    dataFile: (file: string): string => at(`data/${file}`),
  };
}

/** The URL builder type, for components that receive it. */
export type Paths = ReturnType<typeof createPaths>;

/** The site's URLs under the configured base path. */
export const paths: Paths = createPaths(import.meta.env.BASE_URL ?? '/');

export { absoluteUrl } from '../model/urls';
