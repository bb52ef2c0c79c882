/**
 * axe-core for the browser tests, run in the page itself: its source is
 * evaluated once per document (a page audited in both colour schemes keeps
 * it), then `axe.run` audits the whole document with every rule axe runs by
 * default, and only the violations come back. @axe-core/playwright evaluated
 * the 0.5 MB source twice per audit and sent every result back, passes
 * included, which took twice as long. The site's pages have no frames; a page
 * with frames fails the audit instead of being analysed in part.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** What an audit finds: axe's violations, each with the nodes it found them on. */
export interface Audit {
  violations: axe.Result[];
}

/** One line per violation, naming the rule, its impact and help, and the nodes it was found on. */
export function violationLines({ violations }: Audit): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Runs axe-core on the page as loaded and returns its violations. */
export async function analyzePage(page: Page): Promise<Audit> {
  const frames = page.frames().length;
  if (frames !== 1)
    throw new Error(`${page.url()} has ${frames - 1} frame(s): audit them with frames in mind`);
  const loaded = () => typeof (window as { axe?: Partial<typeof axe> }).axe?.run === 'function';
  if (!(await page.evaluate(loaded))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      // Passes, incomplete and inapplicable results are cut to one node each, and left here.
      resultTypes: ['violations'],
    });
    return { violations };
  });
}
