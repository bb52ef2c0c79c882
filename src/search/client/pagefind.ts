/**
 * The part of Pagefind's browser API (`pagefind/<shard>/pagefind.js`, written
 * by the build) that the search page uses. The bundle is loaded at run time from the
 * build output, so its types are declared here.
 */
import type { PagefindFilter } from '../query';
import { createShardPager } from '../shard-pager';

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
  filters?: Partial<Record<string, PagefindFilter>>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** One instance of the index, as `createInstance` returns it. */
export interface PagefindApi {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  /** Adds another index (here: another shard) to this instance's searches; it shares this instance's WebAssembly. */
  mergeIndex: (basePath: string, options?: PagefindOptions) => Promise<void>;
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

/** The results of one search, fetched as the reader pages through them. */
export interface SearchResults {
  /** Results `start` to `end` (exclusive), in the order asked for. */
  slice: (start: number, end: number) => Promise<PagefindResult[]>;
  /** How many results the search has in all. */
  total: () => Promise<number>;
}

/**
 * The index, written in shards (../shards.ts) and opened as one:
 * the newest shard with every other merged into it. Opened twice: once
 * Pagefind holds a filter's values it counts them for every result of every
 * search, which at 10,000 pages costs more than the search itself; so
 * `results` answers the reader's searches and loads only the filters a search
 * uses, while `counts` loads them all and counts the menus' options, once the
 * reader uses the menus. Merged filter counts are the sums over the shards.
 * All instances share Pagefind's worker and the browser cache.
 */
export interface SearchIndex {
  results: PagefindApi;
  /** Opens the second instance, with every filter loaded, on first use. */
  counts: () => Promise<PagefindApi>;
  /**
   * Searches the archive: by relevance over `results`; newest first shard by
   * shard (see ../shard-pager.ts), each shard opened on its own when first
   * needed, with the total from `results`. Resolves to `null` when superseded.
   */
  search: (term: string | null, options: PagefindSearchOptions) => Promise<SearchResults | null>;
}

/**
 * Loads the Pagefind bundle of the first shard and opens the index. `shards`
 * are the shards' folders, newest first (`data-shards` of the search page);
 * `baseUrl` is the site's base URL.
 */
export async function loadPagefind(shards: readonly string[], baseUrl: string): Promise<SearchIndex> {
  const [newest, ...older] = shards;
  if (newest === undefined) throw new Error('The search index has no shard');
  // The bundle is written by the build next to the pages, not part of the Vite graph.
  const bundle = (await import(/* @vite-ignore */ `${newest}pagefind.js`)) as PagefindModule;
  const shared = { baseUrl, excerptLength: 24 };
  const open = async (basePath: string, merged: readonly string[]): Promise<PagefindApi> => {
    const instance = bundle.createInstance({ ...shared, basePath });
    await instance.options({ ...shared, basePath });
    await instance.init();
    await Promise.all(merged.map((shard) => instance.mergeIndex(shard, shared)));
    return instance;
  };
  const results = await open(newest, older);
  let counts: Promise<PagefindApi> | undefined;
  // Each shard alone, for newest-first searches: opened on first use, and again after a failure.
  const alone = shards.map((shard) => {
    let instance: Promise<PagefindApi> | undefined;
    return (): Promise<PagefindApi> =>
      (instance ??= open(shard, []).catch((error: unknown) => {
        instance = undefined;
        throw error;
      }));
  });

  const search = async (
    term: string | null,
    options: PagefindSearchOptions,
  ): Promise<SearchResults | null> => {
    if (!options.sort || alone.length === 1) {
      const response = await results.search(term, options);
      if (!response) return null;
      return {
        slice: (start, end) => Promise.resolve(response.results.slice(start, end)),
        total: () => Promise.resolve(response.results.length),
      };
    }
    const pager = createShardPager(
      alone.map((instance) => async () => (await (await instance()).search(term, options))?.results ?? []),
    );
    let total: Promise<number> | undefined;
    return {
      slice: pager.slice,
      total: () =>
        (total ??= results.search(term, options).then((response) => response?.results.length ?? 0)),
    };
  };

  // Pagefind counts only the filters it holds: load them all before the first count.
  const openCounts = async (): Promise<PagefindApi> => {
    const instance = await open(newest, older);
    await instance.filters();
    return instance;
  };
  return { results, counts: () => (counts ??= openCounts()), search };
}
