import { statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../support/build';
import { articleText, writeArchive } from '../support/archive';
import { fileFor, htmlFiles, loadPage } from '../support/dist';

const COUNT = 120;
/** The page budget: no page of the site may exceed 300 KB. */
const PAGE_BUDGET = 300 * 1024;
let dist = '';

beforeAll(() => {
  const articles: Record<string, string> = {};
  for (let i = 1; i <= COUNT; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const hour = String(i % 24).padStart(2, '0');
    articles[`2024/03/report-${i}.md`] = articleText({
      title: `Report number ${i}`,
      summary: `Summary ${i}.`,
      published: `'2024-03-${day}T${hour}:00:00+05:00'`,
      leaders: '\n  - kassym-jomart-tokayev\n  - vladimir-putin',
      countries: '\n  - kazakhstan\n  - russia',
    });
  }
  dist = buildSiteOrThrow({
    name: 'pagination',
    contentDir: writeArchive('pagination', articles),
    locales: 'en',
  });
});

/** The article links of a listing page (cards, or a pair page's timeline). */
const articleLinks = (url: string) => {
  const $ = loadPage(dist, url);
  return $('main :is(.article-list, .timeline) :is(h2, h3) a')
    .map((_, a) => $(a).attr('href'))
    .get();
};

describe('listings of a large archive', () => {
  it.each([
    ['/', (n: number) => (n === 1 ? '/' : `/page/${n}/`)],
    [
      '/leaders/kassym-jomart-tokayev/',
      (n: number) => `/leaders/kassym-jomart-tokayev/${n === 1 ? '' : `page/${n}/`}`,
    ],
    ['/countries/kazakhstan/', (n: number) => `/countries/kazakhstan/${n === 1 ? '' : `page/${n}/`}`],
    ['/archive/2024/03/', (n: number) => `/archive/2024/03/${n === 1 ? '' : `page/${n}/`}`],
    [
      '/leaders/kassym-jomart-tokayev/with/vladimir-putin/',
      (n: number) => `/leaders/kassym-jomart-tokayev/with/vladimir-putin/${n === 1 ? '' : `page/${n}/`}`,
    ],
    [
      '/countries/kazakhstan/with/russia/',
      (n: number) => `/countries/kazakhstan/with/russia/${n === 1 ? '' : `page/${n}/`}`,
    ],
  ])('%s shows 50 articles a page over three pages, each article once', (_first, pageUrl) => {
    const pages = [1, 2, 3].map((n) => articleLinks(pageUrl(n)));
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(new Set(pages.flat()).size).toBe(COUNT);
    expect(fileFor(dist, pageUrl(4), '/')).toBeUndefined();
  });

  it('links each page to the newer and older one', () => {
    const $ = loadPage(dist, '/page/2/');
    expect($('.pager a[rel="prev"]').attr('href')).toBe('/');
    expect($('.pager a[rel="next"]').attr('href')).toBe('/page/3/');
    expect($('.pager').text()).toMatch(/51–100 of 120/);
  });

  it('keeps the newest first across pages', () => {
    // Article i is published on day 1 + i % 28 at hour i % 24: rank them by that, independently of the site.
    const when = (i: number) => (1 + (i % 28)) * 100 + (i % 24);
    const byDate = Array.from({ length: COUNT }, (_, k) => k + 1).sort((x, y) => when(y) - when(x));
    expect(articleLinks('/')[0]).toBe(`/articles/2024/03/report-${byDate[0]}/`);
    expect(articleLinks('/page/3/').at(-1)).toBe(`/articles/2024/03/report-${byDate.at(-1)}/`);
  });

  it('keeps every page under the 300 KB budget, listings of 50 cards included', () => {
    const oversized = htmlFiles(dist)
      .map((file) => ({ file, bytes: statSync(path.join(dist, file)).size }))
      .filter((page) => page.bytes > PAGE_BUDGET);
    expect(oversized).toEqual([]);
  });
});
