import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleEntryLike } from '../../src/model/archive';
import { filterOptions } from '../../src/search/query';
import {
  aliasWordCount,
  articleSearchRecord,
  filterTotals,
  hiddenText,
  type ArticleSearchRecord,
} from '../../src/search/record';
import { VALUE_FILTERS } from '../../src/search/filters';
import { parseSearchState, searchQuery } from '../../src/search/url-state';
import { countrySchema, type ArticleInput } from '../../src/model/schema';
import { ROOT } from '../support/build';
import { articleEntry, URLS } from '../support/model';
import { testLeader } from '../support/leaders';
import { searchedValue } from '../../src/search/meta';

const entry = (id: string, data: Partial<ArticleInput>): ArticleEntryLike =>
  articleEntry(id, { kind: 'call', published: '2021-05-02T08:10:00+06:00', ...data });

const leaders = [
  {
    id: 'kassym-jomart-tokayev',
    data: testLeader({
      name: 'Kassym-Jomart Tokayev',
      offices: [{ title: 'President of Kazakhstan', role: 'head-of-state', start: '2019-03-20' }],
      country: 'kazakhstan',
      aliases: ['Tokayev', 'Tokaev', 'Токаев', 'Тоқаев'],
    }),
  },
];
const countries = [
  {
    id: 'kazakhstan',
    data: countrySchema.parse({ name: 'Kazakhstan', iso: 'KZ', aliases: ['Қазақстан', 'Kazakh'] }),
  },
  {
    id: 'tajikistan',
    data: countrySchema.parse({ name: 'Tajikistan', iso: 'TJ', aliases: ['Таджикистан', 'Tajik'] }),
  },
];

function recordOf(data: Partial<ArticleInput>, body = '') {
  const archive = buildArchive([entry('2021/05/call', data)], leaders, countries, URLS);
  const [article] = archive.articles;
  if (!article) throw new Error('no article');
  return articleSearchRecord(article, archive, body);
}

describe('articleSearchRecord', () => {
  const record = recordOf({
    leaders: ['kassym-jomart-tokayev'],
    countries: ['kazakhstan', 'tajikistan'],
    lang: 'ru',
    source: { name: 'Kazinform, Astana' },
  });

  it('files the article under the display names of its leaders and countries', () => {
    expect(record.filters.leader).toEqual(['Kassym-Jomart Tokayev']);
    expect(record.filters.country).toEqual(['Kazakhstan', 'Tajikistan']);
  });

  it('files it under its month, its kind, its source and the English name of its language', () => {
    expect(record.filters.month).toEqual(['2021-05']);
    expect(record.filters.kind).toEqual(['call']);
    expect(record.filters.source).toEqual(['Kazinform, Astana']);
    expect(record.filters.language).toEqual(['Russian']);
  });

  it('carries every name and alias of its leaders and countries, once each', () => {
    expect(record.aliases).toEqual([
      'Kassym-Jomart Tokayev',
      'Tokayev',
      'Tokaev',
      'Токаев',
      'Тоқаев',
      'Kazakhstan',
      'Қазақстан',
      'Kazakh',
      'Tajikistan',
      'Таджикистан',
      'Tajik',
      // The leader's name as Russian and Kazakh write it (the test leader's), which no alias carries.
      'Тестовый лидер',
      'Тест көшбасшысы',
    ]);
  });

  it('carries the byline and the language tag an export needs, and no byline when there is none', () => {
    expect(searchedValue(record.meta.lang)).toBe('ru');
    expect(record.meta).not.toHaveProperty('author');
    expect(recordOf({ author: 'Kudrenok Tatyana' }).meta.author).toBe('Kudrenok Tatyana');
  });

  it('gives the date as published, with its offset, and the sort key as the UTC instant', () => {
    expect(searchedValue(record.meta.datetime)).toBe('2021-05-02T08:10:00+06:00');
    expect(record.sortDate).toBe('2021-05-02T02:10:00.000Z');
  });

  it('orders articles from different zones by their instants', () => {
    const early = recordOf({ published: '2021-05-02T08:10:00+06:00' }).sortDate;
    const late = recordOf({ published: '2021-05-02T03:00:00+00:00' }).sortDate;
    expect(early < late).toBe(true);
  });

  it('has no aliases for an article without leaders or countries', () => {
    expect(recordOf({}).aliases).toEqual([]);
    expect(searchedValue(recordOf({}).meta.aliaswords)).toBe('0');
  });

  it('tells results how many words the aliases and stems add to the indexed text', () => {
    // 'Kassym-Jomart Tokayev, Tokayev, Tokaev, Токаев, Тоқаев, Kazakhstan, …, Tajik, Тестовый лидер,
    // Тест көшбасшысы': one word per name but the three of two words; then one word per stem token.
    const hidden = Number(searchedValue(record.meta.aliaswords));
    expect(hidden).toBe(16 + record.stems.length);
    expect(hiddenText(record).split(/\s+/)).toHaveLength(hidden);
  });

  it('indexes the stems of the Cyrillic names in Russian and Kazakh, and of a Russian article’s words', () => {
    // Russian: Токаев → тока (Snowball reads -ев as an ending), Токаеву → токаев; Kazakh: Тоқаев → тоқаев.
    expect(record.stems).toEqual(expect.arrayContaining(['ǂтокаǂ', 'ǂтокаевǂ', 'ǂтоқаевǂ']));
    const russian = recordOf({ lang: 'ru' }, 'Переговоры прошли в Душанбе');
    expect(russian.stems).toEqual(expect.arrayContaining(['ǂпереговорǂ', 'ǂпрошлǂ', 'ǂдушанбǂ']));
    expect(russian.stems).not.toContain('ǂвǂ');
    // An English article's own words are Pagefind's to stem; its Cyrillic ones are stemmed as Russian.
    expect(recordOf({ lang: 'en' }, 'Talks, Переговоры').stems).toContain('ǂпереговорǂ');
    expect(recordOf({ lang: 'en' }, 'Talks').stems.some((t) => /talk/.test(t))).toBe(false);
  });
});

