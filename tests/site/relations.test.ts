/**
 * Leaders and countries as a record of relations, built from an archive the
 * importer made: `tests/fixtures/archives/relations-imported`, whose articles are
 * what `npm run import` makes of the raw Kazinform, Akorda and TASS texts of
 * `tests/fixtures/import/relations-raw/` (tests/import/relations-raw.test.ts checks
 * it), plus the seeds. The expected figures are counted by hand from those texts:
 *
 * | published  | kind      | leaders                                | countries      |
 * | ---------- | --------- | -------------------------------------- | -------------- |
 * | 2017-06-14 | meeting   | Tokayev (Senate), Putin                | KZ RU          |
 * | 2018-10-05 | call (ru) | Putin, Nazarbayev                      | RU KZ          |
 * | 2018-11-22 | visit     | Tokayev (Senate), Mirziyoyev           | KZ UZ          |
 * | 2019-04-03 | meeting   | Putin, Tokayev                         | RU KZ          |
 * | 2019-04-15 | meeting   | Mirziyoyev, Tokayev                    | UZ KZ          |
 * | 2021-02-05 | call      | Tokayev, Japarov                       | KG KZ          |
 * | 2021-05-02 | call      | Tokayev, Rahmon (seed)                 | TJ KG KZ       |
 * | 2022-06-10 | meeting   | Putin, Serdar Berdimuhamedov           | TM RU          |
 * | 2022-11-18 | statement | Tokayev, Japarov                       | KG KZ          |
 * | 2023-09-12 | call (ru) | Tokayev, Mirziyoyev                    | UZ KZ          |
 * | 2024-02-20 | call      | Tokayev, Rahmon                        | TJ KZ          |
 * | 2024-03-15 | call (kk) | Tokayev, Japarov                       | KG KZ          |
 * | 2024-05-25 | interview | Mirziyoyev, Putin                      | UZ RU          |
 * | 2024-07-02 | meeting   | Tokayev, Xi                            | CN KZ          |
 * | 2024-08-09 | speech    | Tokayev, Japarov, Rahmon, Mirziyoyev   | KG TJ UZ KZ    |
 * | 2025-10-09 | speech    | Tokayev, Rahmon, Putin (seed)          | RU TJ KZ       |
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow, ROOT } from '../support/build';
import { fileFor, htmlFiles, loadPage, text } from '../support/dist';

const FIXTURE = path.join(ROOT, 'tests/fixtures/archives/relations-imported');
const TOKAYEV = '/leaders/kassym-jomart-tokayev/';
const MIRZIYOYEV = '/leaders/shavkat-mirziyoyev/';
const PAIR_UZ = '/leaders/kassym-jomart-tokayev/with/shavkat-mirziyoyev/';
const PAIR_KG = '/leaders/kassym-jomart-tokayev/with/sadyr-japarov/';
const COUNTRY_PAIR_RU = '/countries/kazakhstan/with/russia/';
const COUNTRY_PAIR_UZ = '/countries/kazakhstan/with/uzbekistan/';

const A = {
  senate2017: '/articles/2017/06/senate-chairman-tokayev-meets-vladimir-putin-in-moscow/',
  nazarbayev2018: '/articles/2018/10/putin-i-nazarbaev-proveli-telefonnyy-razgovor/',
  tashkent2018: '/articles/2018/11/kassym-jomart-tokayev-visits-tashkent/',
  kremlin2019: '/articles/2019/04/putin-tokayev-hold-talks-in-the-kremlin/',
  akorda2019: '/articles/2019/04/head-of-state-holds-talks-with-president-of-uzbekistan-shavkat-mirziyoyev/',
  japarov2021: '/articles/2021/02/tokayev-japarov-hold-phone-talks/',
  serdar2022:
    '/articles/2022/06/putin-holds-talks-with-president-of-turkmenistan-serdar-berdimuhamedov-in-the-kremlin/',
  statement2022: '/articles/2022/11/akorda-press-service-issues-statement-on-kazakh-kyrgyz-cooperation/',
  ru2023: '/articles/2023/09/tokaev-provel-telefonnyy-razgovor-s-prezidentom-uzbekistana/',
  rahmon2024: '/articles/2024/02/tokayev-and-rahmon-talk-by-phone/',
  kk2024: '/articles/2024/03/memleket-basshysy-qyrghyzstan-prezidentimen-telefon-arqyly-soylesti/',
  xi2024: '/articles/2024/07/tokayev-holds-talks-with-xi-jinping-in-astana/',
  summit2024:
    '/articles/2024/08/head-of-state-speaks-at-the-consultative-meeting-of-the-heads-of-state-of-central-asia/',
};

let dist = '';
beforeAll(() => {
  dist = buildSiteOrThrow({ name: 'relations', contentDir: FIXTURE, locales: 'en' });
});

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

/** The links of the table whose caption starts with `caption`. */
function tableLinks($: CheerioAPI, caption: string): string[] {
  return captionTable($, caption)
    .find('a')
    .map((_, a) => $(a).attr('href'))
    .get();
}

