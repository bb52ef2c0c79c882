/**
 * A built site served by nginx and a browser to read it, for the length of a
 * test file: built and started before its tests, browser and server stopped
 * at the end. The file's tests read the site in one tab, as a reader goes from
 * page to page: a new tab costs Chromium a renderer process, about 0.8 s of
 * CPU, more than the page it shows. A test that watches what its page fetches,
 * or adds listeners to it, asks for a `fresh` tab, in a context of its own with
 * an empty cache, closed after the test.
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
  /**
   * The file's tab (one with JavaScript, one without), its list of problems
   * emptied for this test; or, with `fresh`, a new tab in a context of its own.
   */
  open: (options?: { javaScript?: boolean; fresh?: boolean }) => Promise<WatchedPage>;
}

/** Builds with `build` (which returns the output folder) and serves it under `base`. */
export function useServedSite(build: () => string, { base }: { base?: string } = {}): ServedSite {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  /** The fresh tabs of the running test. */
  const opened: WatchedPage[] = [];
  /** The tabs the file's tests share, with JavaScript and without. */
  const tabs = new Map<boolean, Promise<WatchedPage>>();
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
    open: async ({ javaScript = true, fresh = false } = {}) => {
      if (fresh) {
        const watched = await openPage(started(browser), { javaScript });
        opened.push(watched);
        return watched;
      }
      let tab = tabs.get(javaScript);
      if (!tab || (await tab).page.isClosed()) {
        tab = openPage(started(browser), { javaScript });
        tabs.set(javaScript, tab);
      }
      const watched = await tab;
      watched.problems.length = 0;
      return watched;
    },
  };
}
