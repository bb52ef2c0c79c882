/**
 * The search page's timeline, "Results over time": a search's matching
 * articles per year, or per month when its span is short, each period's count
 * beside the archive's whole count for it (its share), and the searches
 * compared with it. Pure: periods, bars, shares, the words that label a
 * search, and the link that narrows a search to a period. The browser's
 * `<search-timeline>` (./client/timeline.ts) counts and draws.
 */
import type { Locale } from '../i18n/locale';
import { KIND_LABELS } from '../model/site';
import { RANGE_FILTER, VALUE_FILTERS } from './filters';
import { NO_MONTH, toPagefindQuery, type PagefindQuery } from './query';
import { firstMonth, lastMonth, periodLabel, type SearchState } from './url-state';

/** How the timeline groups months: by year, or month by month. */
export type PeriodKind = 'year' | 'month';

/** The most months a timeline shows month by month (three years); a longer span goes by year. */
export const MONTHLY_MAX_MONTHS = 36;

/** The months a timeline spans, both included, `YYYY-MM`. */
export interface Span {
  first: string;
  last: string;
}

/** Counts by month, `{ '2021-05': 3 }`. */
export type MonthCounts = Readonly<Record<string, number>>;

/** One period of the timeline. */
export interface Bar {
  /** `YYYY` or `YYYY-MM`: what `from` and `to` take to narrow a search to it. */
  period: string;
  /** The search's articles in the period. */
  count: number;
  /** Every article of the archive in the period (within the span). */
  total: number;
  /** `count / total`, 0 when the archive has no article in the period. */
  share: number;
}

const own = (counts: MonthCounts, key: string): number =>
  Object.hasOwn(counts, key) ? (counts[key] ?? 0) : 0;

/** `YYYY-MM` as a number of months, to count and step. */
const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The months a search's timeline spans: its date range, an open end taken
 * from the archive's first or last month (`archive`: the months the archive
 * has articles in, in any order); `undefined` when the archive has none.
 * @example timelineSpan(searchState({ from: '2021' }), ['2020-12', '2024-11'])
 *   // { first: '2021-01', last: '2024-11' }
 */
export function timelineSpan(
  state: Pick<SearchState, 'from' | 'to'>,
  archive: readonly string[],
): Span | undefined {
  const months = [...archive].sort();
  const oldest = months[0];
  const newest = months.at(-1);
  if (oldest === undefined || newest === undefined) return undefined;
  let first = state.from ? firstMonth(state.from) : oldest;
  let last = state.to ? lastMonth(state.to) : newest;
  // A range past either end of the archive: the open end meets the given one.
  if (first > last) {
    if (!state.from) first = last;
    else last = first;
  }
  return { first, last };
}

/**
 * Month by month when a span is three years or less, by year when longer.
 * @example periodKind({ first: '2021-01', last: '2023-12' }) // 'month'
 */
export function periodKind(span: Span): PeriodKind {
  return monthIndex(span.last) - monthIndex(span.first) + 1 <= MONTHLY_MAX_MONTHS ? 'month' : 'year';
}

/** Every month of a span, oldest first. */
export function monthsOf(span: Span): string[] {
  const out: string[] = [];
  for (let i = monthIndex(span.first); i <= monthIndex(span.last); i++) out.push(monthAt(i));
  return out;
}

/** The period a month falls in: `2021-05` is in `2021` by year. */
export const periodOf = (month: string, kind: PeriodKind): string =>
  kind === 'year' ? month.slice(0, 4) : month;

/**
 * The bars of a timeline, oldest first: every period of the span (those
 * without articles too), each with the search's count (`counts`, by month) and
 * the archive's (`totals`, by month), summed over the months of the span only.
 * @example timelineBars({ first: '2021-03', last: '2021-04' }, 'month', { '2021-03': 1 }, { '2021-03': 4 })
 *   // [{ period: '2021-03', count: 1, total: 4, share: 0.25 }, { period: '2021-04', count: 0, total: 0, share: 0 }]
 */
export function timelineBars(span: Span, kind: PeriodKind, counts: MonthCounts, totals: MonthCounts): Bar[] {
  const bars = new Map<string, Bar>();
  for (const month of monthsOf(span)) {
    const period = periodOf(month, kind);
    const bar = bars.get(period) ?? { period, count: 0, total: 0, share: 0 };
    bar.count += own(counts, month);
    bar.total += own(totals, month);
    bars.set(period, bar);
  }
  return [...bars.values()].map((bar) => ({ ...bar, share: bar.total > 0 ? bar.count / bar.total : 0 }));
}

