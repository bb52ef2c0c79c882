/**
 * The second step of `npm run build` on its own: it indexes the articles of a
 * built site in the shards of consecutive years the site's shard plan names
 * (written by the page build), rewrites only some shards when asked, and fails
 * with the reason, not silently, when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSearchShards, SHARD_PLAN_FILE } from '../../src/search/shards';
import { ROOT, SEARCH_INDEX, TMP, TSX } from '../support/build';

let site: string;

function indexSite(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [TSX, SEARCH_INDEX, '--site', dir, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SEARCH_SHARD_PAGES: '', ARCHIVE_CACHE_DIR: `${site}.cache`, ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const page = (title: string) =>
  `<!doctype html><html lang="en"><title>${title}</title><article data-pagefind-body><h1>${title}</h1><p>Tokayev spoke.</p></article></html>`;

/** Writes the shard plan the page build would write for these article pages per year. */
function writePlan(counts: Record<number, number>, maxPages: number): void {
  const years = Object.entries(counts).map(([year, count]) => ({ year: Number(year), count }));
  mkdirSync(path.join(site, 'search'), { recursive: true });
  writeFileSync(
    path.join(site, SHARD_PLAN_FILE),
    JSON.stringify({ maxPages, shards: planSearchShards(years, maxPages) }),
  );
}

function writePages(dirs: string[]): void {
  for (const dir of dirs) {
    mkdirSync(path.join(site, dir), { recursive: true });
    writeFileSync(path.join(site, dir, 'index.html'), page(dir));
  }
}

/** The folders of the index, and whether each is a whole Pagefind bundle. */
function shardFolders(): string[] {
  const index = path.join(site, 'pagefind');
  return readdirSync(index)
    .filter((name) => existsSync(path.join(index, name, 'pagefind.js')))
    .sort();
}

beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  site = mkdtempSync(path.join(TMP, 'search-index-'));
});
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(`${site}.cache`, { recursive: true, force: true });
});

describe('the search index step', () => {
  it('fails on a folder with no shard plan or no page, saying why and writing nothing', () => {
    const unplanned = indexSite(site);
    expect(unplanned.status).toBe(1);
    expect(unplanned.output).toContain(`Pagefind could not index ${site}`);
    expect(unplanned.output).toContain('it has no shard plan (search/shards.json): build its pages first');
    expect(readdirSync(site)).toEqual([]);

    writePlan({}, 5000);
    const empty = indexSite(site);
    expect(empty.status).toBe(1);
    expect(empty.output).toContain('it holds no article page (articles/**/*.html)');
    expect(readdirSync(site)).toEqual(['search']);
  });

  it('indexes the article pages of a built site, and only those, into one shard of its pagefind/ folder', () => {
    writeFileSync(path.join(site, 'index.html'), page('Home'));
    writePages(['articles/2025/10/dushanbe-summit', 'articles/2021/05/phone-talk', 'leaders/tokayev']);
    writePlan({ 2025: 1, 2021: 1 }, 5000);
    const { status, output } = indexSite(site);
    expect(output).toMatch(
      /\[search index\] 2 article pages read, index written to \S+pagefind in [\d.]+ s \(1 shard\)/,
    );
    expect(status).toBe(0);
    expect(readdirSync(path.join(site, 'pagefind'))).toEqual(['2021-2025']);
    expect(readdirSync(path.join(site, 'pagefind/2021-2025'))).toContain('pagefind.js');
  });

  it('writes a shard per period when the plan asks for it, removing what an earlier run left', () => {
    writePages(['articles/2023/03/border-talks', 'articles/2023/07/trade-forum']);
    writePlan({ 2025: 1, 2023: 2, 2021: 1 }, 3);
    // An index of the earlier one-folder layout, and a shard of an earlier plan.
    writeFileSync(path.join(site, 'pagefind/pagefind.js'), '');
    mkdirSync(path.join(site, 'pagefind/1999'));
    const { status, output } = indexSite(site);
    expect(output).toMatch(
      /\[search index\] 4 article pages read, index written to \S+ in [\d.]+ s \(2 shards\)/,
    );
    expect(status).toBe(0);
    expect(readdirSync(path.join(site, 'pagefind')).sort()).toEqual(['2021-2023', '2025']);
    expect(shardFolders()).toEqual(['2021-2023', '2025']);
  });

  it('rewrites only the shards holding the years given with --years', () => {
    const marker = (shard: string) => path.join(site, 'pagefind', shard, 'marker');
    const entry = (shard: string) => statSync(path.join(site, 'pagefind', shard, 'pagefind-entry.json'));
    writeFileSync(marker('2021-2023'), '');
    writeFileSync(marker('2025'), '');
    const before = entry('2021-2023').mtimeMs;

    const { status, output } = indexSite(site, ['--years', '2025']);
    expect(output).toMatch(
      /\[search index\] 1 article pages read, index written to \S+ in [\d.]+ s \(1 of 2 shards: 2025\)/,
    );
    expect(status).toBe(0);
    expect(existsSync(marker('2025'))).toBe(false);
    expect(existsSync(marker('2021-2023'))).toBe(true);
    expect(entry('2021-2023').mtimeMs).toBe(before);
    expect(shardFolders()).toEqual(['2021-2023', '2025']);
  });

  it('refuses --years when the years or the shards no longer match the site, changing nothing', () => {
    const unknown = indexSite(site, ['--years', '2015']);
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain(`${site} has no article page of 2015`);

    // One page per shard: the shards on disk are those of another plan.
    writePlan({ 2025: 1, 2023: 2, 2021: 1 }, 1);
    const changed = indexSite(site, ['--years', '2021']);
    expect(changed.status).toBe(1);
    expect(changed.output).toContain('have changed since its index was written (no pagefind/2023/)');
    expect(changed.output).toContain('index the whole site instead');

    const malformed = indexSite(site, ['--years', 'last']);
    expect(malformed.status).toBe(1);
    expect(malformed.output).toContain('"last" is not a list of years');
    expect(shardFolders()).toEqual(['2021-2023', '2025']);
    expect(existsSync(path.join(site, 'pagefind/2021-2023/marker'))).toBe(true);
  });

  it('refuses a plan that does not describe the pages of the site, changing nothing', () => {
    writePlan({ 2025: 1, 2023: 2, 2021: 1 }, 3);
    writePages(['articles/2025/11/border-crossing', 'articles/2019/01/old-visit']);
    const { status, output } = indexSite(site);
    expect(status).toBe(1);
    expect(output).toContain('by its shard plan (search/shards.json)');
    expect(output).toContain('2019 has 1 article pages and no shard');
    expect(output).toContain('shard 2025 was planned with 1 pages and has 2');
    expect(output).toContain('build its pages again (astro build)');
    expect(shardFolders()).toEqual(['2021-2023', '2025']);
    expect(existsSync(path.join(site, 'pagefind/2021-2023/marker'))).toBe(true);
  });
});
