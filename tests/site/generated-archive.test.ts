/**
 * A generated archive (`npm run corpus`'s): its cold build gives every article,
 * leader and country a page and indexes every article; then rebuilds: after an
 * edit, the build renders again only the pages the edit shows on, copies the
 * others from the last build (Astro's incremental build, keyed in
 * src/model/cache-keys.ts), and the result is the site a cold build of the edited
 * archive gives. The rebuilds write over the cold build: its tests come first.
 */
import { readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP, buildSite, type BuildResult } from '../support/build';
import { htmlFiles, loadPage, text } from '../support/dist';
import { filesUnder } from '../../src/build/files';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { writeCorpus } from '../../scripts/lib/corpus';
import { seedFrom } from '../../scripts/lib/prng';

const contentDir = path.join(TMP, 'rebuild-content');
const NAME = 'rebuild';
/** Articles in the archive: a dozen are enough for listings of several pages and several shards. */
const ARTICLES = 12;

/** Every HTML page of a build, by path. */
function pagesOf(dist: string): Map<string, string> {
  return new Map(htmlFiles(dist).map((file) => [file, readFileSync(path.join(dist, file), 'utf8')]));
}

/** How many pages a build kept from the last build instead of rendering them, as its log says. */
function restored(result: BuildResult): number {
  return result.output.match(/\((?:restored|cached)\)/g)?.length ?? 0;
}

/**
 * The HTML pages a rebuild wrote again (rendered, not kept from the last build), by the
 * change of their files' modification times: what a failing count of kept pages names.
 */
function writtenAgain(rebuild: () => BuildResult): { result: BuildResult; rendered: string[] } {
  const before = new Map(htmlFiles(dist).map((file) => [file, statSync(path.join(dist, file)).mtimeMs]));
  const result = rebuild();
  const rendered = htmlFiles(result.outDir).filter(
    (file) => before.get(file) !== statSync(path.join(result.outDir, file)).mtimeMs,
  );
  return { result, rendered };
}

