/**
 * The search index in shards. Pagefind's memory while it writes an index grows
 * with the index's pages (about 0.2 GB per 1,000), so the archive is indexed in
 * shards of consecutive years, one after the other (index/write.ts), and the
 * search page searches them together (client/pagefind.ts).
 *
 * One plan: the page build plans the shards from the archive's article count
 * per year and writes the plan into the site (`search/shards.json`, see
 * src/pages/search/shards.json.ts); the search page lists the same shards, and
 * the index step reads the plan from the site and checks it against the pages
 * there. Pure.
 */
import { ARTICLES_DIR, SEARCH_DIR } from '../model/site';

/** Where the page build writes the shard plan in the site, for the index step. */
export const SHARD_PLAN_FILE = 'search/shards.json';

/** The shard plan as written into the site. */
export interface ShardPlan {
  /** The most pages of a shard the plan was made with. */
  maxPages: number;
  /** The shards, newest first. */
  shards: SearchShard[];
}

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

/** The years a shard spans, oldest and newest (a shard's years are consecutive years with articles). */
export interface YearSpan {
  oldest: number;
  newest: number;
}

/**
 * The years a shard spans, read from its id (see {@link SearchShard}); throws
 * on anything that is not one.
 * @example shardSpan('2021-2025') // { oldest: 2021, newest: 2025 }
 */
export function shardSpan(id: string): YearSpan {
  const match = /^([0-9]{1,6})(?:-([0-9]{1,6}))?$/.exec(id);
  const oldest = Number(match?.[1]);
  const newest = Number(match?.[2] ?? match?.[1]);
  if (!match || oldest > newest) throw new Error(`"${id}" is not a search shard's years such as "2021-2025"`);
  return { oldest, newest };
}

/**
 * The shards (newest first) that can hold results of a date range: those whose
 * years overlap it. `from` and `to` are the search's bounds (`YYYY`, `YYYY-MM`
 * or `''` for open). Years without articles belong to no shard, so a range of
 * them alone has no shard.
 * @example shardsInRange([{ oldest: 2025, newest: 2025 }, { oldest: 2021, newest: 2023 }], '2024', '')
 *   // [{ oldest: 2025, newest: 2025 }]
 */
export function shardsInRange<S extends YearSpan>(shards: readonly S[], from: string, to: string): S[] {
  const first = from ? Number(from.slice(0, 4)) : -Infinity;
  const last = to ? Number(to.slice(0, 4)) : Infinity;
  return shards.filter((shard) => shard.newest >= first && shard.oldest <= last);
}

/**
 * The years a search has read: from the oldest of the shards `searched` to the
 * newest, within the range `from`–`to`; `undefined` when none was searched.
 * @example searchedYears([{ oldest: 2024, newest: 2025 }], '', '2024-06') // { oldest: 2024, newest: 2024 }
 */
export function searchedYears(searched: readonly YearSpan[], from: string, to: string): YearSpan | undefined {
  if (searched.length === 0) return undefined;
  const oldest = Math.min(...searched.map((shard) => shard.oldest));
  const newest = Math.max(...searched.map((shard) => shard.newest));
  return {
    oldest: from ? Math.max(oldest, Number(from.slice(0, 4))) : oldest,
    newest: to ? Math.min(newest, Number(to.slice(0, 4))) : newest,
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

/**
 * Reads a shard plan written by the page build, checking its shape; throws,
 * naming `file`, when it is not one.
 */
export function parseShardPlan(text: string, file: string): ShardPlan {
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON: build the pages again (astro build)`);
  }
  const shards = (plan as { shards?: unknown } | null)?.shards;
  const maxPages = (plan as { maxPages?: unknown } | null)?.maxPages;
  const isShard = (s: unknown): s is SearchShard => {
    const shard = s as Partial<SearchShard> | null;
    return (
      typeof shard?.id === 'string' &&
      /^[0-9]+(-[0-9]+)?$/.test(shard.id) &&
      Array.isArray(shard.years) &&
      shard.years.every((year) => Number.isSafeInteger(year)) &&
      Number.isSafeInteger(shard.pages) &&
      shard.dir === shardDir(shard.id)
    );
  };
  if (!Number.isSafeInteger(maxPages) || !Array.isArray(shards) || !shards.every(isShard)) {
    throw new Error(`${file}: shards: not a plan of search shards; build the pages again (astro build)`);
  }
  return { maxPages: maxPages as number, shards };
}

/**
 * The years whose page count differs between a plan and the pages found, as
 * sentences; empty when they agree.
 * @example planMismatches([{ years: [2021], … }], [{ year: 2021, count: 3 }]) // [] when the plan counted 3
 */
export function planMismatches(plan: readonly SearchShard[], found: readonly YearCount[]): string[] {
  const planned = new Map<number, number>();
  for (const shard of plan) for (const year of shard.years) planned.set(year, 0);
  const problems: string[] = [];
  const foundYears = new Map(found.map((y) => [y.year, y.count]));
  for (const year of new Set([...planned.keys(), ...foundYears.keys()])) {
    if (!planned.has(year)) problems.push(`${year} has ${foundYears.get(year)} article pages and no shard`);
    else if (!foundYears.has(year)) problems.push(`${year} has a shard and no article page`);
  }
  for (const shard of plan) {
    const pages = shard.years.reduce((sum, year) => sum + (foundYears.get(year) ?? 0), 0);
    if (pages !== shard.pages && shard.years.every((year) => foundYears.has(year))) {
      problems.push(`shard ${shard.id} was planned with ${shard.pages} pages and has ${pages}`);
    }
  }
  return problems.sort();
}
