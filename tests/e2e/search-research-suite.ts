/**
 * The browser tests of the researcher's search: several leaders or countries
 * at once (all must be named), kinds of piece (any of them), date ranges, the
 * URL forms old and new, and the exports of every result. Run at the root
 * (search-research-root.test.ts) and under /archive/ (search-research-archive.test.ts)
 * on the fixture archive tests/fixtures/archives/research/, served by nginx.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site';
import { choice, choiceLabels, resultTitles, settled } from './search-suite';
import { searchSite } from './search-sites';
import { analyzePage, violationLines } from '../support/axe';
import { overflowWhenNarrow } from '../support/reflow';
import { citeData, readBibtex, readCsv, spreadsheetRuns } from '../support/readers';
import { describeTimeline } from './search-timeline-suite';

const TOKAYEV = 'Kassym-Jomart Tokayev';
const MIRZIYOYEV = 'Shavkat Mirziyoyev';

const YEAR_AHEAD = 'Tokayev and Mirziyoyev discuss the year ahead by phone'; // 2020-12, call
const DUSHANBE = 'Rahmon and Mirziyoyev meet in Dushanbe'; // 2021-01, meeting
const TASHKENT = 'Tokayev meets Mirziyoyev in Tashkent'; // 2021-03, meeting
const ARRIVES = 'Mirziyoyev arrives in Nur-Sultan on a state visit'; // 2021-03, visit
const GRAIN = 'Kazakhstan reports a record grain harvest'; // 2022-03, report
const PUTIN_CALL = 'Tokayev and Putin talk by phone'; // 2022-06, call
const REFORMS = 'Tokayev makes a statement on political reforms'; // 2023-04, statement
const RAILWAY = 'Tokayev and Mirziyoyev speak about the railway'; // 2023-09, call
const UZ_VISIT = 'Tokayev pays a state visit to Uzbekistan'; // 2023-10, visit
const INTERVIEW = 'Интервью Токаева агентству ТАСС'; // 2024-02, interview
const TJ_VISIT = 'Tokayev pays a state visit to Tajikistan'; // 2024-05, visit
const SUMMIT = 'Leaders speak at the summit in Astana'; // 2024-08, speech, all four leaders
const BORDER = 'Border commission reports progress'; // 2024-11, report

/** Every article that names Kazakhstan, newest first. */
const KAZAKHSTAN = [
  BORDER,
  SUMMIT,
  TJ_VISIT,
  INTERVIEW,
  UZ_VISIT,
  RAILWAY,
  REFORMS,
  PUTIN_CALL,
  GRAIN,
  ARRIVES,
  TASHKENT,
  YEAR_AHEAD,
];

const sorted = (titles: readonly string[]): string[] => [...titles].sort();

/** Every result's title, after showing them all. */
async function allTitles(page: Page): Promise<string[]> {
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('.results .result').count();
    await more.click();
    // The whole batch: "Show more" adds ten results, one by one, then hides itself when none remain.
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('.results .result').length >= n + 10 ||
        document.querySelector<HTMLElement>('[data-more]')?.hidden === true,
      shown,
    );
    await settled(page);
  }
  return resultTitles(page);
}

/** Presses an export button and reads the file the browser downloads. */
async function exported(page: Page, format: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format, exact: true }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

/** RIS records as maps of tag to values, read by their tags. */
function readRis(text: string): Map<string, string[]>[] {
  const records: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (!match) continue;
    const [, tag = '', value = ''] = match;
    if (tag === 'TY') records.push((current = new Map()));
    if (tag === 'ER') current = undefined;
    else current?.set(tag, [...(current.get(tag) ?? []), value]);
  }
  return records;
}

