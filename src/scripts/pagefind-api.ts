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

/** One instance of the index, as `createInstance` returns it. */
export interface PagefindApi {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  /** Loads every filter's values and answers their counts over the whole index. */
  filters: () => Promise<FilterCounts>;
  /** Resolves to `null` when a newer debounced search replaced this one. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse | null>;
  /** Fetches the chunks a search would need, without searching. */
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
}

/** The module `pagefind.js`. */
interface PagefindModule {
  createInstance: (options: PagefindOptions) => PagefindApi;
}

/**
 * The index, opened twice. Once Pagefind holds a filter's values it counts them
 * for every result of every search, which at 10,000 pages costs more than the
 * search itself; so `results` answers the reader's searches and loads only the
 * filters a search uses, while `counts` holds them all and fills the menus after
 * the results are on screen. Both share Pagefind's worker and the browser cache.
 */
export interface SearchIndex {
  results: PagefindApi;
  /** Opens the second instance on first use. */
  counts: () => Promise<PagefindApi>;
}

/** Loads the Pagefind bundle from the build output and points it at the site's base URL. */
export async function loadPagefind(bundlePath: string, baseUrl: string): Promise<SearchIndex> {
  // The bundle is written by the build next to the pages, not part of the Vite graph.
  const bundle = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
  const open = async (): Promise<PagefindApi> => {
    const options = { basePath: bundlePath, baseUrl, excerptLength: 24 };
    const instance = bundle.createInstance(options);
    await instance.options(options);
    await instance.init();
    return instance;
  };
  const results = await open();
  let counts: Promise<PagefindApi> | undefined;
  return { results, counts: () => (counts ??= open()) };
}
