/**
 * The search page's state as it lives in the URL, derived from the filter table
 * (filters.ts): `q`, each value filter as a repeatable parameter
 * (`leader=A&leader=B`), the date range as `from` and `to` (`YYYY` or
 * `YYYY-MM`), `sort`, and the searches compared with it on the timeline as
 * `vs`, each one's own query string (`vs=q%3DPutin`), repeatable.
 * Older links with `year=Y` read as `from=Y&to=Y`.
 * No runtime imports beyond the table and the text rules: `paths.ts` and the
 * browser bundle use it.
 */
import type { Locale, NameContext } from '../i18n/locale';
import { collapseWhiteSpace, MAX_NAME_LENGTH } from '../model/text';
import { VALUE_FILTERS, type ValueFilterKey } from './filters';

/**
 * Result orders: newest first by the `date` sort key, or Pagefind's relevance
 * ranking ("best match"). The first is the default, what a news archive's
 * readers expect, and what the URL leaves out.
 */
export const SORTS = ['newest', 'relevance'] as const;
export type SortKey = (typeof SORTS)[number];
/** The order of a search whose URL names none. */
export const DEFAULT_SORT: SortKey = SORTS[0];

/** The chosen values of each value filter (display names, e.g. "Vladimir Putin"); empty for any. */
export type FilterValues = Record<ValueFilterKey, string[]>;

/** The whole state of the search page: what its URL holds. */
export interface SearchState {
  /** The words typed, as typed (trimmed); may be empty, to list every article the filters match. */
  q: string;
  values: FilterValues;
  /** The first month of the date range, `YYYY` (its January) or `YYYY-MM`; `''` for open. */
  from: string;
  /** The last month of the date range, `YYYY` (its December) or `YYYY-MM`; `''` for open. */
  to: string;
  sort: SortKey;
  /**
   * The searches compared with this one on the timeline (./timeline.ts), each
   * as its own query string without `?` (`q=Putin&leader=Vladimir+Putin`), in
   * the order they were added; at most {@link MAX_COMPARE}.
   */
  compare: string[];
}

/**
 * The query parameters of the search page, for `paths.search()`. Value filters
 * take one value or several (all of a `leader` list must be named; any of a
 * `kind` list will do).
 * @example { leader: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], from: '2021-03', to: '2023' }
 */
export type SearchParams = {
  q?: string;
  from?: string;
  to?: string;
  sort?: SortKey;
  vs?: string | readonly string[];
} & {
  [K in ValueFilterKey]?: string | readonly string[];
};

/**
 * The longest query or filter value read from a URL, in characters; longer
 * values are cut. The schema refuses a longer name of a source, a leader or a
 * country (`MAX_NAME_LENGTH`), so every value a menu offers is read whole.
 */
export const MAX_PARAM_LENGTH = MAX_NAME_LENGTH;
/** The most values of one filter read from a URL; more are ignored. */
export const MAX_VALUES = 50;
/** The most searches compared with the current one; more are ignored. */
export const MAX_COMPARE = 3;
/** The longest compared search's query string read from a URL; a longer one is ignored. */
export const MAX_COMPARE_LENGTH = 1000;

const noValues = (): FilterValues =>
  Object.fromEntries(VALUE_FILTERS.map((filter) => [filter.key, []])) as unknown as FilterValues;

/** The state of a search page with nothing chosen. */
export const EMPTY_STATE: SearchState = Object.freeze({
  q: '',
  values: noValues(),
  from: '',
  to: '',
  sort: DEFAULT_SORT,
  compare: [],
});

/** A state with some parts changed, the others as in `EMPTY_STATE` (for tests and links). */
export function searchState(
  parts: Partial<Omit<SearchState, 'values'>> & { values?: Partial<FilterValues> } = {},
): SearchState {
  return { ...EMPTY_STATE, compare: [], ...parts, values: { ...noValues(), ...parts.values } };
}

/**
 * A value as the index and the menus hold it: white space collapsed as the
 * schema collapses it in names, then cut to {@link MAX_PARAM_LENGTH}
 * characters (never inside a character written with two UTF-16 units).
 */
const clean = (value: string | null): string =>
  [...collapseWhiteSpace(value ?? '')].slice(0, MAX_PARAM_LENGTH).join('').trim();

