import { describe, expect, it } from 'vitest';
import {
  NO_MONTH,
  filterOptions,
  monthsInRange,
  optionLabel,
  rangeLabel,
  resultSummary,
  toPagefindQuery,
  yearsLabel,
} from '../../src/search/query';
import { searchState } from '../../src/search/url-state';

const MONTHS = ['2020-12', '2021-03', '2021-07', '2023-09', '2024-01'];

describe('monthsInRange', () => {
  it('keeps the known months between the bounds, both included, a year meaning all its months', () => {
    expect(monthsInRange('2021', '2023-09', MONTHS)).toEqual(['2021-03', '2021-07', '2023-09']);
    expect(monthsInRange('2021-04', '2021', MONTHS)).toEqual(['2021-07']);
    expect(monthsInRange('', '2021-03', MONTHS)).toEqual(['2020-12', '2021-03']);
    expect(monthsInRange('2023', '', MONTHS)).toEqual(['2023-09', '2024-01']);
  });

  it('needs no filter when the range leaves no month out, and gives none when it holds none', () => {
    expect(monthsInRange('', '', MONTHS)).toBeUndefined();
    expect(monthsInRange('1999', '2030', MONTHS)).toBeUndefined();
    expect(monthsInRange('2022', '2022', MONTHS)).toEqual([]);
  });
});

describe('toPagefindQuery', () => {
  it('asks for all the chosen leaders and countries, and any of the chosen kinds', () => {
    const state = searchState({
      q: 'border',
      values: { leader: ['A', 'B'], country: ['Kyrgyzstan'], kind: ['call', 'visit'] },
    });
    expect(toPagefindQuery(state, MONTHS)).toEqual({
      term: 'border',
      options: {
        filters: {
          leader: { all: ['A', 'B'] },
          country: { all: ['Kyrgyzstan'] },
          kind: { any: ['call', 'visit'] },
        },
        sort: { date: 'desc' },
      },
    });
  });

  it('filters a date range as any of its months, and an empty range by a month no article has', () => {
    expect(toPagefindQuery(searchState({ from: '2021', to: '2021' }), MONTHS).options.filters).toEqual({
      month: { any: ['2021-03', '2021-07'] },
    });
    expect(toPagefindQuery(searchState({ from: '2022', to: '2022' }), MONTHS).options.filters).toEqual({
      month: { any: [NO_MONTH] },
    });
  });

  it('searches with a null term when only filters are set', () => {
    expect(toPagefindQuery(searchState({ values: { leader: ['Vladimir Putin'] } }), MONTHS).term).toBeNull();
  });

  it('sorts by the date key, newest first, for the newest order', () => {
    expect(toPagefindQuery(searchState({ q: 'x', sort: 'newest' }), MONTHS).options.sort).toEqual({
      date: 'desc',
    });
    expect(toPagefindQuery(searchState({ q: 'x', sort: 'relevance' }), MONTHS).options).not.toHaveProperty(
      'sort',
    );
  });
});

describe('filterOptions', () => {
  it('lists every known value with its count among the current results, names alphabetically', () => {
    expect(
      filterOptions('leader', { 'Vladimir Putin': 1, 'Emomali Rahmon': 2 }, { 'Emomali Rahmon': 1 }, []),
    ).toEqual([
      { value: 'Emomali Rahmon', label: 'Emomali Rahmon', count: 1 },
      { value: 'Vladimir Putin', label: 'Vladimir Putin', count: 0 },
    ]);
  });

  it('lists kinds in the order of the kinds, with their labels', () => {
    const kinds = filterOptions('kind', { report: 1, call: 2, speech: 1 }, undefined, []);
    expect(kinds.map((o) => [o.value, o.label])).toEqual([
      ['speech', 'Speech'],
      ['call', 'Phone call'],
      ['report', 'Report'],
    ]);
  });

  it('puts the newest month first', () => {
    const months = filterOptions('month', { '2021-03': 1, '2025-10': 1, '2009-01': 3 }, undefined, []);
    expect(months.map((o) => o.label)).toEqual(['October 2025', 'March 2021', 'January 2009']);
  });

  it('keeps the chosen values even when the index does not know them', () => {
    expect(filterOptions('country', {}, {}, ['Atlantis'])).toEqual([
      { value: 'Atlantis', label: 'Atlantis', count: 0 },
    ]);
  });

  it('leaves every count out while the current results are not counted', () => {
    expect(filterOptions('leader', { 'Vladimir Putin': 1 }, undefined, ['Emomali Rahmon'])).toEqual([
      { value: 'Emomali Rahmon', label: 'Emomali Rahmon', count: undefined },
      { value: 'Vladimir Putin', label: 'Vladimir Putin', count: undefined },
    ]);
  });
});

