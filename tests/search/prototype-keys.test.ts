/**
 * Filter values that name JavaScript's own properties (`constructor`,
 * `__proto__`, `hasOwnProperty` …) are values like any other: read from a URL,
 * shown, counted and summed up as unknown values, never as the functions every
 * object inherits.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleEntryLike } from '../../src/model/archive';
import { articleSchema, countrySchema } from '../../src/model/schema';
import { exportRecord } from '../../src/search/client/export';
import { displayValue, VALUE_FILTERS } from '../../src/search/filters';
import { filterOptions, optionLabel, resultSummary, toPagefindQuery } from '../../src/search/query';
import { filterTotals } from '../../src/search/record';
import { parseSearchState, searchQuery, toSearchParams } from '../../src/search/url-state';
import { URLS } from '../support/model';
import { getLocale } from '../../src/i18n';
import { valueLabels } from '../../src/routes/search';
import type { SearchWords } from '../../src/search/query';

const en = getLocale('en');
/** The search page's labels of values, as its route data gives them. */
const labels = valueLabels({ articles: [], leaders: [], countries: [] }, en);
const words: SearchWords = { locale: en, label: (key, value) => labels[key](value), bound: (b) => b };

/** Every name Object.prototype answers to, and the special ones. */
const NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype', 'toJSON'];
/** What would show if an inherited property were read: a function's source or an object. */
const INTERNALS = /native code|function|\[object/;

describe.each(NAMES)('the filter value %j', (name) => {
  const query = VALUE_FILTERS.map(({ key }) => `${key}=${encodeURIComponent(name)}`).join('&');
  const state = parseSearchState(`?${query}`);

  it('is read from the URL as written, and written back the same', () => {
    for (const { key } of VALUE_FILTERS) expect(state.values[key]).toEqual([name]);
    expect(searchQuery(toSearchParams(state))).toBe(`?${query.replaceAll('%20', '+')}`);
    expect(toPagefindQuery(state, []).options.filters['kind']).toEqual({ any: [name] });
  });

  it('is shown as itself, counted 0 where the index does not know it', () => {
    for (const { key } of VALUE_FILTERS) {
      expect(displayValue(key, name)).toBe(name);
      expect(labels[key](name)).toBe(name);
      const known = { call: 3, visit: 1 };
      const options = filterOptions(key, known, { call: 2 }, [name]);
      const option = options.find((o) => o.value === name);
      expect(option).toEqual({ value: name, label: name, count: 0 });
      expect(optionLabel(en, option!)).toBe(`${name} (0)`);
      for (const o of options) expect(optionLabel(en, o)).not.toMatch(INTERNALS);
    }
    expect(resultSummary(words, 0, state)).not.toMatch(INTERNALS);
    expect(resultSummary(words, 0, state)).toContain(name);
  });

  it('is counted like any other source of the archive, without touching any object’s prototype', () => {
    const entry = (id: string): ArticleEntryLike => ({
      id,
      data: articleSchema.parse({
        title: id,
        summary: 'Summary.',
        source: { name },
        kind: 'call',
        published: '2021-05-02',
        countries: ['kazakhstan'],
      }),
    });
    const kazakhstan = { id: 'kazakhstan', data: countrySchema.parse({ name: 'Kazakhstan', iso: 'KZ' }) };
    const archive = buildArchive([entry('2021/05/a'), entry('2021/05/b')], [], [kazakhstan], URLS);
    const totals = filterTotals(archive);
    expect(Object.keys(totals.source)).toEqual([name]);
    expect(totals.source[name]).toBe(2);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('is exported as itself', () => {
    const record = exportRecord(
      { url: '/a/', excerpt: '', content: '', locations: [], meta: {}, filters: { kind: [name] } },
      'https://news.example.org',
    );
    expect(record.kind).toBe(name);
  });
});
