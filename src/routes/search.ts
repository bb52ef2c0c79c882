/**
 * The search page's route data: the shards of the index it may open, and its
 * menus, with every value the index files articles under and its count over
 * the whole archive, so the menus are complete before the index loads.
 */
import type { ArchiveModel } from '../model/archive';
import { RANGE_FILTER, VALUE_FILTERS, type ValueFilterKey } from '../search/filters';
import { filterOptions, type FilterOption } from '../search/query';
import { filterTotals } from '../search/record';
import type { ShardPlan } from '../search/shards';
import { pageHead, type PageHead, type RouteContext } from './context';

/** The menus of the search page, as built: every value with its count over the whole archive. */
export interface SearchMenus {
  /** The options of each value filter, in the table's order for it. */
  values: Record<ValueFilterKey, FilterOption[]>;
  /** The months of the date range, newest first, grouped by year. */
  years: { year: string; months: FilterOption[] }[];
}

/** What the search page shows before its script runs. */
export interface SearchRoute {
  head: PageHead;
  heading: string;
  lede: string;
  /** The index's shards, newest first: each one's folder and id. */
  shards: { href: string; id: string }[];
  menus: SearchMenus;
}

/** The search page's menus: every value the index files articles under, with its count. */
export function searchMenus(archive: ArchiveModel): SearchMenus {
  const totals = filterTotals(archive);
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

/** The search page's route data, from the archive and the index's one shard plan. */
export function searchRoute(ctx: RouteContext, plan: ShardPlan): SearchRoute {
  const { locale, paths } = ctx;
  return {
    head: pageHead(ctx, { in: (at) => at.search(), title: locale.t('searchPage.title') }),
    heading: locale.t('searchPage.heading'),
    lede: locale.t('searchPage.lede'),
    shards: plan.shards.map((shard) => ({ href: paths.asset(shard.dir), id: shard.id })),
    menus: searchMenus(ctx.archive),
  };
}