describe('optionLabel', () => {
  it('shows the count when there is one, zero included', () => {
    expect(optionLabel({ label: 'Kazakhstan', count: 2 })).toBe('Kazakhstan (2)');
    expect(optionLabel({ label: 'Phone call', count: 0 })).toBe('Phone call (0)');
    expect(optionLabel({ label: 'Kazakhstan', count: undefined })).toBe('Kazakhstan');
  });
});

describe('yearsLabel', () => {
  it('says one year alone, and several as a span', () => {
    expect(yearsLabel({ oldest: 2025, newest: 2025 })).toBe('2025');
    expect(yearsLabel({ oldest: 2016, newest: 2025 })).toBe('2016–2025');
  });
});

describe('rangeLabel', () => {
  it('says a range as readers do', () => {
    expect(rangeLabel('2021-03', '2023-09')).toBe('March 2021 to September 2023');
    expect(rangeLabel('2025', '2025')).toBe('2025');
    expect(rangeLabel('2021-03', '')).toBe('from March 2021');
    expect(rangeLabel('', '2023')).toBe('until 2023');
    expect(rangeLabel('', '')).toBe('');
  });
});

describe('resultSummary', () => {
  it('names the count, the words and the filters', () => {
    expect(resultSummary(2, searchState({ q: 'Tokayev' }))).toBe('2 articles found for “Tokayev”');
    expect(resultSummary(1, searchState({ q: 'Putin', from: '2025', to: '2025' }))).toBe(
      '1 article found for “Putin” in 2025',
    );
    expect(resultSummary(0, searchState({ values: { leader: ['Vladimir Putin'] } }))).toBe(
      'No articles found in Vladimir Putin',
    );
  });

  it('says an open range after the filters', () => {
    expect(resultSummary(1, searchState({ values: { kind: ['call', 'visit'] }, from: '2024' }))).toBe(
      '1 article found in Phone call or Visit from 2024',
    );
    expect(resultSummary(4, searchState({ to: '2021-03' }))).toBe('4 articles found until March 2021');
  });

  it('says which years were searched, and that older ones were not, before every year is searched', () => {
    expect(resultSummary(1234, searchState({ q: 'Tokayev' }), { oldest: 2016, newest: 2025 })).toBe(
      '1,234 articles from 2016–2025 found for “Tokayev” · older years not searched yet',
    );
    expect(
      resultSummary(1, searchState({ q: 'Putin', from: '2021-06', to: '2025-10' }), {
        oldest: 2025,
        newest: 2025,
      }),
    ).toBe(
      '1 article from 2025 found for “Putin” in June 2021 to October 2025 · older years not searched yet',
    );
    expect(resultSummary(0, searchState({ values: { leader: ['A'] } }), { oldest: 2025, newest: 2025 })).toBe(
      'No articles from 2025 found in A · older years not searched yet',
    );
  });

  it('writes large counts with thousands separated', () => {
    expect(resultSummary(4812, searchState({ q: 'Tokayev' }))).toBe('4,812 articles found for “Tokayev”');
  });

  it('joins all-of values with commas and any-of values with “or”', () => {
    const state = searchState({
      values: { leader: ['A', 'B'], kind: ['call', 'visit'] },
      from: '2021-03',
      to: '2023-09',
    });
    expect(resultSummary(3, state)).toBe(
      '3 articles found in A, B, Phone call or Visit, March 2021 to September 2023',
    );
  });
});
