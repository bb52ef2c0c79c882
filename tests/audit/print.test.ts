import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { startSiteServer, type SiteServer } from '../support/server';
import { sharedFixtureSite } from '../support/shared-site';

/** The article of the fixture archive `print`, read in the shared fixture site. */
const ARTICLE = 'articles/2024/01/statement-with-links/';

let server: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const outDir = sharedFixtureSite('shared-articles');
  server = await startSiteServer(outDir);
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
  await page.emulateMedia({ media: 'print' });
  await page.goto(server.url + ARTICLE);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const shown = (selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => el.getClientRects().length > 0));

describe('a printed article', () => {
  it('leaves out the site navigation, search box, breadcrumbs, topics and footer', async () => {
    for (const selector of [
      '.site-header',
      'nav',
      '.search-form',
      '.breadcrumbs',
      '.article-footer',
      '.site-footer',
    ]) {
      const visible = await shown(selector);
      expect(visible.length, selector).toBeGreaterThan(0);
      expect(
        visible.every((v) => !v),
        selector,
      ).toBe(true);
    }
  });

  it('keeps the headline, the text, the source and the publication date', async () => {
    for (const selector of ['h1', '.article-body', 'article time', '.article-header dl']) {
      expect(await shown(selector), selector).toContain(true);
    }
    const facts = await page.textContent('.article-header dl');
    expect(facts).toContain('Akorda');
    expect(facts).toContain('15 January 2024');
  });

  it('prints the address of every link after its text', async () => {
    const after = await page.$$eval('.article a[href^="http"]', (links) =>
      links.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]),
    );
    expect(after).toEqual([
      ['https://www.akorda.kz/en/statement', '" <https://www.akorda.kz/en/statement>"'],
      ['https://www.akorda.kz/en/decree', '" <https://www.akorda.kz/en/decree>"'],
    ]);
  });

  it('keeps the citation with the permanent address', async () => {
    expect(await shown('.citation')).toEqual([true]);
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
    expect(canonical).toMatch(new RegExp(`/${ARTICLE}$`));
    expect(await page.textContent('.citation details[open] pre')).toContain(canonical);
  });

  it('prints on screen nothing of this: the page looks as usual there', async () => {
    await page.emulateMedia({ media: 'screen' });
    expect(await shown('.site-header')).toEqual([true]);
    const after = await page.$eval('.article-body a', (a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('none');
    await page.emulateMedia({ media: 'print' });
  });
});