/** A cold build into an empty folder, or a rebuild over the last build's output with its cache. */
function build(rebuild: boolean): BuildResult {
  const result = buildSite({
    name: NAME,
    contentDir,
    keepCache: rebuild,
    keepOutput: rebuild,
    locales: 'en',
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.output}`);
  return result;
}

let articleFile = '';
let articlePage = '';
/** An article the last test deletes. */
let otherFile = '';
let otherPage = '';
let cold: Map<string, string>;
/** The cold build's output folder, which the rebuilds then write over. */
let dist = '';
/** What the generator wrote: each article's file and the front matter the tests check against. */
let generated: { file: string; title: string; leaders: string[]; countries: string[] }[] = [];
/** The pages a rebuild copies when nothing changed: every page with a cache key. */
let keyed = 0;

/** The search index step's account of a build: its shards, and how many it copied from the last build. */
function shardsOf(result: BuildResult): { shards: number; unchanged: number } {
  const line = /\((\d+) shards?(?:, (\d+) unchanged since the last build)?\)/.exec(result.output);
  if (!line) throw new Error(`no search index line in:\n${result.output}`);
  return { shards: Number(line[1]), unchanged: Number(line[2] ?? 0) };
}

beforeAll(() => {
  // Shards of a few years each, so that an edit touches one of several.
  process.env['SEARCH_SHARD_PAGES'] = '3';
  rmSync(contentDir, { recursive: true, force: true });
  writeCorpus({ articles: ARTICLES, out: contentDir, seed: seedFrom('rebuild') });
  const articles = readdirSync(path.join(contentDir, 'articles'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  expect(articles).toHaveLength(ARTICLES);
  generated = articles.map((file) => {
    const { data } = parseFrontmatter(readFileSync(path.join(contentDir, 'articles', file), 'utf8'));
    return {
      file,
      title: String(data['title']),
      leaders: data['leaders'] as string[],
      countries: data['countries'] as string[],
    };
  });
  articleFile = path.join(contentDir, 'articles', articles[3]!);
  otherFile = path.join(contentDir, 'articles', articles[8]!);
  const first = build(false);
  expect(shardsOf(first).shards).toBeGreaterThan(2);
  expect(shardsOf(first).unchanged).toBe(0);
  dist = first.outDir;
  cold = pagesOf(first.outDir);
  const pageOf = (file: string) =>
    [...cold.keys()].find((page) => page.includes(`/${path.basename(file, '.md')}/`))!;
  articlePage = pageOf(articleFile);
  otherPage = pageOf(otherFile);
  expect(articlePage).toBeDefined();
  expect(otherPage).toBeDefined();
}, 240_000);
afterAll(() => {
  delete process.env['SEARCH_SHARD_PAGES'];
});

describe('a cold build of a generated archive', () => {
  it('gives every generated article its page, under its year and month, with its title', () => {
    for (const article of generated) {
      const url = `/articles/${article.file.replace(/\.md$/, '/')}`;
      expect(text(loadPage(dist, url), 'h1'), url).toBe(article.title);
    }
  });

  it('builds a page for every leader and country the articles name', () => {
    const leaders = new Set(generated.flatMap((a) => a.leaders));
    const countries = new Set(generated.flatMap((a) => a.countries));
    expect(leaders.size).toBeGreaterThan(5);
    for (const id of leaders) expect(text(loadPage(dist, `/leaders/${id}/`), 'h1'), id).not.toBe('');
    for (const id of countries) expect(text(loadPage(dist, `/countries/${id}/`), 'h1'), id).not.toBe('');
  });

  it('writes a search index of every generated article, in the shards the search page lists', () => {
    const shards = (loadPage(dist, '/search/')('archive-search').attr('data-shards') ?? '').split(' ');
    expect(shards.length).toBeGreaterThan(2);
    let pages = 0;
    for (const shard of shards) {
      expect(statSync(path.join(dist, shard, 'pagefind.js')).isFile(), shard).toBe(true);
      const entry = JSON.parse(readFileSync(path.join(dist, shard, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      pages += entry.languages['en']?.page_count ?? 0;
    }
    expect(pages).toBe(ARTICLES);
  });
});

describe('a rebuild', () => {
  it('copies every keyed page, and changes nothing, when nothing changed', () => {
    const result = build(true);
    keyed = restored(result);
    // The article and listing pages; a few pages without a key are always rendered.
    expect(keyed).toBeGreaterThan(ARTICLES);
    expect(keyed).toBeLessThan(cold.size);
    const pages = pagesOf(result.outDir);
    expect([...pages.keys()]).toEqual([...cold.keys()]);
    for (const [page, html] of cold) expect(pages.get(page), page).toBe(html);
  });

  it('after an edit to one article body renders that page only, and re-indexes its shard only', () => {
    writeFileSync(
      articleFile,
      `${readFileSync(articleFile, 'utf8')}\nA paragraph added by the rebuild test.\n`,
    );
    const { result, rendered } = writtenAgain(() => build(true));
    expect(restored(result), `pages rendered again: ${rendered.join(', ')}`).toBe(keyed - 1);
    const pages = pagesOf(result.outDir);
    expect(pages.get(articlePage)).toContain('A paragraph added by the rebuild test.');
    for (const [page, html] of cold) {
      if (page !== articlePage) expect(pages.get(page), page).toBe(html);
    }
    // The search index writes the edited article's shard again and copies the others.
    const { shards, unchanged } = shardsOf(result);
    expect(unchanged).toBe(shards - 1);
  });

  it('after a new title renders the listings and linked pages too', () => {
    const source = readFileSync(articleFile, 'utf8');
    writeFileSync(
      articleFile,
      source.replace(/^title: .*$/m, 'title: "A title changed by the rebuild test"'),
    );
    const rebuilt = build(true);
    expect(pagesOf(rebuilt.outDir).get('index.html')).toContain('A title changed by the rebuild test');
    // More pages than the article's own, but not all: pages that show nothing of it are kept.
    expect(restored(rebuilt)).toBeLessThan(keyed - 2);
    expect(restored(rebuilt)).toBeGreaterThan(keyed / 2);
  });

  it('after an article is deleted removes its page and old bundles, and gives what a cold build gives', () => {
    rmSync(otherFile);
    // A script of an earlier version of the site's code.
    const oldBundle = path.join(TMP, 'builds', NAME, '_astro', 'archive-search.Old0Hash.js');
    writeFileSync(oldBundle, 'export {};\n');
    utimesSync(oldBundle, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const result = build(true);
    const rebuiltFiles = filesUnder(result.outDir);
    const rebuilt = pagesOf(result.outDir);
    expect(rebuilt.has(otherPage)).toBe(false);
    expect(rebuiltFiles).not.toContain('_astro/archive-search.Old0Hash.js');

    const coldAgain = build(false);
    expect(shardsOf(coldAgain).unchanged).toBe(0);
    expect(rebuiltFiles).toEqual(filesUnder(coldAgain.outDir));
    const fresh = pagesOf(coldAgain.outDir);
    for (const [page, html] of fresh) expect(rebuilt.get(page), page).toBe(html);
  });
});
