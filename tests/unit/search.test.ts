import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  MAX_PARAM_LENGTH,
  decodeEntities,
  excerptParts,
  filterOptions,
  optionLabel,
  hasCriteria,
  hasFilters,
  parseSearchState,
  resultSummary,
  safeResultUrl,
  sameState,
  toPagefindQuery,
  toSearchParams,
  visibleExcerpt,
  withoutFilter,
} from '../../src/lib/search';
import { createPaths } from '../../src/lib/paths';

describe('parseSearchState', () => {
  it('reads the query, each filter and the sort from the query string', () => {
    expect(parseSearchState('?q=Tokayev&leader=Vladimir+Putin&country=Russia&year=2025&sort=newest')).toEqual(
      {
        q: 'Tokayev',
        leader: 'Vladimir Putin',
        country: 'Russia',
        year: '2025',
        sort: 'newest',
      },
    );
  });

  it('gives the empty state for an empty query string', () => {
    expect(parseSearchState('')).toEqual(EMPTY_STATE);
  });

  it('treats an unknown sort as relevance and ignores unknown parameters', () => {
    expect(parseSearchState('?sort=oldest&page=2&q=x')).toEqual({ ...EMPTY_STATE, q: 'x' });
  });

  it('collapses whitespace and cuts overlong values', () => {
    const state = parseSearchState(new URLSearchParams({ q: `  Kyrgyz \n  border  ${'a'.repeat(500)}` }));
    expect(state.q.startsWith('Kyrgyz border a')).toBe(true);
    expect(state.q).toHaveLength(MAX_PARAM_LENGTH);
  });

  it('keeps Cyrillic queries as typed', () => {
    expect(parseSearchState('?q=%D0%A2%D0%BE%D2%9B%D0%B0%D0%B5%D0%B2').q).toBe('Тоқаев');
  });
});

describe('toSearchParams', () => {
  it('leaves out empty values and the default sort', () => {
    expect(toSearchParams({ ...EMPTY_STATE, q: 'Putin', year: '2025' })).toEqual({
      q: 'Putin',
      year: '2025',
    });
  });

  it('round-trips through the search URL that paths.ts builds', () => {
    const paths = createPaths('/archive');
    const state = {
      q: 'Тоқаев & co',
      leader: 'Emomali Rahmon',
      country: '',
      year: '2021',
      sort: 'newest' as const,
    };
    const url = new URL(paths.search(toSearchParams(state)), 'http://example.org');
    expect(url.pathname).toBe('/archive/search/');
    expect(parseSearchState(url.search)).toEqual(state);
  });
});

describe('sameState, hasCriteria and hasFilters', () => {
  it('compares states by what their URLs hold', () => {
    expect(sameState({ ...EMPTY_STATE, q: 'a' }, { ...EMPTY_STATE, q: 'a' })).toBe(true);
    expect(sameState({ ...EMPTY_STATE, q: 'a' }, { ...EMPTY_STATE, q: 'a', sort: 'newest' })).toBe(false);
    expect(sameState({ ...EMPTY_STATE, leader: 'x' }, EMPTY_STATE)).toBe(false);
  });

  it('counts a filter alone as something to search for', () => {
    expect(hasCriteria(EMPTY_STATE)).toBe(false);
    expect(hasCriteria({ ...EMPTY_STATE, sort: 'newest' })).toBe(false);
    expect(hasCriteria({ ...EMPTY_STATE, country: 'Russia' })).toBe(true);
    expect(hasFilters({ ...EMPTY_STATE, q: 'x' })).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, year: '2021' })).toBe(true);
  });
});

describe('toPagefindQuery', () => {
  it('passes the words and the filters by display name', () => {
    expect(toPagefindQuery({ ...EMPTY_STATE, q: 'border', country: 'Kyrgyzstan' })).toEqual({
      term: 'border',
      options: { filters: { country: 'Kyrgyzstan' } },
    });
  });

  it('searches with a null term when only filters are set', () => {
    expect(toPagefindQuery({ ...EMPTY_STATE, leader: 'Vladimir Putin' }).term).toBeNull();
  });

  it('sorts by the date key, newest first, for the newest order', () => {
    expect(toPagefindQuery({ ...EMPTY_STATE, q: 'x', sort: 'newest' }).options.sort).toEqual({
      date: 'desc',
    });
    expect(toPagefindQuery({ ...EMPTY_STATE, q: 'x' }).options).not.toHaveProperty('sort');
  });
});

describe('filterOptions', () => {
  it('lists every known value with its count among the current results', () => {
    expect(
      filterOptions('leader', { 'Vladimir Putin': 1, 'Emomali Rahmon': 2 }, { 'Emomali Rahmon': 1 }, ''),
    ).toEqual([
      { value: 'Emomali Rahmon', count: 1 },
      { value: 'Vladimir Putin', count: 0 },
    ]);
  });

  it('puts the newest year first', () => {
    const years = filterOptions('year', { '2021': 1, '2025': 1, '2009': 3 }, undefined, '');
    expect(years.map((o) => o.value)).toEqual(['2025', '2021', '2009']);
  });

  it('keeps the selected value even when the index does not know it', () => {
    expect(filterOptions('country', {}, {}, 'Atlantis')).toEqual([{ value: 'Atlantis', count: 0 }]);
  });

  it('leaves every count out while the current results are not counted', () => {
    expect(filterOptions('leader', { 'Vladimir Putin': 1 }, undefined, 'Emomali Rahmon')).toEqual([
      { value: 'Emomali Rahmon', count: undefined },
      { value: 'Vladimir Putin', count: undefined },
    ]);
  });
});

