/**
 * The search page's route data: the shards of the index it may open, and its
 * menus, with every value the index files articles under and its count over
 * the whole archive, so the menus are complete before the index loads.
 */
import { DICTIONARIES, type LocaleCode, type TextKey } from '../i18n';
import type { MessageSource } from '../i18n/locale';
import type { ArchiveModel } from '../model/archive';
import { RANGE_FILTER, VALUE_FILTERS, type ValueFilterKey } from '../search/filters';
import { filterOptions, type FilterOption } from '../search/query';
import { filterTotals } from '../search/record';
import type { ShardPlan } from '../search/shards';
import { TIMELINE_TEXTS } from '../search/timeline';
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
  timeline: SearchTimeline;
}

/** What the timeline, "Results over time", is given at build time (see ../search/timeline.ts). */
export interface SearchTimeline {
  /** The page's language, for the script's Locale. */
  locale: LocaleCode;
  /** The texts the script shows, from the page's dictionary. */
  messages: MessageSource;
  /** The archive's articles per month (`2021-05`), the figure each share is of. */
  totals: Record<string, number>;
  /** The texts of its markup. */
  texts: Record<(typeof MARKUP_TEXTS)[number], string>;
}

/** The timeline's texts its markup shows as built. */
const MARKUP_TEXTS = [
  'timeline.open',
  'timeline.hint',
  'timeline.measure',
  'timeline.measure.count',
  'timeline.measure.share',
  'timeline.measure.compared',
  'timeline.legend',
  'timeline.compare',
  'timeline.compare.hint',
  'timeline.compare.full',
] as const satisfies readonly TextKey[];

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

/** The timeline's build-time data: the archive's count per month and the texts of the page's language. */
export function searchTimeline(ctx: Pick<RouteContext, 'archive' | 'locale'>): SearchTimeline {
  const { locale } = ctx;
  const dictionary = DICTIONARIES[locale.code];
  return {
    locale: locale.code,
    messages: Object.fromEntries(TIMELINE_TEXTS.map((key) => [key, dictionary[key]])),
    totals: { ...filterTotals(ctx.archive).month },
    texts: Object.fromEntries(MARKUP_TEXTS.map((key) => [key, locale.t(key)])) as SearchTimeline['texts'],
  };
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
    timeline: searchTimeline(ctx),
  };
}
