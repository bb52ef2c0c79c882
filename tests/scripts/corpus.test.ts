import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { articleSchema, countryFileSchema, leaderSchema } from '../../src/model/schema';
import { officeAt } from '../../src/model/offices';
import { parsePublished } from '../../src/model/dates';
import { findUnsafeMarkup } from '../../src/model/safety';
import {
  MAX_WORDS,
  MIN_WORDS,
  REGISTRY_DIR,
  makeCountries,
  makeLeaders,
  writeCorpus,
} from '../../scripts/lib/corpus';
import { seedFrom } from '../../scripts/lib/prng';

const TMP = path.resolve(import.meta.dirname, '../../.tmp');
const N = 400;

/** Every file under `dir`, relative to it, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

let root: string;
let a: string;
const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');
/** Reads a leader or country file with the project's one YAML reader. */
const parseYaml = (text: string): unknown => parseFrontmatter(`---\n${text}---\n`).data;

beforeAll(() => {
  // The first file of a run to use `.tmp/` may be this one.
  mkdirSync(TMP, { recursive: true });
  root = mkdtempSync(path.join(TMP, 'corpus-test-'));
  a = path.join(root, 'a');
  writeCorpus({ articles: N, out: a, seed: seedFrom('1') });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the corpus generator', () => {
  it('writes byte-identical archives for the same seed', () => {
    const b = path.join(root, 'b');
    writeCorpus({ articles: N, out: b, seed: seedFrom('1') });
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const file of files) expect(read(b, file), file).toBe(read(a, file));
  });

  it('writes a different archive for another seed', () => {
    const c = path.join(root, 'c');
    writeCorpus({ articles: N, out: c, seed: seedFrom('2') });
    const articles = (dir: string) => listFiles(dir).filter((f) => f.startsWith('articles/'));
    expect(articles(c)).not.toEqual(articles(a));
  });

  it('writes the requested number of articles, 50+ leaders and 40+ countries', () => {
    const files = listFiles(a);
    expect(files.filter((f) => /^articles\/\d{4}\/\d{2}\/[a-z0-9-]+\.md$/.test(f))).toHaveLength(N);
    expect(files.filter((f) => f.startsWith('leaders/')).length).toBeGreaterThanOrEqual(50);
    expect(files.filter((f) => f.startsWith('countries/')).length).toBeGreaterThanOrEqual(40);
  });

  it('refuses to write into a folder that already holds an archive', () => {
    expect(() => writeCorpus({ articles: 1, out: a, seed: 1 })).toThrow(/not empty/);
  });

  it('gives countries valid extras with Cyrillic aliases, and copies the registry’s leaders, named in Russian', () => {
    const countryIds = new Set<string>();
    for (const file of listFiles(path.join(a, 'countries'))) {
      const country = countryFileSchema.parse(parseYaml(read(path.join(a, 'countries'), file)));
      expect(
        country.aliases.some((x) => /\p{Script=Cyrillic}/u.test(x)),
        file,
      ).toBe(true);
      countryIds.add(path.basename(file, '.yaml'));
    }
    const leaderIds = new Set<string>();
    for (const file of listFiles(path.join(a, 'leaders'))) {
      const leader = leaderSchema.parse(parseYaml(read(path.join(a, 'leaders'), file)));
      const registered = leaderSchema.parse(parseYaml(read(path.join(REGISTRY_DIR, 'leaders'), file)));
      expect(leader, file).toEqual(registered);
      expect(countryIds.has(leader.country), `${file}: ${leader.country}`).toBe(true);
      expect(leader.names.ru, file).toMatch(/^\p{Script=Cyrillic}/u);
      leaderIds.add(path.basename(file, '.yaml'));
    }
    expect(leaderIds).toContain('kassym-jomart-tokayev');
    expect(countryIds).toContain('turkiye');
    expect(new Set(makeLeaders(makeCountries()).map((l) => l.data.name)).size).toBe(leaderIds.size);
  });

  describe('articles', () => {
    const articles = () =>
      listFiles(path.join(a, 'articles')).map((file) => {
        const { data, body } = parseFrontmatter(read(path.join(a, 'articles'), file));
        return { file, data, body, article: articleSchema.parse(data) };
      });

    it('pass the article schema, reference existing leaders and countries and hold no raw HTML', () => {
      const leaders = new Set(listFiles(path.join(a, 'leaders')).map((f) => path.basename(f, '.yaml')));
      const countries = new Set(listFiles(path.join(a, 'countries')).map((f) => path.basename(f, '.yaml')));
      for (const { file, article, body } of articles()) {
        expect(article.leaders.length, file).toBeGreaterThan(0);
        for (const id of article.leaders) expect(leaders.has(id), `${file}: ${id}`).toBe(true);
        for (const id of article.countries) expect(countries.has(id), `${file}: ${id}`).toBe(true);
        expect(findUnsafeMarkup(body), file).toEqual([]);
      }
    });

    it('name only leaders who held an office on the article’s day', () => {
      const offices = new Map(makeLeaders(makeCountries()).map((l) => [l.id, l.data.offices]));
      const days = articles().map(({ file, article }) => {
        for (const id of article.leaders) {
          expect(
            officeAt(offices.get(id) ?? [], article.published.slice(0, 10)),
            `${file}: ${id}`,
          ).toBeDefined();
        }
        return article.published.slice(0, 10);
      });
      const tokayev = articles().filter(({ article }) => article.leaders.includes('kassym-jomart-tokayev'));
      expect(tokayev.some(({ article }) => article.published < '2019-03-20')).toBe(true);
      expect(tokayev.some(({ article }) => article.published > '2019-03-20')).toBe(true);
      expect(days.length).toBe(N);
    });

    it('keep `published` a quoted string and file each article under its local year and month', () => {
      for (const { file, data } of articles()) {
        expect(typeof data['published'], file).toBe('string');
        const published = parsePublished(data['published'] as string);
        const [year, month] = file.split('/');
        expect(Number(year), file).toBe(published.year);
        expect(Number(month), file).toBe(published.month);
      }
    });

    it('give every article a unique URL', () => {
      const urls = articles().map(({ file }) => file.replace(/\.md$/, '/'));
      expect(new Set(urls).size).toBe(urls.length);
    });

    it('span 20 years with offsets from several zones, and some dates without a time', () => {
      const all = articles().map(({ article }) => parsePublished(article.published));
      const years = new Set(all.map((d) => d.year));
      expect(Math.min(...years)).toBe(2006);
      expect(Math.max(...years)).toBe(2025);
      expect(years.size).toBe(20);
      const offsets = new Set(all.map((d) => d.offsetMinutes));
      for (const offset of [0, 180, 300, 360, 480]) expect(offsets).toContain(offset);
      expect(all.some((d) => d.time === undefined)).toBe(true);
    });

    it('use +06:00 for Almaty sources before March 2024 and +05:00 after', () => {
      const almaty = articles().filter(({ article }) => article.source.name === 'Steppe News Agency');
      for (const { file, article } of almaty) {
        const d = parsePublished(article.published);
        if (d.offsetMinutes === undefined) continue;
        const after = d.epochMs >= Date.UTC(2024, 1, 29, 18);
        expect(d.offsetMinutes, file).toBe(after ? 300 : 360);
      }
      expect(almaty.length).toBeGreaterThan(10);
    });

    it('write 150 to 1,500 words in several paragraphs, with quotations', () => {
      let quoted = 0;
      for (const { file, body } of articles()) {
        const words = body.split(/\s+/).filter(Boolean).length;
        expect(words, file).toBeGreaterThanOrEqual(MIN_WORDS);
        expect(words, file).toBeLessThanOrEqual(MAX_WORDS);
        expect(body.split('\n\n').length, file).toBeGreaterThanOrEqual(2);
        if (/["«“]/.test(body)) quoted++;
      }
      expect(quoted).toBeGreaterThan(N / 2);
    });

    it('come from several sources in several languages, with Russian ones in Cyrillic', () => {
      const all = articles();
      expect(new Set(all.map(({ article }) => article.source.name)).size).toBeGreaterThanOrEqual(5);
      const langs = new Set(all.map(({ article }) => article.lang));
      expect([...langs].sort()).toEqual(['en', 'fr', 'ru']);
      for (const { file, article, body } of all.filter(({ article }) => article.lang === 'ru')) {
        expect(article.title, file).toMatch(/\p{Script=Cyrillic}/u);
        expect(body, file).toMatch(/\p{Script=Cyrillic}{4,}/u);
      }
      expect(all.every(({ article }) => article.tags.length > 0)).toBe(true);
    });
  });
});