/** An entry whose countries list each twice, as the schema would never let through. */
const twice = (e: ArticleEntryLike): ArticleEntryLike => ({
  ...e,
  data: { ...e.data, countries: [...e.data.countries, ...e.data.countries] },
});

describe('filterTotals', () => {
  const archive = buildArchive(
    [
      entry('2021/05/call', {
        leaders: ['kassym-jomart-tokayev'],
        countries: ['kazakhstan', 'tajikistan'],
      }),
      // Listed twice (past the schema, which refuses it): counted once.
      twice(
        entry('2021/06/visit', {
          published: '2021-06-10',
          kind: 'visit',
          lang: 'ru',
          countries: ['tajikistan'],
        }),
      ),
      entry('2025/10/speech', { published: '2025-10-09', kind: 'speech', countries: ['kazakhstan'] }),
    ],
    leaders,
    countries,
    URLS,
  );

  it('counts the articles filed under each value of the menus, as the index files them', () => {
    const totals = filterTotals(archive);
    expect(totals).toEqual({
      leader: { 'Kassym-Jomart Tokayev': 1 },
      country: { Kazakhstan: 2, Tajikistan: 2 },
      kind: { call: 1, visit: 1, speech: 1 },
      language: { English: 2, Russian: 1 },
      source: { Kazinform: 3 },
      month: { '2021-05': 1, '2021-06': 1, '2025-10': 1 },
    });
    for (const article of archive.articles) {
      const { filters } = articleSearchRecord(article, archive);
      for (const value of filters.country) expect(totals.country[value]).toBeGreaterThan(0);
    }
  });
});

