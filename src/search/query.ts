/**
 * From a search state to what Pagefind is asked and what the page shows: the
 * filters of a Pagefind search, the options of the filter menus with their
 * counts, and the sentence that sums up a search. Pure and derived from the
 * filter table; bundled into the search page.
 */
import type { Locale } from '../i18n';
import {
  displayValue,
  RANGE_FILTER,
  SEARCH_FILTERS,
  VALUE_FILTERS,
  type FilterKey,
  type SearchFilter,
  type ValueFilterKey,
} from './filters';
import { ownValue } from '../model/lookup';
import type { YearSpan } from './shards';
import { searchTerm } from './stem/query';
import { firstMonth, lastMonth, type SearchState } from './url-state';

/** One Pagefind filter: every value (`all`) or at least one (`any`). */
export type PagefindFilter = { all: string[] } | { any: string[] };

/** What `pagefind.search(term, options)` takes for a state. */
export interface PagefindQuery {
  /** The words, or `null` to list every article that matches the filters. */
  term: string | null;
  options: { filters: Partial<Record<FilterKey, PagefindFilter>>; sort?: { date: 'desc' } };
}

/** A month no article is filed under: the filter of a range that holds none. */
export const NO_MONTH = '0000-00';

/**
 * The months of `known` (the index's months, `YYYY-MM`) within a range;
 * `undefined` when the range leaves none out (no filter needed).
 * @example monthsInRange('2021', '2021-06', ['2020-12', '2021-03', '2021-07']) // ['2021-03']
 */
export function monthsInRange(from: string, to: string, known: readonly string[]): string[] | undefined {
  if (!from && !to) return undefined;
  const start = from ? firstMonth(from) : '';
  const end = to ? lastMonth(to) : '9999-12';
  const inside = known.filter((month) => month >= start && month <= end);
  return inside.length === known.length ? undefined : inside;
}

/**
 * Shapes a state into Pagefind's search call: value filters by display name,
 * all or any of them as the table says, the date range as any of the months
 * it holds (`known` are the index's months), the `date` sort for "newest",
 * a `null` term for a search by filters alone, and Russian and Kazakh words
 * as the tokens of their stems (see ./stem/query.ts).
 * @example toPagefindQuery(searchState({ values: { leader: ['A', 'B'] } }), []).options.filters
 *   // { leader: { all: ['A', 'B'] } }
 */
export function toPagefindQuery(state: SearchState, known: readonly string[]): PagefindQuery {
  const filters: PagefindQuery['options']['filters'] = {};
  for (const { key, match } of VALUE_FILTERS) {
    const values = state.values[key];
    if (values.length > 0) filters[key] = match === 'all' ? { all: [...values] } : { any: [...values] };
  }
  const months = monthsInRange(state.from, state.to, known);
  if (months) filters[RANGE_FILTER.key] = { any: months.length > 0 ? months : [NO_MONTH] };
  const options: PagefindQuery['options'] = { filters };
  if (state.sort === 'newest') options.sort = { date: 'desc' };
  // Russian and Kazakh words are searched by their stems (./stem/query.ts).
  return { term: state.q === '' ? null : searchTerm(state.q, state.values.language), options };
}

/** One option of a filter menu. */
export interface FilterOption {
  value: string;
  /** The text readers see for the value. */
  label: string;
  /** The results choosing this value would give (or add, for `any` filters); `undefined` while not counted. */
  count: number | undefined;
}

/** How a page names and sorts a menu's values in its language. */
export interface MenuLanguage {
  /** The text readers see for a value. */
  label: (value: string) => string;
  /** The order of two labels in the page's language (its collator). */
  compare: (a: string, b: string) => number;
}

/**
 * The options of one filter menu: every value the index knows, with its count
 * (0 when none; `undefined` for every value when `current` is not known), the
 * chosen values always kept, in the table's order for the filter: a menu of
 * names (`byLabel`) in the alphabet of the page's language when `language` is
 * given, by the names it shows. A value is looked up as the counts' own key
 * only: a value from the URL such as `constructor` is an unknown value like any
 * other, counted 0.
 */
