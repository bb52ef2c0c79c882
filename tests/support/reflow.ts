/**
 * WCAG 2.2's Reflow criterion (1.4.10), which axe-core does not check: a page
 * must fit a screen 320 CSS pixels wide without scrolling sideways.
 */
import type { Page } from 'playwright-core';

/** The narrowest screen the criterion asks pages to fit, in CSS pixels. */
export const REFLOW_WIDTH = 320;

/**
 * What `measure` finds on the loaded page on a screen {@link REFLOW_WIDTH} pixels
 * wide. The page's viewport is put back as it was.
 */
export async function whenNarrow<T>(page: Page, measure: () => Promise<T>): Promise<T> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
  try {
    return await measure();
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}

/** How far the loaded page reaches past its screen, in pixels: 0 when it fits. */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * How far the loaded page reaches past a screen {@link REFLOW_WIDTH} pixels wide,
 * in pixels: 0 when it fits. The page's viewport is put back as it was.
 */
export function overflowWhenNarrow(page: Page): Promise<number> {
  return whenNarrow(page, () => overflow(page));
}

/**
 * The words of the loaded page's table headings that are broken across two lines, as
 * `heading: word`. Where a screen has room, no heading word should break: a column that
 * lets its words break anywhere gets no width of its own («МАҚАЛАЛА» above «Р»). With
 * `atSoftHyphens`, a word may break where its text marks that it may (a hyphen, a soft
 * hyphen: «мақала-/лар»), and only there. `headings` chooses the cells read (every `th`).
 */
export async function brokenHeadingWords(
  page: Page,
  { atSoftHyphens = false, headings = 'table th' } = {},
): Promise<string[]> {
  return page.evaluate(
    ([softHyphens, selector]) => {
      const broken: string[] = [];
      for (const th of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const m of text.matchAll(/\S+/gu)) {
            // The parts of the word that must each stay on one line: the whole word, or
            // the parts between its soft hyphens. The line a letter is on is the last of its
            // boxes, as the letter after a soft hyphen's break also reports the hyphen drawn
            // on the line before. (Plain loops: a named function here would be compiled with
            // a helper the page does not have.)
            let start = m.index;
            let runsOver = false;
            for (const part of softHyphens ? m[0].split(/[\u00AD-]/u) : [m[0]]) {
              const lines = new Set<number>();
              for (let at = start; at < start + part.length; at++) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + 1);
                const boxes = range.getClientRects();
                lines.add(Math.round(boxes[boxes.length - 1]?.top ?? 0));
              }
              if (lines.size > 1) runsOver = true;
              start += part.length + 1;
            }
            if (runsOver) broken.push(`${(th.textContent ?? '').trim()}: ${m[0]}`);
          }
        }
      }
      return broken;
    },
    [atSoftHyphens, headings] as const,
  );
}