/** The chips naming the article's leaders and countries. */
const chips = (sitePath: string): string => text(loadPage(dist, sitePath), '.article-footer .chips');

/** The pair pages built under `/<side>/`, as site paths. */
function pairPages(side: 'leaders' | 'countries'): string[] {
  const root = path.join(dist, side);
  return readdirSync(root)
    .filter((id) => existsSync(path.join(root, id, 'with')))
    .flatMap((id) => readdirSync(path.join(root, id, 'with')).map((other) => `/${side}/${id}/with/${other}/`))
    .sort();
}

describe('offices at the time, on imported articles', () => {
  it('name Tokayev Chairman of the Senate in 2017 and 2018, and President from April 2019', () => {
    for (const early of [A.senate2017, A.tashkent2018]) {
      expect(chips(early)).toContain('Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan');
      expect(chips(early)).not.toContain('President of Kazakhstan');
    }
    for (const later of [A.kremlin2019, A.akorda2019, A.ru2023, A.kk2024, A.summit2024]) {
      expect(chips(later)).toContain('Kassym-Jomart Tokayev, President of Kazakhstan');
      expect(chips(later)).not.toContain('Senate');
    }
  });

  it("show on article cards and in the leaders' feeds, one dc:subject per leader with the office of the day", () => {
    const cards = loadPage(dist, '/archive/2017/06/');
    expect(text(cards, 'main .article-list')).toContain(
      'Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan',
    );
    const feed = readFileSync(path.join(dist, 'leaders/kassym-jomart-tokayev/rss.xml'), 'utf8');
    expect(feed).toContain(
      '<dc:subject>Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan</dc:subject>',
    );
    expect(feed).toContain('<dc:subject>Kassym-Jomart Tokayev, President of Kazakhstan</dc:subject>');
  });

  it('name every other leader by the office held on the day', () => {
    expect(chips(A.senate2017)).toContain('Vladimir Putin, President of Russia');
    expect(chips(A.nazarbayev2018)).toContain('Nursultan Nazarbayev, President of Kazakhstan');
    expect(chips(A.tashkent2018)).toContain('Shavkat Mirziyoyev, President of Uzbekistan');
    expect(chips(A.japarov2021)).toContain('Sadyr Japarov, President of Kyrgyzstan');
    expect(chips(A.serdar2022)).toContain('Serdar Berdimuhamedov, President of Turkmenistan');
    expect(chips(A.xi2024)).toContain('Xi Jinping, President of China');
    expect(chips(A.rahmon2024)).toContain('Emomali Rahmon, President of Tajikistan');
  });

  it('give the JSON-LD the office at the time as jobTitle', () => {
    const about = (sitePath: string) => {
      const $ = loadPage(dist, sitePath);
      const ld = $('script[type="application/ld+json"]')
        .map((_, el) => JSON.parse($(el).text()) as unknown)
        .get()
        .flat() as { '@type': string; about?: { name: string; jobTitle?: string }[] }[];
      return ld.find((x) => x['@type'] === 'NewsArticle')?.about;
    };
    expect(about(A.senate2017)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Kassym-Jomart Tokayev',
          jobTitle: 'Chairman of the Senate of Kazakhstan',
        }),
      ]),
    );
    expect(about(A.kremlin2019)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Kassym-Jomart Tokayev', jobTitle: 'President of Kazakhstan' }),
      ]),
    );
  });
});

