/**
 * The search page's route data, in the page's interface language: the shards
 * of the index it may open; its form's texts; its menus, with every value the
 * index files articles under, that value's label in the page's language and its
 * count over the whole archive, so the menus are complete before the index
 * loads; and the texts its script says, handed to it as data. Filter values
 * stay the archive's own (English names, kinds' keys), so a search URL means
 * the same in every language.
 */
import { DICTIONARIES, type Locale, type LocaleCode, type PluralKey, type TextKey } from '../i18n';
import { calendarWords, type CalendarWords, type MessageSource } from '../i18n/locale';
import type { ArchiveModel } from '../model/archive';
import { EXPORT_FORMATS } from '../search/export';
import { languageName, RANGE_FILTER, VALUE_FILTERS, type ValueFilterKey } from '../search/filters';
import { filterOptions, optionLabel, type FilterOption } from '../search/query';
import { filterTotals } from '../search/record';
import type { ShardPlan } from '../search/shards';
import { TIMELINE_TEXTS } from '../search/timeline';
import { SORTS } from '../search/url-state';
import { pageHead, type PageHead, type RouteContext } from './context';
import { countryName, kindLabel, leaderName } from './names';
import { KIND_LABELS } from '../model/site';
import type { ArticleData } from '../model/schema';

const isKind = (value: string): value is ArticleData['kind'] => Object.hasOwn(KIND_LABELS, value);

/** One value filter's box of checkboxes. */
export interface FilterMenu {
  key: ValueFilterKey;
  legend: string;
  /** How its values combine: "(all named)", "(any of them)". */
  hint: string;
  /** Every value with its label in the page's language, its count over the whole archive, and both as shown. */
  options: (FilterOption & { text: string })[];
}

/** A labelled menu of the form (an order, a bound of the date range). */
export interface SelectMenu {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  groups: { label: string; options: { value: string; label: string }[] }[];
}

/** The search page's menus, as built. */
export interface SearchMenus {
  filters: FilterMenu[];
  dates: { legend: string; hint: string; from: SelectMenu; to: SelectMenu };
  sort: SelectMenu;
}

/** The texts the page's script says (counts, summaries, exports): the keys it may ask for. */
export const CLIENT_TEXTS = [
  'search.unavailable',
  'search.countFailed',
  'search.export.preparing',
  'search.export.done',
  'search.export.failed',
  'search.chips',
  'search.option',
  'search.filters',
  'search.filters.chosen',
  'search.summary',
  'search.summary.count',
  'search.summary.none',
  'search.summary.words',
  'search.summary.leader',
  'search.summary.country',
  'search.summary.kind',
  'search.summary.language',
  'search.summary.source',
  'search.summary.between',
  'search.summary.in',
  'search.summary.since',
  'search.summary.until',
  'search.summary.partial',
] as const satisfies readonly (TextKey | PluralKey)[];

/** What the search page shows before its script runs, and what it hands the script. */
export interface SearchRoute {
  head: PageHead;
  heading: string;
  lede: string;
  /** The index's shards, newest first: each one's folder and id. */
  shards: { href: string; id: string }[];
  /** The page's action without JavaScript: the search page itself, in this language. */
  action: string;
  /** The interface language's code, for the script's Locale. */
  locale: string;
  /** The texts of {@link CLIENT_TEXTS} in the page's language, as JSON. */
  messages: string;
  /** The language's calendar words for the script's dates, as JSON (see `CalendarWords`). */
  calendar: string;
  text: {
    form: string;
    query: string;
    placeholder: string;
    submit: string;
    filters: string;
    noscript: string;
    countAll: string;
    export: string;
    empty: string;
    clear: string;
    more: string;
  };
  menus: SearchMenus;
  exportFormats: { key: string; label: string }[];
  timeline: SearchTimeline;
}

