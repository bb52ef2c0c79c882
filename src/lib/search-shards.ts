/**
 * The search index in shards. Pagefind's memory while it writes an index grows
 * with the index's pages (about 0.2 GB per 1,000), so the archive is indexed in
 * shards of consecutive years, one after the other (src/search-index/write.ts),
 * and the search page searches them together (src/scripts/pagefind-api.ts).
 *
 * Pure: the search page plans from the archive model's years, the index step
 * from the article folders of the built site; with the same counts and the same
 * maximum they plan the same shards.
 */
import { ARTICLES_DIR, SEARCH_DIR } from './site';

/** The articles of one year, as the archive model's `years` list gives them. */
export interface YearCount {
  year: number;
  count: number;
}

/** One shard of the search index: a run of consecutive years of the archive. */
export interface SearchShard {
  /** A stable name made of its years: `2021-2025` (oldest-newest), or `2025` for one year. */
  id: string;
  /** Its years, newest first. */
  years: number[];
  /** Its article pages. */
  pages: number;
  /** Its folder under the site, e.g. `pagefind/2021-2025/`: the one place the layout is spelled. */
  dir: string;
}

/** The folder of a shard under the site: `pagefind/<id>/`. */
export function shardDir(id: string): string {
  return `${SEARCH_DIR}/${id}/`;
}

function toShard(years: readonly YearCount[]): SearchShard {
  const newest = years[0]?.year;
  const oldest = years.at(-1)?.year;
  const id = newest === oldest ? `${newest}` : `${oldest}-${newest}`;
  return {
    id,
    years: years.map((y) => y.year),
    pages: years.reduce((sum, y) => sum + y.count, 0),
    dir: shardDir(id),
  };
}

/**
 * Groups the years into shards of at most `maxPages` pages: greedily, from the
 * oldest year, each shard takes the next years while they fit, and a year larger
 * than the maximum is a shard of its own. Years without articles are left out.
 * The shards come newest first.
 * @example planSearchShards([{ year: 2025, count: 3 }, { year: 2024, count: 2 }, { year: 2021, count: 4 }], 5)
 *   // [{ id: '2024-2025', years: [2025, 2024], pages: 5, … }, { id: '2021', years: [2021], pages: 4, … }]
 */
export function planSearchShards(years: readonly YearCount[], maxPages: number): SearchShard[] {
  if (!Number.isSafeInteger(maxPages) || maxPages < 1) {
    throw new Error(`a search shard must hold at least one page, not ${maxPages}`);
  }
  const sorted = years.filter((y) => y.count > 0).sort((a, b) => b.year - a.year);
  for (const [i, y] of sorted.entries()) {
    if (!Number.isSafeInteger(y.year) || !Number.isSafeInteger(y.count)) {
      throw new Error(`${y.year}: ${y.count} is not a year and a count of pages`);
    }
    if (sorted[i + 1]?.year === y.year) throw new Error(`the year ${y.year} is counted twice`);
  }
  const shards: SearchShard[] = [];
  let current: YearCount[] = [];
  let pages = 0;
  // Filled from the oldest year, so that new articles, which come in the latest
  // years, move only the newest shard's bounds and leave the older shards as written.
  for (const y of [...sorted].reverse()) {
    if (current.length > 0 && pages + y.count > maxPages) {
      shards.push(toShard([...current].reverse()));
      current = [];
      pages = 0;
    }
    current.push(y);
    pages += y.count;
  }
  if (current.length > 0) shards.push(toShard([...current].reverse()));
  return shards.reverse();
}

/**
 * The pages of a shard for Pagefind's `addDirectory`, relative to the site:
 * the HTML files under its years' article folders.
 * @example shardGlob({ years: [2022, 2021] }) // 'articles/{2022,2021}/**\/*.html'
 */
export function shardGlob(shard: Pick<SearchShard, 'years'>): string {
  const years = shard.years.length === 1 ? `${shard.years[0]}` : `{${shard.years.join(',')}}`;
  return `${ARTICLES_DIR}/${years}/**/*.html`;
}

/**
 * The shards of a plan that hold any of `years`, in the plan's order, and the
 * years no shard holds.
 */
export function shardsHolding(
  plan: readonly SearchShard[],
  years: readonly number[],
): { shards: SearchShard[]; unknown: number[] } {
  return {
    shards: plan.filter((shard) => shard.years.some((y) => years.includes(y))),
    unknown: years.filter((y) => !plan.some((shard) => shard.years.includes(y))),
  };
}

/**
 * Reads a list of years such as `2015,2016` (commas or spaces), e.g. the
 * `--years` of the index step. Throws on anything else, or on an empty list.
 * @example parseYearList('2015, 2016') // [2015, 2016]
 */
export function parseYearList(raw: string): number[] {
  const parts = raw.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((part) => !/^[0-9]{1,6}$/.test(part))) {
    throw new Error(`"${raw}" is not a list of years such as "2015,2016"`);
  }
  return [...new Set(parts.map(Number))];
}
