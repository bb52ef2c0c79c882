/**
 * Leaders and countries as a record of relations, built from the fixture archive
 * `tests/fixtures/archives/relations` (the seed articles plus articles naming
 * four leaders in pairs, before and after March 2019 and March 2024): offices at
 * the time, dashboards and pair pages.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow, ROOT } from '../support/build';
import { fileFor, htmlFiles, loadPage, text } from '../support/dist';

const FIXTURE = path.join(ROOT, 'tests/fixtures/archives/relations');
const TOKAYEV = '/leaders/kassym-jomart-tokayev/';
const PAIR = '/leaders/kassym-jomart-tokayev/with/vladimir-putin/';
const COUNTRY_PAIR = '/countries/kazakhstan/with/russia/';
const A2017 = '/articles/2017/04/tokayev-meets-putin-in-moscow/';
const A2021 = '/articles/2021/09/tokayev-and-putin-talk-by-phone/';

let dist = '';
beforeAll(() => {
  dist = buildSiteOrThrow({ name: 'relations', contentDir: FIXTURE, locales: 'en' });
});

/** The JSON-LD objects of a page. */
function jsonLdOf(sitePath: string): { '@type': string; about?: { name: string; jobTitle?: string }[] }[] {
  const $ = loadPage(dist, sitePath);
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()) as unknown)
    .get()
    .flat() as never;
}

/** The table whose caption starts with `caption`. */
function captionTable($: CheerioAPI, caption: string) {
  return $('table')
    .filter((_, t) => $(t).find('caption').text().trim().startsWith(caption))
    .first();
}

/** The rows of the table whose caption starts with `caption`, as [name, count]. */
function tableRows($: CheerioAPI, caption: string): string[][] {
  return captionTable($, caption)
    .find('tbody tr')
    .map((_, tr) => [[$(tr).find('th').text().trim(), $(tr).find('td').text().trim()]])
    .get();
}

describe('offices at the time', () => {
  it('name Tokayev as Chairman of the Senate on a 2017 article and as President on a 2021 one', () => {
    expect(text(loadPage(dist, A2017), '.article-footer .chips')).toContain(
      'Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan',
    );
    const later = text(loadPage(dist, A2021), '.article-footer .chips');
    expect(later).toContain('Kassym-Jomart Tokayev, President of Kazakhstan');
    expect(later).not.toContain('Senate');
  });

  it('hold on the last day of an office and change on the first day of the next', () => {
    const lastDay = loadPage(dist, '/articles/2019/03/senate-chairman-addresses-parliament/');
    expect(text(lastDay, '.article-footer .chips')).toContain('Chairman of the Senate of Kazakhstan');
    const firstWeeks = loadPage(dist, '/articles/2019/04/tokayev-visits-moscow/');
    expect(text(firstWeeks, '.article-footer .chips')).toContain('President of Kazakhstan');
  });

  it('give JSON-LD the office at the time as jobTitle', () => {
    const article = (path: string) => jsonLdOf(path).find((ld) => ld['@type'] === 'NewsArticle')!;
    expect(article(A2017).about).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Kassym-Jomart Tokayev',
          jobTitle: 'Chairman of the Senate of Kazakhstan',
        }),
        expect.objectContaining({ name: 'Vladimir Putin', jobTitle: 'President of Russia' }),
      ]),
    );
    expect(article(A2021).about).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Kassym-Jomart Tokayev', jobTitle: 'President of Kazakhstan' }),
      ]),
    );
  });

  it('show on article cards, and in the feeds', () => {
    const cards = loadPage(dist, '/archive/2017/04/');
    expect(text(cards, 'main .article-list')).toContain(
      'Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan',
    );
    const feed = readFileSync(path.join(dist, 'leaders/kassym-jomart-tokayev/rss.xml'), 'utf8');
    expect(feed).toContain(
      '<dc:subject>Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan</dc:subject>',
    );
    expect(feed).toContain('<dc:subject>Kassym-Jomart Tokayev, President of Kazakhstan</dc:subject>');
  });
});