export function filterOptions(
  key: FilterKey,
  known: Readonly<Record<string, number>> | undefined,
  current: Readonly<Record<string, number>> | undefined,
  chosen: readonly string[],
  language?: MenuLanguage,
): FilterOption[] {
  const filter: SearchFilter = SEARCH_FILTERS.find((row) => row.key === key)!;
  const options = [...new Set([...Object.keys(known ?? {}), ...chosen])].map((value) => ({
    value,
    label: language ? language.label(value) : displayValue(key, value),
    count: current ? (ownValue(current, value) ?? 0) : undefined,
  }));
  return options.sort(
    language && filter.byLabel
      ? (a, b) => language.compare(a.label, b.label) || filter.order(a.value, b.value)
      : (a, b) => filter.order(a.value, b.value),
  );
}

/** What the search page's texts need: its language's Locale, and the labels its menus show. */
export interface SearchWords {
  locale: Pick<Locale, 't' | 'plural' | 'number' | 'list' | 'anyOf'>;
  /** The label readers see for a value of a filter, in the page's language (the menus' label). */
  label: (key: ValueFilterKey, value: string) => string;
  /** A date bound (`2021`, `2021-03`) as the page's menus name it ("March 2021"). */
  bound: (bound: string) => string;
}

/**
 * The text of a menu option: its label, with its count when counted.
 * @example optionLabel(en, { label: 'Kazakhstan', count: 1200 }) // 'Kazakhstan (1,200)'
 */
export function optionLabel(
  locale: Pick<Locale, 't' | 'number'>,
  { label, count }: Pick<FilterOption, 'label' | 'count'>,
): string {
  return count === undefined ? label : locale.t('search.option', { label, count: locale.number(count) });
}

/**
 * The date range as readers say it; `''` when open at both ends.
 * @example rangeLabel(words, '2021-03', '2023-09') // 'from March 2021 to September 2023'
 */
export function rangeLabel(words: SearchWords, from: string, to: string): string {
  const { locale, bound } = words;
  if (from && to) {
    return from === to
      ? locale.t('search.summary.in', { period: bound(from) })
      : locale.t('search.summary.between', { from: bound(from), to: bound(to) });
  }
  if (from) return locale.t('search.summary.since', { from: bound(from) });
  if (to) return locale.t('search.summary.until', { to: bound(to) });
  return '';
}

/**
 * Years as readers say them: `2025`, or `2016–2025`.
 * @example yearsLabel({ oldest: 2016, newest: 2025 }) // '2016–2025'
 */
export function yearsLabel({ oldest, newest }: YearSpan): string {
  return oldest === newest ? `${newest}` : `${oldest}–${newest}`;
}

/**
 * The sentence announced to screen readers (and shown) after a search, in the
 * page's language: the count, then what was searched: the words, each filter
 * (the values of an `all` filter joined with "and", of an `any` filter with
 * "or"), the date range. `searched` are the years read so far when a
 * newest-first search has not read every year it could find results in: the
 * count is then theirs, and the sentence says so.
 * @example resultSummary(words, 2, searchState({ q: 'water', values: { kind: ['call', 'visit'] } }))
 *   // '2 articles with the words “water”, of the kind Phone call or Visit'
 */
export function resultSummary(
  words: SearchWords,
  count: number,
  state: SearchState,
  searched?: YearSpan,
): string {
  const { locale, label } = words;
  const criteria: string[] = [];
  if (state.q) criteria.push(locale.t('search.summary.words', { words: state.q }));
  for (const { key, match } of VALUE_FILTERS) {
    const labels = state.values[key].map((value) => label(key, value));
    if (labels.length === 0) continue;
    const values = match === 'all' ? locale.list(labels) : locale.anyOf(labels);
    criteria.push(locale.t(`search.summary.${key}`, { values }));
  }
  const range = rangeLabel(words, state.from, state.to);
  if (range) criteria.push(range);
  const counted =
    count === 0 ? locale.t('search.summary.none') : locale.plural('search.summary.count', count);
  const summary =
    criteria.length === 0
      ? counted
      : locale.t('search.summary', { count: counted, criteria: criteria.join(', ') });
  return searched ? locale.t('search.summary.partial', { summary, years: yearsLabel(searched) }) : summary;
}
