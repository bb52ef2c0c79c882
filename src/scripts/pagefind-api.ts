/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, written by the
 * build) that the search page uses. The bundle is loaded at run time from the
 * build output, so its types are declared here.
 */

/** Counts per filter value: `{ leader: { 'Vladimir Putin': 1 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The stored record of one result. */
export interface PagefindResultData {
  /** The page's URL, already under the configured base URL. */
  url: string;
  /** Text around the matches; Pagefind wraps matched words in `<mark>`. */
  excerpt: string;
  /** The record's whole indexed text. */
  content: string;
  /** Positions of the matched words in `content` split at white space. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts among the results of this search. */
  filters: FilterCounts;
  /** Counts among the results of this search without its filters. */
  totalFilters: FilterCounts;
}

export interface PagefindOptions {
  basePath?: string;
  baseUrl?: string;
  excerptLength?: number;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The module `pagefind.js`. */
export interface PagefindApi {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  /** Resolves to `null` when a newer debounced search replaced this one. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse | null>;
}

/** Loads the Pagefind bundle from the build output and points it at the site's base URL. */
export async function loadPagefind(bundlePath: string, baseUrl: string): Promise<PagefindApi> {
  // The bundle is written by the build next to the pages, not part of the Vite graph.
  const api = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
  await api.options({ basePath: bundlePath, baseUrl, excerptLength: 24 });
  await api.init();
  return api;
}
