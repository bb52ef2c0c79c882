/**
 * The part of Pagefind's browser API (`pagefind/<shard>/pagefind.js`, written
 * by the build) that the search page uses. The bundle is loaded at run time from the
 * build output, so its types are declared here.
 */
import type { PagefindFilter } from '../query';
import { createShardPager } from '../shard-pager';
import { resolveReadings } from '../stem/query';
import type { YearSpan } from '../shards';

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

/** A shard of the index as the search page knows it: its folder and the years it spans. */
export interface IndexShard extends YearSpan {
  /** Its folder's URL, ending in `/`. */
  dir: string;
}

/** What is known of a search's count so far. */
export interface SearchCount {
  /** The results in the shards searched (or counted) so far. */
  found: number;
  /** True when every shard that can hold results was searched or counted: `found` is the whole count. */
  complete: boolean;
  /** The shards searched so far, newest first. */
  searched: readonly IndexShard[];
}

/** The results of one search, fetched as the reader pages through them. */
export interface SearchResults {
  /** Results `start` to `end` (exclusive), in the order asked for; searches older shards as needed. */
  slice: (start: number, end: number) => Promise<PagefindResult[]>;
  /** Every result, in order: searches every shard that remains. */
  all: () => Promise<PagefindResult[]>;
  /** What is known of the count now, without searching. */
  count: () => SearchCount;
  /** The whole count, counting the shards not searched yet. */
  total: () => Promise<number>;
}

/**
 * The index, written in shards (../shards.ts), each shard's folder a Pagefind
 * index of its own. Nothing is fetched before a search needs it:
 *
 * - Newest first (the default) searches the newest shard that can hold
 *   results on its own, and each older shard, on its own, only when the reader
 *   asks for more results than the newer ones gave (../shard-pager.ts); until
 *   every shard in scope has been searched, the count is that of the shards
 *   searched, and `total` counts the rest over the shards merged.
 * - Best match searches the shards in scope merged into one instance (the
 *   newest one's, sharing its WebAssembly): Pagefind ranks over all of them.
 * - The menus' counts come from another merged instance over every shard with
 *   every filter loaded (`counts`): once Pagefind holds a filter's values it
 *   counts them for every result of every search, which at 10,000 pages costs
 *   more than the search itself, so the instances that answer the reader load
 *   only the filters a search uses. Merged filter counts are the sums over the
 *   shards.
 *
 * Every instance shares Pagefind's worker and the browser cache; each is
 * opened on first use, and again after a failure.
 */
export interface SearchIndex {
  /** Opens the instance that holds every filter, on first use. */
  counts: () => Promise<PagefindApi>;
  /**
   * Searches `shards` (those that can hold results, newest first; see
   * `shardsInRange`), in the order `options` ask for. Resolves to `null` when
   * superseded.
   */
  search: (
    term: string | null,
    options: PagefindSearchOptions,
    shards: readonly IndexShard[],
  ) => Promise<SearchResults | null>;
  /**
   * A search's count of results per month over `shards` merged, from the
   * `month` filter's counts (`options` must filter on `month`, so that
   * Pagefind loads that filter alone and counts it); `null` when superseded.
   * It shares the merged instance that best-match searches and whole counts
   * use, which then counts months too: the smallest filter of the index.
   */
  monthCounts: (
    term: string | null,
    options: PagefindSearchOptions,
    shards: readonly IndexShard[],
  ) => Promise<Record<string, number> | null>;
  /** Opens the instance a search would use and fetches its word chunks, without searching. */
  preload: (
    term: string | null,
    options: PagefindSearchOptions,
    shards: readonly IndexShard[],
  ) => Promise<void>;
}

/** Results already all known: a search of one instance, or of no shard at all. */
function knownResults(results: PagefindResult[], searched: readonly IndexShard[]): SearchResults {
  return {
    slice: (start, end) => Promise.resolve(results.slice(start, end)),
    all: () => Promise.resolve(results),
    count: () => ({ found: results.length, complete: true, searched }),
    total: () => Promise.resolve(results.length),
  };
}

/**
 * Language-aware search (../stem/): an instance that settles a query word
 * given in a Russian and a Kazakh reading by the reading more of the articles
 * within the search's filters hold, before searching or preloading: a search
 * narrowed to Russian articles reads «Мирзиёевпен» as the Kazakh form of the
 * name they are indexed under.
 */
function withReadings(instance: PagefindApi): PagefindApi {
  const settle = (term: string | null, options?: PagefindSearchOptions): Promise<string | null> => {
    if (term === null) return Promise.resolve(null);
    const within = options?.filters ? { filters: options.filters } : undefined;
    const count = async (token: string): Promise<number> =>
      (await instance.search(token, within))?.results.length ?? 0;
    return resolveReadings(term, count);
  };
  return Object.assign(Object.create(instance) as PagefindApi, {
    search: async (term: string | null, options?: PagefindSearchOptions) =>
      instance.search(await settle(term, options), options),
    preload: async (term: string, options?: PagefindSearchOptions) =>
      instance.preload((await settle(term, options)) ?? term, options),
  });
}

