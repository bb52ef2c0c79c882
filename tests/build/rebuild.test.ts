/**
 * Rebuilds: after an edit, the build renders again only the pages the edit
 * shows on, copies the others from the last build (Astro's incremental build,
 * keyed in src/lib/cache-keys.ts), and the result is the site a cold build of
 * the edited archive gives.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP, buildSite, type BuildResult } from '../support/build';
import { htmlFiles } from '../support/dist';
import { writeCorpus } from '../../scripts/lib/corpus';
import { seedFrom } from '../../scripts/lib/prng';

const contentDir = path.join(TMP, 'rebuild-content');
const NAME = 'rebuild';

/** Every HTML page of a build, by path. */
function pagesOf(dist: string): Map<string, string> {
  return new Map(htmlFiles(dist).map((file) => [file, readFileSync(path.join(dist, file), 'utf8')]));
}

/** The pages a build rendered (not copied from the last build), as the build log lists them. */
function rendered(result: BuildResult): string[] {
  return result.output
    .split('\n')
    .filter((line) => /[├└]─ \/\S+\.html/.test(line) && !/\((restored|cached)\)/.test(line))
    .map((line) => /[├└]─ \/(\S+\.html)/.exec(line)![1]!);
}

function build(keepCache: boolean): BuildResult {
  const result = buildSite({ name: NAME, contentDir, keepCache });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.output}`);
  return result;
}

let articleFile = '';
let articlePage = '';
let cold: Map<string, string>;

/** The search index step's account of a build: its shards, and how many it copied from the last build. */
function shardsOf(result: BuildResult): { shards: number; unchanged: number } {
  const line = /\((\d+) shards?(?:, (\d+) unchanged since the last build)?\)/.exec(result.output);
  if (!line) throw new Error(`no search index line in:\n${result.output}`);
  return { shards: Number(line[1]), unchanged: Number(line[2] ?? 0) };
}

beforeAll(() => {
  // Shards of a few years each, so that an edit touches one of several.
  process.env['SEARCH_SHARD_PAGES'] = '6';
  rmSync(contentDir, { recursive: true, force: true });
  writeCorpus({ articles: 24, out: contentDir, seed: seedFrom('rebuild') });
  const articles = readdirSync(path.join(contentDir, 'articles'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  articleFile = path.join(contentDir, 'articles', articles[5]!);
  const first = build(false);
  expect(shardsOf(first).shards).toBeGreaterThan(2);
  expect(shardsOf(first).unchanged).toBe(0);
  cold = pagesOf(first.outDir);
  const slug = path.basename(articleFile, '.md');
  articlePage = [...cold.keys()].find((page) => page.includes(`/${slug}/`))!;
  expect(articlePage).toBeDefined();
}, 240_000);
afterAll(() => {
  delete process.env['SEARCH_SHARD_PAGES'];
});

describe('a rebuild after editing one article', () => {
  it('renders only that article page again when only its body changed', () => {
    writeFileSync(
      articleFile,
      `${readFileSync(articleFile, 'utf8')}\nA paragraph added by the rebuild test.\n`,
    );
    const result = build(true);
    const pages = pagesOf(result.outDir);
    expect(rendered(result).filter((page) => !cold.has(page) || page.startsWith('articles/'))).toEqual([
      articlePage,
    ]);
    expect(pages.get(articlePage)).toContain('A paragraph added by the rebuild test.');
    // The search index writes the edited article's shard again and copies the others.
    const { shards, unchanged } = shardsOf(result);
    expect(unchanged).toBe(shards - 1);
    for (const [page, html] of cold) {
      if (page !== articlePage) expect(pages.get(page), page).toBe(html);
    }
  });

  it('renders the listings and linked pages again when its title changed, and equals a cold build', () => {
    const source = readFileSync(articleFile, 'utf8');
    writeFileSync(
      articleFile,
      source.replace(/^title: .*$/m, 'title: "A title changed by the rebuild test"'),
    );
    const rebuilt = build(true);
    const again = pagesOf(rebuilt.outDir);
    expect(again.get('index.html')).toContain('A title changed by the rebuild test');
    expect(rendered(rebuilt)).toContain('index.html');
    // Not everything: pages that show nothing of the article are still copied.
    expect(rendered(rebuilt).length).toBeLessThan(again.size / 2);

    const coldAgain = build(false);
    expect(shardsOf(coldAgain).unchanged).toBe(0);
    const fresh = pagesOf(coldAgain.outDir);
    expect([...again.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [page, html] of fresh) expect(again.get(page), page).toBe(html);
  });
});
