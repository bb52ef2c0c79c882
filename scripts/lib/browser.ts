/**
 * Debian's Chromium driven by playwright-core (`npx playwright install` is not
 * used: the browser comes from apt). Pages record every console error and
 * uncaught exception, so tests can require a clean console.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The Chromium binary: `CHROMIUM` from the environment, else Debian's. */
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

/** Chromium's flags for this machine: headless, and no network of its own. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Starts a headless Chromium. Close it in `afterAll`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS], headless: true });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, in order, with the page URL they came from. */
  problems: string[];
}

/** Opens a page in a fresh context (empty cache) that records console errors and page errors. */
export async function openPage(
  browser: Browser,
  options: { javaScript?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught: ${error.message}`));
  return { page, context, problems };
}
