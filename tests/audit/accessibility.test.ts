import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../support/shared-site';
import { launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { startSiteServer, type SiteServer } from '../support/server';
import { pageKindsInEveryLanguage, type PageKind } from './site-pages';
import { analyzePage, violationLines } from '../support/axe';
import {
  brokenHeadingWords,
  overflow,
  overflowWhenNarrow,
  REFLOW_WIDTH,
  whenNarrow,
} from '../support/reflow';

let server: SiteServer;
let browser: Browser;
let kinds: PageKind[] = [];

beforeAll(async () => {
  const outDir = sharedSite();
  kinds = pageKindsInEveryLanguage(outDir);
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
 * What the sweep finds on each page: per colour scheme, whether it fits a narrow screen, the
 * words of its table headings broken across lines at the browser's width (1280 px), and
 * those of its column headings broken on a narrow screen other than where a hyphen or soft
 * hyphen allows (a row's heading, a name, may break there to fit).
 */
type Findings = Record<Scheme | 'reflow' | 'headings' | 'narrowHeadings', string[]>;
/**
 * Pages audited at the same time, each tab going from page to page (a new tab
 * costs a renderer process): one waits for the network while another is analysed.
 */
const TABS = 3;

/**
 * Loads one page and runs axe-core on it in each colour scheme in turn (the
 * site's colours follow `prefers-color-scheme` in CSS alone, so switching the
 * emulated scheme restyles the loaded page); returns, per scheme, its
 * violations and the console problems the page reported; then checks that it
 * fits a narrow screen.
 */
async function audit({ page, problems }: WatchedPage, sitePath: string): Promise<Findings> {
  problems.length = 0;
  await page.emulateMedia({ colorScheme: SCHEMES[0] });
  await page.goto(new URL(sitePath.slice(1), server.url).href, { waitUntil: 'networkidle' });
  // The 404 page is served with its 404 status, which the console reports.
  const expected = (p: string) => sitePath === NOT_FOUND && p.includes('status of 404');
  const found: Findings = {
    light: [],
    dark: [],
    reflow: [],
    headings: await brokenHeadingWords(page),
    narrowHeadings: [],
  };
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const applied = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (applied !== (colorScheme === 'dark'))
      found[colorScheme].push(`${colorScheme} colour scheme not applied`);
    const violations = violationLines(await analyzePage(page));
    found[colorScheme].push(...violations, ...problems.filter((p) => !expected(p)));
  }
  const narrow = await whenNarrow(page, async () => ({
    overflow: await overflow(page),
    headings: await brokenHeadingWords(page, { atSoftHyphens: true, headings: 'table thead th' }),
  }));
  if (narrow.overflow > 0) found.reflow.push(`${narrow.overflow} px wider than a ${REFLOW_WIDTH} px screen`);
  found.narrowHeadings.push(...narrow.headings);
  return found;
}

let swept: Promise<Findings> | undefined;

/** Audits every kind of page, a few tabs at a time, once for all the tests that read the findings. */
function sweep(): Promise<Findings> {
  swept ??= (async () => {
    const found: Findings = { light: [], dark: [], reflow: [], headings: [], narrowHeadings: [] };
    const queue = [...kinds];
    const tab = async (): Promise<void> => {
      const watched = await openPage(browser);
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { kind, path } = next;
          const problems = await audit(watched, path);
          for (const check of [...SCHEMES, 'reflow', 'headings', 'narrowHeadings'] as const)
            found[check].push(...problems[check].map((p) => `${kind} ${path}: ${p}`));
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
  it('covers every kind of page, in every interface language', () => {
    const frame = [
      'home',
      'leader',
      'leader pair',
      'country',
      'country pair',
      'topic',
      'archive month',
      'search',
      'data',
      'codebook',
    ];
    for (const code of ['ru', 'kk'])
      expect(kinds.map((k) => k.kind)).toEqual(
        expect.arrayContaining(frame.map((kind) => `${kind} (${code})`)),
      );
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

  it(`fits every kind of page in a ${REFLOW_WIDTH} px screen without scrolling sideways (WCAG 1.4.10 Reflow)`, async () => {
    expect((await sweep()).reflow).toEqual([]);
  }, 300_000);

  it('keeps every word of a table heading whole on a wide screen, in every language', async () => {
    expect((await sweep()).headings).toEqual([]);
  }, 300_000);

  it(`keeps a column heading's words whole on a ${REFLOW_WIDTH} px screen too, but where a hyphen or soft hyphen allows a break`, async () => {
    expect((await sweep()).narrowHeadings).toEqual([]);
  }, 300_000);

  it(`keeps a Kazakh table's names whole on a 390 px phone, and fits one of the registry's longest names and offices in ${REFLOW_WIDTH} px`, async () => {
    const { page, context } = await openPage(browser);
    try {
      // A common phone: room enough for the names of the site's leaders whole.
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(new URL('kk/leaders/', server.url).href, { waitUntil: 'networkidle' });
      expect(
        await brokenHeadingWords(page, { atSoftHyphens: true, headings: 'table.entities tbody th' }),
      ).toEqual([]);
      // The leaders of a larger archive, as their table lists them: the longest words the
      // registry gives a name and an office in Kazakh, in a row of their own.
      await page
        .locator('table.entities tbody tr')
        .first()
        .evaluate((row) => {
          const copy = row.cloneNode(true) as HTMLTableRowElement;
          const [name, office, count] = [...copy.children];
          name!.querySelector('a')!.textContent = 'Гурбангулы Бердімұхамедов';
          office!.textContent = 'Қазақстан Республикасы Парламенті Сенатының Төрағасы';
          count!.textContent = '12345';
          row.parentElement!.append(copy);
        });
      expect(await overflow(page)).toBe(0);
      expect(await overflowWhenNarrow(page)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('would notice a heading word broken across lines, and one broken where its text allows', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.setContent(
        '<!doctype html><html lang="kk"><body><table style="width:300px"><tr><th>Атауы</th>' +
          '<th style="overflow-wrap:anywhere;width:1px">МАҚАЛАЛАР</th></tr></table></body></html>',
      );
      expect(await brokenHeadingWords(page)).toEqual(['МАҚАЛАЛАР: МАҚАЛАЛАР']);
      expect(await brokenHeadingWords(page, { atSoftHyphens: true })).toEqual(['МАҚАЛАЛАР: МАҚАЛАЛАР']);
      // Broken where its text allows, and only there: at a soft hyphen or a hyphen.
      await page.setContent(
        '<!doctype html><html lang="kk"><body><table><tr>' +
          '<th style="width:1px">мақала\u00ADлар\u00ADдағы Қасым-Жомарт</th></tr></table></body></html>',
      );
      expect(await brokenHeadingWords(page)).toEqual([
        'мақала\u00ADлар\u00ADдағы Қасым-Жомарт: мақала\u00ADлар\u00ADдағы',
        'мақала\u00ADлар\u00ADдағы Қасым-Жомарт: Қасым-Жомарт',
      ]);
      expect(await brokenHeadingWords(page, { atSoftHyphens: true })).toEqual([]);
    } finally {
      await context.close();
    }
  });

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

  it(`measures how far a page reaches past a ${REFLOW_WIDTH} px screen (the reflow check is really checking)`, async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.setContent(
        '<!doctype html><html lang="en"><head><title>x</title><meta name="viewport" content="width=device-width"></head><body style="margin:0"><div style="width:400px">x</div></body></html>',
      );
      expect(await overflowWhenNarrow(page)).toBe(400 - REFLOW_WIDTH);
      expect(page.viewportSize()?.width).not.toBe(REFLOW_WIDTH);
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
