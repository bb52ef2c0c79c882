import { describe, expect, it } from 'vitest';
import { createPaths } from '../../src/routes/paths';
import {
  EMPTY_STATE,
  MAX_COMPARE,
  MAX_COMPARE_LENGTH,
  MAX_PARAM_LENGTH,
  compareQuery,
  MAX_VALUES,
  dateBound,
  hasCriteria,
  hasFilters,
  parseSearchState,
  sameState,
  searchQuery,
  searchState,
  toSearchParams,
  withValue,
  withoutFilter,
} from '../../src/search/url-state';

describe('parseSearchState', () => {
  it('reads the query, every value of each filter, the date range and the sort', () => {
    expect(
      parseSearchState(
        '?q=Tokayev&leader=Kassym-Jomart+Tokayev&leader=Shavkat+Mirziyoyev&country=Uzbekistan&kind=call&kind=visit&from=2021-03&to=2023&sort=newest',
      ),
    ).toEqual(
      searchState({
        q: 'Tokayev',
        values: {
          leader: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'],
          country: ['Uzbekistan'],
          kind: ['call', 'visit'],
        },
        from: '2021-03',
        to: '2023',
        sort: 'newest',
      }),
    );
  });

  it('reads the year of older links as a range of that whole year', () => {
    expect(parseSearchState('?q=Putin&leader=Vladimir+Putin&year=2025')).toEqual(
      searchState({ q: 'Putin', values: { leader: ['Vladimir Putin'] }, from: '2025', to: '2025' }),
    );
    // A link that has a range already keeps it.
    expect(parseSearchState('?year=2025&from=2021').from).toBe('2021');
    expect(parseSearchState('?year=2025&from=2021').to).toBe('');
  });

  it('gives the empty state for an empty query string', () => {
    expect(parseSearchState('')).toEqual(EMPTY_STATE);
  });

  it('lists the newest first when the sort is missing or unknown and ignores unknown parameters', () => {
    expect(parseSearchState('?sort=oldest&page=2&q=x')).toEqual(searchState({ q: 'x' }));
  });

  it('reads best match from sort=relevance, and sort=newest of older links as the default', () => {
    expect(EMPTY_STATE.sort).toBe('newest');
    expect(parseSearchState('?q=x').sort).toBe('newest');
    expect(parseSearchState('?q=x&sort=oldest').sort).toBe('newest');
    expect(parseSearchState('?q=x&sort=newest')).toEqual(parseSearchState('?q=x'));
    expect(parseSearchState('?q=x&sort=relevance').sort).toBe('relevance');
  });

  it('drops malformed dates and turns a backward range round', () => {
    expect(parseSearchState('?from=2021-13&to=21')).toEqual(EMPTY_STATE);
    expect(parseSearchState('?from=2023-09&to=2021-03')).toMatchObject({ from: '2021-03', to: '2023-09' });
    // The same year at both ends, with a month: not backwards.
    expect(parseSearchState('?from=2021&to=2021-03')).toMatchObject({ from: '2021', to: '2021-03' });
  });

  it('keeps each value once, drops empty ones and reads at most MAX_VALUES', () => {
    const many = Array.from({ length: MAX_VALUES + 5 }, (_, i) => `country=C${i}`).join('&');
    expect(parseSearchState('?leader=A&leader=A&leader=&leader=B').values.leader).toEqual(['A', 'B']);
    expect(parseSearchState(`?${many}`).values.country).toHaveLength(MAX_VALUES);
  });

  it('collapses whitespace and cuts overlong values', () => {
    const state = parseSearchState(new URLSearchParams({ q: `  Kyrgyz \n  border  ${'a'.repeat(500)}` }));
    expect(state.q.startsWith('Kyrgyz border a')).toBe(true);
    expect(state.q).toHaveLength(MAX_PARAM_LENGTH);
  });

  it('reads a value whole up to MAX_PARAM_LENGTH characters, and never cuts one written with two UTF-16 units in half', () => {
    const name = `Leader ${'🇰🇿'.repeat(200)}`;
    const [chosen] = parseSearchState(searchQuery({ leader: name })).values.leader;
    expect([...chosen!]).toHaveLength(MAX_PARAM_LENGTH);
    expect(name.startsWith(chosen!)).toBe(true);
    // No lone surrogate: with the `u` flag, a pair is one character and never matches.
    expect(chosen).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  it('keeps Cyrillic queries as typed', () => {
    expect(parseSearchState('?q=%D0%A2%D0%BE%D2%9B%D0%B0%D0%B5%D0%B2').q).toBe('Тоқаев');
  });
});

describe('dateBound', () => {
  it('accepts a year or a year and month', () => {
    expect(dateBound('2021')).toBe('2021');
    expect(dateBound(' 2021-03 ')).toBe('2021-03');
    expect(dateBound('2021-3')).toBe('');
    expect(dateBound('2021-00')).toBe('');
    expect(dateBound(null)).toBe('');
  });
});

describe('toSearchParams and searchQuery', () => {
  it('leave out empty values and the default sort', () => {
    expect(toSearchParams(searchState({ q: 'Putin', from: '2025', to: '2025' }))).toEqual({
      q: 'Putin',
      from: '2025',
      to: '2025',
    });
    expect(searchQuery({ q: '', leader: [], kind: '' })).toBe('');
    expect(toSearchParams(searchState({ q: 'x', sort: 'newest' }))).toEqual({ q: 'x' });
    expect(toSearchParams(searchState({ q: 'x', sort: 'relevance' }))).toEqual({ q: 'x', sort: 'relevance' });
  });

  it('repeat a filter for each of its values, in the order of the filter table', () => {
    expect(searchQuery({ sort: 'newest', kind: ['call', 'visit'], leader: ['A', 'B'], q: 'x' })).toBe(
      '?q=x&leader=A&leader=B&kind=call&kind=visit&sort=newest',
    );
  });

  it.each(['newest', 'relevance'] as const)(
    'round-trip through the search URL that paths.ts builds (%s)',
    (sort) => {
      const paths = createPaths('/archive');
      const state = searchState({
        q: 'Тоқаев & co',
        values: { leader: ['Emomali Rahmon', 'Vladimir Putin'], language: ['Russian'] },
        from: '2021-03',
        to: '2023-09',
        sort,
      });
      const url = new URL(paths.search(toSearchParams(state)), 'http://example.org');
      expect(url.pathname).toBe('/archive/search/');
      expect(url.searchParams.getAll('leader')).toEqual(['Emomali Rahmon', 'Vladimir Putin']);
      expect(parseSearchState(url.search)).toEqual(state);
    },
  );
});

describe('sameState, hasCriteria and hasFilters', () => {
  it('compares states by what their URLs hold', () => {
    expect(sameState(searchState({ q: 'a' }), searchState({ q: 'a' }))).toBe(true);
    expect(sameState(searchState({ q: 'a' }), searchState({ q: 'a', sort: 'relevance' }))).toBe(false);
    expect(sameState(searchState({ q: 'a' }), searchState({ q: 'a', sort: 'newest' }))).toBe(true);
    expect(sameState(searchState({ values: { leader: ['x'] } }), EMPTY_STATE)).toBe(false);
    expect(
      sameState(searchState({ values: { leader: ['x', 'y'] } }), searchState({ values: { leader: ['x'] } })),
    ).toBe(false);
  });

  it('count a filter alone, or a date bound alone, as something to search for', () => {
    expect(hasCriteria(EMPTY_STATE)).toBe(false);
    expect(hasCriteria(searchState({ sort: 'relevance' }))).toBe(false);
    expect(hasCriteria(searchState({ values: { country: ['Russia'] } }))).toBe(true);
    expect(hasCriteria(searchState({ to: '2021' }))).toBe(true);
    expect(hasFilters(searchState({ q: 'x' }))).toBe(false);
    expect(hasFilters(searchState({ from: '2021' }))).toBe(true);
    expect(hasFilters(searchState({ values: { kind: ['call'] } }))).toBe(true);
  });
});

describe('withoutFilter and withValue', () => {
  it('clear one filter and keep the rest', () => {
    const state = searchState({ q: 'x', values: { kind: ['call'], leader: ['A'] }, from: '2021' });
    expect(withoutFilter(state, 'kind')).toEqual(
      searchState({ q: 'x', values: { leader: ['A'] }, from: '2021' }),
    );
  });

  it('add a value once', () => {
    const state = searchState({ values: { leader: ['A'] } });
    expect(withValue(state, 'leader', 'B').values.leader).toEqual(['A', 'B']);
    expect(withValue(state, 'leader', 'A').values.leader).toEqual(['A']);
    expect(state.values.leader).toEqual(['A']);
  });
});

describe('compared searches (vs)', () => {
  it('reads each compared search as its own query string, in the order given', () => {
    const state = parseSearchState('?q=Tokayev&vs=q%3DPutin&vs=leader%3DShavkat%2BMirziyoyev%26from%3D2021');
    expect(state.q).toBe('Tokayev');
    expect(state.compare).toEqual(['q=Putin', 'leader=Shavkat+Mirziyoyev&from=2021']);
  });

  it('writes them last, so every link of today reads and writes as before', () => {
    const state = searchState({ q: 'Tokayev', sort: 'relevance', compare: ['q=Putin', 'kind=call'] });
    expect(searchQuery(toSearchParams(state))).toBe('?q=Tokayev&sort=relevance&vs=q%3DPutin&vs=kind%3Dcall');
    expect(parseSearchState('?q=Tokayev&sort=relevance&vs=q%3DPutin&vs=kind%3Dcall')).toEqual(state);
    expect(parseSearchState('?q=Tokayev&leader=A&from=2021').compare).toEqual([]);
    expect(searchQuery(toSearchParams(parseSearchState('?q=Tokayev&leader=A&from=2021')))).toBe(
      '?q=Tokayev&leader=A&from=2021',
    );
  });

  it('keeps a compared search in one shape: its words and filters cleaned, without order or comparisons of its own', () => {
    expect(
      parseSearchState('?vs=sort%3Drelevance%26q%3D%2B%2BPutin%2B%2B%26vs%3Dq%253Dx%26from%3D2022-1').compare,
    ).toEqual(['q=Putin']);
    expect(parseSearchState('?vs=year%3D2021').compare).toEqual(['from=2021&to=2021']);
  });

  it('ignores compared searches that ask for nothing, repeat another, are too long or are more than three', () => {
    expect(parseSearchState('?vs=&vs=sort%3Drelevance&vs=page%3D2').compare).toEqual([]);
    expect(parseSearchState('?vs=q%3Dx&vs=q%3D%20x%20').compare).toEqual(['q=x']);
    expect(parseSearchState(`?vs=q%3D${'a'.repeat(MAX_COMPARE_LENGTH)}`).compare).toEqual([]);
    expect(parseSearchState('?vs=q%3Da&vs=q%3Db&vs=q%3Dc&vs=q%3Dd').compare).toEqual(['q=a', 'q=b', 'q=c']);
    expect(MAX_COMPARE).toBe(3);
  });

  it('tells states apart by their comparisons, which are not criteria of the search itself', () => {
    expect(sameState(searchState({ q: 'x' }), searchState({ q: 'x', compare: ['q=y'] }))).toBe(false);
    expect(hasCriteria(searchState({ compare: ['q=y'] }))).toBe(false);
  });

  it('names a search for comparing by its words and filters only', () => {
    expect(compareQuery(searchState({ q: 'Putin', sort: 'relevance', compare: ['q=x'] }))).toBe('q=Putin');
    expect(compareQuery(searchState({ values: { leader: ['Vladimir Putin'] }, from: '2022' }))).toBe(
      'leader=Vladimir+Putin&from=2022',
    );
    expect(compareQuery(EMPTY_STATE)).toBe('');
  });
});
