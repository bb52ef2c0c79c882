/**
 * Search over an index in several shards: a small archive built with
 * `SEARCH_SHARD_PAGES=1`, so each of its years is a shard of its own, served
 * under /archive/ by nginx and searched in Chromium. The shards' results must
 * read as one index: every shard searched, newest first across shards (which
 * Pagefind's own merged search gets wrong), filter counts summed over shards.
 * A newest-first search reads the newest shard alone and older ones only when
 * the reader asks for more results, or for the count over all years; its
 * status says which years its count is of until then.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleText, writeArchive } from '../support/archive';
import { buildSiteOrThrow, ROOT, SEARCH_INDEX, TSX } from '../support/build';
import { useServedSite } from '../support/served-site';
import { CALL, choice, choiceLabels, resultTitles, settled, SPEECH } from './search-suite';
import { analyzePage, violationLines } from '../support/axe';

const CROSSING = 'Tokayev and Rahmon open a border crossing';
const MOSCOW = 'Tokayev holds talks with Putin in Moscow';
const COMMISSION = 'Tokayev receives the Kyrgyz border commission';
/** Every article that names Tokayev, newest first: shards 2025, 2023 and 2021. */
const NEWEST_FIRST = [CROSSING, SPEECH, MOSCOW, COMMISSION, CALL];

/**
 * Reports that name Samarkand: ten from 2025, enough to fill the first page
 * from the newest shard alone, then one from 2023 and one from 2021. Newest first.
 */
const FORUM_DATES = [
  ...['10', '09', '08', '07', '06', '05', '04', '03', '02', '01'].map((month) => `2025-${month}-15`),
  '2023-07-01',
  '2021-02-01',
];
const forumTitle = (date: string): string => `Samarkand forum report of ${date}`;
const FORUM = FORUM_DATES.map(forumTitle);
const FORUM_ARTICLES = Object.fromEntries(
  FORUM_DATES.map((date) => [
    `${date.slice(0, 4)}/${date.slice(5, 7)}/samarkand-forum-${date}.md`,
    articleText(
      {
        title: forumTitle(date),
        published: `'${date}T10:00:00+05:00'`,
        leaders: '\n  - shavkat-mirziyoyev',
        countries: '\n  - uzbekistan',
      },
      'Delegations met in Samarkand for the regional forum.',
    ),
  ]),
);

/** Records the index files the page fetches from now on, as `<shard>/<file>`. */
function watchIndex(context: BrowserContext): string[] {
  const files: string[] = [];
  context.on('request', (request) => {
    const match = /\/pagefind\/([^/]+)\/(.+)$/.exec(new URL(request.url()).pathname);
    if (match) files.push(`${match[1]}/${match[2]}`);
  });
  return files;
}

/** The shards some files are in. */
const shardsOf = (files: readonly string[]): string[] =>
  [...new Set(files.map((file) => file.split('/')[0] ?? ''))].sort();

/** Waits until `count` results are listed (for "Show more", which leaves the element's busy state alone). */
async function listed(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('.results .result').length === n, count, {
    timeout: 15_000,
  });
}

const ARTICLES = {
  ...FORUM_ARTICLES,
  '2025/11/border-crossing.md': articleText(
    {
      title: CROSSING,
      published: "'2025-11-20T10:00:00+06:00'",
      leaders: '\n  - kassym-jomart-tokayev\n  - emomali-rahmon',
      countries: '\n  - kazakhstan\n  - tajikistan',
    },
    'Kassym-Jomart Tokayev and Emomali Rahmon opened a new crossing on the border.',
  ),
  '2023/03/talks-in-moscow.md': articleText(
    {
      title: MOSCOW,
      published: "'2023-03-14T12:00:00+03:00'",
      leaders: '\n  - kassym-jomart-tokayev\n  - vladimir-putin',
      countries: '\n  - kazakhstan\n  - russia',
    },
    'Kassym-Jomart Tokayev and Vladimir Putin discussed trade in Moscow.',
  ),
  '2021/06/border-commission.md': articleText(
    {
      title: COMMISSION,
      published: "'2021-06-10T09:00:00+06:00'",
      countries: '\n  - kazakhstan\n  - kyrgyzstan',
    },
    'Kassym-Jomart Tokayev received the Kyrgyz members of the border commission.',
  ),
};