/** What the timeline, "Results over time", is given at build time (see ../search/timeline.ts). */
export interface SearchTimeline {
  /** The page's language, for the script's Locale. */
  locale: LocaleCode;
  /** The texts the script shows, from the page's dictionary. */
  messages: MessageSource;
  /** The language's calendar words, for its periods (see `CalendarWords`). */
  calendar: CalendarWords;
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

/**
 * The label of each value of each filter in the page's language, as its menu
 * shows it: leaders and countries by the registry and CLDR, kinds by the
 * dictionaries, languages by CLDR (as a menu writes them: «Русский»); sources as
 * the source names itself.
 */
export function valueLabels(
  archive: Pick<ArchiveModel, 'articles' | 'leaders' | 'countries'>,
  locale: Locale,
): Record<ValueFilterKey, (value: string) => string> {
  const leaders = new Map(archive.leaders.map((l) => [l.data.name, leaderName(l.data, locale)]));
  const countries = new Map(archive.countries.map((c) => [c.data.name, countryName(c.data, locale)]));
  const languages = new Map<string, string>();
  for (const { data } of archive.articles) {
    const name = languageName(data.lang);
    if (!languages.has(name)) languages.set(name, locale.language(data.lang, 'alone'));
  }
  return {
    leader: (value) => leaders.get(value) ?? value,
    country: (value) => countries.get(value) ?? value,
    // A value from a URL may be any text, `constructor` too: only the archive's own kinds have labels.
    kind: (value) => (isKind(value) ? kindLabel(value, locale) : value),
    language: (value) => languages.get(value) ?? value,
    source: (value) => value,
  };
}

/** The search page's menus: every value the index files articles under, with its label and count. */
export function searchMenus(
  archive: ArchiveModel,
  locale: Locale,
  totals: ReturnType<typeof filterTotals> = filterTotals(archive),
): SearchMenus {
  const labels = valueLabels(archive, locale);
  const filters = VALUE_FILTERS.map(({ key, match }) => ({
    key,
    legend: locale.t(`search.filter.${key}`),
    hint: locale.t(`search.match.${match}`),
    options: filterOptions(key, totals[key], totals[key], [], {
      label: labels[key],
      compare: locale.compare,
    }).map((option) => ({ ...option, text: optionLabel(locale, option) })),
  }));
  // The months of the date range, newest first, grouped by year; a year alone is its whole year.
  const groups: SelectMenu['groups'] = [];
  for (const { value } of filterOptions(RANGE_FILTER.key, totals.month, totals.month, [])) {
    const year = value.slice(0, 4);
    const option = { value, label: monthLabel(locale, value) };
    const last = groups.at(-1);
    if (last?.label === year) last.options.push(option);
    else groups.push({ label: year, options: [{ value: year, label: year }, option] });
  }
  const bound = (name: 'from' | 'to', open: TextKey): SelectMenu => ({
    name,
    label: locale.t(`search.${name}`),
    options: [{ value: '', label: locale.t(open) }],
    groups,
  });
  return {
    filters,
    dates: {
      legend: locale.t('search.dates'),
      hint: locale.t('search.dates.hint'),
      from: bound('from', 'search.earliest'),
      to: bound('to', 'search.latest'),
    },
    sort: {
      name: 'sort',
      label: locale.t('search.order'),
      options: SORTS.map((sort) => ({ value: sort, label: locale.t(`search.sort.${sort}`) })),
      groups: [],
    },
  };
}

/**
 * A month of the date range as the page's language names it in a menu: "March 2021", «Март 2021 г.».
 * @example monthLabel(en, '2021-03') // 'March 2021'
 */
export function monthLabel(locale: Pick<Locale, 'month'>, month: string): string {
  return locale.month(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 'alone');
}

/** The texts of {@link CLIENT_TEXTS} in a language, for the page's script. */
export function clientMessages(locale: Locale): Record<string, unknown> {
  const dictionary = DICTIONARIES[locale.code];
  return Object.fromEntries(CLIENT_TEXTS.map((key) => [key, dictionary[key]]));
}

/** The timeline's build-time data: the archive's count per month and the texts of the page's language. */
export function searchTimeline(
  ctx: Pick<RouteContext, 'archive' | 'locale'>,
  totals: ReturnType<typeof filterTotals> = filterTotals(ctx.archive),
): SearchTimeline {
  const { locale } = ctx;
  const dictionary = DICTIONARIES[locale.code];
  return {
    locale: locale.code,
    messages: Object.fromEntries(TIMELINE_TEXTS.map((key) => [key, dictionary[key]])),
    calendar: calendarWords(locale.code),
    totals: { ...totals.month },
    texts: Object.fromEntries(MARKUP_TEXTS.map((key) => [key, locale.t(key)])) as SearchTimeline['texts'],
  };
}

/** The search page's route data, from the archive and the index's one shard plan. */
export function searchRoute(ctx: RouteContext, plan: ShardPlan): SearchRoute {
  const { locale, paths } = ctx;
  const totals = filterTotals(ctx.archive);
  return {
    head: pageHead(ctx, { in: (at) => at.search(), title: locale.t('searchPage.title') }),
    heading: locale.t('searchPage.heading'),
    lede: locale.t('searchPage.lede'),
    shards: plan.shards.map((shard) => ({ href: paths.asset(shard.dir), id: shard.id })),
    action: paths.search(),
    locale: locale.code,
    messages: JSON.stringify(clientMessages(locale)),
    calendar: JSON.stringify(calendarWords(locale.code)),
    text: {
      form: locale.t('search.form'),
      query: locale.t('search.query'),
      placeholder: locale.t('search.placeholder'),
      submit: locale.t('search.submit'),
      filters: locale.t('search.filters'),
      noscript: locale.t('search.noscript'),
      countAll: locale.t('search.countAll'),
      export: locale.t('search.export'),
      empty: locale.t('search.empty'),
      clear: locale.t('search.clear'),
      more: locale.t('search.more'),
    },
    menus: searchMenus(ctx.archive, locale, totals),
    exportFormats: EXPORT_FORMATS.map(({ key, label }) => ({ key, label })),
    timeline: searchTimeline(ctx, totals),
  };
}
