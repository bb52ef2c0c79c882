/**
 * The browser tests of "Results over time" (src/search/client/timeline.ts), on
 * the researcher's fixture archive (tests/fixtures/archives/research/), run
 * inside its suite (search-research-suite.ts) at the root and under /archive/
 * so they share its build. The figures expected are counted here from the
 * fixture's front matter, not by the site's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { ROOT } from '../support/build';
import { analyzePage, violationLines } from '../support/axe';
import { overflow, overflowWhenNarrow } from '../support/reflow';
import type { ServedSite } from '../support/served-site';
import { choice, resultTitles, settled } from './search-suite';

const TOKAYEV = 'Kassym-Jomart Tokayev';
const MIRZIYOYEV = 'Shavkat Mirziyoyev';

/** Each published article of the fixture: its month (`YYYY-MM`, the source's own date) and its leaders' ids. */
function fixtureArticles(): { month: string; leaders: string[]; title: string }[] {
  const folder = path.join(ROOT, 'tests/fixtures/archives/research/articles');
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => parseFrontmatter(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')).data)
    .filter((data) => data['draft'] !== true)
    .map((data) => ({
      month: String(data['published']).slice(0, 7),
      leaders: (data['leaders'] as string[] | undefined) ?? [],
      title: String(data['title']),
    }));
}

const ARTICLES = fixtureArticles();
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumSignificantDigits: 2 });

/**
 * The rows the timeline's table must show for the articles of a leader: each
 * period (its label), the count, and the share of all the archive's articles in it.
 */
function expectedRows(leader: string, periods: { period: string; label: string }[]): string[][] {
  return periods.map(({ period, label }) => {
    const inPeriod = ARTICLES.filter((a) => a.month.startsWith(period));
    const count = inPeriod.filter((a) => a.leaders.includes(leader)).length;
    return [label, String(count), percent.format(inPeriod.length ? count / inPeriod.length : 0)];
  });
}

const YEARS = ['2020', '2021', '2022', '2023', '2024'].map((year) => ({ period: year, label: year }));
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_2023_2024 = ['2023', '2024'].flatMap((year) =>
  MONTH_NAMES.map((name, i) => ({
    period: `${year}-${String(i + 1).padStart(2, '0')}`,
    label: `${name} ${year}`,
  })),
);

/** Opens the box "Results over time" and waits until its figures are drawn. */
async function openTimeline(page: Page): Promise<void> {
  const details = page.locator('search-timeline details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.locator('search-timeline summary').click();
  }
  await drawn(page);
}

async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const timeline = document.querySelector('search-timeline');
      return (
        timeline &&
        !timeline.hasAttribute('aria-busy') &&
        (timeline.querySelector('[data-table] tbody tr') ?? null) !== null &&
        !document.querySelector('archive-search')?.hasAttribute('aria-busy')
      );
    },
    undefined,
    { timeout: 15_000 },
  );
}

