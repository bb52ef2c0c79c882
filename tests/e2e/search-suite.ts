/**
 * The browser tests of search, run once at the root (search-root.test.ts) and
 * once under /archive/ (search-archive.test.ts): a real build with its Pagefind
 * index, served by nginx through deploy/nginx.conf, driven in Chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WatchedPage } from '../support/browser';
import { useServedSite } from '../support/served-site';
import { searchSite } from './search-sites';
import { analyzePage, violationLines } from '../support/axe';
import { overflowWhenNarrow, REFLOW_WIDTH } from '../support/reflow';

export const CALL = 'Head of State had telephone talk with Tajik President';
export const SPEECH = 'Tokayev speaks at Central Asia–Russia Summit in Dushanbe';
const CALL_PATH = 'articles/2021/05/head-of-state-had-telephone-talk-with-tajik-president/';
const SPEECH_PATH = 'articles/2025/10/tokayev-speaks-at-central-asia-russia-summit-in-dushanbe/';

/** Each query a reader may type, and exactly the articles it must find. */
export const QUERIES: [query: string, titles: string[]][] = [
  ['Tokayev', [CALL, SPEECH]],
  ['Tokaev', [CALL, SPEECH]],
  ['Токаев', [CALL, SPEECH]],
  ['Тоқаев', [CALL, SPEECH]],
  ['Rahmon', [CALL, SPEECH]],
  ['Rakhmon', [CALL, SPEECH]],
  ['Рахмон', [CALL, SPEECH]],
  ['Putin', [SPEECH]],
  ['Russia', [SPEECH]],
  ['Kyrgyzstan', [CALL]],
  ['Kyrgyz', [CALL]],
  ['Таджикистан', [CALL, SPEECH]],
  ['Қазақстан', [CALL, SPEECH]],
  ['Dushanbe', [CALL, SPEECH]],
];

/** Pages the header search is used from, in turn (paths under the site's base). */
const START_PAGES = ['', SPEECH_PATH, 'leaders/vladimir-putin/', 'countries/tajikistan/', 'archive/'];

/** Waits until the search element has loaded its index and shown the outcome of its latest search. */
export async function settled(page: Page, status?: string): Promise<string> {
  await page.waitForFunction(
    (expected) => {
      const search = document.querySelector('archive-search');
      const text = document.querySelector('[data-status]')?.textContent ?? '';
      return (
        search?.hasAttribute('data-ready') &&
        !search.hasAttribute('aria-busy') &&
        text !== '' &&
        (expected === undefined || text.includes(expected))
      );
    },
    status,
    { timeout: 15_000 },
  );
  return (await page.locator('[data-status]').textContent()) ?? '';
}

/** The titles of the results shown, in order. */
export function resultTitles(page: Page): Promise<string[]> {
  return page.locator('.results .result h2').allTextContents();
}

/** The labels of a filter's checkboxes, in order (with their counts when counted). */
export function choiceLabels(page: Page, key: string): Promise<string[]> {
  return page.locator(`[data-filter="${key}"] [data-options] label span`).allTextContents();
}

/** Waits until the menus show the counts of a search (a count in brackets beside the first leader). */
async function countsShown(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.querySelector('[data-filter="leader"] [data-options] label span')?.textContent?.includes('('),
  );
}

/** The checkbox of one value of a filter. */
export function choice(page: Page, key: string, value: string) {
  return page.locator(`input[name="${key}"][value="${value}"]`);
}

/** Types a query into the header form of the current page and submits it, as a reader would. */
export async function searchFromHeader(page: Page, query: string): Promise<void> {
  await page.locator('#site-search-q').fill(query);
  await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('#site-search-q').press('Enter')]);
}

