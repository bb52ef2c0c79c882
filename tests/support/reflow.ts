/**
 * WCAG 2.2's Reflow criterion (1.4.10), which axe-core does not check: a page
 * must fit a screen 320 CSS pixels wide without scrolling sideways.
 */
import type { Page } from 'playwright-core';

/** The narrowest screen the criterion asks pages to fit, in CSS pixels. */
export const REFLOW_WIDTH = 320;

/**
 * How far the loaded page reaches past a screen {@link REFLOW_WIDTH} pixels wide,
 * in pixels: 0 when it fits. The page's viewport is put back as it was.
 */
export async function overflowWhenNarrow(page: Page): Promise<number> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
  try {
    return await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}
