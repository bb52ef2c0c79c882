/**
 * The second step of `npm run build` on its own: it indexes the articles of a
 * built site in shards of consecutive years, rewrites only some shards when
 * asked, and fails with the reason, not silently, when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  it('fails on a folder with no page, saying why and writing nothing', () => {
    const { status, output } = indexSite(site);
    expect(status).toBe(1);
    expect(output).toContain(`Pagefind could not index ${site}`);
    expect(output).toContain('it holds no article page (articles/**/*.html)');
    expect(readdirSync(site)).toEqual([]);
  });

  it('indexes the article pages of a built site, and only those, into one shard of its pagefind/ folder', () => {
    writeFileSync(path.join(site, 'index.html'), page('Home'));
    writePages(['articles/2025/10/dushanbe-summit', 'articles/2021/05/phone-talk', 'leaders/tokayev']);
    const { status, output } = indexSite(site);
    expect(output).toMatch(
      /\[search index\] 2 article pages read, index written to \S+pagefind in [\d.]+ s \(1 shard\)/,
    );
    expect(status).toBe(0);
    expect(readdirSync(path.join(site, 'pagefind'))).toEqual(['2021-2025']);
    expect(readdirSync(path.join(site, 'pagefind/2021-2025'))).toContain('pagefind.js');
  });

  it('writes a shard per period when SEARCH_SHARD_PAGES asks for it, removing what an earlier run left', () => {
    writePages(['articles/2023/03/border-talks', 'articles/2023/07/trade-forum']);
    // An index of the earlier one-folder layout, and a shard of an earlier plan.
    writeFileSync(path.join(site, 'pagefind/pagefind.js'), '');
    mkdirSync(path.join(site, 'pagefind/1999'));
    const { status, output } = indexSite(site, [], { SEARCH_SHARD_PAGES: '3' });
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

    const { status, output } = indexSite(site, ['--years', '2025'], { SEARCH_SHARD_PAGES: '3' });
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
    const unknown = indexSite(site, ['--years', '2015'], { SEARCH_SHARD_PAGES: '3' });
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain(`${site} has no article page of 2015`);

    // One page per shard: the shards on disk are those of another plan.
    const changed = indexSite(site, ['--years', '2021'], { SEARCH_SHARD_PAGES: '1' });
    expect(changed.status).toBe(1);
    expect(changed.output).toContain('have changed since its index was written (no pagefind/2023/)');
    expect(changed.output).toContain('index the whole site instead');

    const malformed = indexSite(site, ['--years', 'last']);
    expect(malformed.status).toBe(1);
    expect(malformed.output).toContain('"last" is not a list of years');
    expect(shardFolders()).toEqual(['2021-2023', '2025']);
    expect(existsSync(path.join(site, 'pagefind/2021-2023/marker'))).toBe(true);
  });

  it('refuses a SEARCH_SHARD_PAGES that is not a number of pages', () => {
    const { status, output } = indexSite(site, [], { SEARCH_SHARD_PAGES: 'many' });
    expect(status).toBe(1);
    expect(output).toContain('SEARCH_SHARD_PAGES "many" is not a positive whole number of pages');
  });
});