/**
 * What Pagefind is asked to count a search's results per month on a
 * timeline: the search's words and filters, in no order, with the `month`
 * filter always set (so Pagefind loads that filter, and counts it) to the
 * months of the index (`known`) within both the span and the search's own range.
 * @example timelineQuery(searchState({ q: 'x', from: '2021-03' }), { first: '2021-01', last: '2021-12' }, ['2021-01', '2021-05'])
 *   // { term: 'x', options: { filters: { month: { any: ['2021-05'] } } } }
 */
export function timelineQuery(state: SearchState, span: Span, known: readonly string[]): PagefindQuery {
  const { term, options } = toPagefindQuery({ ...state, sort: 'relevance' }, known);
  const inSpan = known.filter((month) => month >= span.first && month <= span.last);
  const own = options.filters[RANGE_FILTER.key];
  const months = own && 'any' in own ? inSpan.filter((month) => own.any.includes(month)) : inSpan;
  return {
    term,
    options: {
      filters: { ...options.filters, [RANGE_FILTER.key]: { any: months.length > 0 ? months : [NO_MONTH] } },
    },
  };
}

/**
 * A search narrowed to one period of its timeline: `from` and `to` both the
 * period, everything else kept.
 * @example narrowTo(searchState({ q: 'Putin', from: '2020' }), '2021-05') // { q: 'Putin', from: '2021-05', to: '2021-05', … }
 */
export function narrowTo(state: SearchState, period: string): SearchState {
  return { ...state, from: period, to: period };
}

const boundLabel = periodLabel;

/**
 * The words that name a search on the timeline, in the reader's language: its
 * words quoted, then each filter's values (as the menus name them, kinds of
 * piece in the page's language; the values of an "any" filter joined by
 * "or"), then its date range, separated by " · ". `label` names a filter's
 * value as the page's menus do (leaders and countries in the page's language).
 * @example searchLabel(searchState({ q: 'Putin', values: { kind: ['call', 'visit'] }, from: '2021' }), en)
 *   // '“Putin” · Phone call or Visit · from 2021'
 */
export function searchLabel(
  state: SearchState,
  locale: Pick<Locale, 't' | 'month'>,
  label: (key: string, value: string) => string = (key, value) => valueLabel(key, value, locale),
): string {
  const parts: string[] = [];
  if (state.q) parts.push(locale.t('timeline.label.words', { words: state.q }));
  for (const { key, match } of VALUE_FILTERS) {
    const labels = state.values[key].map((value) => label(key, value));
    if (labels.length === 0) continue;
    if (match === 'all') parts.push(...labels);
    else parts.push(labels.reduce((first, second) => locale.t('timeline.label.or', { first, second })));
  }
  const from = state.from && boundLabel(state.from, locale);
  const to = state.to && boundLabel(state.to, locale);
  if (from && to) parts.push(from === to ? from : locale.t('timeline.label.range', { from, to }));
  else if (from) parts.push(locale.t('timeline.label.from', { from }));
  else if (to) parts.push(locale.t('timeline.label.until', { to }));
  return parts.join(' · ');
}

/** The kinds of piece, which the dictionaries name (`kind.call` …), as filter values. */
const KINDS = Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[];

/** A filter's value in the page's language where the dictionaries name it (kinds of piece), else itself. */
export function valueLabel(key: string, value: string, locale: Pick<Locale, 't'>): string {
  if (key === 'kind') {
    const kind = KINDS.find((k) => k === value);
    return kind ? locale.t(`kind.${kind}`) : value;
  }
  return value;
}

/** The dictionary keys the timeline's script reads, handed to it by the page. */
export const TIMELINE_TEXTS = [
  'timeline.loading',
  'timeline.failed',
  'timeline.caption.year',
  'timeline.caption.month',
  'timeline.column.period',
  'timeline.column.count',
  'timeline.column.share',
  'timeline.column.compared',
  'timeline.articles',
  'timeline.bar',
  'timeline.current',
  'timeline.remove',
  'timeline.remove.label',
  'timeline.label.words',
  'timeline.label.range',
  'timeline.label.from',
  'timeline.label.until',
  'timeline.label.or',
  ...KINDS.map((kind) => `kind.${kind}` as const),
] as const;