describe('times of the Kazakh sources', () => {
  const published = (sitePath: string): [string, string] => {
    const time = loadPage(dist, sitePath)('.article-header time').first();
    return [time.attr('datetime') ?? '', time.text().trim()];
  };

  it('carry +06:00 before 1 March 2024', () => {
    expect(published(A.senate2017)).toEqual(['2017-06-14T15:40:00+06:00', '14 June 2017, 15:40 (UTC+06:00)']);
    expect(published(A.japarov2021)).toEqual([
      '2021-02-05T16:20:00+06:00',
      '5 February 2021, 16:20 (UTC+06:00)',
    ]);
    expect(published(A.ru2023)).toEqual([
      '2023-09-12T11:35:00+06:00',
      '12 September 2023, 11:35 (UTC+06:00)',
    ]);
    expect(published(A.rahmon2024)).toEqual([
      '2024-02-20T11:30:00+06:00',
      '20 February 2024, 11:30 (UTC+06:00)',
    ]);
  });

  it('carry +05:00 from 1 March 2024, a page stamped in UTC shown on Astana clocks', () => {
    expect(published(A.kk2024)).toEqual(['2024-03-15T10:15:00+05:00', '15 March 2024, 10:15 (UTC+05:00)']);
    // The saved page gives 2024-07-02T09:20:00Z.
    expect(published(A.xi2024)).toEqual(['2024-07-02T14:20:00+05:00', '2 July 2024, 14:20 (UTC+05:00)']);
    expect(published(A.summit2024)).toEqual([
      '2024-08-09T13:40:00+05:00',
      '9 August 2024, 13:40 (UTC+05:00)',
    ]);
  });

  it('keep the Moscow offset of TASS, and a date alone where the source gives no time', () => {
    expect(published(A.nazarbayev2018)).toEqual([
      '2018-10-05T17:20:00+03:00',
      '5 October 2018, 17:20 (UTC+03:00)',
    ]);
    expect(published(A.akorda2019)).toEqual(['2019-04-15', '15 April 2019']);
  });
});

