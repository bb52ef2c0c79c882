import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../support/shared-site';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/browser';
import { startSiteServer, type SiteServer } from '../support/server';
import { pageKinds, pathOf } from './site-pages';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Each category, on each audited page, out of 100. */
const MINIMUM = 95;

let server: SiteServer;
let chrome: chromeLauncher.LaunchedChrome;
let targets: { kind: string; url: string }[] = [];

beforeAll(async () => {
  const outDir = sharedSite();
  const kinds = pageKinds(outDir);
  server = await startSiteServer(outDir);
  targets = ['home', 'article', 'leader', 'search'].map((kind) => ({
    kind,
    url: new URL(pathOf(kinds, kind).slice(1), server.url).href,
  }));
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_FLAGS],
    logLevel: 'error',
  });
});
afterAll(async () => {
  chrome?.kill();
  await server?.stop();
});

/**
 * Audits one page. A run that Lighthouse itself reports as broken (a protocol
 * timeout on a busy machine, say: `runtimeError`) is run once more; a low score
 * is never retried here (see medianAudit).
 */
async function audit(url: string) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // The full-page screenshot is for Lighthouse's own report, in no score: a few seconds saved.
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { runtimeError } = result.lhr;
    if (!runtimeError || attempt === 2) return result.lhr;
    console.log(`${url}: ${runtimeError.code} ${runtimeError.message}; running again`);
  }
}

/** The performance score of an audit, out of 1. */
const performanceScore = (lhr: Awaited<ReturnType<typeof audit>>): number =>
  lhr.categories['performance']?.score ?? 0;

/**
 * Audits one page; when its performance score is below the minimum, audits it twice
 * more and keeps the run of median performance. Lighthouse's documentation on
 * variability advises the median of several runs: on a busy or slow host one run's
 * timings vary by several points, while a real regression lowers the median too.
 * The other categories do not depend on timing.
 */
async function medianAudit(kind: string, url: string) {
  const first = await audit(url);
  if (performanceScore(first) * 100 >= MINIMUM) return first;
  const runs = [first, await audit(url), await audit(url)].sort(
    (a, b) => performanceScore(a) - performanceScore(b),
  );
  console.log(
    `${kind}: performance ${runs.map((r) => Math.round(performanceScore(r) * 100)).join(', ')} in three runs; the median counts`,
  );
  return runs[1]!;
}

describe('Lighthouse', () => {
  it(`scores at least ${MINIMUM} in every category on the home, article, leader and search pages`, async () => {
    const rows: string[] = [];
    const failures: string[] = [];
    for (const { kind, url } of targets) {
      const lhr = await medianAudit(kind, url);
      const { categories, audits, runtimeError } = lhr;
      if (runtimeError)
        failures.push(`${kind}: Lighthouse could not audit the page: ${runtimeError.message}`);
      const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
      rows.push(`${kind.padEnd(8)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
      CATEGORIES.forEach((category, i) => {
        if (scores[i]! >= MINIMUM) return;
        const lost = (categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`);
        failures.push(`${kind} ${category} ${scores[i]}: ${lost.join(', ')}`);
      });
    }
    console.log(
      `Lighthouse scores\n${'page'.padEnd(8)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}\n${rows.join('\n')}`,
    );
    expect(failures).toEqual([]);
  });
});
