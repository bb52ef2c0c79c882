/**
 * Search in Russian, Kazakh and English over one archive, through the built
 * search page in Chromium: the archive is one index (src/search/index/write.ts)
 * whose Russian and Kazakh articles also carry the stems of their words
 * (src/search/stem/), so an inflected query finds every form of its words, a
 * leader's or country's name in any case finds their articles, and no query
 * word matches by a short prefix. The test set is ./language-queries.ts; its
 * recall and precision are those docs/researchers.md gives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage, violationLines } from '../support/axe';
import { brokenHeadingWords } from '../support/reflow';
import { sharedFixtureSite } from '../support/shared-site';
import { useServedSite } from '../support/served-site';
import {
  LANGUAGE_QUERIES,
  NARROWED_NAME_QUERIES,
  recallPrecision,
  type LanguageQuery,
} from './language-queries';
import { searchFromHeader, settled } from './search-suite';

const RUSSIAN_PATH = 'articles/2024/04/tokaev-i-putin-obsudili-sotrudnichestvo/';

describe('search over an archive in Russian, Kazakh and English', () => {
  let outDir = '';
  const site = useServedSite(() => (outDir = sharedFixtureSite('shared-languages')));

  /** The file names of the results of a search of the search page, in order. */
  async function found(query: string): Promise<string[]> {
    const { page, problems } = await site.open();
    // Typed into the search page's box, as a reader searches one query after another.
    if (!new URL(page.url()).pathname.endsWith('/search/')) await page.goto(site.at('search/'));
    await page.locator('archive-search input[name="q"]').fill(query);
    await settled(page, `“${query}”`);
    const hrefs = await page
      .locator('.results .result h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(problems).toEqual([]);
    return hrefs.map((href) => href.split('/').filter(Boolean).pop() ?? href);
  }

  it('writes one index for every language', () => {
    // Every article is of 2024: the index is one shard, named after its year.
    const entry = JSON.parse(
      readFileSync(path.join(outDir, 'pagefind/2024/pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']?.page_count).toBe(23);
  });

  it('finds each query’s articles, and not those that only share a beginning with its words', async () => {
    const outcomes: (LanguageQuery & { found: string[] })[] = [];
    for (const query of LANGUAGE_QUERIES) {
      const results = await found(query.query);
      outcomes.push({ ...query, found: results });
      expect.soft(results, query.query).toEqual(expect.arrayContaining(query.must));
      for (const slug of query.mustNot) expect.soft(results, query.query).not.toContain(slug);
    }
    // The figures docs/researchers.md gives.
    const figures = Object.fromEntries(
      (['ru', 'kk', 'en'] as const).map((language) => [
        language,
        recallPrecision(outcomes.filter((o) => o.language === language)),
      ]),
    );
    expect(figures['ru']).toEqual({ recall: 1, precision: 1 });
    expect(figures['kk']).toEqual({ recall: 1, precision: 1 });
    expect(figures['en']).toEqual({ recall: 1, precision: 1 });
  });

  it('finds a name in the other language’s case forms in a search narrowed to one language', async () => {
    const { page, problems } = await site.open();
    for (const { query, language, must } of NARROWED_NAME_QUERIES) {
      await page.goto(site.at(`search/?q=${encodeURIComponent(query)}&language=${language}`));
      await settled(page, `“${query}”`);
      const hrefs = await page
        .locator('.results .result h2 a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const slugs = hrefs.map((href) => href.split('/').filter(Boolean).pop() ?? href);
      expect(slugs.toSorted(), `${query} (${language})`).toEqual(must.toSorted());
    }
    expect(problems).toEqual([]);
  });

  it('highlights the visible form of a word its stem matched', async () => {
    const { page } = await site.open();
    await page.goto(site.at(`search/?q=${encodeURIComponent('соглашений')}`));
    await settled(page, '“соглашений”');
    const marks = await page.locator('.results .result .excerpt mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['соглашение', 'соглашениях', 'соглашения']));
    expect(marks.join(' ')).not.toContain('ǂ');
  });

  it('has no axe-core violations on an article with versions, or on Kazakh results, light and dark', async () => {
    const { page } = await site.open();
    for (const path of [
      'articles/2024/05/tokaev-pen-mirziyoev-shekara-turaly-kelisimge-qol-qoydy/',
      `search/?q=${encodeURIComponent('Тоқаевқа')}`,
    ]) {
      await page.goto(site.at(path));
      if (path.startsWith('search/')) await settled(page, '“Тоқаевқа”');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(violationLines(await analyzePage(page)), `${path} ${colorScheme}`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it.each(['kk', 'ru'])(
    'fits the timeline’s table in %s on a 360 px phone, breaking a heading’s word only where its dictionary marks it',
    async (code) => {
      const { page, problems } = await site.open();
      const viewport = page.viewportSize();
      await page.setViewportSize({ width: 360, height: 800 });
      try {
        await page.goto(site.at(`${code}/search/?q=${encodeURIComponent('Тоқаевқа')}`));
        await settled(page, 'Тоқаевқа');
        await page.locator('search-timeline details summary').click();
        // A month per row (every article is of 2024), with a long Kazakh or Russian heading above each column.
        await page.locator('search-timeline [data-table] tbody tr').first().waitFor();
        const widths = await page
          .locator('search-timeline [data-table]')
          .evaluate((table) => [table.scrollWidth, table.parentElement?.clientWidth ?? 0]);
        expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
        expect(await brokenHeadingWords(page, { atSoftHyphens: true })).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        if (viewport) await page.setViewportSize(viewport);
      }
    },
  );

  it.each([
    ['Москве', '', '2 articles with the words “Москве”'],
    // A Russian article's interface is Russian: its header searches the Russian search page.
    ['Tokayev', RUSSIAN_PATH, '9 статей: со словами «Tokayev»'],
    ['Путин', '', '4 articles with the words “Путин”'],
  ])('finds “%s” from the header of /%s', async (query, start, summary) => {
    const { page, problems } = await site.open();
    await page.goto(site.at(start));
    await searchFromHeader(page, query);
    expect(await settled(page, query)).toBe(summary);
    expect(problems).toEqual([]);
  });
});