/** Escapes text for a double-quoted HTML attribute, as Astro writes `data-value={value}`. */
const attribute = (text: string): string =>
  text.replace(/[&"<>]/g, (c) => `&${{ '&': 'amp', '"': 'quot', '<': 'lt', '>': 'gt' }[c]};`);

/**
 * The filters and metadata Pagefind stores for a record: the record written
 * into a page as src/components/ArticleSearchData.astro writes it, indexed by
 * Pagefind itself, and read back from the page's fragment in the index it writes.
 */
async function storedByPagefind(record: ArticleSearchRecord) {
  const spans = [
    ...Object.entries(record.filters).flatMap(([key, values]) =>
      values.map(
        (value) => `<span data-pagefind-filter="${key}[data-value]" data-value="${attribute(value)}"></span>`,
      ),
    ),
    ...Object.entries(record.meta).map(
      ([key, value]) =>
        `<span data-pagefind-meta="${key}[data-value]" data-value="${attribute(value)}"></span>`,
    ),
  ];
  const html = `<!doctype html><html lang="en"><head><title>Call</title></head><body><article data-pagefind-body><h1>Call</h1><p>Text.</p><div hidden>${spans.join('')}</div></article></body></html>`;
  const dir = path.join(ROOT, '.tmp', 'unit-record-pagefind');
  rmSync(dir, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    expect(errors).toEqual([]);
    expect((await index!.addHTMLFile({ url: '/articles/2021/05/call/', content: html })).errors).toEqual([]);
    expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([]);
    const [fragment] = readdirSync(path.join(dir, 'fragment'));
    // A fragment is gzipped JSON after Pagefind's signature.
    const text = gunzipSync(readFileSync(path.join(dir, 'fragment', fragment!))).toString('utf8');
    const stored = JSON.parse(text.replace(/^pagefind_dcd/, '')) as {
      filters: Record<string, string[]>;
      meta: Record<string, string>;
    };
    // The words of the index: its chunks are gzipped CBOR, each word a text string.
    const chunks = readdirSync(path.join(dir, 'index')).map((file) =>
      gunzipSync(readFileSync(path.join(dir, 'index', file))),
    );
    /** Whether the index holds `word` (of fewer than 24 bytes) as a word of its own. */
    const indexes = (word: string): boolean => {
      const bytes = Buffer.from(word, 'utf8');
      const cbor = Buffer.concat([Buffer.from([0x60 + bytes.length]), bytes]);
      return chunks.some((chunk) => chunk.includes(cbor));
    };
    return { ...stored, indexes };
  } finally {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('names with white space the index collapses', () => {
  const archive = buildArchive(
    [
      entry('2021/05/call', {
        title: 'Talks  on\nthe border',
        summary: 'A summary\nover two  lines.',
        source: { name: 'Kazinform \t News\n' },
        author: 'Kudrenok\u00A0 Tatyana',
        leaders: ['kassym-jomart-tokayev'],
        countries: ['kazakhstan'],
      }),
    ],
    [
      {
        id: 'kassym-jomart-tokayev',
        data: testLeader({
          name: 'Kassym-Jomart\n Tokayev',
          offices: [{ title: 'President of Kazakhstan', role: 'head-of-state', start: '2019-03-20' }],
          country: 'kazakhstan',
        }),
      },
    ],
    [
      {
        id: 'kazakhstan',
        data: countrySchema.parse({ name: 'Republic of\u00A0\u00A0Kazakhstan', iso: 'KZ' }),
      },
    ],
    URLS,
  );
  const [article] = archive.articles;
  const record = articleSearchRecord(article!, archive);
  const totals = filterTotals(archive);

  it('are one value for the menus, the URL of a search and the index', () => {
    expect(totals.source).toEqual({ 'Kazinform News': 1 });
    expect(totals.leader).toEqual({ 'Kassym-Jomart Tokayev': 1 });
    expect(totals.country).toEqual({ 'Republic of Kazakhstan': 1 });
    for (const { key } of VALUE_FILTERS) {
      for (const value of record.filters[key]) {
        // The menu's option, chosen: its link reads back as the same value, and the menu lists it once.
        const chosen = parseSearchState(searchQuery({ [key]: value })).values[key];
        expect(chosen, key).toEqual([value]);
        expect(filterOptions(key, totals[key], totals[key], chosen), key).toEqual([
          expect.objectContaining({ value, count: 1 }),
        ]);
      }
    }
  });

  it('are stored by Pagefind exactly as the menus and the exports have them', async () => {
    const stored = await storedByPagefind(record);
    expect(stored.filters).toEqual(record.filters);
    expect(stored.meta).toEqual(record.meta);
    expect(stored.meta).toMatchObject({
      title: 'Talks on the border',
      source: 'Kazinform News',
      author: 'Kudrenok Tatyana',
    });
    // Values that are no words of the article reach no query: its year, language code and count.
    expect(stored.indexes('border')).toBe(true);
    for (const word of ['2021', 'en', searchedValue(record.meta.aliaswords)!]) {
      expect(stored.indexes(word), word).toBe(false);
    }
  }, 30_000);
});

describe('aliasWordCount', () => {
  it('counts words as split at white space, across names', () => {
    expect(aliasWordCount(['Kassym-Jomart Tokayev', 'Токаев'])).toBe(3);
    expect(aliasWordCount(['Republic of Tajikistan'])).toBe(3);
    expect(aliasWordCount([])).toBe(0);
  });
});