describe('leader and country dashboards', () => {
  it('draw the articles per year as an SVG chart with a title, a description and the figures beside it', () => {
    const $ = loadPage(dist, TOKAYEV);
    const svg = $('svg[role="img"]');
    expect(svg).toHaveLength(1);
    const labelled = (svg.attr('aria-labelledby') ?? '').split(' ');
    expect(labelled.map((id) => $(`#${id}`).prop('tagName')?.toLowerCase())).toEqual(['title', 'desc']);
    expect(text($, 'svg title')).toBe('Articles per year involving Kassym-Jomart Tokayev');
    expect(text($, 'svg desc')).toBe(
      '10 articles involving Kassym-Jomart Tokayev from 2017 to 2025; the most, 2, in 2019, 2021 and 2024.',
    );
    expect(svg.find('rect')).toHaveLength(7); // nine years, two without articles
    expect(
      svg
        .find('text.axis-title')
        .map((_, t) => $(t).text())
        .get(),
    ).toEqual(['Year', 'Articles']);
    const table = $('details table tbody tr')
      .map((_, tr) => [[$(tr).find('th').text().trim(), $(tr).find('td').text().trim()]])
      .get();
    expect(table).toEqual([
      ['2017', '1'],
      ['2018', '1'],
      ['2019', '2'],
      ['2020', '0'],
      ['2021', '2'],
      ['2022', '0'],
      ['2023', '1'],
      ['2024', '2'],
      ['2025', '1'],
    ]);
    expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('break the articles down by kind', () => {
    const $ = loadPage(dist, TOKAYEV);
    const kinds = tableRows($, 'Articles involving Kassym-Jomart Tokayev by kind');
    expect(kinds).toEqual([
      ['Speech', '2'],
      ['Phone call', '3'],
      ['Meeting', '2'],
      ['Visit', '2'],
      ['Statement', '1'],
    ]);
  });

  it('list the leaders named most often, each linking to the pair page, and the countries', () => {
    const $ = loadPage(dist, TOKAYEV);
    expect(tableRows($, 'Leaders named most often with Kassym-Jomart Tokayev')).toEqual([
      ['Vladimir Putin', '6'],
      ['Shavkat Mirziyoyev', '3'],
      ['Emomali Rahmon', '2'],
    ]);
    const links = captionTable($, 'Leaders named most often with Kassym-Jomart Tokayev')
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual([
      PAIR,
      '/leaders/kassym-jomart-tokayev/with/shavkat-mirziyoyev/',
      '/leaders/emomali-rahmon/with/kassym-jomart-tokayev/',
    ]);
    for (const href of links) expect(fileFor(dist, href, '/')).toBeDefined();
    expect(tableRows($, 'Countries named most often in articles involving Kassym-Jomart Tokayev')[0]).toEqual(
      ['Kazakhstan', '10'],
    );
  });

  it("list a leader's offices with their years", () => {
    const $ = loadPage(dist, TOKAYEV);
    expect(
      $('.offices li')
        .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual([
      'Prime Minister of Kazakhstan (1999–2002)',
      'Chairman of the Senate of Kazakhstan (2013–2019)',
      'President of Kazakhstan (2019–)',
    ]);
  });

  it("link a country's counterpart countries to the pair pages", () => {
    const $ = loadPage(dist, '/countries/russia/');
    const links = captionTable($, 'Countries named most often with Russia')
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toContain(COUNTRY_PAIR);
    expect(links).toContain('/countries/russia/with/uzbekistan/');
  });
});

describe('pair pages', () => {
  it('exist once per pair, at the ids in order, and not for the reverse order', () => {
    expect(fileFor(dist, PAIR, '/')).toBeDefined();
    expect(fileFor(dist, '/leaders/vladimir-putin/with/kassym-jomart-tokayev/', '/')).toBeUndefined();
    expect(fileFor(dist, COUNTRY_PAIR, '/')).toBeDefined();
    expect(fileFor(dist, '/countries/russia/with/kazakhstan/', '/')).toBeUndefined();
  });

  it('list every article of the pair as a timeline by year, each with its kind', () => {
    const $ = loadPage(dist, PAIR);
    expect(text($, 'h1')).toBe('Kassym-Jomart Tokayev and Vladimir Putin');
    const years = $('.timeline section h2')
      .map((_, h) => $(h).text())
      .get();
    expect(years).toEqual(['2025', '2024', '2023', '2021', '2019', '2017']);
    const entries = $('.timeline .entry')
      .map((_, li) => [[$(li).find('.kind').text(), $(li).find('h3').text().trim()]])
      .get();
    expect(entries).toEqual([
      ['Speech', 'Tokayev speaks at Central Asia–Russia Summit in Dushanbe'],
      ['Speech', 'Tokayev speaks with Putin present'],
      ['Meeting', 'Three presidents meet in Astana'],
      ['Phone call', 'Tokayev and Putin talk by phone'],
      ['Visit', 'Tokayev visits Moscow'],
      ['Meeting', 'Tokayev meets Putin in Moscow'],
    ]);
    expect(text($, '.timeline')).toContain('Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan');
  });

  it('count the articles by kind and by year, and link to both sides and the search for both', () => {
    const $ = loadPage(dist, PAIR);
    expect(tableRows($, 'Articles involving Kassym-Jomart Tokayev and Vladimir Putin by kind')).toEqual([
      ['Speech', '2'],
      ['Phone call', '1'],
      ['Meeting', '2'],
      ['Visit', '1'],
    ]);
    expect(text($, 'svg desc')).toContain('6 articles involving Kassym-Jomart Tokayev and Vladimir Putin');
    const hrefs = $('main a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual(expect.arrayContaining([TOKAYEV, '/leaders/vladimir-putin/']));
    expect(hrefs).toContain('/search/?leader=Kassym-Jomart+Tokayev&leader=Vladimir+Putin');
  });

  it('for countries include articles that name both countries without both leaders', () => {
    const $ = loadPage(dist, COUNTRY_PAIR);
    expect(text($, 'h1')).toBe('Kazakhstan and Russia');
    expect(text($, '.timeline')).toContain('Putin interview on Kazakhstan');
    expect($('.timeline .entry')).toHaveLength(7);
    expect(
      $('main a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain('/search/?country=Kazakhstan&country=Russia');
  });
});

describe('entries without articles', () => {
  it('make no page, no feed and no link', () => {
    expect(fileFor(dist, '/leaders/sadyr-japarov/', '/')).toBeUndefined();
    expect(fileFor(dist, '/leaders/sadyr-japarov/rss.xml', '/')).toBeUndefined();
    expect(fileFor(dist, '/countries/turkmenistan/', '/')).toBeUndefined();
    const all = htmlFiles(dist).map((f) => readFileSync(path.join(dist, f), 'utf8'));
    expect(
      all.some((html) => html.includes('sadyr-japarov') || html.includes('/countries/turkmenistan/')),
    ).toBe(false);
    expect(text(loadPage(dist, '/leaders/'), 'main')).not.toContain('Japarov');
  });
});

describe('page size', () => {
  it('keeps every page under 300 KB', () => {
    const heavy = htmlFiles(dist).filter((f) => statSync(path.join(dist, f)).size > 300 * 1024);
    expect(heavy).toEqual([]);
  });
});