/** `YYYY` or `YYYY-MM` with a real month. */
const MONTH_OR_YEAR = /^[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?$/;

/**
 * A date bound as given (`2021`, `2021-03`), or `''` when it is not one.
 * @example dateBound('2021-3') // ''
 */
export function dateBound(value: string | null): string {
  const text = clean(value);
  return MONTH_OR_YEAR.test(text) ? text : '';
}

/** The first month a bound covers: `2021` → `2021-01`. */
export const firstMonth = (bound: string): string => (bound.length === 4 ? `${bound}-01` : bound);
/** The last month a bound covers: `2021` → `2021-12`. */
export const lastMonth = (bound: string): string => (bound.length === 4 ? `${bound}-12` : bound);

/**
 * Reads the search state from a query string. Unknown parameters are ignored,
 * a missing or unknown sort means the default (newest first; `sort=newest`
 * of older links reads the same), whitespace is collapsed, repeated values are
 * kept once, malformed dates are dropped, a range given backwards is turned
 * round, and `year=Y` (older links) means `from=Y&to=Y`. Each compared search
 * (`vs`) is read the same way and kept in its own shape (see {@link compareQuery});
 * one that asks for nothing, repeats another or is too long is ignored.
 * @example parseSearchState('?leader=A&leader=B&year=2021').values.leader // ['A', 'B']
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const compare = new Set<string>();
  for (const value of params.getAll('vs')) {
    if (compare.size >= MAX_COMPARE) break;
    const query = value.length <= MAX_COMPARE_LENGTH ? compareQuery(parseOne(value)) : '';
    if (query) compare.add(query);
  }
  return { ...parseOne(params), compare: [...compare] };
}

/** A state from a query string, leaving its compared searches out. */
function parseOne(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = noValues();
  for (const { key } of VALUE_FILTERS) {
    const chosen = new Set(params.getAll(key).map(clean).filter(Boolean));
    values[key] = [...chosen].slice(0, MAX_VALUES);
  }
  let from = dateBound(params.get('from'));
  let to = dateBound(params.get('to'));
  if (!params.has('from') && !params.has('to')) {
    const year = clean(params.get('year'));
    if (/^[0-9]{4}$/.test(year)) from = to = year;
  }
  if (from && to && firstMonth(from) > lastMonth(to)) [from, to] = [to, from];
  return {
    q: clean(params.get('q')),
    values,
    from,
    to,
    sort: SORTS.find((sort) => sort === params.get('sort')) ?? DEFAULT_SORT,
    compare: [],
  };
}

/**
 * A search as the timeline compares it: its words and filters as a query
 * string without `?`, leaving out its order and its own comparisons (a
 * compared search's results are counted, not listed); `''` when it asks for nothing.
 * @example compareQuery(searchState({ q: 'Putin', sort: 'relevance' })) // 'q=Putin'
 */
export function compareQuery(state: SearchState): string {
  const own: SearchState = { ...state, sort: DEFAULT_SORT, compare: [] };
  return hasCriteria(own) ? searchQuery(toSearchParams(own)).slice(1) : '';
}

/**
 * The URL parameters of a state, for `paths.search()`: empty values and the
 * default sort are left out, so equal states give equal URLs.
 */
export function toSearchParams(state: SearchState): SearchParams {
  const params: SearchParams = {};
  if (state.q) params.q = state.q;
  for (const { key } of VALUE_FILTERS) if (state.values[key].length > 0) params[key] = state.values[key];
  if (state.from) params.from = state.from;
  if (state.to) params.to = state.to;
  if (state.sort !== DEFAULT_SORT) params.sort = state.sort;
  if (state.compare.length > 0) params.vs = state.compare;
  return params;
}

/**
 * The query string of the search page for some parameters, `''` when there are
 * none: `q`, the value filters in table order (each value repeated), `from`,
 * `to`, `sort`, then each compared search (`vs`). Empty values are left out.
 * @example searchQuery({ leader: ['A', 'B'], q: 'x' }) // '?q=x&leader=A&leader=B'
 */
export function searchQuery(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q) query.append('q', params.q);
  for (const { key } of VALUE_FILTERS) {
    const value = params[key];
    for (const one of typeof value === 'string' ? [value] : (value ?? [])) if (one) query.append(key, one);
  }
  for (const key of ['from', 'to', 'sort'] as const) {
    const value = params[key];
    if (value) query.append(key, value);
  }
  const vs = params.vs;
  for (const one of typeof vs === 'string' ? [vs] : (vs ?? [])) if (one) query.append('vs', one);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** True when two states would give the same URL. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return searchQuery(toSearchParams(a)) === searchQuery(toSearchParams(b));
}

/** True when at least one filter is set: a value chosen, or a date bound. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.from !== '' || state.to !== '' || VALUE_FILTERS.some(({ key }) => state.values[key].length > 0)
  );
}

/** True when the state asks for anything: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || hasFilters(state);
}

/**
 * The state without one value filter's values: what the counts of an `any`
 * menu are computed from, so each option shows how many results choosing it
 * would add to.
 * @example withoutFilter(searchState({ values: { kind: ['call'] } }), 'kind').values.kind // []
 */
export function withoutFilter(state: SearchState, key: ValueFilterKey): SearchState {
  return { ...state, values: { ...state.values, [key]: [] } };
}

/**
 * The state with one value of a filter added (kept once).
 * @example withValue(EMPTY_STATE, 'leader', 'A').values.leader // ['A']
 */
export function withValue(state: SearchState, key: ValueFilterKey, value: string): SearchState {
  const values = state.values[key].includes(value) ? state.values[key] : [...state.values[key], value];
  return { ...state, values: { ...state.values, [key]: values } };
}

/**
 * A period as readers say it: a year as its number, a month with its year in
 * the page's language ("May 2021", «май 2021 г.» in a sentence, «Май 2021 г.» alone).
 */
export function periodLabel(
  period: string,
  locale: Pick<Locale, 'month'>,
  context: NameContext = 'text',
): string {
  if (period.length === 4) return period;
  return locale.month(Number(period.slice(0, 4)), Number(period.slice(5, 7)), context);
}

/** A bound of a range as readers say it: a year, or a month of a year. */
