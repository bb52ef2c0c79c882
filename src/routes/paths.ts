/**
 * Every URL the site emits. Nothing else in the project builds an href.
 *
 * All paths end with a slash (the site's `trailingSlash: 'always'` policy, which
 * matches the `/path/` URLs Pagefind emits) and start with the configured base.
 */
import { ARTICLES_DIR } from '../model/site';
import type { ArticleUrlParts } from '../model/urls';
import { searchQuery, type SearchParams } from '../search/url-state';

export type { SearchParams };

// Not imported from dates.ts: that module depends on schema.ts (zod), and this one
// is also bundled into browser code (the search page), which should stay small.
const pad2 = (n: number): string => String(n).padStart(2, '0');

export type { ArticleUrlParts };

/**
 * The part of a listing URL that names its page: none for page 1, `page/2` after.
 * Routes named `[...page].astro` take it as their `page` parameter.
 */
export function pageSegment(page: number): string | undefined {
  if (!Number.isInteger(page) || page < 1) throw new Error(`page must be a positive integer, not ${page}`);
  return page === 1 ? undefined : `page/${page}`;
}

/** Builds the site's URLs for one base path (`/` or `/archive`). */
export function createPaths(base: string) {
  const root = base === '/' || base === '' ? '' : `/${base.replace(/^\/+|\/+$/g, '')}`;
  const at = (path: string): string => `${root}/${path.replace(/^\/+/, '')}`;
  const paged = (path: string, page = 1): string => {
    const segment = pageSegment(page);
    return at(segment ? `${path}${segment}/` : path);
  };

  return {
    /** The base itself, with a trailing slash: `/` or `/archive/`. */
    base: at(''),
    /** The home page, or page N of the newest-first listing. */
    home: (page = 1): string => paged('', page),
    /** `/articles/2021/05/head-of-state-had-telephone-talk/` */
    article: ({ slug, published }: ArticleUrlParts): string =>
      at(`${ARTICLES_DIR}/${published.year}/${pad2(published.month)}/${slug}/`),
    leaders: (): string => at('leaders/'),
    leader: (id: string, page = 1): string => paged(`leaders/${id}/`, page),
    countries: (): string => at('countries/'),
    country: (id: string, page = 1): string => paged(`countries/${id}/`, page),
    /**
     * The page of two leaders' record together, whichever order they are given in:
     * `/leaders/<a>/with/<b>/` with the ids in sorted order.
     */
    leaderPair: (x: string, y: string, page = 1): string => {
      const [a, b] = x < y ? [x, y] : [y, x];
      return paged(`leaders/${a}/with/${b}/`, page);
    },
    /** The page of two countries' record together: `/countries/<a>/with/<b>/`, ids in sorted order. */
    countryPair: (x: string, y: string, page = 1): string => {
      const [a, b] = x < y ? [x, y] : [y, x];
      return paged(`countries/${a}/with/${b}/`, page);
    },
    tags: (): string => at('tags/'),
    tag: (slug: string, page = 1): string => paged(`tags/${slug}/`, page),
    archive: (): string => at('archive/'),
    archiveYear: (year: number): string => at(`archive/${year}/`),
    archiveMonth: (year: number, month: number, page = 1): string =>
      paged(`archive/${year}/${pad2(month)}/`, page),
    /**
     * The search page, with its state in the query string (see search/url-state.ts):
     * `paths.search({ leader: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'] })`.
     */
    search: (params: SearchParams = {}): string => at('search/') + searchQuery(params),
    /** A file in `public/` or in the build output, e.g. `pagefind/`. */
    asset: (path: string): string => at(path),
    /** The site's RSS feed (newest articles). */
    feed: (): string => at('rss.xml'),
    /** The RSS feed of one leader's articles. */
    leaderFeed: (id: string): string => at(`leaders/${id}/rss.xml`),
    /** The RSS feed of one country's articles. */
    countryFeed: (id: string): string => at(`countries/${id}/rss.xml`),
    /** The sitemap index written by `@astrojs/sitemap`. */
    sitemap: (): string => at('sitemap-index.xml'),
    /** The OpenSearch description, which lets browsers add the archive's search. */
    openSearch: (): string => at('opensearch.xml'),
    /** The open data page: the downloadable files and their codebook. */
    data: (): string => at('data/'),
    /** The codebook: every column of the article files. */
    codebook: (): string => at('data/codebook/'),
    /** A file of the open data, e.g. `articles-2021.csv` or `leaders.json`. */
    dataFile: (file: string): string => at(`data/${file}`),
  };
}

/** The URL builder type, for components that receive it. */
export type Paths = ReturnType<typeof createPaths>;

/** The site's URLs under the configured base path. */
export const paths: Paths = createPaths(import.meta.env.BASE_URL ?? '/');

export { absoluteUrl } from '../model/urls';
