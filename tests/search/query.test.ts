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
import { getLocale } from '../../src/i18n';
import type { SearchWords } from '../../src/search/query';

const en = getLocale('en');
const ru = getLocale('ru');
/** The labels a page would give: English values as themselves, kinds by the dictionary. */
const words = (locale: typeof en, names: Record<string, string> = {}): SearchWords => ({
  locale,
  label: (key, value) => (key === 'kind' ? locale.t(`kind.${value as 'call'}`) : (names[value] ?? value)),
  bound: (bound) => (bound.length === 4 ? bound : locale.month(+bound.slice(0, 4), +bound.slice(5, 7))),
});
const EN = words(en);
const RU = words(ru, { 'Vladimir Putin': 'Владимир Путин' });

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

  it('sorts a menu of names by the names the page shows, in the alphabet of its language', () => {
    const kk = getLocale('kk');
    const names: Record<string, string> = {
      'Emomali Rahmon': 'Эмомали Рахмон',
      'Kassym-Jomart Tokayev': 'Қасым-Жомарт Тоқаев',
      'Vladimir Putin': 'Владимир Путин',
      Kyrgyzstan: 'Қырғызстан',
      Kazakhstan: 'Қазақстан',
    };
    const language = { label: (value: string) => names[value] ?? value, compare: kk.compare };
    const known = { 'Emomali Rahmon': 2, 'Kassym-Jomart Tokayev': 1, 'Vladimir Putin': 1 };
    expect(filterOptions('leader', known, undefined, [], language).map((o) => o.label)).toEqual([
      'Владимир Путин',
      'Қасым-Жомарт Тоқаев',
      'Эмомали Рахмон',
    ]);
    // Қ after К in Kazakh: «Курск» before «Қазақстан», which before «Лаос».
    expect(
      filterOptions('country', { Kyrgyzstan: 1, Kazakhstan: 1, Laos: 1, Kursk: 1 }, undefined, [], {
        label: (value) => ({ ...names, Laos: 'Лаос', Kursk: 'Курск' })[value] ?? value,
        compare: kk.compare,
      }).map((o) => o.label),
    ).toEqual(['Курск', 'Қазақстан', 'Қырғызстан', 'Лаос']);
    // Kinds keep the table's order in every language.
    const kinds = filterOptions('kind', { report: 1, call: 2, speech: 1 }, undefined, [], {
      label: (value) => value,
      compare: kk.compare,
    });
    expect(kinds.map((o) => o.value)).toEqual(['speech', 'call', 'report']);
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
  it('shows the count when there is one, zero included, as the page’s language writes numbers', () => {
    expect(optionLabel(en, { label: 'Kazakhstan', count: 2 })).toBe('Kazakhstan (2)');
    expect(optionLabel(en, { label: 'Phone call', count: 0 })).toBe('Phone call (0)');
    expect(optionLabel(en, { label: 'Kazakhstan', count: 1200 })).toBe('Kazakhstan (1,200)');
    expect(optionLabel(en, { label: 'Kazakhstan', count: undefined })).toBe('Kazakhstan');
    expect(optionLabel(ru, { label: 'Казахстан', count: 1200 })).toBe('Казахстан (1\u00a0200)');
  });
});

describe('yearsLabel', () => {
  it('says one year alone, and several as a span', () => {
    expect(yearsLabel({ oldest: 2025, newest: 2025 })).toBe('2025');
    expect(yearsLabel({ oldest: 2016, newest: 2025 })).toBe('2016–2025');
  });
});

describe('rangeLabel', () => {
  it('says a range as readers do, months as the menus name them', () => {
    expect(rangeLabel(EN, '2021-03', '2023-09')).toBe('from March 2021 to September 2023');
    expect(rangeLabel(EN, '2025', '2025')).toBe('in 2025');
    expect(rangeLabel(RU, '2025', '2025')).toBe('2025');
    expect(rangeLabel(EN, '2021-03', '')).toBe('since March 2021');
    expect(rangeLabel(EN, '', '2023')).toBe('until 2023');
    expect(rangeLabel(EN, '', '')).toBe('');
    expect(rangeLabel(RU, '2021-03', '')).toBe('март 2021 г. и позже');
  });
});

describe('resultSummary', () => {
  it('names the count, the words and the filters, by the labels the menus show', () => {
    expect(resultSummary(EN, 2, searchState({ q: 'Tokayev' }))).toBe('2 articles with the words “Tokayev”');
    expect(resultSummary(EN, 1, searchState({ q: 'Putin', from: '2025', to: '2025' }))).toBe(
      '1 article with the words “Putin”, in 2025',
    );
    expect(resultSummary(EN, 0, searchState({ values: { leader: ['Vladimir Putin'] } }))).toBe(
      'No articles naming Vladimir Putin',
    );
    expect(resultSummary(EN, 7, searchState())).toBe('7 articles');
  });

  it('joins all-of values with “and” and any-of values with “or”', () => {
    const state = searchState({
      values: { leader: ['A', 'B'], kind: ['call', 'visit'] },
      from: '2021-03',
      to: '2023-09',
    });
    expect(resultSummary(EN, 3, state)).toBe(
      '3 articles naming A and B, of the kind Phone call or Visit, from March 2021 to September 2023',
    );
    expect(resultSummary(EN, 1, searchState({ values: { kind: ['call', 'visit'] }, from: '2024' }))).toBe(
      '1 article of the kind Phone call or Visit, since 2024',
    );
  });

  it('says which years were searched, and that older ones were not, before every year is searched', () => {
    expect(resultSummary(EN, 1234, searchState({ q: 'Tokayev' }), { oldest: 2016, newest: 2025 })).toBe(
      '1,234 articles with the words “Tokayev” · counted in 2016–2025; older years not searched yet',
    );
    expect(
      resultSummary(EN, 0, searchState({ values: { leader: ['A'] } }), { oldest: 2025, newest: 2025 }),
    ).toBe('No articles naming A · counted in 2025; older years not searched yet');
  });

  it('speaks Russian with CLDR’s plural forms, and names values by the page’s labels', () => {
    const state = searchState({
      q: 'граница',
      values: { leader: ['Vladimir Putin'], kind: ['call', 'visit'] },
    });
    expect(resultSummary(RU, 1, state)).toBe(
      '1 статья: со словами «граница», лидеры: Владимир Путин, вид: Телефонный разговор или Визит',
    );
    expect(resultSummary(RU, 3, searchState({ q: 'вода' }))).toBe('3 статьи: со словами «вода»');
    expect(resultSummary(RU, 5, searchState({ q: 'вода' }))).toBe('5 статей: со словами «вода»');
    expect(resultSummary(RU, 21, searchState({ q: 'вода' }))).toBe('21 статья: со словами «вода»');
    expect(resultSummary(RU, 0, searchState({ q: 'вода' }))).toBe('Статей не найдено: со словами «вода»');
  });
});
