/**
 * A cold search in Chromium for the benchmark: serve a build over HTTP, open the
 * search page in a fresh browser (empty cache), type a query, and time the first
 * result; count the bytes the page fetched for it.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { launchBrowser } from '../../tests/support/browser';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A static file server over `dir` that counts the bytes it sends. */
export interface CountingServer {
  url: string;
  /** Bytes sent since the last `reset()`, per path. */
  sent: Map<string, number>;
  reset(): void;
  close(): Promise<void>;
}

/** Serves `dir` on a free localhost port. */
export function serve(dir: string): Promise<CountingServer> {
  const sent = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': size,
      });
      sent.set(pathname, (sent.get(pathname) ?? 0) + size);
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        sent,
        reset: () => sent.clear(),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** The figures of one cold search. */
export interface SearchProbe {
  query: string;
  /** From the input event to the first result on screen (includes the page's typing pause). */
  msToFirstResult: number;
  /** Bytes fetched from page load to the first result: everything, and the index alone. */
  bytesTotal: number;
  bytesIndex: number;
  /** Bytes per kind of file: `pagefind.js`, `wasm`, `pf_meta`, `pf_index`, `pf_filter`, `pf_fragment`, `page`. */
  byKind: Record<string, number>;
  results: number;
}

/** What a fetched path is, for the byte breakdown: its Pagefind extension, file name, or `page`. */
function kindOf(file: string): string {
  if (!file.includes('/pagefind/')) return 'page';
  const name = file.split('/').pop() ?? '';
  const ext = /\.(pf_\w+|pagefind)$/.exec(name)?.[1];
  return ext === 'pagefind' ? 'wasm' : (ext ?? name);
}

/** Opens `/search/` on a fresh browser, types `query`, waits for the first result. */
export async function probeSearch(dir: string, query: string): Promise<SearchProbe> {
  const server = await serve(dir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
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
    let bytesTotal = 0;
    let bytesIndex = 0;
    const byKind: Record<string, number> = {};
    for (const [file, bytes] of server.sent) {
      bytesTotal += bytes;
      if (file.includes('/pagefind/')) bytesIndex += bytes;
      const kind = kindOf(file);
      byKind[kind] = (byKind[kind] ?? 0) + bytes;
    }
    await context.close();
    return { query, msToFirstResult: ms, bytesTotal, bytesIndex, byKind, results };
  } finally {
    await browser.close();
    await server.close();
  }
}