function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('search-timeline [data-table] tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

/** The timeline's tests, inside a suite that serves the research archive. */
export function describeTimeline(site: ServedSite): void {
  const { at } = site;
  const searchUrl = (query: string): string => `${new URL(at('search/')).pathname}${query}`;

  it('fetches nothing for the timeline until it is opened, then counts a search per year with its share of all articles', async () => {
    const { page, problems } = await site.open({ fresh: true });
    const filters: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_filter')) filters.push(request.url());
    });
    await page.goto(at(`search/?leader=${TOKAYEV}`));
    await settled(page);
    // The search itself loads the leader filter; nothing counts months yet.
    const beforeOpening = filters.length;
    expect(await page.locator('search-timeline [data-chart] li').count()).toBe(0);

    await openTimeline(page);
    expect(filters.length).toBeGreaterThan(beforeOpening);
    // The archive spans December 2020 to November 2024, more than three years: by year.
    expect(await page.locator('search-timeline [data-caption]').textContent()).toBe(
      'Articles found per year',
    );
    expect(await tableRows(page)).toEqual(expectedRows('kassym-jomart-tokayev', YEARS));
    // Each bar is a link to the same search in its year, and shows its count.
    const bars = page.locator('search-timeline [data-chart] a');
    expect(await bars.count()).toBe(5);
    expect(await bars.nth(1).getAttribute('href')).toBe(
      searchUrl('?leader=Kassym-Jomart+Tokayev&from=2021&to=2021'),
    );
    const counts = expectedRows('kassym-jomart-tokayev', YEARS).map(([, count]) => count);
    expect(await page.locator('search-timeline [data-chart] .value').allTextContents()).toEqual(counts);

    // The share instead of the count.
    await page.getByRole('radio', { name: 'Share of all articles' }).check();
    const shares = expectedRows('kassym-jomart-tokayev', YEARS).map(([, , share]) => share);
    expect(await page.locator('search-timeline [data-chart] .value').allTextContents()).toEqual(shares);
    expect(await bars.nth(0).textContent()).toContain(`2020: ${counts[0]} article`);
    expect(problems).toEqual([]);
  });

  it('counts month by month within three years, and a bar narrows the search to its month', async () => {
    const { page, problems } = await site.open();
    await page.goto(at(`search/?leader=${TOKAYEV}&from=2023&to=2024`));
    await settled(page);
    await openTimeline(page);
    expect(await page.locator('search-timeline [data-caption]').textContent()).toBe(
      'Articles found per month',
    );
    const rows = expectedRows('kassym-jomart-tokayev', MONTHS_2023_2024);
    expect(await tableRows(page)).toEqual(rows);
    // October 2023: the state visit to Uzbekistan.
    const october = page.locator('search-timeline [data-chart] a').nth(9);
    expect(await october.textContent()).toContain('October 2023: 1 article');
    await Promise.all([page.waitForURL(/from=2023-10&to=2023-10/), october.click()]);
    expect(new URL(page.url()).search).toBe('?leader=Kassym-Jomart+Tokayev&from=2023-10&to=2023-10');
    await settled(page, '1 article');
    expect(await resultTitles(page)).toEqual(
      ARTICLES.filter((a) => a.month === '2023-10' && a.leaders.includes('kassym-jomart-tokayev')).map(
        (a) => a.title,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('compares searches as shares, keeps them in the URL through a reload, and removes them', async () => {
    const { page, problems } = await site.open();
    await page.goto(at(`search/?leader=${TOKAYEV}`));
    await settled(page);
    await openTimeline(page);
    await page.getByRole('button', { name: 'Add this search to the comparison' }).click();
    await page.waitForURL(/vs=/);
    expect(new URL(page.url()).searchParams.getAll('vs')).toEqual([`leader=${TOKAYEV.replaceAll(' ', '+')}`]);
    await drawn(page);

    // Another search: the first stays on the chart beside it.
    await choice(page, 'leader', MIRZIYOYEV).check();
    await settled(page, MIRZIYOYEV);
    await choice(page, 'leader', TOKAYEV).uncheck();
    await page.waitForFunction(
      () => !new URL(location.href).searchParams.has('leader', 'Kassym-Jomart Tokayev'),
    );
    await settled(page);
    await drawn(page);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('leader')).toEqual([MIRZIYOYEV]);
    expect(url.searchParams.getAll('vs')).toEqual([`leader=${TOKAYEV.replaceAll(' ', '+')}`]);

    const check = async (): Promise<void> => {
      expect(await page.locator('search-timeline [data-legend] li').allTextContents()).toEqual([
        `This search: ${MIRZIYOYEV}`,
        `${TOKAYEV} Remove`,
      ]);
      const headers = await page.locator('search-timeline [data-table] thead th').allTextContents();
      expect(headers.at(-1)).toBe(`Share: ${TOKAYEV}`);
      const mine = expectedRows('shavkat-mirziyoyev', YEARS);
      const theirs = expectedRows('kassym-jomart-tokayev', YEARS);
      expect(await tableRows(page)).toEqual(mine.map((row, i) => [...row, theirs[i]![2]!]));
    };
    await check();

    await page.reload();
    await settled(page);
    await openTimeline(page);
    await check();

    await page.getByRole('button', { name: `Remove ${TOKAYEV} from the comparison` }).click();
    await page.waitForURL((next) => !next.search.includes('vs='));
    await drawn(page);
    expect(await page.locator('search-timeline [data-legend]').isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.getAll('leader')).toEqual([MIRZIYOYEV]);
    expect(problems).toEqual([]);
  });

  it('has no axe-core violations with the timeline open and a comparison, light and dark, and fits a narrow screen', async () => {
    const { page } = await site.open({ fresh: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(
        at(`search/?leader=${MIRZIYOYEV}&from=2021&to=2023&vs=leader%3D${encodeURIComponent(TOKAYEV)}`),
      );
      await settled(page);
      await openTimeline(page);
      expect(await page.locator('search-timeline [data-chart] li').count()).toBe(36);
      expect(violationLines(await analyzePage(page)), colorScheme).toEqual([]);
    }
    expect(await overflowWhenNarrow(page)).toBe(0);
  });

  it('on a 390 px phone, scrolls a comparison too wide for it in a named box the keyboard reaches, its caption and periods kept in view', async () => {
    const { page } = await site.open({ fresh: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const compared = `vs=leader%3D${encodeURIComponent(TOKAYEV)}&vs=q%3Denergy`;
    await page.goto(at(`kk/search/?leader=${MIRZIYOYEV}&from=2021&to=2023&${compared}`));
    await settled(page);
    await openTimeline(page);
    const box = page.getByRole('region', { name: 'Айлар бойынша табылған мақалалар' });
    // Five columns of Kazakh headings are wider than the phone: the box scrolls, the page does not.
    expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth)).toBeGreaterThan(20);
    expect(await overflow(page)).toBe(0);

    await box.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => {
      const b = document.querySelector('search-timeline .table-box');
      return b !== null && b.scrollLeft >= b.scrollWidth - b.clientWidth - 1;
    });
    const { start, last, captionStart, periods } = await box.evaluate((b) => {
      const left = (e: Element) => e.getBoundingClientRect().left;
      const table = b.querySelector('table')!;
      return {
        start: left(b),
        last:
          table.rows[0]!.cells[table.rows[0]!.cells.length - 1]!.getBoundingClientRect().right -
          b.getBoundingClientRect().right,
        captionStart: left(table.caption!.firstElementChild ?? table.caption!),
        periods: [...table.rows].map((row) => left(row.cells[0]!)),
      };
    });
    expect(last).toBeLessThanOrEqual(1);
    expect(Math.abs(captionStart - start)).toBeLessThanOrEqual(1);
    expect(periods.length).toBe(37);
    expect(periods.filter((x) => Math.abs(x - start) > 1)).toEqual([]);
    // The period column is opaque: the figures scrolled under it do not show through.
    const covered = await box.evaluate((b) => getComputedStyle(b.querySelector('tbody th')!).backgroundColor);
    expect(covered).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  });
}
