import { describe, expect, it } from 'vitest';
import { createPaths } from '../../src/routes/paths';
import { getLocale } from '../../src/i18n';
import {
  monthsOf,
  narrowTo,
  periodKind,
  searchLabel,
  timelineBars,
  timelineQuery,
  timelineSpan,
} from '../../src/search/timeline';
import { parseSearchState, periodLabel, searchState, toSearchParams } from '../../src/search/url-state';

const en = getLocale('en');
const ru = getLocale('ru');
const kk = getLocale('kk');

/** The research fixture's months (tests/fixtures/archives/research/), in no order. */
const ARCHIVE = ['2023-04', '2020-12', '2021-01', '2021-03', '2022-03', '2022-06', '2023-09', '2024-11'];

describe('timelineSpan', () => {
  it('spans the archive from its first month to its last when the search has no range', () => {
    expect(timelineSpan(searchState({ q: 'x' }), ARCHIVE)).toEqual({ first: '2020-12', last: '2024-11' });
  });

  it('spans the search’s range, a year bound standing for its first or last month', () => {
    expect(timelineSpan(searchState({ from: '2021', to: '2022-06' }), ARCHIVE)).toEqual({
      first: '2021-01',
      last: '2022-06',
    });
    expect(timelineSpan(searchState({ from: '2022' }), ARCHIVE)).toEqual({
      first: '2022-01',
      last: '2024-11',
    });
    expect(timelineSpan(searchState({ to: '2021-02' }), ARCHIVE)).toEqual({
      first: '2020-12',
      last: '2021-02',
    });
  });

  it('meets a bound past the archive’s end with the open one, and has nothing to span in an empty archive', () => {
    expect(timelineSpan(searchState({ from: '2030' }), ARCHIVE)).toEqual({
      first: '2030-01',
      last: '2030-01',
    });
    expect(timelineSpan(searchState({ to: '2019' }), ARCHIVE)).toEqual({ first: '2019-12', last: '2019-12' });
    expect(timelineSpan(searchState({ q: 'x' }), [])).toBeUndefined();
  });
});

describe('periodKind', () => {
  it('goes month by month over three years or less, by year over more', () => {
    // 2021-01 to 2023-12: 36 months.
    expect(periodKind({ first: '2021-01', last: '2023-12' })).toBe('month');
    // 2020-12 to 2023-12: 37 months.
    expect(periodKind({ first: '2020-12', last: '2023-12' })).toBe('year');
    expect(periodKind({ first: '2021-05', last: '2021-05' })).toBe('month');
    expect(periodKind({ first: '2020-12', last: '2024-11' })).toBe('year');
  });
});

describe('monthsOf', () => {
  it('lists every month of a span across a new year', () => {
    expect(monthsOf({ first: '2020-11', last: '2021-02' })).toEqual([
      '2020-11',
      '2020-12',
      '2021-01',
      '2021-02',
    ]);
  });
});

describe('timelineBars', () => {
  const totals = { '2020-12': 2, '2021-01': 1, '2021-03': 4, '2022-06': 5, '2019-06': 9 };

  it('gives every year of the span its count, the archive’s total and the share of it', () => {
    const counts = { '2020-12': 1, '2021-01': 1, '2021-03': 1, '2022-06': 2 };
    expect(timelineBars({ first: '2020-12', last: '2022-06' }, 'year', counts, totals)).toEqual([
      { period: '2020', count: 1, total: 2, share: 0.5 },
      // 1 + 1 of 1 + 4
      { period: '2021', count: 2, total: 5, share: 0.4 },
      { period: '2022', count: 2, total: 5, share: 0.4 },
    ]);
  });

  it('gives months without articles a bar of 0, and counts only the months of the span', () => {
    const counts = { '2021-01': 1, '2021-03': 3, '2019-06': 9 };
    expect(timelineBars({ first: '2021-01', last: '2021-03' }, 'month', counts, totals)).toEqual([
      { period: '2021-01', count: 1, total: 1, share: 1 },
      { period: '2021-02', count: 0, total: 0, share: 0 },
      { period: '2021-03', count: 3, total: 4, share: 0.75 },
    ]);
    // A year cut by the span counts only its months inside: 2020 is December alone.
    expect(
      timelineBars({ first: '2020-12', last: '2021-01' }, 'year', {}, { ...totals, '2020-06': 7 }),
    ).toEqual([
      { period: '2020', count: 0, total: 2, share: 0 },
      { period: '2021', count: 0, total: 1, share: 0 },
    ]);
  });

  it('reads only counts of its own months, never inherited keys', () => {
    const counts = JSON.parse('{"__proto__": 5, "2021-01": 1}') as Record<string, number>;
    expect(timelineBars({ first: '2021-01', last: '2021-01' }, 'month', counts, {})).toEqual([
      { period: '2021-01', count: 1, total: 0, share: 0 },
    ]);
  });
});