export function describeResearchSearch(options: { name: string; base?: string }): void {
  describe(`search for researchers, served by nginx at ${options.base ?? '/'}`, () => {
    // How filters combine does not depend on the base: those tests run at the root only; under a
    // base, the tests of what it can change (URLs read and written, exports' links, the page).
    const atRoot = (name: string, test: () => Promise<void>): void => {
      if (!options.base) it(name, test);
    };
    const site = useServedSite(
      () => searchSite('research', options),
      options.base ? { base: options.base } : {},
    );
    const { at } = site;
    const open = () => site.open();
    const searchPath = (query: string): string => new URL(at(`search/${query}`)).pathname + query;

    it('shows filter values named like JavaScript’s own properties as unknown values, nothing of JavaScript', async () => {
      const { page, problems } = await open();
      const names = {
        leader: '__proto__',
        country: 'toString',
        kind: 'constructor',
        source: 'hasOwnProperty',
      };
      const query = Object.entries(names)
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
      await page.goto(at(`search/?${query}`));
      const status = await settled(page);
      expect(status).toMatch(/^No articles naming /);
      for (const value of Object.values(names)) expect(status).toContain(value);
      // The chosen values are offered as checkboxes of their own, each counted 0 once the menus are used.
      await choice(page, 'kind', 'constructor').focus();
      await settled(page);
      expect(await choiceLabels(page, 'kind')).toContain('constructor (0)');
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/native code|function \w*\(|\[object /);
      expect(problems).toEqual([]);
    });

    atRoot(
      'finds the articles that name all of several leaders, and counts the others among them',
      async () => {
        const { page, problems } = await open();
        await page.goto(at(`search/?leader=${TOKAYEV}&leader=${MIRZIYOYEV}`));
        expect(await settled(page)).toBe(`5 articles naming ${TOKAYEV} and ${MIRZIYOYEV}`);
        expect(sorted(await resultTitles(page))).toEqual(
          sorted([YEAR_AHEAD, TASHKENT, RAILWAY, UZ_VISIT, SUMMIT]),
        );
        expect(await choice(page, 'leader', TOKAYEV).isChecked()).toBe(true);
        expect(await choice(page, 'leader', MIRZIYOYEV).isChecked()).toBe(true);

        await choice(page, 'leader', 'Vladimir Putin').focus();
        await settled(page);
        expect(await choiceLabels(page, 'leader')).toEqual([
          'Emomali Rahmon (1)',
          `${TOKAYEV} (5)`,
          `${MIRZIYOYEV} (5)`,
          'Vladimir Putin (1)',
        ]);
        await page.keyboard.press('Space');
        await settled(page, 'Vladimir Putin');
        expect(await resultTitles(page)).toEqual([SUMMIT]);
        expect(new URL(page.url()).searchParams.getAll('leader')).toEqual([
          TOKAYEV,
          MIRZIYOYEV,
          'Vladimir Putin',
        ]);
        expect(problems).toEqual([]);
      },
    );

    atRoot(
      'finds the articles that name two countries within a range of months, chosen in the form',
      async () => {
        const { page, problems } = await open();
        await page.goto(at('search/?country=Kazakhstan'));
        await settled(page, '12 articles');
        await choice(page, 'country', 'Uzbekistan').check();
        expect(await settled(page, 'Uzbekistan')).toBe('6 articles about Kazakhstan and Uzbekistan');
        await page.locator('select[name="from"]').selectOption('2021-03');
        await settled(page, 'since March 2021');
        await page.locator('select[name="to"]').selectOption('2023-09');
        expect(await settled(page, 'to September 2023')).toBe(
          '3 articles about Kazakhstan and Uzbekistan, from March 2021 to September 2023',
        );
        expect(sorted(await resultTitles(page))).toEqual(sorted([TASHKENT, ARRIVES, RAILWAY]));
        const url = new URL(page.url());
        expect(url.search).toBe('?country=Kazakhstan&country=Uzbekistan&from=2021-03&to=2023-09');
        expect(problems).toEqual([]);
      },
    );

    atRoot(
      'finds the articles of any of the chosen kinds, counting each kind without the kinds chosen',
      async () => {
        const { page, problems } = await open();
        await page.goto(at('search/?kind=visit'));
        expect(await settled(page)).toBe('3 articles of the kind Visit');
        expect(sorted(await resultTitles(page))).toEqual(sorted([ARRIVES, UZ_VISIT, TJ_VISIT]));
        await choice(page, 'kind', 'call').check();
        expect(await settled(page, 'Phone call')).toBe('6 articles of the kind Phone call or Visit');
        expect(sorted(await resultTitles(page))).toEqual(
          sorted([YEAR_AHEAD, PUTIN_CALL, RAILWAY, ARRIVES, UZ_VISIT, TJ_VISIT]),
        );
        expect(await choiceLabels(page, 'kind')).toEqual([
          'Speech (1)',
          'Phone call (3)',
          'Meeting (2)',
          'Visit (3)',
          'Statement (2)',
          'Interview (1)',
          'Report (2)',
        ]);
        // All the state visits of one year.
        await page.goto(at('search/?kind=visit&from=2024&to=2024'));
        expect(await settled(page)).toBe('1 article of the kind Visit, in 2024');
        expect(await resultTitles(page)).toEqual([TJ_VISIT]);
        expect(problems).toEqual([]);
      },
    );

    atRoot(
      'reads a year alone as the whole year, both bounds included, and finds nothing in a range without articles',
      async () => {
        const { page, problems } = await open();
        await page.goto(at('search/?from=2024'));
        expect(await settled(page)).toBe('4 articles since 2024');
        expect(sorted(await resultTitles(page))).toEqual(sorted([INTERVIEW, TJ_VISIT, SUMMIT, BORDER]));
        await page.goto(at('search/?to=2021-01'));
        expect(await settled(page)).toBe('2 articles until January 2021');
        expect(sorted(await resultTitles(page))).toEqual(sorted([YEAR_AHEAD, DUSHANBE]));
        await page.goto(at('search/?from=2025'));
        expect(await settled(page)).toBe('No articles since 2025');
        expect(await resultTitles(page)).toEqual([]);
        expect(await page.locator('[data-empty]').isVisible()).toBe(true);
        expect(problems).toEqual([]);
      },
    );

    atRoot('combines words, several leaders, several kinds and a date range', async () => {
      const { page, problems } = await open();
      await page.goto(
        at(`search/?q=Tokayev&leader=${TOKAYEV}&leader=${MIRZIYOYEV}&kind=call&kind=visit&from=2021&to=2023`),
      );
      expect(await settled(page)).toBe(
        `2 articles with the words “Tokayev”, naming ${TOKAYEV} and ${MIRZIYOYEV}, of the kind Phone call or Visit, from 2021 to 2023`,
      );
      expect(sorted(await resultTitles(page))).toEqual(sorted([RAILWAY, UZ_VISIT]));
      expect(problems).toEqual([]);
    });

    it('keeps older links with a year working', async () => {
      const { page, problems } = await open();
      await page.goto(at(`search/?q=Tokayev&leader=${TOKAYEV}&year=2023`));
      expect(await settled(page)).toBe(`3 articles with the words “Tokayev”, naming ${TOKAYEV}, in 2023`);
      expect(sorted(await resultTitles(page))).toEqual(sorted([REFORMS, RAILWAY, UZ_VISIT]));
      expect(await page.locator('select[name="from"]').inputValue()).toBe('2023');
      expect(await page.locator('select[name="to"]').inputValue()).toBe('2023');
      await page.goto(at('search/?year=2021'));
      expect(await settled(page)).toBe('3 articles in 2021');
      expect(sorted(await resultTitles(page))).toEqual(sorted([DUSHANBE, TASHKENT, ARRIVES]));
      expect(problems).toEqual([]);
    });

    atRoot('restores several values of a filter through reload, back and forward', async () => {
      const { page, problems } = await open();
      await page.goto(at(`search/?leader=${TOKAYEV}`));
      await settled(page, '9 articles');
      await choice(page, 'leader', MIRZIYOYEV).check();
      await settled(page, '5 articles');
      await choice(page, 'kind', 'visit').check();
      await settled(page, '1 article');
      expect(new URL(page.url()).search).toBe(
        `?leader=${encodeURIComponent(TOKAYEV)}&leader=${encodeURIComponent(MIRZIYOYEV)}&kind=visit`.replace(
          /%20/g,
          '+',
        ),
      );
      await page.reload();
      expect(await settled(page)).toBe(`1 article naming ${TOKAYEV} and ${MIRZIYOYEV}, of the kind Visit`);
      expect(await resultTitles(page)).toEqual([UZ_VISIT]);

      await page.goBack();
      expect(await settled(page, '5 articles')).toBe(`5 articles naming ${TOKAYEV} and ${MIRZIYOYEV}`);
      expect(await choice(page, 'kind', 'visit').isChecked()).toBe(false);
      await page.goBack();
      expect(await settled(page, '9 articles')).toBe(`9 articles naming ${TOKAYEV}`);
      expect(await choice(page, 'leader', MIRZIYOYEV).isChecked()).toBe(false);
      await page.goForward();
      expect(await settled(page, '5 articles')).toBe(`5 articles naming ${TOKAYEV} and ${MIRZIYOYEV}`);
      expect(await choice(page, 'leader', MIRZIYOYEV).isChecked()).toBe(true);
      expect(problems).toEqual([]);
    });

    atRoot(
      'lists every article a search by filters alone matches, newest first, beyond the first page',
      async () => {
        const { page, problems } = await open();
        await page.goto(at('search/?country=Kazakhstan&sort=newest'));
        expect(await settled(page)).toBe('12 articles about Kazakhstan');
        expect(await page.locator('.results .result').count()).toBe(10);
        expect(await allTitles(page)).toEqual(KAZAKHSTAN);
        expect(problems).toEqual([]);
      },
    );

    describe('exports every result, not only those on screen', () => {
      const query = '?country=Kazakhstan';
      const start = async (fresh = false): Promise<Page> => {
        const { page } = await site.open({ fresh });
        await page.goto(at(`search/${query}`));
        await settled(page, '12 articles');
        expect(await page.locator('.results .result').count()).toBe(10);
        return page;
      };

      it('as CSV, the header first, each row with the search it came from, and no formula', async () => {
        // It watches the export code load, from an empty cache.
        const page = await start(true);
        const scripts: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.push(request.url());
        });
        const { name, text } = await exported(page, 'CSV');
        // The export code loads only when asked for.
        expect(scripts.length).toBeGreaterThan(0);
        expect(name).toBe('search-results.csv');
        // UTF-8 with a byte order mark, for spreadsheets; then the header, never a comment line.
        expect(text.startsWith('\uFEFFtitle,authors,published,')).toBe(true);
        const data = readCsv(text);
        expect(data).toHaveLength(12);
        expect(sorted(data.map((row) => row['title'] ?? ''))).toEqual(sorted(KAZAKHSTAN));
        for (const row of data)
          for (const cell of Object.values(row)) expect(spreadsheetRuns(cell)).toBe(false);
        const railway = data.find((row) => row['title'] === RAILWAY);
        expect(railway).toEqual({
          title: RAILWAY,
          authors: '',
          published: '2023-09-30T16:00:00+06:00',
          source: 'Kazinform',
          kind: 'Phone call',
          leaders: `${TOKAYEV}; ${MIRZIYOYEV}`,
          countries: 'Kazakhstan; Uzbekistan',
          language: 'English',
          // The permanent URL, under SITE_URL (the default, as these builds set none).
          url: `http://localhost:4321${new URL(at('articles/2023/09/tokayev-and-mirziyoyev-speak-about-the-railway/')).pathname}`,
          search_url: new URL(at(`search/${query}`)).href,
        });
        // Cyrillic comes back as written.
        expect(data.some((row) => row['title'] === INTERVIEW)).toBe(true);
        expect(await page.locator('[data-export-status]').textContent()).toBe('12 results exported as CSV.');
      });

      it('as RIS, one newspaper article per result', async () => {
        const page = await start();
        const { name, text } = await exported(page, 'RIS');
        expect(name).toBe('search-results.ris');
        expect(text).toContain(`Database: ${new URL(at(`search/${query}`)).href}`);
        const records = readRis(text);
        expect(records).toHaveLength(12);
        expect(records.every((record) => record.get('TY')?.[0] === 'NEWS')).toBe(true);
        expect(sorted(records.map((record) => record.get('TI')?.[0] ?? ''))).toEqual(sorted(KAZAKHSTAN));
        const interview = records.find((record) => record.get('TI')?.[0] === INTERVIEW);
        expect(interview?.get('DA')).toEqual(['2024/02/14/13:00:00+03:00']);
        expect(interview?.get('T2')).toEqual(['TASS']);
        expect(interview?.get('LA')).toEqual(['Russian']);
        expect(interview?.get('M3')).toEqual(['Interview']);
        const reforms = records.find((record) => record.get('TI')?.[0] === REFORMS);
        expect(reforms?.get('AU')).toEqual(['Marat Seitov']);
      });

      it('as BibTeX that a BibTeX parser reads', async () => {
        const page = await start();
        const { name, text } = await exported(page, 'BibTeX');
        expect(name).toBe('search-results.bib');
        expect(text).toContain(`@comment{News Archive search: ${new URL(at(`search/${query}`)).href}}`);
        const entries = readBibtex(text);
        expect(entries).toHaveLength(12);
        expect(text).not.toMatch(/month\s*=/);
        const items = citeData(text);
        expect(items).toHaveLength(12);
        expect(sorted(items.map((item) => String(item['title'])))).toEqual(sorted(KAZAKHSTAN));
        for (const item of items)
          expect(item['URL']).toMatch(/^http:\/\/localhost:4321\/.*articles\/\d{4}\/\d\d\/[a-z-]+\/$/);
        // Each key is the one the article's own page cites it by.
        const railway = entries.find((entry) => entry.fields['title'] === RAILWAY);
        expect(railway?.key).toBe('tokayev-and-mirziyoyev-speak-about-the-railway-2023-09');
        const cited = await (
          await fetch(at('articles/2023/09/tokayev-and-mirziyoyev-speak-about-the-railway/'))
        ).text();
        expect(cited).toContain('@article{tokayev-and-mirziyoyev-speak-about-the-railway-2023-09,');
      });

      it('as CSL-JSON that citation-js reads as newspaper articles', async () => {
        const page = await start();
        const { name, text } = await exported(page, 'CSL-JSON');
        expect(name).toBe('search-results.json');
        const items = citeData(JSON.parse(text));
        expect(items).toHaveLength(12);
        expect(items.every((item) => item['type'] === 'article-newspaper')).toBe(true);
        expect(sorted(items.map((item) => String(item['title'])))).toEqual(sorted(KAZAKHSTAN));
        const summit = items.find((item) => item['title'] === SUMMIT);
        expect(summit).toMatchObject({
          'container-title': 'Kazinform',
          issued: { 'date-parts': [[2024, 8, 22]] },
          genre: 'Speech',
          language: 'en',
          keyword: `Emomali Rahmon, ${TOKAYEV}, ${MIRZIYOYEV}, Vladimir Putin, Kazakhstan, Russia, Tajikistan, Uzbekistan`,
        });
        expect(String(summit?.['note'])).toContain(searchPath(query));
      });
    });

    it('has no axe-core violations with filters chosen and the export offered, and fits a narrow screen', async () => {
      const { page } = await open();
      await page.goto(at(`search/?leader=${TOKAYEV}&kind=visit&from=2021-03&to=2024`));
      await settled(page, '2 articles');
      await choice(page, 'leader', TOKAYEV).focus();
      await settled(page);
      expect(await page.locator('[data-export]').isVisible()).toBe(true);
      expect(violationLines(await analyzePage(page))).toEqual([]);
      expect(await overflowWhenNarrow(page)).toBe(0);
    });

    // Results over time, on the same build.
    describeTimeline(site);
  });
}
