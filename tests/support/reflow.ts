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

/**
 * The words of the loaded page's table headings that are broken across two lines, as
 * `heading: word`. Where a screen has room, no heading word should break: a column that
 * lets its words break anywhere gets no width of its own («МАҚАЛАЛА» above «Р»).
 */
export async function brokenHeadingWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const th of document.querySelectorAll('table th')) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/gu)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // One box per line the word runs over.
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${(th.textContent ?? '').trim()}: ${m[0]}`);
        }
      }
    }
    return broken;
  });
}