describe('search over an index in one shard per year', () => {
  let outDir = '';
  const site = useServedSite(
    () => {
      const previous = process.env['SEARCH_SHARD_PAGES'];
      process.env['SEARCH_SHARD_PAGES'] = '1';
      try {
        const contentDir = writeArchive('e2e-shards', ARTICLES, { withSeeds: true });
        outDir = buildSiteOrThrow({ name: 'e2e-shards', base: '/archive', contentDir, locales: 'en' });
        return outDir;
      } finally {
        if (previous === undefined) delete process.env['SEARCH_SHARD_PAGES'];
        else process.env['SEARCH_SHARD_PAGES'] = previous;
      }
    },
    { base: '/archive' },
  );
  const { at } = site;
  // The tests watch which shards a page fetches, from an empty cache.
  const open = () => site.open({ fresh: true });

  it('writes a shard per year, and the search page lists the same shards, newest first', async () => {
    expect(readdirSync(path.join(outDir, 'pagefind')).sort()).toEqual(['2021', '2023', '2025']);
    const { page } = await open();
    await page.goto(at('search/'));
    expect(await page.locator('archive-search').getAttribute('data-shards')).toBe(
      '/archive/pagefind/2025/ /archive/pagefind/2023/ /archive/pagefind/2021/',
    );
    expect(await page.locator('archive-search').getAttribute('data-shard-ids')).toBe('2025 2023 2021');
  });

  it('searches only the newest shard for a cold search, says which years it counted, and counts all years when asked', async () => {
    const { page, context, problems } = await open();
    const files = watchIndex(context);
    await page.goto(at('search/?q=Samarkand'));
    expect(await settled(page)).toBe(
      '10 articles with the words “Samarkand” · counted in 2025; older years not searched yet',
    );
    expect(await resultTitles(page)).toEqual(FORUM.slice(0, 10));
    expect(shardsOf(files)).toEqual(['2025']);
    expect(files).toContain('2025/pagefind-entry.json');
    expect(files.some((file) => file.endsWith('.pf_meta'))).toBe(true);
    const more = page.locator('[data-more]');
    expect(await more.isVisible()).toBe(true);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('newest');

    const countAll = page.getByRole('button', { name: 'Count all years' });
    expect(await countAll.isVisible()).toBe(true);
    await countAll.focus();
    await page.keyboard.press('Enter');
    expect(await settled(page, '12 articles')).toBe('12 articles with the words “Samarkand”');
    expect(await countAll.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-status'))).toBe(true);
    expect(shardsOf(files)).toEqual(['2021', '2023', '2025']);
    expect(await resultTitles(page)).toEqual(FORUM.slice(0, 10));

    await more.click();
    await listed(page, 12);
    expect(await resultTitles(page)).toEqual(FORUM);
    expect(await more.isHidden()).toBe(true);
    expect(await settled(page)).toBe('12 articles with the words “Samarkand”');
    expect(problems).toEqual([]);
  });

  it('pages into older shards with “Show more”, in date order, and then gives the whole count', async () => {
    const { page, context, problems } = await open();
    const files = watchIndex(context);
    await page.goto(at('search/?q=Samarkand'));
    await settled(page, 'older years not searched yet');
    expect(shardsOf(files)).toEqual(['2025']);
    await page.locator('[data-more]').click();
    await listed(page, 12);
    expect(await resultTitles(page)).toEqual(FORUM);
    expect(
      await page
        .locator('.results time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime'))),
    ).toEqual(FORUM_DATES.map((date) => `${date}T10:00:00+05:00`));
    expect(await page.locator('[data-status]').textContent()).toBe('12 articles with the words “Samarkand”');
    expect(await page.locator('[data-count-all]').isHidden()).toBe(true);
    expect(await page.locator('[data-more]').isHidden()).toBe(true);
    expect(shardsOf(files)).toEqual(['2021', '2023', '2025']);
    expect(problems).toEqual([]);
  });

  it('ranks by best match over every shard at once, with the whole count', async () => {
    const { page, context, problems } = await open();
    const files = watchIndex(context);
    await page.goto(at('search/?q=Samarkand&sort=relevance'));
    expect(await settled(page)).toBe('12 articles with the words “Samarkand”');
    expect(await page.locator('[data-count-all]').isHidden()).toBe(true);
    expect(shardsOf(files)).toEqual(['2021', '2023', '2025']);
    expect(await resultTitles(page)).toHaveLength(10);
    await page.locator('[data-more]').click();
    await listed(page, 12);
    expect((await resultTitles(page)).sort()).toEqual([...FORUM].sort());
    expect(problems).toEqual([]);
  });

  it('exports every result of every year from a search that has read only the newest shard', async () => {
    const { page, context, problems } = await open();
    const files = watchIndex(context);
    await page.goto(at('search/?q=Samarkand'));
    await settled(page, 'older years not searched yet');
    expect(shardsOf(files)).toEqual(['2025']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    const { data } = Papa.parse<Record<string, string>>(await readFile(await download.path(), 'utf8'), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(data.map((row) => row['title'])).toEqual(FORUM);
    expect(await settled(page, '12 articles')).toBe('12 articles with the words “Samarkand”');
    expect(await page.locator('[data-export-status]').textContent()).toBe('12 results exported as CSV.');
    expect(await page.locator('[data-count-all]').isHidden()).toBe(true);
    expect(shardsOf(files)).toEqual(['2021', '2023', '2025']);
    expect(problems).toEqual([]);
  });

  it('counts results over time over every shard, reading the older ones only once the chart is opened', async () => {
    const { page, context, problems } = await open();
    const files = watchIndex(context);
    await page.goto(at('search/?q=Samarkand'));
    await settled(page, 'older years not searched yet');
    expect(shardsOf(files)).toEqual(['2025']);
    await page.locator('search-timeline summary').click();
    await page.waitForFunction(
      () =>
        !document.querySelector('search-timeline')?.hasAttribute('aria-busy') &&
        document.querySelector('search-timeline [data-table] tbody tr') !== null,
      undefined,
      { timeout: 15_000 },
    );
    expect(shardsOf(files)).toEqual(['2021', '2023', '2025']);
    // The archive spans 2021 to 2025, more than three years: a row per year, each with its count.
    const rows = await page
      .locator('search-timeline [data-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.children[0]?.textContent, tr.children[1]?.textContent]));
    const perYear = (year: string): string =>
      String(FORUM_DATES.filter((date) => date.startsWith(year)).length);
    expect(rows).toEqual(['2021', '2022', '2023', '2024', '2025'].map((year) => [year, perYear(year)]));
    expect(problems).toEqual([]);
  });

  it('reads only the shards a date range spans', async () => {
    const { page, context, problems } = await open();
    const files = watchIndex(context);
    // Every shard in the range is read, so the count is whole; the newest shard gives only Pagefind's code.
    await page.goto(at('search/?q=Samarkand&from=2021&to=2023'));
    expect(await settled(page)).toBe('2 articles with the words “Samarkand”, from 2021 to 2023');
    expect(await resultTitles(page)).toEqual(FORUM.slice(10));
    expect(files.filter((file) => file.startsWith('2025/'))).toEqual(['2025/pagefind.js']);
    expect(shardsOf(files)).toEqual(['2021', '2023', '2025']);

    // A range within the newest shard: its count is whole at once.
    const { page: recent, context: recentContext } = await open();
    const recentFiles = watchIndex(recentContext);
    await recent.goto(at('search/?q=Samarkand&from=2025'));
    expect(await settled(recent)).toBe('10 articles with the words “Samarkand”, since 2025');
    expect(await recent.locator('[data-count-all]').isHidden()).toBe(true);
    expect(shardsOf(recentFiles)).toEqual(['2025']);

    // Counting all years counts those of the range only.
    const { page: later, context: laterContext } = await open();
    const laterFiles = watchIndex(laterContext);
    await later.goto(at('search/?q=Samarkand&from=2023'));
    expect(await settled(later)).toBe(
      '10 articles with the words “Samarkand”, since 2023 · counted in 2025; older years not searched yet',
    );
    await later.getByRole('button', { name: 'Count all years' }).click();
    expect(await settled(later, '11 articles')).toBe('11 articles with the words “Samarkand”, since 2023');
    expect(shardsOf(laterFiles)).toEqual(['2023', '2025']);
    expect(problems).toEqual([]);
  });

  it('has no axe-core violations with the count of recent years shown, light or dark', async () => {
    const { page } = await open();
    await page.goto(at('search/?q=Samarkand'));
    await settled(page, 'older years not searched yet');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(violationLines(await analyzePage(page)), colorScheme).toEqual([]);
    }
  });

  it('finds the articles of every shard, linked under the base', async () => {
    const { page, problems } = await open();
    await page.goto(at('search/?q=Tokayev'));
    expect(await settled(page)).toBe('5 articles with the words “Tokayev”');
    expect((await resultTitles(page)).sort()).toEqual([...NEWEST_FIRST].sort());
    for (const href of await page
      .locator('.results h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/archive\/articles\/20(21|23|25)\/\d\d\/[a-z0-9-]+\/$/);
    }

    await page.goto(at('search/?q=border'));
    expect(await settled(page)).toBe('4 articles with the words “border”');
    expect((await resultTitles(page)).sort()).toEqual([CALL, COMMISSION, CROSSING, SPEECH].sort());
    expect(problems).toEqual([]);
  });

  it('lists the newest first across shards, for words and for filters alone', async () => {
    const { page, problems } = await open();
    await page.goto(at('search/?q=Tokayev&sort=newest'));
    await settled(page, '5 articles');
    expect(await resultTitles(page)).toEqual(NEWEST_FIRST);
    expect(
      await page
        .locator('.results time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime'))),
    ).toEqual([
      '2025-11-20T10:00:00+06:00',
      '2025-10-09',
      '2023-03-14T12:00:00+03:00',
      '2021-06-10T09:00:00+06:00',
      '2021-05-02T08:10:00+06:00',
    ]);
    expect(await page.locator('[data-more]').isHidden()).toBe(true);

    await page.goto(at('search/?country=Kazakhstan&sort=newest'));
    await settled(page, '5 articles about Kazakhstan');
    expect(await resultTitles(page)).toEqual(NEWEST_FIRST);

    await page.goto(at('search/?q=border&sort=newest'));
    await settled(page, '4 articles');
    expect(await resultTitles(page)).toEqual([CROSSING, SPEECH, COMMISSION, CALL]);
    expect(problems).toEqual([]);
  });

  it('counts each filter value over all shards', async () => {
    const { page, problems } = await open();
    await page.goto(at('search/?q=Tokayev'));
    await settled(page, '5 articles');
    await choice(page, 'leader', 'Vladimir Putin').focus();
    await settled(page);
    expect(await choiceLabels(page, 'leader')).toEqual([
      'Emomali Rahmon (3)',
      'Kassym-Jomart Tokayev (5)',
      'Shavkat Mirziyoyev (0)',
      'Vladimir Putin (2)',
    ]);
    expect(await choiceLabels(page, 'country')).toEqual([
      'Kazakhstan (5)',
      'Kyrgyzstan (2)',
      'Russia (2)',
      'Tajikistan (3)',
      'Uzbekistan (0)',
    ]);
    expect(await choiceLabels(page, 'kind')).toEqual(['Speech (1)', 'Phone call (1)', 'Report (3)']);

    await choice(page, 'country', 'Tajikistan').check();
    await settled(page, 'about Tajikistan');
    expect((await resultTitles(page)).sort()).toEqual([CALL, CROSSING, SPEECH].sort());
    expect(await choiceLabels(page, 'kind')).toEqual(['Speech (1)', 'Phone call (1)', 'Report (1)']);
    expect(problems).toEqual([]);
  });

  it('searches a date range over every shard it spans', async () => {
    const { page, problems } = await open();
    await page.goto(at('search/?q=Tokayev&from=2021-06&to=2025-10&sort=newest'));
    expect(await settled(page)).toBe('3 articles with the words “Tokayev”, from June 2021 to October 2025');
    expect(await resultTitles(page)).toEqual([SPEECH, MOSCOW, COMMISSION]);
    expect(problems).toEqual([]);
  });

  it('rewrites only the shard of the years given with --years, and search still reads every shard', async () => {
    const entry = (shard: string): number =>
      statSync(path.join(outDir, 'pagefind', shard, 'pagefind-entry.json')).mtimeMs;
    const before = { 2025: entry('2025'), 2023: entry('2023'), 2021: entry('2021') };
    const index = spawnSync(process.execPath, [TSX, SEARCH_INDEX, '--site', outDir, '--years', '2023'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SEARCH_SHARD_PAGES: '1' },
    });
    expect(index.stdout).toContain('2 article pages read');
    expect(index.stdout).toContain('(1 of 3 shards: 2023)');
    expect(index.status).toBe(0);
    expect(entry('2025')).toBe(before[2025]);
    expect(entry('2021')).toBe(before[2021]);
    expect(entry('2023')).toBeGreaterThan(before[2023]);

    const { page, problems } = await open();
    await page.goto(at('search/?q=Tokayev&sort=newest'));
    await settled(page, '5 articles');
    expect(await resultTitles(page)).toEqual(NEWEST_FIRST);
    expect(problems).toEqual([]);
  });
});