describe('leader dashboards', () => {
  it('chart the articles per year as SVG with a title and description, and the figures as a table', () => {
    const $ = loadPage(dist, TOKAYEV);
    const svg = $('svg[role="img"]');
    expect(svg).toHaveLength(1);
    expect(text($, 'svg title')).toBe('Articles per year involving Kassym-Jomart Tokayev');
    expect(text($, 'svg desc')).toBe(
      '13 articles involving Kassym-Jomart Tokayev from 2017 to 2025; the most, 4, in 2024.',
    );
    expect(svg.find('rect')).toHaveLength(8); // nine years, 2020 without articles
    const table = $('details table tbody tr')
      .map((_, tr) => [[$(tr).find('th').text().trim(), $(tr).find('td').text().trim()]])
      .get();
    expect(table).toEqual([
      ['2017', '1'],
      ['2018', '1'],
      ['2019', '2'],
      ['2020', '0'],
      ['2021', '2'],
      ['2022', '1'],
      ['2023', '1'],
      ['2024', '4'],
      ['2025', '1'],
    ]);
    expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('count the articles by kind', () => {
    expect(tableRows(loadPage(dist, TOKAYEV), 'Articles involving Kassym-Jomart Tokayev by kind')).toEqual([
      ['Speech', '2'],
      ['Phone call', '5'],
      ['Meeting', '4'],
      ['Visit', '1'],
      ['Statement', '1'],
    ]);
    expect(tableRows(loadPage(dist, MIRZIYOYEV), 'Articles involving Shavkat Mirziyoyev by kind')).toEqual([
      ['Speech', '1'],
      ['Phone call', '1'],
      ['Meeting', '1'],
      ['Visit', '1'],
      ['Interview', '1'],
    ]);
  });

  it('list the counterparts most often first, each linking to a pair page that exists', () => {
    const $ = loadPage(dist, TOKAYEV);
    const caption = 'Leaders named most often with Kassym-Jomart Tokayev';
    expect(tableRows($, caption)).toEqual([
      ['Emomali Rahmon', '4'],
      ['Sadyr Japarov', '4'],
      ['Shavkat Mirziyoyev', '4'],
      ['Vladimir Putin', '3'],
      ['Xi Jinping', '1'],
    ]);
    const links = tableLinks($, caption);
    expect(links).toEqual([
      '/leaders/emomali-rahmon/with/kassym-jomart-tokayev/',
      PAIR_KG,
      PAIR_UZ,
      '/leaders/kassym-jomart-tokayev/with/vladimir-putin/',
      '/leaders/kassym-jomart-tokayev/with/xi-jinping/',
    ]);
    for (const href of links) expect(fileFor(dist, href, '/'), href).toBeDefined();
    expect(tableRows($, 'Countries named most often in articles involving Kassym-Jomart Tokayev')[0]).toEqual(
      ['Kazakhstan', '13'],
    );
  });

  it("list a leader's offices with their years", () => {
    const offices = ($: CheerioAPI) =>
      $('.offices li')
        .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
        .get();
    expect(offices(loadPage(dist, TOKAYEV))).toEqual([
      'Minister of Foreign Affairs of Kazakhstan (1994–1999)',
      'Deputy Prime Minister of Kazakhstan (1999)',
      'Prime Minister of Kazakhstan (1999–2002)',
      'Minister of Foreign Affairs of Kazakhstan (2002–2007)',
      'State Secretary of Kazakhstan (2002–2003)',
      'Chairman of the Senate of Kazakhstan (2007–2011)',
      'Director-General of the United Nations Office at Geneva (2011–2013)',
      'Chairman of the Senate of Kazakhstan (2013–2019)',
      'President of Kazakhstan (2019–)',
    ]);
    expect(offices(loadPage(dist, MIRZIYOYEV))).toEqual([
      'Prime Minister of Uzbekistan (2003–2016)',
      'Acting President of Uzbekistan (2016)',
      'President of Uzbekistan (2016–)',
    ]);
  });
});

describe('country dashboards', () => {
  it('list the countries named with Kazakhstan, each linking to the pair page', () => {
    const $ = loadPage(dist, '/countries/kazakhstan/');
    expect(text($, 'svg desc')).toBe(
      '14 articles involving Kazakhstan from 2017 to 2025; the most, 4, in 2024.',
    );
    const caption = 'Countries named most often with Kazakhstan';
    expect(tableRows($, caption)).toEqual([
      ['Kyrgyzstan', '5'],
      ['Russia', '4'],
      ['Tajikistan', '4'],
      ['Uzbekistan', '4'],
      ['China', '1'],
    ]);
    expect(tableLinks($, caption)).toEqual([
      '/countries/kazakhstan/with/kyrgyzstan/',
      COUNTRY_PAIR_RU,
      '/countries/kazakhstan/with/tajikistan/',
      COUNTRY_PAIR_UZ,
      '/countries/china/with/kazakhstan/',
    ]);
  });
});

describe('pair pages', () => {
  it('exist once for each pair of leaders named together, at the ids in order', () => {
    expect(pairPages('leaders')).toEqual(
      [
        '/leaders/emomali-rahmon/with/kassym-jomart-tokayev/',
        '/leaders/emomali-rahmon/with/sadyr-japarov/',
        '/leaders/emomali-rahmon/with/shavkat-mirziyoyev/',
        '/leaders/emomali-rahmon/with/vladimir-putin/',
        PAIR_KG,
        PAIR_UZ,
        '/leaders/kassym-jomart-tokayev/with/vladimir-putin/',
        '/leaders/kassym-jomart-tokayev/with/xi-jinping/',
        '/leaders/nursultan-nazarbayev/with/vladimir-putin/',
        '/leaders/sadyr-japarov/with/shavkat-mirziyoyev/',
        '/leaders/serdar-berdimuhamedov/with/vladimir-putin/',
        '/leaders/shavkat-mirziyoyev/with/vladimir-putin/',
      ].sort(),
    );
  });

  it('exist once for each pair of countries named together', () => {
    expect(pairPages('countries')).toEqual(
      [
        '/countries/china/with/kazakhstan/',
        '/countries/kazakhstan/with/kyrgyzstan/',
        COUNTRY_PAIR_RU,
        '/countries/kazakhstan/with/tajikistan/',
        COUNTRY_PAIR_UZ,
        '/countries/kyrgyzstan/with/tajikistan/',
        '/countries/kyrgyzstan/with/uzbekistan/',
        '/countries/russia/with/tajikistan/',
        '/countries/russia/with/turkmenistan/',
        '/countries/russia/with/uzbekistan/',
        '/countries/tajikistan/with/uzbekistan/',
      ].sort(),
    );
  });

  it('are reached from both sides', () => {
    const caption = (name: string) => `Leaders named most often with ${name}`;
    expect(tableLinks(loadPage(dist, TOKAYEV), caption('Kassym-Jomart Tokayev'))).toContain(PAIR_UZ);
    expect(tableLinks(loadPage(dist, MIRZIYOYEV), caption('Shavkat Mirziyoyev'))).toContain(PAIR_UZ);
    expect(tableLinks(loadPage(dist, '/leaders/sadyr-japarov/'), caption('Sadyr Japarov'))).toContain(
      PAIR_KG,
    );
    expect(
      tableLinks(loadPage(dist, '/countries/uzbekistan/'), 'Countries named most often with Uzbekistan'),
    ).toContain(COUNTRY_PAIR_UZ);
    expect(
      tableLinks(loadPage(dist, '/countries/russia/'), 'Countries named most often with Russia'),
    ).toContain(COUNTRY_PAIR_RU);
  });

  it('show a pair of leaders as a timeline by year, each with its kind and the offices of the day', () => {
    const $ = loadPage(dist, PAIR_UZ);
    expect(text($, 'h1')).toBe('Kassym-Jomart Tokayev and Shavkat Mirziyoyev');
    expect(
      $('.timeline section h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['2024', '2023', '2019', '2018']);
    const entries = $('.timeline .entry')
      .map((_, li) => [[$(li).find('.kind').text(), $(li).find('h3').text().trim()]])
      .get();
    expect(entries).toEqual([
      ['Speech', 'Head of State speaks at the Consultative Meeting of the Heads of State of Central Asia'],
      ['Phone call', 'Токаев провел телефонный разговор с Президентом Узбекистана'],
      ['Meeting', 'Head of State holds talks with President of Uzbekistan Shavkat Mirziyoyev'],
      ['Visit', 'Kassym-Jomart Tokayev visits Tashkent'],
    ]);
    const [first, last] = [$('.timeline section').first(), $('.timeline section').last()];
    expect(last.find('h2').text()).toBe('2018');
    expect(last.text()).toContain('Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan');
    expect(last.text()).not.toContain('President of Kazakhstan');
    expect(first.text()).toContain('Kassym-Jomart Tokayev, President of Kazakhstan');
  });

  it('count a pair by kind and by year, and link to both sides and to the search for both', () => {
    const $ = loadPage(dist, PAIR_KG);
    expect(tableRows($, 'Articles involving both Kassym-Jomart Tokayev and Sadyr Japarov by kind')).toEqual([
      ['Speech', '1'],
      ['Phone call', '2'],
      ['Statement', '1'],
    ]);
    expect(text($, 'svg desc')).toBe(
      '4 articles involving both Kassym-Jomart Tokayev and Sadyr Japarov from 2021 to 2024; the most, 2, in 2024.',
    );
    expect(
      $('details table tbody tr')
        .map((_, tr) => [[$(tr).find('th').text().trim(), $(tr).find('td').text().trim()]])
        .get(),
    ).toEqual([
      ['2021', '1'],
      ['2022', '1'],
      ['2023', '0'],
      ['2024', '2'],
    ]);
    const hrefs = $('main a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual(expect.arrayContaining([TOKAYEV, '/leaders/sadyr-japarov/']));
    expect(hrefs).toContain('/search/?leader=Kassym-Jomart+Tokayev&leader=Sadyr+Japarov');
    for (const article of [A.japarov2021, A.statement2022, A.kk2024, A.summit2024])
      expect(hrefs).toContain(article);
  });

  it('for countries hold every article naming both, with or without both leaders', () => {
    // Tokayev and Putin are named together three times; Kazakhstan and Russia four,
    // the fourth the 2018 call between Putin and Nazarbayev.
    expect(
      loadPage(dist, '/leaders/kassym-jomart-tokayev/with/vladimir-putin/')('.timeline .entry'),
    ).toHaveLength(3);
    const $ = loadPage(dist, COUNTRY_PAIR_RU);
    expect(text($, 'h1')).toBe('Kazakhstan and Russia');
    expect($('.timeline .entry')).toHaveLength(4);
    expect(text($, '.timeline')).toContain('Путин и Назарбаев провели телефонный разговор');
    expect(text($, '.timeline')).toContain('Nursultan Nazarbayev, President of Kazakhstan');
    expect(
      $('main a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain('/search/?country=Kazakhstan&country=Russia');
  });
});

describe('registry entries without articles', () => {
  it('make no page, no feed and no link, though the importer knows them', () => {
    expect(fileFor(dist, '/leaders/gurbanguly-berdimuhamedov/', '/')).toBeUndefined();
    expect(fileFor(dist, '/leaders/gurbanguly-berdimuhamedov/rss.xml', '/')).toBeUndefined();
    expect(fileFor(dist, '/leaders/serdar-berdimuhamedov/', '/')).toBeDefined();
    expect(fileFor(dist, '/countries/azerbaijan/', '/')).toBeUndefined();
    expect(fileFor(dist, '/countries/turkiye/', '/')).toBeUndefined();
    const all = htmlFiles(dist).map((f) => readFileSync(path.join(dist, f), 'utf8'));
    expect(all.some((html) => html.includes('gurbanguly-berdimuhamedov'))).toBe(false);
  });

  it('keep every page under 300 KB', () => {
    const heavy = htmlFiles(dist).filter((f) => statSync(path.join(dist, f)).size > 300 * 1024);
    expect(heavy).toEqual([]);
  });
});
