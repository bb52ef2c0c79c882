import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../support/shared-site';
import { launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { startSiteServer, type SiteServer } from '../support/server';
import { pageKinds, type PageKind } from './site-pages';
import { analyzePage } from '../support/axe';

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

const NOT_FOUND = '/no-such-page/';
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
/**
 * Pages audited at the same time, each tab going from page to page (a new tab
 * costs a renderer process): one waits for the network while another is analysed.
 */
const TABS = 3;

/**
 * Loads one page and runs axe-core on it in each colour scheme in turn (the
 * site's colours follow `prefers-color-scheme` in CSS alone, so switching the
 * emulated scheme restyles the loaded page); returns, per scheme, its
 * violations and the console problems the page reported.
 */
async function audit({ page, problems }: WatchedPage, sitePath: string): Promise<Record<Scheme, string[]>> {
  problems.length = 0;
  await page.emulateMedia({ colorScheme: SCHEMES[0] });
  await page.goto(new URL(sitePath.slice(1), server.url).href, { waitUntil: 'networkidle' });
  // The 404 page is served with its 404 status, which the console reports.
  const expected = (p: string) => sitePath === NOT_FOUND && p.includes('status of 404');
  const found = { light: [], dark: [] } as Record<Scheme, string[]>;
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const applied = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (applied !== (colorScheme === 'dark'))
      found[colorScheme].push(`${colorScheme} colour scheme not applied`);
    const results = await analyzePage(page);
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    found[colorScheme].push(...violations, ...problems.filter((p) => !expected(p)));
  }
  return found;
}

let swept: Promise<Record<Scheme, string[]>> | undefined;

/** Audits every kind of page, a few tabs at a time, once for both colour schemes' tests. */
function sweep(): Promise<Record<Scheme, string[]>> {
  swept ??= (async () => {
    const found: Record<Scheme, string[]> = { light: [], dark: [] };
    const queue = [...kinds];
    const tab = async (): Promise<void> => {
      const watched = await openPage(browser);
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { kind, path } = next;
          const problems = await audit(watched, path);
          for (const scheme of SCHEMES)
            found[scheme].push(...problems[scheme].map((p) => `${kind} ${path}: ${p}`));
        }
      } finally {
        await watched.context.close();
      }
    };
    await Promise.all(Array.from({ length: TABS }, tab));
    return found;
  })();
  return swept;
}

describe('accessibility (axe-core)', () => {
  it('covers every kind of page', () => {
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining([
        'home',
        'article',
        'leader',
        'leader pair',
        'country',
        'country pair',
        'topic',
        'archive month',
        'search',
        'data',
        'codebook',
        'not found',
      ]),
    );
  });

  for (const colorScheme of SCHEMES) {
    it(`finds no violation and no console error on any kind of page in the ${colorScheme} colour scheme`, async () => {
      expect((await sweep())[colorScheme]).toEqual([]);
      // Every kind of page in both colour schemes: on a busy machine this takes minutes.
    }, 300_000);
  }

  it('reports a violation when a page has one (the audit is really checking)', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.setContent(
        '<!doctype html><html><head><title>x</title></head><body><img src="a.png"></body></html>',
      );
      const results = await analyzePage(page);
      expect(results.violations.map((v) => v.id)).toEqual(
        expect.arrayContaining(['html-has-lang', 'image-alt']),
      );
    } finally {
      await context.close();
    }
  });

  it('refuses a page with a frame, which it would not analyse whole', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.setContent(
        '<!doctype html><html lang="en"><head><title>x</title></head><body><iframe title="f" srcdoc="<p>x</p>"></iframe></body></html>',
      );
      await expect(analyzePage(page)).rejects.toThrow('has 1 frame(s)');
    } finally {
      await context.close();
    }
  });
});