describe('optionLabel', () => {
  it('shows the count when there is one, zero included', () => {
    expect(optionLabel({ value: 'Kazakhstan', count: 2 })).toBe('Kazakhstan (2)');
    expect(optionLabel({ value: '2023', count: 0 })).toBe('2023 (0)');
    expect(optionLabel({ value: 'Kazakhstan', count: undefined })).toBe('Kazakhstan');
  });
});

describe('resultSummary', () => {
  it('names the count, the words and the filters', () => {
    expect(resultSummary(2, { ...EMPTY_STATE, q: 'Tokayev' })).toBe('2 articles found for “Tokayev”');
    expect(resultSummary(1, { ...EMPTY_STATE, q: 'Putin', year: '2025' })).toBe(
      '1 article found for “Putin” in 2025',
    );
    expect(resultSummary(0, { ...EMPTY_STATE, leader: 'Vladimir Putin' })).toBe(
      'No articles found in Vladimir Putin',
    );
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted runs', () => {
    expect(excerptParts('President <mark>Tokayev</mark> said')).toEqual([
      { text: 'President ', mark: false },
      { text: 'Tokayev', mark: true },
      { text: ' said', mark: false },
    ]);
  });

  it('keeps any other markup as literal text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> <mark><b>Putin</b></mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: '<b>Putin</b>', mark: true },
    ]);
  });

  it('decodes character references into text', () => {
    expect(excerptParts('Kazakhstan &amp; <mark>Russia</mark> &lt;script&gt;')).toEqual([
      { text: 'Kazakhstan & ', mark: false },
      { text: 'Russia', mark: true },
      { text: ' <script>', mark: false },
    ]);
  });

  it('merges adjacent runs and drops empty ones', () => {
    expect(excerptParts('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', mark: true }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('visibleExcerpt', () => {
  // 12 visible words, then 4 hidden alias words.
  const content =
    'Phone call. President Tokayev spoke with «Rahmon», then Tokayev flew home. Tokayev, Tokaev, Токаев, Тоқаев.';
  const text = (parts: { text: string }[] | undefined) => parts?.map((p) => p.text).join('');
  const marked = (parts: { text: string; mark: boolean }[] | undefined) =>
    parts?.filter((p) => p.mark).map((p) => p.text);

  it('highlights matched words of the visible text, without their punctuation', () => {
    const parts = visibleExcerpt(content, [3, 6, 8, 12, 13], 4, 30);
    expect(text(parts)).toBe('Phone call. President Tokayev spoke with «Rahmon», then Tokayev flew home.');
    expect(marked(parts)).toEqual(['Tokayev', 'Rahmon', 'Tokayev']);
  });

  it('never shows the hidden aliases, and says so when only they matched', () => {
    expect(visibleExcerpt(content, [12, 13, 14, 15], 4, 30)).toBeUndefined();
    expect(text(visibleExcerpt(content, [3, 13], 4, 30))).not.toContain('Tokaev');
  });

  it('shows the window with the most matches, marking the cut with an ellipsis', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const parts = visibleExcerpt(words.join(' '), [5, 60, 62, 64], 0, 10);
    expect(text(parts)).toBe('… w58 w59 w60 w61 w62 w63 w64 w65 w66 w67 …');
    expect(marked(parts)).toEqual(['w60', 'w62', 'w64']);
  });

  it('keeps the window inside the visible text near its end', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    expect(text(visibleExcerpt(words.join(' '), [14], 5, 6))).toBe('… w9 w10 w11 w12 w13 w14');
  });

  it('renders markup in the indexed text as text', () => {
    const parts = visibleExcerpt('a &lt;script&gt; <b>Putin</b>', [2], 0, 10);
    expect(parts).toEqual([
      // Leading and trailing symbols stay outside the highlight, as with «Rahmon».
      { text: 'a <script> <', mark: false },
      { text: 'b>Putin</b', mark: true },
      { text: '>', mark: false },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#x27; &unknown; &#0;')).toBe('"a" \'b\' &unknown; &#0;');
  });
});

describe('safeResultUrl', () => {
  it('keeps paths on this site', () => {
    expect(safeResultUrl('/archive/articles/2021/05/x/')).toBe('/archive/articles/2021/05/x/');
  });

  it('refuses other schemes, other hosts and odd paths', () => {
    for (const url of [
      'javascript:alert(1)',
      '//evil.example/',
      '/\\evil.example',
      'https://x.org/',
      'a b',
      '',
    ]) {
      expect(safeResultUrl(url)).toBeNull();
    }
  });
});

describe('withoutFilter', () => {
  it('drops one filter and keeps the rest of the state', () => {
    const state = {
      q: 'x',
      leader: 'Vladimir Putin',
      country: 'Russia',
      year: '2025',
      sort: 'newest' as const,
    };
    expect(withoutFilter(state, 'year')).toEqual({ ...state, year: '' });
    expect(state.year).toBe('2025');
  });
});
