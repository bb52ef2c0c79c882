import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../support/shared-site';
import { launchBrowser, openPage } from '../support/browser';
import { startSiteServer, type SiteServer } from '../support/server';
import { pageKinds, type PageKind } from './site-pages';

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

/** Runs axe-core on one page in one colour scheme; returns its violations and console problems. */
async function audit(sitePath: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const { page, context, problems } = await openPage(browser);
  try {
    await page.emulateMedia({ colorScheme });
    await page.goto(new URL(sitePath.slice(1), server.url).href, { waitUntil: 'networkidle' });
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    // The 404 page is served with its 404 status, which the console reports.
    const expected = (p: string) => sitePath === NOT_FOUND && p.includes('status of 404');
    return [...violations, ...problems.filter((p) => !expected(p))];
  } finally {
    await context.close();
  }
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

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violation and no console error on any kind of page in the ${colorScheme} colour scheme`, async () => {
      const found: string[] = [];
      for (const { kind, path } of kinds) {
        for (const problem of await audit(path, colorScheme)) found.push(`${kind} ${path}: ${problem}`);
      }
      expect(found).toEqual([]);
      // Every kind of page twice (light and dark): on a busy machine this takes minutes.
    }, 300_000);
  }

  it('reports a violation when a page has one (the audit is really checking)', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.setContent(
        '<!doctype html><html><head><title>x</title></head><body><img src="a.png"></body></html>',
      );
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual(
        expect.arrayContaining(['html-has-lang', 'image-alt']),
      );
    } finally {
      await context.close();
    }
  });
});
