/**
 * axe-core for the browser tests. The site's pages have no frames, so axe runs
 * in the page itself (`axe.run`, the builder's legacy mode) instead of running
 * in each frame and finishing in a new blank page, which exists for
 * cross-origin frames: the same results in half the time. A page with frames
 * fails the audit instead of being analysed in part.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Runs axe-core on the page as loaded, with every rule axe runs by default. */
export async function analyzePage(page: Page): Promise<Awaited<ReturnType<AxeBuilder['analyze']>>> {
  const frames = page.frames().length;
  if (frames !== 1)
    throw new Error(`${page.url()} has ${frames - 1} frame(s): audit them with frames in mind`);
  return new AxeBuilder({ page }).setLegacyMode(true).analyze();
}
