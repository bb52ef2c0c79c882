/**
 * What the search page and the shard plan are built from, read from the
 * archive model once per build (Astro only: uses `getArchive`).
 */
import { getArchive } from './content';
import { resolveShardPages } from '../model/env';
import { RANGE_FILTER, VALUE_FILTERS, type ValueFilterKey } from '../search/filters';
import { filterOptions, type FilterOption } from '../search/query';
import { filterTotals } from '../search/record';
import { planSearchShards, type ShardPlan } from '../search/shards';

/**
 * The one shard plan of the search index: planned from the archive's article
 * count per year with `SEARCH_SHARD_PAGES`, listed by the search page and
 * written into the site for the index step (src/pages/search/shards.json.ts).
 */
export async function getShardPlan(): Promise<ShardPlan> {
  const { years } = await getArchive();
  const maxPages = resolveShardPages(process.env['SEARCH_SHARD_PAGES']);
  return { maxPages, shards: planSearchShards(years, maxPages) };
}

/** The menus of the search page, as built: every value with its count over the whole archive. */
export interface SearchMenus {
  /** The options of each value filter, in the table's order for it. */
  values: Record<ValueFilterKey, FilterOption[]>;
  /** The months of the date range, newest first, grouped by year. */
  years: { year: string; months: FilterOption[] }[];
}

/** The search page's menus: every value the index files articles under, with its count. */
export async function getSearchMenus(): Promise<SearchMenus> {
  const totals = filterTotals(await getArchive());
  const values = Object.fromEntries(
    VALUE_FILTERS.map(({ key }) => [key, filterOptions(key, totals[key], totals[key], [])]),
  ) as Record<ValueFilterKey, FilterOption[]>;
  const months = filterOptions(RANGE_FILTER.key, totals.month, totals.month, []);
  const years: SearchMenus['years'] = [];
  for (const month of months) {
    const year = month.value.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.months.push(month);
    else years.push({ year, months: [month] });
  }
  return { values, years };
}
