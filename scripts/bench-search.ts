/**
 * How fast a reader's first search is, cold: for the site in `content/` and for
 * a generated archive of N articles (default 10,000), builds the site with its
 * index, serves it with nginx through deploy/nginx.conf (gzip as deployed), and
 * opens `/search/?q=<query>` in a fresh Chromium context (empty cache). Prints
 * the milliseconds from navigation start to the first result on screen and the
 * bytes transferred over the network (compressed, headers included), in total
 * and for the Pagefind bundle alone. Then, on the same page, it opens "Results
 * over time" (src/search/client/timeline.ts) and prints what the chart costs:
 * the milliseconds from opening it to its figures drawn, and the bytes fetched
 * from then on.
 *
 *   npm run bench:search [-- --articles 10000] [--seed 1] [--query Tokayev …] [--runs 3] [--skip-large]
 *   npm run bench:search -- --site DIR [--query Tokayev …] [--runs 3] [--sort relevance] [--typed]
 *
 * `--site` measures a site already built (pages and index, e.g. by `npm run
 * bench`) instead of building one; `--query` may be given several times;
 * `--sort relevance` measures the best-match order instead of the default;
 * `--typed` times from typing the query into the open page's search box to the
 * first result, instead of from navigating to `/search/?q=…`.
 * Needs `npm run corpus` (scripts/corpus.ts) for the large archive. A script
 * that prints figures, not a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page, Request } from 'playwright-core';
import { buildSite, ROOT, TMP } from './lib/build';
import { launchBrowser } from './lib/browser';
import { startSiteServer } from './lib/server';
import { kindOf, probeSearch, type SearchProbe } from './lib/search-probe';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', multiple: true, default: ['Tokayev'] },
    site: { type: 'string' },
    sort: { type: 'string' },
    typed: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'skip-large': { type: 'boolean', default: false },
  },
});

interface ColdSearch {
  msToFirstResult: number;
  resultCount: string;
  bytesTotal: number;
  bytesIndex: number;
  /** Bytes per Pagefind file kind (`pf_meta`, `pf_index`, `wasm`, …), and `page` for the rest. */
  byKind: Record<string, number>;
  requests: number;
  /** Opening "Results over time" once the results are shown: the time to its figures, and what it fetched. */
  timeline: { ms: number; bytes: number; requests: number; byKind: Record<string, number> };
}

/** One cold search: a new context has an empty HTTP cache. */
async function coldSearch(browser: Browser, url: string): Promise<ColdSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Requests of the page and of Pagefind's worker, with their sizes on the wire
  // (compressed bodies plus headers).
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  const onFinished = (request: Request): void => {
    sizes.push(
      request
        .sizes()
        .then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize }))
        // A request still finishing as the context closes has no sizes to give.
        .catch(() => ({ url: request.url(), bytes: 0 })),
    );
  };
  context.on('requestfinished', onFinished);
  await page.goto(url);
  await page.waitForSelector('[data-results] > li', { timeout: 60_000 });
  // Navigation start is the time origin of performance.now().
  const msToFirstResult = await page.evaluate(() => performance.now());
  const resultCount = (await page.locator('[data-status]').textContent()) ?? '';
  // Let the fetches that were still finishing report their sizes.
  await page.waitForLoadState('networkidle');
  context.off('requestfinished', onFinished);
  const fetched = await Promise.all(sizes.splice(0));
  context.on('requestfinished', onFinished);
  const timelineMs = await openTimeline(page);
  await page.waitForLoadState('networkidle');
  context.off('requestfinished', onFinished);
  const chart = await Promise.all(sizes);
  const timeline = {
    ms: timelineMs,
    bytes: chart.reduce((sum, r) => sum + r.bytes, 0),
    requests: chart.length,
    byKind: bytesByKind(chart),
  };
  await context.close();
  const requests = fetched.length;
  const bytesTotal = fetched.reduce((sum, r) => sum + r.bytes, 0);
  const bytesIndex = fetched.filter((r) => r.url.includes('/pagefind/')).reduce((sum, r) => sum + r.bytes, 0);
  const byKind = bytesByKind(fetched);
  return { msToFirstResult, resultCount, bytesTotal, bytesIndex, byKind, requests, timeline };
}

/** Bytes per Pagefind file kind (`pf_meta`, `pf_index`, `wasm`, …), and `page` for the rest. */
function bytesByKind(fetched: readonly { url: string; bytes: number }[]): Record<string, number> {
  const byKind: Record<string, number> = {};
  for (const r of fetched) {
    const kind = kindOf(new URL(r.url).pathname);
    byKind[kind] = (byKind[kind] ?? 0) + r.bytes;
  }
  return byKind;
}

/**
 * Opens "Results over time" and resolves to the milliseconds until its figures
 * are drawn (its table filled and the element no longer busy), timed in the page.
 */
function openTimeline(page: Page): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const timeline = document.querySelector('search-timeline');
        const summary = timeline?.querySelector('summary');
        if (!timeline || !summary) return reject(new Error('the page has no <search-timeline>'));
        const start = performance.now();
        const watch = new MutationObserver(() => {
          if (timeline.hasAttribute('aria-busy') || !timeline.querySelector('[data-table] tbody tr')) return;
          watch.disconnect();
          resolve(performance.now() - start);
        });
        watch.observe(timeline, { attributes: true, childList: true, subtree: true });
        summary.click();
      }),
  );
}