describe('timelineQuery', () => {
  const known = ['2020-12', '2021-01', '2021-03', '2022-06'];

  it('asks for the search’s words and filters in the months of the span, in no order', () => {
    const state = searchState({ q: 'Tokayev', values: { kind: ['call'] } });
    expect(timelineQuery(state, { first: '2020-12', last: '2022-06' }, known)).toEqual({
      term: 'Tokayev',
      options: {
        filters: { kind: { any: ['call'] }, month: { any: ['2020-12', '2021-01', '2021-03', '2022-06'] } },
      },
    });
  });

  it('keeps a compared search to the months both its own range and the span hold', () => {
    const state = searchState({ values: { leader: ['A'] }, from: '2021-03' });
    expect(timelineQuery(state, { first: '2020-12', last: '2021-12' }, known).options.filters).toEqual({
      leader: { all: ['A'] },
      month: { any: ['2021-03'] },
    });
    // No month in common: a month no article is filed under.
    expect(timelineQuery(state, { first: '2020-12', last: '2021-01' }, known).options.filters.month).toEqual({
      any: ['0000-00'],
    });
  });
});

describe('narrowTo', () => {
  it('sets both bounds to the period and keeps the words, filters, order and comparisons', () => {
    const state = parseSearchState('?q=Putin&country=Kazakhstan&from=2020&sort=relevance&vs=q%3DTokayev');
    const narrowed = narrowTo(state, '2021-05');
    expect(createPaths('/archive/').search(toSearchParams(narrowed))).toBe(
      '/archive/search/?q=Putin&country=Kazakhstan&from=2021-05&to=2021-05&sort=relevance&vs=q%3DTokayev',
    );
    expect(narrowTo(state, '2022')).toMatchObject({ from: '2022', to: '2022', q: 'Putin' });
  });
});

describe('periodLabel', () => {
  it('writes a year as its number and a month with its year in the page’s language', () => {
    expect(periodLabel('2021', en)).toBe('2021');
    expect(periodLabel('2021-05', en)).toBe('May 2021');
    expect(periodLabel('2021-05', ru)).toBe('май 2021 г.');
  });

  it('capitalises a month that stands alone where the language does (a table’s cell, a bar)', () => {
    expect(periodLabel('2021-05', ru, 'alone')).toBe('Май 2021 г.');
    expect(periodLabel('2021-05', kk, 'alone')).toBe(periodLabel('2021-05', kk));
    expect(periodLabel('2021', ru, 'alone')).toBe('2021');
  });
});

describe('searchLabel', () => {
  it('names a search by its words, its filters and its range, in the reader’s language', () => {
    const state = searchState({
      q: 'border',
      values: { leader: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], kind: ['call', 'visit'] },
      from: '2021-03',
      to: '2023',
    });
    expect(searchLabel(state, en)).toBe(
      '“border” · Kassym-Jomart Tokayev · Shavkat Mirziyoyev · Phone call or Visit · March 2021 to 2023',
    );
    expect(searchLabel(state, ru)).toBe(
      '«border» · Kassym-Jomart Tokayev · Shavkat Mirziyoyev · Телефонный разговор или Визит · март 2021 г. – 2023',
    );
  });

  it('says an open range by the bound it has, and a range of one period as that period', () => {
    expect(searchLabel(searchState({ values: { country: ['Tajikistan'] }, from: '2024' }), en)).toBe(
      'Tajikistan · from 2024',
    );
    expect(searchLabel(searchState({ to: '2021-05' }), en)).toBe('until May 2021');
    expect(searchLabel(searchState({ q: 'Putin', from: '2022', to: '2022' }), kk)).toBe('«Putin» · 2022');
  });

  it('keeps a kind of piece the archive does not know as written', () => {
    expect(searchLabel(searchState({ values: { kind: ['constructor'] } }), en)).toBe('constructor');
  });
});
