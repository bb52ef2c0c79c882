/**
 * The second step of `npm run build` on its own: it indexes the articles of a
 * built site, and fails with Pagefind's reason, not silently, when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEARCH_INDEX, TMP, TSX } from '../support/build';

let site: string;

function indexSite(dir: string) {
  const result = spawnSync(process.execPath, [TSX, SEARCH_INDEX, '--site', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  site = mkdtempSync(path.join(TMP, 'search-index-'));
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the search index step', () => {
  it('fails on a folder with no page, saying why and writing nothing', () => {
    const { status, output } = indexSite(site);
    expect(status).toBe(1);
    expect(output).toContain(`Pagefind could not index ${site}`);
    expect(output).toContain('it holds no article page (articles/**/*.html)');
    expect(readdirSync(site)).toEqual([]);
  });

  it('indexes the article pages of a built site, and only those, into its pagefind/ folder', () => {
    const page = (title: string) =>
      `<!doctype html><html lang="en"><title>${title}</title><article data-pagefind-body><h1>${title}</h1><p>Tokayev spoke.</p></article></html>`;
    writeFileSync(path.join(site, 'index.html'), page('Home'));
    for (const dir of [
      'articles/2025/10/dushanbe-summit',
      'articles/2021/05/phone-talk',
      'leaders/tokayev',
    ]) {
      mkdirSync(path.join(site, dir), { recursive: true });
      writeFileSync(path.join(site, dir, 'index.html'), page(dir));
    }
    const { status, output } = indexSite(site);
    expect(output).toMatch(/\[search index\] 2 article pages read, index written to /);
    expect(status).toBe(0);
    expect(readdirSync(path.join(site, 'pagefind'))).toContain('pagefind.js');
  });
});