export function describeSearchSite(options: { name: string; base?: string }): void {
  describe(`search served by nginx at ${options.base ?? '/'}`, () => {
    const site = useServedSite(
      () => searchSite('default', options),
      options.base ? { base: options.base } : {},
    );
    const { at } = site;
    const open = (javaScript = true): Promise<WatchedPage> => site.open({ javaScript });
    // What a query finds does not depend on the base: the whole table runs at the root; under a
    // base, a query in each script checks what the base can change (the index's and the results'
    // URLs). Every kind of page is audited as built by the accessibility sweep
    // (tests/audit/accessibility.test.ts); here the search page with its results, served by nginx.
    const queries = options.base
      ? QUERIES.filter(([query]) => ['Tokayev', 'Тоқаев'].includes(query))
      : QUERIES;

    it.each(queries)(
      'finds exactly the right articles for “%s” typed into the header',
      async (query, titles) => {
        const { page, problems } = await open();
        const start = START_PAGES[queries.findIndex(([q]) => q === query) % START_PAGES.length] ?? '';
        await page.goto(at(start));
        await searchFromHeader(page, query);
        expect(new URL(page.url()).pathname).toBe(new URL(at('search/')).pathname);
        await settled(page, `“${query}”`);
        expect((await resultTitles(page)).sort()).toEqual([...titles].sort());
        expect(problems).toEqual([]);
      },
    );

    it('shows each result with a link under the base, its date, source, highlighted excerpt and chips', async () => {
      const { page } = await open();
      await page.goto(at('search/?q=Kyrgyzstan'));
      expect(await settled(page)).toBe('1 article with the words “Kyrgyzstan”');
      const result = page.locator('.results .result').first();
      expect(await result.locator('h2 a').getAttribute('href')).toBe(new URL(at(CALL_PATH)).pathname);
      expect(await result.locator('time').getAttribute('datetime')).toBe('2021-05-02T08:10:00+06:00');
      expect(await result.locator('.result-meta').textContent()).toBe('2 May 2021 · Kazinform');
      expect((await result.locator('.excerpt mark').allTextContents()).join(' ')).toMatch(/\bKyrgyzstan\b/);
      expect(await result.locator('.chips a').allTextContents()).toEqual([
        'Emomali Rahmon',
        'Kassym-Jomart Tokayev',
        'Kazakhstan',
        'Kyrgyzstan',
        'Tajikistan',
      ]);
      await Promise.all([page.waitForURL(at(CALL_PATH)), result.locator('h2 a').click()]);
      expect(await page.locator('h1').textContent()).toBe(CALL);
    });

    it('shows excerpts from the article text, never from the aliases the index holds', async () => {
      const { page } = await open();
      // "Tokaev" is only an alias: each result shows its summary, unhighlighted.
      await page.goto(at('search/?q=Tokaev'));
      expect(await settled(page)).toBe('2 articles with the words “Tokaev”');
      const excerpts = page.locator('.results .result .excerpt');
      for (const excerpt of await excerpts.all()) {
        expect(await excerpt.locator('mark').count()).toBe(0);
        expect(await excerpt.textContent()).not.toMatch(/Tokaev|Токаев|Тоқаев|Rakhmon|Рахмон/);
      }
      // Both summaries, the lead sentences, name him in full.
      const texts = await excerpts.allTextContents();
      expect(new Set(texts).size).toBe(2);
      for (const text of texts) expect(text).toContain('Kassym-Jomart Tokayev');

      // "Dushanbe" is in both texts: highlighted where the text has it, and no alias shown.
      await page.goto(at('search/?q=Dushanbe'));
      expect(await settled(page)).toBe('2 articles with the words “Dushanbe”');
      for (const excerpt of await excerpts.all()) {
        expect(await excerpt.locator('mark').allTextContents()).toContain('Dushanbe');
        expect(await excerpt.textContent()).not.toMatch(/Tokaev|Токаев|Тоқаев|Таджикистан/);
      }
    });

    it('narrows by leader, country and date, with counts in each menu', async () => {
      const { page, problems } = await open();
      await page.goto(at('search/?q=Tokayev'));
      await settled(page, '2 articles');
      // Reaching the menus counts their options.
      await choice(page, 'leader', 'Vladimir Putin').focus();
      await settled(page);
      expect(await choiceLabels(page, 'leader')).toEqual([
        'Emomali Rahmon (2)',
        'Kassym-Jomart Tokayev (2)',
        'Vladimir Putin (1)',
      ]);
      await choice(page, 'leader', 'Vladimir Putin').check();
      await settled(page, 'naming Vladimir Putin');
      expect(await resultTitles(page)).toEqual([SPEECH]);
      expect(new URL(page.url()).searchParams.getAll('leader')).toEqual(['Vladimir Putin']);

      await choice(page, 'leader', 'Vladimir Putin').uncheck();
      await choice(page, 'country', 'Kyrgyzstan').check();
      await settled(page, 'about Kyrgyzstan');
      expect(await resultTitles(page)).toEqual([CALL]);

      await choice(page, 'country', 'Kyrgyzstan').uncheck();
      await page.locator('select[name="from"]').selectOption('2025');
      await page.locator('select[name="to"]').selectOption('2025');
      await settled(page, 'in 2025');
      expect(await resultTitles(page)).toEqual([SPEECH]);
      expect(await page.locator('select[name="from"] option').allTextContents()).toEqual([
        'Earliest',
        '2025',
        'October 2025',
        '2021',
        'May 2021',
      ]);
      expect(problems).toEqual([]);
    });

    it('lists every filter value as built; on a phone, folds the filters and counts a search’s menus only once unfolded', async () => {
      // It watches what the page fetches, from an empty cache, on a phone's screen.
      const { page, problems } = await site.open({ fresh: true });
      await page.setViewportSize({ width: 390, height: 844 });
      const filterData: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.pf_filter')) filterData.push(request.url());
      });
      await page.goto(at('search/'));
      await page.locator('archive-search[data-ready]:not([aria-busy])').waitFor();
      // Before any search: every value, with its count over the whole archive; the filters folded.
      expect(await choiceLabels(page, 'leader')).toEqual([
        'Emomali Rahmon (2)',
        'Kassym-Jomart Tokayev (2)',
        'Vladimir Putin (1)',
      ]);
      expect(await choiceLabels(page, 'kind')).toEqual(['Speech (1)', 'Phone call (1)']);
      expect(await page.locator('[data-refine]').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(
        false,
      );

      const query = page.locator('archive-search input[name="q"]');
      await query.fill('Putin');
      await query.press('Enter');
      await settled(page, '1 article');
      // The first result starts within the first screen, above the folded filters' menus.
      const first = await page.locator('.results .result').first().boundingBox();
      expect(first!.y).toBeLessThan(844);
      expect(await choiceLabels(page, 'leader')).toEqual([
        'Emomali Rahmon',
        'Kassym-Jomart Tokayev',
        'Vladimir Putin',
      ]);
      expect(filterData).toEqual([]);

      // Unfolding the filters counts them, and every search after.
      await page.locator('[data-refine-summary]').click();
      await countsShown(page);
      await settled(page);
      expect(await choiceLabels(page, 'leader')).toEqual([
        'Emomali Rahmon (1)',
        'Kassym-Jomart Tokayev (1)',
        'Vladimir Putin (1)',
      ]);
      expect(filterData.length).toBeGreaterThan(0);
      await query.fill('Kyrgyzstan');
      await query.press('Enter');
      await settled(page, '“Kyrgyzstan”');
      expect(await choiceLabels(page, 'leader')).toEqual([
        'Emomali Rahmon (1)',
        'Kassym-Jomart Tokayev (1)',
        'Vladimir Putin (0)',
      ]);
      expect(problems).toEqual([]);
    });

    it('on a wide screen, shows the results beside the filters, and the counts of a search once the pointer reaches them', async () => {
      const { page, problems } = await site.open({ fresh: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(at('search/?q=Putin'));
      await settled(page, '1 article');
      await page.locator('[data-filter="country"]').hover();
      await countsShown(page);
      await settled(page);
      expect(await choiceLabels(page, 'leader')).toEqual([
        'Emomali Rahmon (1)',
        'Kassym-Jomart Tokayev (1)',
        'Vladimir Putin (1)',
      ]);
      const form = (await page.locator('archive-search form').boundingBox())!;
      const result = (await page.locator('.results .result').first().boundingBox())!;
      // Beside, not below: the first result starts right of the form, above its bottom.
      expect(result.x).toBeGreaterThanOrEqual(form.x + form.width);
      expect(result.y).toBeLessThan(form.y + form.height);
      expect(result.y).toBeLessThan(800);
      // One search box: the header has none on the search page.
      expect(await page.locator('input[type="search"]').count()).toBe(1);
      expect(problems).toEqual([]);
    });

    it('offers to remove the filters when nothing matches, and finds again without them', async () => {
      const { page } = await open();
      await page.goto(at('search/?q=Kyrgyzstan&leader=Vladimir+Putin'));
      expect(await settled(page)).toBe('No articles with the words “Kyrgyzstan”, naming Vladimir Putin');
      expect(await resultTitles(page)).toEqual([]);
      const clear = page.getByRole('button', { name: 'Remove filters' });
      await clear.focus();
      await page.keyboard.press('Enter');
      expect(await settled(page, '1 article')).toBe('1 article with the words “Kyrgyzstan”');
      expect(new URL(page.url()).search).toBe('?q=Kyrgyzstan');
    });

    it('lists the newest first by default and the best match first when asked', async () => {
      const { page } = await open();
      const sort = page.locator('select[name="sort"]');
      await page.goto(at('search/?q=border'));
      expect(await settled(page, '2 articles')).toBe('2 articles with the words “border”');
      expect(await resultTitles(page)).toEqual([SPEECH, CALL]);
      expect(await sort.inputValue()).toBe('newest');
      expect(await sort.locator('option').allTextContents()).toEqual(['Newest first', 'Best match']);
      // The 2021 call says "border" five times, the 2025 speech once.
      await sort.selectOption('relevance');
      await page.waitForURL(/sort=relevance/);
      await settled(page, '2 articles');
      expect(await resultTitles(page)).toEqual([CALL, SPEECH]);
      // The default order is left out of the URL; links that name it still read as it.
      await sort.selectOption('newest');
      await page.waitForURL((url) => !url.searchParams.has('sort'));
      await settled(page, '2 articles');
      expect(await resultTitles(page)).toEqual([SPEECH, CALL]);
      await page.goto(at('search/?q=border&sort=newest'));
      await settled(page, '2 articles');
      expect(await sort.inputValue()).toBe('newest');
      expect(await resultTitles(page)).toEqual([SPEECH, CALL]);
    });

    it('keeps query, filters and sort in the URL through reload, back and forward', async () => {
      const { page, problems } = await open();
      await page.goto(at('search/?q=Tokayev&country=Russia&sort=newest'));
      await settled(page, 'about Russia');
      const check = async (q: string, country: string, sort: string, titles: string[]) => {
        await settled(page, `“${q}”`);
        expect(await page.locator('#search-q').inputValue()).toBe(q);
        const checked = await page
          .locator('input[name="country"]:checked')
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
        expect(checked).toEqual(country ? [country] : []);
        expect(await page.locator('select[name="sort"]').inputValue()).toBe(sort);
        expect(await resultTitles(page)).toEqual(titles);
      };
      await check('Tokayev', 'Russia', 'newest', [SPEECH]);
      await page.reload();
      await check('Tokayev', 'Russia', 'newest', [SPEECH]);

      await choice(page, 'country', 'Russia').uncheck();
      await page.waitForURL((url) => !url.searchParams.has('country'));
      await check('Tokayev', '', 'newest', [SPEECH, CALL]);

      await page.locator('#search-q').fill('Dushanbe summit');
      await page.waitForURL(/q=Dushanbe\+summit/);
      await check('Dushanbe summit', '', 'newest', [SPEECH, CALL]);

      await page.goBack();
      await check('Tokayev', 'Russia', 'newest', [SPEECH]);
      await page.goForward();
      await check('Dushanbe summit', '', 'newest', [SPEECH, CALL]);
      expect(problems).toEqual([]);
    });

    it('keeps a Russian or Kazakh search in its language through typing, a filter, reload and its links', async () => {
      const { page, problems } = await open();
      for (const prefix of ['ru', 'kk']) {
        await page.goto(at(`${prefix}/search/`));
        await page.waitForSelector('archive-search[data-ready]');
        await page.locator('#search-q').fill('Tokayev');
        await page.waitForURL((url) => url.searchParams.get('q') === 'Tokayev');
        await choice(page, 'country', 'Russia').check();
        await page.waitForURL((url) => url.searchParams.has('country'));
        const searched = new URL(page.url());
        expect(searched.pathname).toBe(new URL(at(`${prefix}/search/`)).pathname);
        await page.reload();
        await settled(page);
        expect(await page.locator('html').getAttribute('lang')).toBe(prefix);
        expect(await page.locator('#search-q').inputValue()).toBe('Tokayev');
        expect(await resultTitles(page)).toEqual([SPEECH]);
        // A result's chips search again in the same language.
        const chips = await page
          .locator('.results .result a[href*="search/"]')
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        expect(chips.length).toBeGreaterThan(0);
        for (const chip of chips) expect(chip).toBe(searched.pathname);
      }
      expect(problems).toEqual([]);
    });

    it('updates the results as the reader types', async () => {
      const { page } = await open();
      await page.goto(at('search/'));
      await page.waitForSelector('archive-search[data-ready]');
      await page.locator('#search-q').pressSequentially('Kyrgyz', { delay: 20 });
      expect(await settled(page, '“Kyrgyz”')).toBe('1 article with the words “Kyrgyz”');
      expect(await resultTitles(page)).toEqual([CALL]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('Kyrgyz');
    });

    it('links each leader and country page to the search filtered to them', async () => {
      const { page } = await open();
      await page.goto(at('leaders/vladimir-putin/'));
      await Promise.all([
        page.waitForURL(/\/search\/\?leader=/),
        page.getByRole('link', { name: /Search within articles involving Vladimir Putin/ }).click(),
      ]);
      expect(await settled(page)).toBe('1 article naming Vladimir Putin');
      expect(await resultTitles(page)).toEqual([SPEECH]);

      await page.goto(at('countries/kyrgyzstan/'));
      await Promise.all([
        page.waitForURL(/\/search\/\?country=/),
        page.locator('a[href*="search/?country="]').click(),
      ]);
      expect(await settled(page)).toBe('1 article about Kyrgyzstan');
      expect(await resultTitles(page)).toEqual([CALL]);
    });

    it('sends the header form to the search page without JavaScript', async () => {
      const { page } = await open(false);
      await page.goto(at(SPEECH_PATH));
      await searchFromHeader(page, 'Tokayev');
      const url = new URL(page.url());
      expect(url.pathname + url.search).toBe(new URL(at('search/?q=Tokayev')).pathname + '?q=Tokayev');
      expect(await page.locator('h1').textContent()).toBe('Search the archive');
      const notice = page.locator('noscript .notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('Search runs in your browser and needs JavaScript');
    });

    it('serves the site under the documented headers, with its own 404 page', async () => {
      const page = await fetch(at('search/'));
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const missing = await fetch(at('no-such-page/'));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('Page not found');
      expect(missing.headers.get('content-security-policy')).toContain("default-src 'self'");
      // The index is in shards (src/search/shards.ts): the WebAssembly of the first one the page names.
      const shard = /data-shards="([^" ]+)/.exec(await page.text())?.[1] ?? '';
      const wasm = await fetch(new URL(`${shard}wasm.en.pagefind`, site.origin()));
      expect(wasm.status).toBe(200);
      expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
      expect(wasm.headers.get('content-encoding')).toBeNull();
    });

    it('keeps the console free of errors on every kind of page', async () => {
      const { page, problems } = await open();
      for (const path of [
        '',
        CALL_PATH,
        'leaders/',
        'leaders/emomali-rahmon/',
        'countries/russia/',
        'archive/2021/',
      ]) {
        const response = await page.goto(at(path));
        expect(response?.status(), path).toBe(200);
      }
      await page.goto(at('search/?q=Rahmon&year=2021'));
      await settled(page, '1 article');
      expect(problems).toEqual([]);
    });

    it.each([['search', 'search/?q=Tokayev&sort=newest']])(
      `has no axe-core violations on the %s page, and fits a ${REFLOW_WIDTH} px screen`,
      async (_kind, path) => {
        const { page } = await open();
        await page.goto(at(path));
        if (path.startsWith('search/')) await settled(page, '2 articles');
        expect(violationLines(await analyzePage(page))).toEqual([]);
        expect(await overflowWhenNarrow(page)).toBe(0);
      },
    );
  });
}
