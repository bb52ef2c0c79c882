import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS } from '../../src/model/schema';
import {
  RANGE_FILTER,
  SEARCH_FILTERS,
  VALUE_FILTERS,
  boundLabel,
  displayValue,
  languageName,
  monthOf,
  type FilterSource,
} from '../../src/search/filters';

const ARTICLE: FilterSource = {
  published: { year: 2021, month: 3 },
  data: { kind: 'visit', lang: 'ru', source: { name: 'TASS' } },
  leaderNames: ['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'],
  countryNames: ['Uzbekistan', 'Kazakhstan'],
};

describe('the filter table', () => {
  it('gives every filter a key of its own and a label', () => {
    const keys = SEARCH_FILTERS.map((filter) => filter.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const filter of SEARCH_FILTERS) expect(filter.label).not.toBe('');
  });

  it('has one date range, and every other filter chosen value by value', () => {
    expect(RANGE_FILTER.key).toBe('month');
    expect(VALUE_FILTERS.map((filter) => filter.key)).toEqual([
      'leader',
      'country',
      'kind',
      'language',
      'source',
    ]);
  });

  it('reads the values an article is filed under', () => {
    const values = Object.fromEntries(SEARCH_FILTERS.map((filter) => [filter.key, filter.valuesOf(ARTICLE)]));
    expect(values).toEqual({
      leader: ['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'],
      country: ['Uzbekistan', 'Kazakhstan'],
      kind: ['visit'],
      language: ['Russian'],
      source: ['TASS'],
      month: ['2021-03'],
    });
  });

  it('orders kinds as the schema lists them, names alphabetically and months newest first', () => {
    const kind = SEARCH_FILTERS.find((filter) => filter.key === 'kind')!;
    expect([...ARTICLE_KINDS].reverse().sort(kind.order)).toEqual([...ARTICLE_KINDS]);
    const leader = SEARCH_FILTERS.find((filter) => filter.key === 'leader')!;
    expect(['Vladimir Putin', 'Emomali Rahmon'].sort(leader.order)).toEqual([
      'Emomali Rahmon',
      'Vladimir Putin',
    ]);
    expect(['2021-03', '2024-11', '2021-12'].sort(RANGE_FILTER.order)).toEqual([
      '2024-11',
      '2021-12',
      '2021-03',
    ]);
  });
});

describe('displayValue', () => {
  it('shows a kind by its label, a month by its name, and a name as it is', () => {
    expect(displayValue('kind', 'call')).toBe('Phone call');
    for (const kind of ARTICLE_KINDS) expect(displayValue('kind', kind)).not.toBe(kind);
    expect(displayValue('month', '2021-03')).toBe('March 2021');
    expect(displayValue('leader', 'Vladimir Putin')).toBe('Vladimir Putin');
  });
});

describe('boundLabel and monthOf', () => {
  it('say a month as readers do, and a year as itself', () => {
    expect(boundLabel('2023-09')).toBe('September 2023');
    expect(boundLabel('2023')).toBe('2023');
    expect(monthOf({ year: 2021, month: 5 })).toBe('2021-05');
  });
});

describe('languageName', () => {
  it('names a language in English and keeps an unknown tag as written', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('kk')).toBe('Kazakh');
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
