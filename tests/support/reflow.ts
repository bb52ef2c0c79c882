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
 * lets its words break anywhere gets no width of its own («МАҚАЛАЛА» above «Р»). With
 * `atSoftHyphens`, a word may break where its text marks that it may (a soft hyphen,
 * «мақала-/лар»), and only there.
 */
export async function brokenHeadingWords(page: Page, { atSoftHyphens = false } = {}): Promise<string[]> {
  return page.evaluate((softHyphens) => {
    const broken: string[] = [];
    for (const th of document.querySelectorAll('table th')) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/gu)) {
          // The line each letter of the word is on: the last of its boxes, as the letter
          // after a soft hyphen's break also reports the hyphen drawn on the line before.
          const lineOf = (at: number): number => {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const boxes = [...range.getClientRects()];
            return Math.round(boxes[boxes.length - 1]?.top ?? 0);
          };
          // The parts of the word that must each stay on one line: the whole word, or
          // the parts between its soft hyphens.
          let start = m.index;
          const parts = (softHyphens ? m[0].split('\u00AD') : [m[0]]).map((part) => {
            const at = start;
            start += part.length + 1;
            return Array.from({ length: part.length }, (_, k) => at + k);
          });
          const runsOver = (letters: number[]): boolean => new Set(letters.map(lineOf)).size > 1;
          if (parts.some(runsOver)) broken.push(`${(th.textContent ?? '').trim()}: ${m[0]}`);
        }
      }
    }
    return broken;
  }, atSoftHyphens);
}