/** The median bytes of each file kind over several samples, as `kind 1.2 KB, …`. */
function kindMedians(samples: readonly { byKind: Record<string, number> }[]): string {
  const kinds = [...new Set(samples.flatMap((s) => Object.keys(s.byKind)))].sort();
  return kinds
    .map((kind) => `${kind} ${(median(samples.map((s) => s.byKind[kind] ?? 0)) / 1024).toFixed(1)} KB`)
    .join(', ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Cold searches typed into the search box of an open page (`probeSearch`), `runs`
 * times per query: the time from the query's input event to the first result.
 */
async function benchTyped(
  label: string,
  outDir: string,
  runs: number,
  queries: readonly string[],
): Promise<void> {
  const params = values.sort ? `sort=${encodeURIComponent(values.sort)}` : '';
  for (const query of queries) {
    const samples: SearchProbe[] = [];
    for (let i = 0; i < runs; i++) samples.push(await probeSearch(outDir, query, params));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `${label}, typed: “${query}”\n` +
        `  input to first result: median ${median(samples.map((s) => s.msToFirstResult)).toFixed(0)} ms ` +
        `(runs: ${samples.map((s) => s.msToFirstResult.toFixed(0)).join(', ')})\n` +
        `  transferred from page load: ${kb(median(samples.map((s) => s.bytesTotal)))}, ` +
        `of which Pagefind ${kb(median(samples.map((s) => s.bytesIndex)))}\n` +
        `  by kind (median): ${kindMedians(samples)}`,
    );
  }
}

async function benchSite(
  label: string,
  outDir: string,
  runs: number,
  queries: readonly string[],
): Promise<void> {
  if (values.typed) return benchTyped(label, outDir, runs, queries);
  const server = await startSiteServer(outDir);
  const browser = await launchBrowser();
  try {
    for (const query of queries) await benchQuery(browser, server.url, label, runs, query);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Cold searches for one query, `runs` times, each in a new context; prints the medians. */
async function benchQuery(
  browser: Browser,
  base: string,
  label: string,
  runs: number,
  query: string,
): Promise<void> {
  const url = `${base}search/?q=${encodeURIComponent(query)}${values.sort ? `&sort=${encodeURIComponent(values.sort)}` : ''}`;
  const samples: ColdSearch[] = [];
  for (let i = 0; i < runs; i++) samples.push(await coldSearch(browser, url));
  const first = samples[0];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `${label}: “${query}” → ${first?.resultCount}\n` +
      `  navigation to first result: median ${median(samples.map((s) => s.msToFirstResult)).toFixed(0)} ms ` +
      `(runs: ${samples.map((s) => s.msToFirstResult.toFixed(0)).join(', ')})\n` +
      `  transferred: ${kb(median(samples.map((s) => s.bytesTotal)))} in ${first?.requests} requests, ` +
      `of which the Pagefind bundle and index ${kb(median(samples.map((s) => s.bytesIndex)))}\n` +
      `  by kind (median): ${kindMedians(samples)}\n` +
      `  results over time, opened then: median ${median(samples.map((s) => s.timeline.ms)).toFixed(0)} ms to drawn ` +
      `(runs: ${samples.map((s) => s.timeline.ms.toFixed(0)).join(', ')}), ` +
      `${kb(median(samples.map((s) => s.timeline.bytes)))} in ${median(samples.map((s) => s.timeline.requests))} requests ` +
      `(runs: ${samples.map((s) => kb(s.timeline.bytes)).join(', ')})\n` +
      `  results over time, by kind (median): ${kindMedians(samples.map((s) => s.timeline))}`,
  );
}

function buildOrExit(options: Parameters<typeof buildSite>[0]): string {
  const started = performance.now();
  const result = buildSite(options);
  if (result.status !== 0) {
    console.error(result.output);
    process.exit(1);
  }
  console.log(`built ${options.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result.outDir;
}

const runs = Math.max(1, Number(values.runs) || 1);
if (values.site !== undefined) {
  const site = path.resolve(values.site);
  if (!existsSync(path.join(site, 'search/index.html'))) {
    console.error(`${site} is not a built site with a search page`);
    process.exit(1);
  }
  await benchSite(`site in ${site}`, site, runs, values.query);
} else {
  const small = buildOrExit({ name: 'bench-search-site' });
  await benchSite('site in content/ (2 articles)', small, runs, values.query);
}

if (values.site === undefined && !values['skip-large']) {
  const articles = Number(values.articles);
  const corpus = path.join(TMP, 'bench-search', `corpus-${articles}-${values.seed}`);
  if (!existsSync(path.join(ROOT, 'scripts/corpus.ts'))) {
    console.error('scripts/corpus.ts is missing: cannot generate the large archive');
    process.exit(1);
  }
  if (!existsSync(path.join(corpus, 'articles'))) {
    execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'corpus',
        '--',
        '--articles',
        String(articles),
        '--out',
        corpus,
        '--seed',
        values.seed,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  // Its own content cache, so this build never shares one with a build of content/.
  process.env['ARCHIVE_CACHE_DIR'] = path.join(TMP, 'bench-search', `cache-${articles}-${values.seed}`);
  const large = buildOrExit({ name: `bench-search-${articles}`, contentDir: corpus });
  await benchSite(`generated archive (${articles} articles)`, large, runs, values.query);
}
