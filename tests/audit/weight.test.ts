import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../support/shared-site';
import { launchBrowser, openPage } from '../support/browser';
import { startSiteServer, type SiteServer } from '../support/server';
import { pageKinds, pathOf, type PageKind } from './site-pages';

/** An article page, everything included, compressed as served. */
const ARTICLE_BUDGET_BYTES = 30 * 1024;
const CODE_TYPES = new Set(['script', 'fetch', 'xhr', 'websocket', 'eventsource']);

let server: SiteServer;
let browser: Browser;
let kinds: PageKind[] = [];

beforeAll(async () => {
  const outDir = sharedSite();
  kinds = pageKinds(outDir);
  server = await startSiteServer(outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Load {
  /** Bytes on the wire: compressed bodies plus headers. */
  bytes: number;
  requests: { url: string; type: string; bytes: number }[];
}

/** Loads a page in a fresh context (empty cache) and measures what it transfers. */
async function measure(
  sitePath: string,
  afterLoad?: (page: import('playwright-core').Page) => Promise<void>,
) {
  const { page, context, problems } = await openPage(browser);
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(new URL(sitePath.slice(1), server.url).href, { waitUntil: 'networkidle' });
  const onLoad = finished.length;
  if (afterLoad) await afterLoad(page);
  const sized = async (list: Request[]) =>
    Promise.all(
      list.map(async (r) => {
        const sizes = await r.sizes();
        return {
          url: r.url(),
          type: r.resourceType(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        };
      }),
    );
  const load: Load = { bytes: 0, requests: await sized(finished.slice(0, onLoad)) };
  load.bytes = load.requests.reduce((sum, r) => sum + r.bytes, 0);
  const later = await sized(finished.slice(onLoad));
  await context.close();
  return { load, later, problems };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight', () => {
  it(`keeps an article page within ${kb(ARTICLE_BUDGET_BYTES)} transferred, compressed, in total`, async () => {
    const { load } = await measure(pathOf(kinds, 'article'));
    console.log(
      `article page: ${kb(load.bytes)} in ${load.requests.length} requests\n` +
        load.requests.map((r) => `  ${r.type.padEnd(10)} ${kb(r.bytes).padStart(8)}  ${r.url}`).join('\n'),
    );
    // Requests are listed as they finish: the page may finish after its stylesheets.
    const documents = load.requests.filter((r) => r.type === 'document');
    expect(documents.map((r) => new URL(r.url).pathname)).toEqual([pathOf(kinds, 'article')]);
    expect(documents[0]?.bytes).toBeGreaterThan(0);
    expect(load.bytes).toBeLessThanOrEqual(ARTICLE_BUDGET_BYTES);
  });

  it('serves pages compressed', async () => {
    const response = await fetch(new URL(pathOf(kinds, 'article').slice(1), server.url), {
      headers: { 'accept-encoding': 'gzip' },
    });
    await response.arrayBuffer();
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('prints the weight of the home, leader and search pages', async () => {
    const lines: string[] = [];
    for (const kind of ['home', 'leader', 'search']) {
      const { load } = await measure(pathOf(kinds, kind));
      lines.push(`${kind}: ${kb(load.bytes)} in ${load.requests.length} requests`);
      expect(load.bytes).toBeGreaterThan(0);
    }
    console.log(lines.join('\n'));
  });
});

describe('scripts', () => {
  it('loads no script on an article page, even once the reader scrolls and focuses the search box', async () => {
    const { load, later, problems } = await measure(pathOf(kinds, 'article'), async (page) => {
      await page.mouse.wheel(0, 2000);
      await page.focus('input[type="search"]');
      await page.waitForTimeout(300);
    });
    const code = [...load.requests, ...later].filter(
      (r) => CODE_TYPES.has(r.type) || /\.(m?js|wasm)$/.test(r.url),
    );
    expect(code).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('loads the search code once the reader searches', async () => {
    const { later } = await measure(pathOf(kinds, 'article'), async (page) => {
      await page.fill('input[type="search"]', 'Tokayev');
      await Promise.all([
        page.waitForURL(/\/search\/\?q=Tokayev/),
        page.press('input[type="search"]', 'Enter'),
      ]);
      await page.waitForLoadState('networkidle');
    });
    expect(later.some((r) => r.type === 'script')).toBe(true);
  });
});
