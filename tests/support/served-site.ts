/**
 * A built site served by nginx and a browser to read it, for the length of a
 * test file: built and started before its tests, each test's pages closed
 * after it, browser and server stopped at the end.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, openPage, type WatchedPage } from './browser';
import { startSiteServer, type SiteServer } from './server';

export interface ServedSite {
  /** An address under the site's base. */
  at: (sitePath?: string) => string;
  /** The server's origin, for requests outside the base. */
  origin: () => string;
  /** A fresh page in its own context, closed after the test. */
  open: (options?: { javaScript?: boolean }) => Promise<WatchedPage>;
}

/** Builds with `build` (which returns the output folder) and serves it under `base`. */
export function useServedSite(build: () => string, { base }: { base?: string } = {}): ServedSite {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  const opened: WatchedPage[] = [];
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site is not served yet: use it inside a test');
    return value;
  };

  beforeAll(async () => {
    server = await startSiteServer(build(), base ? { base } : {});
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map(({ context }) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    at: (sitePath = '') => `${started(server).url}${sitePath}`,
    origin: () => started(server).origin,
    open: async (options = {}) => {
      const watched = await openPage(started(browser), options);
      opened.push(watched);
      return watched;
    },
  };
}