/**
 * Loads the Pagefind bundle of the first shard and returns the index, opening
 * nothing yet. `shards` are the index's shards, newest first (the search page's
 * `data-shards` and `data-shard-ids`); `baseUrl` is the site's base URL.
 */
export async function loadPagefind(shards: readonly IndexShard[], baseUrl: string): Promise<SearchIndex> {
  const newest = shards[0];
  if (newest === undefined) throw new Error('The search index has no shard');
  // The bundle is written by the build next to the pages, not part of the Vite graph.
  const bundle = (await import(/* @vite-ignore */ `${newest.dir}pagefind.js`)) as PagefindModule;
  const shared = { baseUrl, excerptLength: 24 };
  const open = async ([basePath, ...merged]: readonly string[]): Promise<PagefindApi> => {
    if (basePath === undefined) throw new Error('A search needs at least one shard');
    const instance = bundle.createInstance({ ...shared, basePath });
    await instance.options({ ...shared, basePath });
    await instance.init();
    await Promise.all(merged.map((dir) => instance.mergeIndex(dir, shared)));
    return withReadings(instance);
  };
  // One instance per set of shards, newest shard first: a shard alone, or the shards of a scope merged.
  const instances = new Map<string, Promise<PagefindApi>>();
  const instance = (of: readonly IndexShard[]): Promise<PagefindApi> => {
    const dirs = of.map((shard) => shard.dir);
    const key = dirs.join(' ');
    let opened = instances.get(key);
    if (!opened) {
      opened = open(dirs);
      instances.set(key, opened);
      void opened.catch(() => instances.delete(key));
    }
    return opened;
  };
  /** Whether a search goes shard by shard (newest first over several shards) rather than merged. */
  const byShard = (options: PagefindSearchOptions, scope: readonly IndexShard[]): boolean =>
    options.sort !== undefined && scope.length > 1;

  const search: SearchIndex['search'] = async (term, options, scope) => {
    if (scope.length === 0) return knownResults([], []);
    if (!byShard(options, scope)) {
      const response = await (await instance(scope)).search(term, options);
      return response ? knownResults(response.results, scope) : null;
    }
    const pager = createShardPager(
      scope.map(
        (shard) => async () => (await (await instance([shard])).search(term, options))?.results ?? [],
      ),
    );
    // Search the newest shard now, as a merged search would, so that a search
    // started while the reader types has its first results ready.
    await pager.slice(0, 1);
    // The whole count over the shards merged, when asked for before every shard was searched.
    let whole: number | undefined;
    let counting: Promise<number> | undefined;
    const count = (): SearchCount => {
      const complete = pager.searched === scope.length;
      const searched = scope.slice(0, pager.searched);
      if (!complete && whole !== undefined) return { found: whole, complete: true, searched };
      return { found: pager.found, complete, searched };
    };
    const countAll = async (): Promise<number> => {
      const response = await (
        await instance(scope)
      ).search(term, options.filters ? { filters: options.filters } : {});
      if (!response) throw new Error('The count was superseded');
      whole = response.results.length;
      return whole;
    };
    return {
      slice: pager.slice,
      all: () => pager.slice(0, Number.MAX_SAFE_INTEGER),
      count,
      total: () => {
        if (count().complete) return Promise.resolve(count().found);
        return (counting ??= countAll().catch((error: unknown) => {
          counting = undefined;
          throw error;
        }));
      },
    };
  };

  const preload: SearchIndex['preload'] = async (term, options, scope) => {
    if (scope.length === 0) return;
    const opened = await instance(byShard(options, scope) ? scope.slice(0, 1) : scope);
    if (term) await opened.preload(term, options);
  };

  const monthCounts: SearchIndex['monthCounts'] = async (term, options, scope) => {
    if (scope.length === 0) return {};
    const response = await (await instance(scope)).search(term, { filters: options.filters ?? {} });
    return response ? (response.filters['month'] ?? {}) : null;
  };

  // Pagefind counts only the filters it holds: load them all before the first count.
  let counts: Promise<PagefindApi> | undefined;
  const openCounts = async (): Promise<PagefindApi> => {
    const opened = await open(shards.map((shard) => shard.dir));
    await opened.filters();
    return opened;
  };
  return {
    counts: () =>
      (counts ??= openCounts().catch((error: unknown) => {
        counts = undefined;
        throw error;
      })),
    search,
    monthCounts,
    preload,
  };
}
