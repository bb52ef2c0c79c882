import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findContentErrors, articleSlug, type ArticleEntryLike } from '../../src/model/archive';
import { ISO_3166_1_CODES, mergeCountries } from '../../src/model/countries';
import { parsePublished } from '../../src/model/dates';
import { createPaths } from '../../src/routes/paths';
import { articleSchema, countryFileSchema, leaderSchema, validateWith, type Office } from '../../src/model/schema';
import { slugify } from '../../src/model/slug';
import { findTimelineErrors } from '../../src/model/timeline';
import { ROOT } from '../support/build';
import { readCollection } from '../support/content';

const articles = readCollection(ROOT, 'content', 'articles');
const leaders = readCollection(ROOT, 'content', 'leaders');
const countryFiles = readCollection(ROOT, 'content', 'countries');

function valid<T>(result: { success: true; data: T } | { success: false; errors: string[] }): T {
  if (!result.success) throw new Error(result.errors.join('\n'));
  return result.data;
}

const id = (file: string) => file.replace(/^content\/[a-z]+\//, '').replace(/\.(md|mdx|ya?ml)$/, '');
const registry = leaders.map((l) => ({ id: id(l.file), file: l.file, data: valid(validateWith(leaderSchema, l.data, l.file)) }));
const merged = mergeCountries(
  countryFiles.map((c) => ({ id: id(c.file), file: c.file, data: valid(validateWith(countryFileSchema, c.data, c.file)) })),
);
const countries = merged.entries;

describe('every file in content/', () => {
  it('has articles, and a registry of the region’s leaders to match', () => {
    expect(articles.length).toBeGreaterThanOrEqual(2);
    expect(leaders.length).toBeGreaterThanOrEqual(120);
    expect(countryFiles.length).toBeGreaterThanOrEqual(9);
  });

  it.each(articles.map((a) => [a.file, a] as const))('%s is a valid article', (file, a) => {
    expect(validateWith(articleSchema, a.data, file)).toMatchObject({ success: true });
  });

  it.each(leaders.map((l) => [l.file, l] as const))('%s is a valid leader', (file, l) => {
    expect(validateWith(leaderSchema, l.data, file)).toMatchObject({ success: true });
  });

  it.each(countryFiles.map((c) => [c.file, c] as const))('%s is a valid country file', (file, c) => {
    expect(validateWith(countryFileSchema, c.data, file)).toMatchObject({ success: true });
  });

  it('references only leaders and countries that exist, has unique URLs and no raw HTML', () => {
    const entries: ArticleEntryLike[] = articles.map((a) => ({
      id: id(a.file),
      filePath: a.file,
      body: a.body,
      data: valid(validateWith(articleSchema, a.data, a.file)),
    }));
    const paths = createPaths('/');
    const errors = findContentErrors(
      entries,
      registry.map((l) => ({ id: l.id, filePath: l.file, data: l.data })),
      countries,
      (a) => paths.article({ slug: articleSlug(a.id), published: parsePublished(a.data.published) }),
    );
    expect(merged.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the registry of leaders', () => {
  it('names each file after the English name', () => {
    for (const l of registry) expect(slugify(l.data.name), l.file).toBe(l.id);
  });

  const REGION = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan', 'turkmenistan', 'russia', 'china', 'turkiye', 'azerbaijan'];
  /** Former Soviet republics: their offices are recorded from independence, not before. */
  const SOVIET = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan', 'turkmenistan', 'russia', 'azerbaijan'];
  /** The language of a leader's native name, by country; required where that language is not written in Cyrillic. */
  const NATIVE = { kyrgyzstan: 'ky', tajikistan: 'tg', turkmenistan: 'tk', uzbekistan: 'uz', azerbaijan: 'az', turkiye: 'tr', china: 'zh' } as const;
  const LATIN_OR_HAN = ['turkmenistan', 'uzbekistan', 'azerbaijan', 'turkiye', 'china'];
  const ROLES = ['head-of-state', 'head-of-government'] as const;
  const offices = registry.flatMap((l) => l.data.offices.map((o, i) => ({ who: l.id, file: l.file, country: l.data.country, i, ...o })));
  const held = (country: string, role: Office['role']) =>
    offices.filter((o) => o.country === country && o.role === role).sort((a, b) => a.start.localeCompare(b.start));
  const timelineOf = (country: string) => countries.find((c) => c.id === country)?.data.timeline;

  it('covers every head of state and of government of the region, without gap or overlap, from independence', () => {
    for (const country of REGION) {
      const timeline = timelineOf(country);
      expect(timeline, country).toBeDefined();
      expect(timeline?.roles, country).toEqual([...ROLES]);
    }
    const errors = findTimelineErrors(
      registry.map((l) => ({ id: l.id, filePath: l.file, data: l.data })),
      countries.map((c) => ({ id: c.id, filePath: c.file, data: c.data })),
    );
    expect(errors).toEqual([]);
  });

  it('records offices of the Soviet republics from independence, not before', () => {
    for (const country of SOVIET) {
      const since = timelineOf(country)!.since;
      for (const role of ROLES) {
        for (const o of held(country, role)) expect(o.start >= since, `${o.file} offices[${o.i}] starts ${o.start}`).toBe(true);
      }
    }
  });

  it('passes an office on the day its successor takes it: each begins on the day the one before ends', () => {
    // The shared handover day, shown on two offices that the timeline check accepts.
    const head = (id: string) => registry.find((l) => l.id === id)!.data.offices.filter((o) => o.role === 'head-of-state');
    expect(head('nursultan-nazarbayev').at(-1)?.end).toBe('2019-03-20');
    expect(head('kassym-jomart-tokayev')[0]?.start).toBe('2019-03-20');
    for (const country of REGION) {
      for (const role of ROLES) {
        const list = held(country, role).filter((o) => o.end === undefined || o.end > timelineOf(country)!.since);
        for (let i = 1; i < list.length; i++) {
          const vacant = timelineOf(country)!.vacancies.some((v) => v.role === role && v.end === list[i]!.start);
          if (!vacant) expect(list[i]!.start, `${list[i]!.file} offices[${list[i]!.i}]`).toBe(list[i - 1]!.end);
        }
      }
    }
  });

  it('cites a source for every office', () => {
    for (const o of offices) {
      const sources = typeof o.source === 'string' ? [o.source] : o.source;
      expect(sources.length, `${o.file} offices[${o.i}]`).toBeGreaterThan(0);
      for (const s of sources) {
        if (/^https?:/.test(s)) expect(() => new URL(s), `${o.file} offices[${o.i}]: ${s}`).not.toThrow();
        else expect(s.length, `${o.file} offices[${o.i}]: ${s}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('titles an acting holder "Acting …" in every language, as an office of its own beside the full one', () => {
    const titles = new Map<string, string>();
    for (const o of offices) {
      const seen = titles.get(o.title);
      const mine = `${o.titles.ru} | ${o.titles.kk}`;
      if (seen) expect(mine, `${o.file}: the titles of "${o.title}"`).toBe(seen);
      else titles.set(o.title, mine);
      expect(/\bacting\b/i.test(o.title), o.title).toBe(o.title.startsWith('Acting '));
    }
    for (const [title, translated] of titles) {
      if (!title.startsWith('Acting ')) continue;
      const full = title.slice('Acting '.length).replace(/^\w/, (c) => c.toUpperCase());
      expect(titles.has(full), `"${title}" has no "${full}"`).toBe(true);
      const [ru, kk] = translated.split(' | ');
      expect(ru, title).toMatch(/^Исполняющий обязанности /);
      expect(kk, title).toMatch(/міндетін атқарушы$/);
    }
  });

  it('gives every name in Russian and Kazakh, and in the native language where it is written otherwise', () => {
    for (const l of registry) {
      expect(l.data.names.ru, l.file).toMatch(/\p{Script=Cyrillic}/u);
      expect(l.data.names.kk, l.file).toMatch(/\p{Script=Cyrillic}/u);
      const lang = NATIVE[l.data.country as keyof typeof NATIVE];
      if (LATIN_OR_HAN.includes(l.data.country) || l.data.names.native) expect(l.data.names.native?.lang, l.file).toBe(lang);
    }
    // Kazakh forms use the Kazakh letters where the name has them.
    expect(registry.find((l) => l.id === 'kassym-jomart-tokayev')?.data.names.kk).toBe('Қасым-Жомарт Тоқаев');
  });

  it('records the offices a constitution combines: Turkmenistan\'s President chairs the Cabinet of Ministers', () => {
    expect(timelineOf('turkmenistan')?.combined.map((c) => c.start)).toEqual(['1992-05-18', '2007-02-14']);
    for (const id of ['saparmurat-niyazov', 'gurbanguly-berdimuhamedov', 'serdar-berdimuhamedov']) {
      const titles = registry.find((l) => l.id === id)!.data.offices.map((o) => o.title);
      expect(titles, id).toEqual(expect.arrayContaining(['President of Turkmenistan', 'Chairman of the Cabinet of Ministers of Turkmenistan']));
    }
  });

  it('lists namesakes under names that are not the leader\'s own', () => {
    for (const l of registry) {
      const own = new Set([l.data.name, l.data.names.ru, l.data.names.kk, ...l.data.aliases].map((n) => n.toLowerCase()));
      for (const n of l.data.namesakes) {
        for (const form of n.forms) expect(own.has(form.toLowerCase()), `${l.file}: ${form}`).toBe(false);
      }
    }
  });

  it('has a current head of state for each country of the region', () => {
    for (const country of REGION) {
      expect(held(country, 'head-of-state').filter((o) => o.end === undefined), country).toHaveLength(1);
    }
  });

  it('lists offices oldest first, all of them in countries that exist', () => {
    const ids = new Set(countries.map((c) => c.id));
    for (const l of registry) {
      expect(ids, l.file).toContain(l.data.country);
      const starts = l.data.offices.map((o) => o.start);
      expect(starts, l.file).toEqual([...starts].sort());
    }
  });
});

describe('the countries', () => {
  it('are every country of ISO 3166-1, once each', () => {
    expect(countries).toHaveLength(249);
    expect(new Set(countries.map((c) => c.data.iso)).size).toBe(249);
    expect(new Set(countries.map((c) => c.id)).size).toBe(249);
    expect(ISO_3166_1_CODES).not.toContain('EU');
    expect(ISO_3166_1_CODES).not.toContain('XK');
  });

  it('take their names in English, Russian and Kazakh from CLDR', () => {
    const kz = countries.find((c) => c.data.iso === 'KZ');
    expect(kz?.id).toBe('kazakhstan');
    expect(kz?.data.names).toEqual({ en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' });
    expect(countries.find((c) => c.data.iso === 'CN')?.data.names).toEqual({ en: 'China', ru: 'Китай', kk: 'Қытай' });
    expect(countries.find((c) => c.data.iso === 'MN')).toMatchObject({ id: 'mongolia', data: { name: 'Mongolia' } });
  });

  it('add the demonyms and other names of their files, for matching and search', () => {
    const uz = countries.find((c) => c.id === 'uzbekistan');
    expect(uz?.data.demonyms).toEqual(expect.arrayContaining(['Uzbek', 'узбекский', 'өзбек']));
    expect(uz?.data.aliases).toEqual(expect.arrayContaining(['Узбекистан', 'Өзбекстан', 'Uzbek']));
  });
});

/** Collapses runs of white space, as a reader sees text. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const SEEDS = [
  {
    raw: 'tests/fixtures/raw/004_62ba38e15f9afd11.txt',
    article: 'content/articles/2021/05/head-of-state-had-telephone-talk-with-tajik-president.md',
  },
  {
    raw: 'tests/fixtures/raw/000_f3c44854c9170bc8.txt',
    article: 'content/articles/2025/10/tokayev-speaks-at-central-asia-russia-summit-in-dushanbe.md',
  },
];

describe.each(SEEDS)('the article from $raw', ({ raw, article }) => {
  const rawText = norm(readFileSync(path.join(ROOT, raw), 'utf8'));
  const file = articles.find((a) => a.file === article);
  const paragraphs = (file?.body ?? '').split(/\n{2,}/).map(norm).filter(Boolean);

  it('exists', () => {
    expect(file).toBeDefined();
  });

  it('has every paragraph exactly as the source published it', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    for (const p of paragraphs) expect(rawText).toContain(p);
  });

  it('leaves out no paragraph of the source', () => {
    // What is left of the raw text once the article's paragraphs are taken out
    // is chrome and metadata: short lines, none of them a sentence of prose.
    let rest = readFileSync(path.join(ROOT, raw), 'utf8');
    for (const p of paragraphs) rest = rest.replace(p, '');
    const leftovers = rest.split('\n').map(norm).filter(Boolean);
    for (const line of leftovers) expect(line.split(' ').length, line).toBeLessThanOrEqual(14);
  });

  it('keeps none of the source site chrome', () => {
    const body = paragraphs.join('\n');
    for (const chrome of ['Currency rates', 'Weather', 'Main Page', 'Related news', 'Popular', '+7 701', 'usd/kzt', 'date 20']) {
      expect(body).not.toContain(chrome);
    }
  });

  it('has the lead sentence as its summary', () => {
    const data = valid(validateWith(articleSchema, file?.data, article));
    expect(paragraphs[0]?.startsWith(norm(data.summary))).toBe(true);
  });
});

describe('the phone call of 2 May 2021', () => {
  const file = articles.find((a) => a.file === SEEDS[0]!.article);
  const data = valid(validateWith(articleSchema, file?.data, SEEDS[0]!.article));

  it('keeps the headline, the time in Nur-Sultan, the author, the dateline and the source', () => {
    expect(data).toMatchObject({
      title: 'Head of State had telephone talk with Tajik President',
      published: '2021-05-02T08:10:00+06:00',
      author: 'Kudrenok Tatyana',
      dateline: 'NUR-SULTAN',
      source: { name: 'Kazinform' },
      kind: 'call',
    });
  });

  it('involves Tokayev and Rahmon, and Kazakhstan, Tajikistan and Kyrgyzstan', () => {
    expect([...data.leaders].sort()).toEqual(['emomali-rahmon', 'kassym-jomart-tokayev']);
    expect([...data.countries].sort()).toEqual(['kazakhstan', 'kyrgyzstan', 'tajikistan']);
  });

  it('keeps the source tags', () => {
    expect(data.tags).toEqual(expect.arrayContaining(['Akorda presidential residence', 'Kyrgyz-Tajik border conflict']));
  });
});

describe('the summit speech of 9 October 2025', () => {
  const file = articles.find((a) => a.file === SEEDS[1]!.article);
  const data = valid(validateWith(articleSchema, file?.data, SEEDS[1]!.article));

  it('is dated by the day the source gives, without an invented time', () => {
    expect(data.published).toBe('2025-10-09');
    expect(data.kind).toBe('speech');
  });

  it('involves Tokayev, Rahmon and Putin, and Kazakhstan, Tajikistan and Russia', () => {
    expect([...data.leaders].sort()).toEqual(['emomali-rahmon', 'kassym-jomart-tokayev', 'vladimir-putin']);
    expect([...data.countries].sort()).toEqual(['kazakhstan', 'russia', 'tajikistan']);
  });
});
