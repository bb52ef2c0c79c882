import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findContentErrors, articleSlug, type ArticleEntryLike } from '../../src/lib/archive';
import { parsePublished } from '../../src/lib/dates';
import { createPaths } from '../../src/lib/paths';
import { articleSchema, countrySchema, leaderSchema, validateWith } from '../../src/lib/schema';
import { ROOT } from '../support/build';
import { readCollection } from '../support/content';

const articles = readCollection(ROOT, 'content', 'articles');
const leaders = readCollection(ROOT, 'content', 'leaders');
const countries = readCollection(ROOT, 'content', 'countries');

function valid<T>(result: { success: true; data: T } | { success: false; errors: string[] }): T {
  if (!result.success) throw new Error(result.errors.join('\n'));
  return result.data;
}

describe('every file in content/', () => {
  it('has articles, leaders and countries to show', () => {
    expect(articles.length).toBeGreaterThanOrEqual(2);
    expect(leaders.length).toBeGreaterThanOrEqual(3);
    expect(countries.length).toBeGreaterThanOrEqual(4);
  });

  it.each(articles.map((a) => [a.file, a] as const))('%s is a valid article', (file, a) => {
    expect(validateWith(articleSchema, a.data, file)).toMatchObject({ success: true });
  });

  it.each(leaders.map((l) => [l.file, l] as const))('%s is a valid leader', (file, l) => {
    expect(validateWith(leaderSchema, l.data, file)).toMatchObject({ success: true });
  });

  it.each(countries.map((c) => [c.file, c] as const))('%s is a valid country', (file, c) => {
    expect(validateWith(countrySchema, c.data, file)).toMatchObject({ success: true });
  });

  it('references only leaders and countries that exist, has unique URLs and no raw HTML', () => {
    const id = (file: string) => file.replace(/^content\/[a-z]+\//, '').replace(/\.(md|mdx|ya?ml)$/, '');
    const entries: ArticleEntryLike[] = articles.map((a) => ({
      id: id(a.file),
      filePath: a.file,
      body: a.body,
      data: valid(validateWith(articleSchema, a.data, a.file)),
    }));
    const paths = createPaths('/');
    const errors = findContentErrors(
      entries,
      leaders.map((l) => ({ id: id(l.file), filePath: l.file, data: valid(validateWith(leaderSchema, l.data, l.file)) })),
      countries.map((c) => ({ id: id(c.file), filePath: c.file, data: valid(validateWith(countrySchema, c.data, c.file)) })),
      (a) => paths.article({ slug: articleSlug(a.id), published: parsePublished(a.data.published) }),
    );
    expect(errors).toEqual([]);
  });

  it('involves every leader and country in at least one article (no entry without a reason)', () => {
    const used = new Set(articles.flatMap((a) => {
      const data = valid(validateWith(articleSchema, a.data, a.file));
      return [...data.leaders, ...data.countries];
    }));
    for (const f of [...leaders, ...countries]) expect(used, f.file).toContain(path.basename(f.file).replace(/\.ya?ml$/, ''));
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
