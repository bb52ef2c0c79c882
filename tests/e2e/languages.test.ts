/**
 * One search box for every language: the archive is indexed as a single
 * forced-language index (see src/search/index/write.ts), so the English
 * search page finds Russian articles too. Built from a two-language fixture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteOrThrow, ROOT } from '../support/build';
import { useServedSite } from '../support/served-site';
import { resultTitles, searchFromHeader, settled } from './search-suite';

const ENGLISH = 'Tokayev and Putin discuss trade by phone';
const RUSSIAN = 'Токаев и Путин обсудили экономическое сотрудничество';
const RUSSIAN_PATH = 'articles/2024/04/tokaev-i-putin-obsudili-sotrudnichestvo/';

describe('search over an archive in English and Russian', () => {
  let outDir = '';
  const site = useServedSite(() => {
    outDir = buildSiteOrThrow({
      name: 'e2e-languages',
      contentDir: path.join(ROOT, 'tests/fixtures/archives/multilingual'),
    });
    return outDir;
  });

  it('writes one index for both languages', () => {
    // Both articles are of 2024: the index is one shard, named after its year.
    const entry = JSON.parse(
      readFileSync(path.join(outDir, 'pagefind/2024/pagefind-entry.json'), 'utf8'),
    ) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']?.page_count).toBe(2);
  });

  it('keeps the Russian article marked as Russian for readers', () => {
    const html = readFileSync(path.join(outDir, RUSSIAN_PATH, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="ru"/);
  });

  it.each([
    ['сотрудничество', '', [RUSSIAN]],
    ['Москве', '', [RUSSIAN]],
    ['trade', RUSSIAN_PATH, [ENGLISH]],
    ['railway', RUSSIAN_PATH, [ENGLISH]],
    ['Tokayev', '', [ENGLISH, RUSSIAN]],
    ['Токаев', RUSSIAN_PATH, [ENGLISH, RUSSIAN]],
    ['Путин', '', [ENGLISH, RUSSIAN]],
  ])('finds “%s” from the header of /%s in either language', async (query, start, titles) => {
    const { page, problems } = await site.open();
    await page.goto(site.at(start));
    await searchFromHeader(page, query);
    await settled(page, `“${query}”`);
    expect((await resultTitles(page)).sort()).toEqual([...titles].sort());
    expect(problems).toEqual([]);
  });
});
