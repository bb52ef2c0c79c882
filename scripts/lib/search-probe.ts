/**
 * A cold search in Chromium for the benchmark: serve a build with nginx as
 * deployed (deploy/nginx.conf, gzip included), open the search page in a fresh
 * browser (empty cache), type a query, and time the first result; count the
 * bytes the page fetched for it, compressed, as they crossed the network.
 */
import type { Request } from 'playwright-core';
import { launchBrowser } from './browser';
import { startSiteServer } from './server';

/** The figures of one cold search. */
export interface SearchProbe {
  query: string;
  /** From the input event to the first result on screen (includes the page's typing pause). */
  msToFirstResult: number;
  /** Bytes transferred (compressed, headers included) from page load to the first result: everything, and the index alone. */
  bytesTotal: number;
  bytesIndex: number;
  /** Bytes per kind of file: `pagefind.js`, `wasm`, `pf_meta`, `pf_index`, `pf_filter`, `pf_fragment`, `page`. */
  byKind: Record<string, number>;
  results: number;
}

/** What a fetched path is, for the byte breakdown: its Pagefind extension, file name, or `page`. */
export function kindOf(file: string): string {
  if (!file.includes('/pagefind/')) return 'page';
  const name = file.split('/').pop() ?? '';
  const ext = /\.(pf_\w+|pagefind)$/.exec(name)?.[1];
  return ext === 'pagefind' ? 'wasm' : (ext ?? name);
}

/**
 * Opens `/search/` on a fresh browser, types `query`, waits for the first
 * result. `params` are the search page's other URL parameters, e.g.
 * `sort=relevance`.
 */
export async function probeSearch(dir: string, query: string, params = ''): Promise<SearchProbe> {
  const server = await startSiteServer(dir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Requests of the page and of Pagefind's worker, with their sizes on the wire.
    const pending: Promise<void>[] = [];
    const sent = new Map<string, number>();
    const onFinished = (request: Request): void => {
      pending.push(
        request
          .sizes()
          .then((sizes) => {
            const file = new URL(request.url()).pathname;
            const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
            sent.set(file, (sent.get(file) ?? 0) + bytes);
          })
          // A request still finishing as the context closes has no sizes to give.
          .catch(() => undefined),
      );
    };
    context.on('requestfinished', onFinished);
    await page.goto(`${server.url}search/${params ? `?${params}` : ''}`, { waitUntil: 'networkidle' });
    const input = page.locator('archive-search input[name="q"]');
    await input.waitFor();
    const ms = await page.evaluate(async (q) => {
      const field = document.querySelector<HTMLInputElement>('archive-search input[name="q"]');
      const list = document.querySelector('archive-search [data-results]');
      if (!field || !list) throw new Error('the search page has no query field or result list');
      const started = performance.now();
      const shown = new Promise<number>((resolve) => {
        new MutationObserver((_, observer) => {
          if (list.querySelector('li')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        }).observe(list, { childList: true, subtree: true });
      });
      field.focus();
      field.value = q;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return shown;
    }, query);
    // Let the result records that the first paint asked for finish arriving.
    await page.waitForLoadState('networkidle');
    const results = await page.locator('[data-results] > li').count();
    context.off('requestfinished', onFinished);
    await Promise.all(pending);
    let bytesTotal = 0;
    let bytesIndex = 0;
    const byKind: Record<string, number> = {};
    for (const [file, bytes] of sent) {
      bytesTotal += bytes;
      if (file.includes('/pagefind/')) bytesIndex += bytes;
      const kind = kindOf(file);
      byKind[kind] = (byKind[kind] ?? 0) + bytes;
    }
    await context.close();
    return { query, msToFirstResult: ms, bytesTotal, bytesIndex, byKind, results };
  } finally {
    await browser.close();
    await server.stop();
  }
}
