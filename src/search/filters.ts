/**
 * THE table of the search's filters. Each row is one filter: its key (the
 * Pagefind filter and the URL parameter), its label, how it matches, the values
 * an article is filed under, and the order of its menu. The index record
 * (record.ts), the menus and their counts (query.ts, the search page), the URL
 * state (url-state.ts) and `paths.search` are all derived from it: adding a
 * filter is adding a row.
 *
 * No runtime imports beyond constants: the browser bundle of the search page
 * includes this module.
 */
import { ownValue } from '../model/lookup';
import { KIND_LABELS, MONTH_NAMES } from '../model/site';

/** What an article offers the filters: its data, with its leaders and countries resolved to display names. */
export interface FilterSource {
  /** The publication date in the source's zone. */
  published: { year: number; month: number };
  data: { kind: string; lang: string; source: { name: string } };
  /** Display names of its leaders and countries, in content order. */
  leaderNames: readonly string[];
  countryNames: readonly string[];
}

/**
 * How a filter's chosen values combine:
 * - `all`: an article must be filed under every chosen value (Tokayev *and* Mirziyoyev);
 * - `any`: under at least one of them (a call *or* a visit);
 * - `range`: its one value must lie between two bounds, given as `from` and `to`
 *   in the URL (the values sort as text, e.g. `2021-03`).
 */
export type FilterMatch = 'all' | 'any' | 'range';

/** One row of the table. */
export interface SearchFilter {
  /** The Pagefind filter and, for `all` and `any`, the URL parameter (repeated for several values). */
  key: string;
  /** The menu's label: a noun for one value. */
  label: string;
  match: FilterMatch;
  /** The values an article is filed under. */
  valuesOf: (article: FilterSource) => readonly string[];
  /** The menu's order of two values. */
  order: (a: string, b: string) => number;
  /**
   * Whether the menu sorts by what it shows rather than by the values: names, which a
   * page in another language shows in its own words and sorts by its own alphabet.
   */
  byLabel?: true;
  /** The text readers see for a value, when it is not the value itself. */
  display?: (value: string) => string;
}

// Collators made once, on first use, rather than by `localeCompare` at each comparison: sorting
// a menu of hundreds of names that way was the longest task of the search page's script.
let names: Intl.Collator | undefined;
let numbers: Intl.Collator | undefined;
const byName = (a: string, b: string): number => (names ??= new Intl.Collator('en')).compare(a, b);
const newestFirst = (a: string, b: string): number =>
  (numbers ??= new Intl.Collator('en', { numeric: true })).compare(b, a);
const KIND_ORDER: readonly string[] = Object.keys(KIND_LABELS);
const byKind = (a: string, b: string): number => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b);

/** Made once: making one costs more than naming a language with it. */
let languageNames: Intl.DisplayNames | undefined;

/**
 * The English name of a language tag, for the `language` filter.
 * @example languageName('ru') // 'Russian'
 */
export function languageName(tag: string): string {
  try {
    return (languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The month an article is filed under for date ranges: `2021-05`.
 * @example monthOf({ year: 2021, month: 5 }) // '2021-05'
 */
export function monthOf(published: { year: number; month: number }): string {
  return `${published.year}-${String(published.month).padStart(2, '0')}`;
}

/**
 * A date bound as readers say it.
 * @example boundLabel('2021-03') // 'March 2021'
 */
export function boundLabel(bound: string): string {
  if (bound.length === 4) return bound;
  return `${MONTH_NAMES[Number(bound.slice(5, 7)) - 1] ?? bound.slice(5, 7)} ${bound.slice(0, 4)}`;
}

/** The filters, in the order the search page shows them. */
export const SEARCH_FILTERS = [
  {
    key: 'leader',
    label: 'Leader',
    match: 'all',
    valuesOf: (a) => a.leaderNames,
    order: byName,
    byLabel: true,
  },
  {
    key: 'country',
    label: 'Country',
    match: 'all',
    valuesOf: (a) => a.countryNames,
    order: byName,
    byLabel: true,
  },
  {
    key: 'kind',
    label: 'Kind of piece',
    match: 'any',
    valuesOf: (a) => [a.data.kind],
    order: byKind,
    // A value from a URL may be any text, `constructor` too: only the table's own kinds have labels.
    display: (value) => ownValue<string>(KIND_LABELS, value) ?? value,
  },
  {
    key: 'language',
    label: 'Language',
    match: 'any',
    valuesOf: (a) => [languageName(a.data.lang)],
    order: byName,
    byLabel: true,
  },
  {
    key: 'source',
    label: 'Source',
    match: 'any',
    valuesOf: (a) => [a.data.source.name],
    order: byName,
    byLabel: true,
  },
  {
    key: 'month',
    label: 'Date',
    match: 'range',
    valuesOf: (a) => [monthOf(a.published)],
    order: newestFirst,
    display: boundLabel,
  },
] as const satisfies readonly SearchFilter[];

type Row = (typeof SEARCH_FILTERS)[number];
/** Every filter's key. */
export type FilterKey = Row['key'];
/** The filters whose values are chosen one by one (`all` or `any`), each a repeatable URL parameter. */
export type ValueFilter = Extract<Row, { match: 'all' | 'any' }>;
export type ValueFilterKey = ValueFilter['key'];
/** The date range's filter. */
export type RangeFilter = Extract<Row, { match: 'range' }>;

/** The filters chosen value by value, in table order. */
export const VALUE_FILTERS: readonly ValueFilter[] = SEARCH_FILTERS.filter(
  (filter): filter is ValueFilter => filter.match !== 'range',
);

/** The date range's filter: months as `YYYY-MM`. */
export const RANGE_FILTER: RangeFilter = SEARCH_FILTERS.find(
  (filter): filter is RangeFilter => filter.match === 'range',
)!;

/** The row of a key. */
export function filterOf(key: FilterKey): SearchFilter {
  return SEARCH_FILTERS.find((filter) => filter.key === key)!;
}

/**
 * The text readers see for a value of a filter.
 * @example displayValue('kind', 'call') // 'Phone call'
 */
export function displayValue(key: FilterKey, value: string): string {
  const filter: SearchFilter = filterOf(key);
  return filter.display ? filter.display(value) : value;
}
