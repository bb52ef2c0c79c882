import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build';
import { sharedSite } from '../support/shared-site';
import { fileFor, htmlFiles, loadPage, text } from '../support/dist';

const CALL = '/articles/2021/05/head-of-state-had-telephone-talk-with-tajik-president/';
const SPEECH = '/articles/2025/10/tokayev-speaks-at-central-asia-russia-summit-in-dushanbe/';

let dist = '';
beforeAll(() => {
  dist = sharedSite();
});

/** The article URLs a listing page links to, in order. */
function listed(sitePath: string): string[] {
  const $ = loadPage(dist, sitePath);
  return $('main .article-list a[href^="/articles/"]')
    .map((_, a) => $(a).attr('href'))
    .get()
    .filter((href, i, all) => all.indexOf(href) === i);
}

/** The raw seed's article paragraphs, found by their first words. */
function rawParagraphs(seed: string): string[] {
  return readFileSync(path.join(ROOT, 'tests/fixtures/raw', seed), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());
}

describe('article pages', () => {
  it('show the call with its headline, local time and offset, dateline, author and source', () => {
    const $ = loadPage(dist, CALL);
    expect(text($, 'h1')).toBe('Head of State had telephone talk with Tajik President');
    expect($('article time').first().attr('datetime')).toBe('2021-05-02T08:10:00+06:00');
    expect(text($, 'article time')).toContain('2 May 2021, 08:10 (UTC+06:00)');
    const facts = text($, 'article header dl');
    expect(facts).toContain('Kudrenok Tatyana');
    expect(facts).toContain('Kazinform');
    expect(facts).toContain('NUR-SULTAN');
    expect($('title').text()).toContain('Head of State had telephone talk with Tajik President');
    expect($('html').attr('lang')).toBe('en');
  });

  it('render every paragraph of the source text, and nothing of its chrome', () => {
    for (const [url, seed] of [
      [CALL, '004_62ba38e15f9afd11.txt'],
      [SPEECH, '000_f3c44854c9170bc8.txt'],
    ] as const) {
      const $ = loadPage(dist, url);
      const rendered = $('.article-body p:not(.dateline)')
        .map((_, p) => $(p).text().replace(/\s+/g, ' ').trim())
        .get();
      const raw = rawParagraphs(seed).join('\n');
      expect(rendered.length).toBeGreaterThanOrEqual(3);
      for (const p of rendered) expect(raw).toContain(p);
      const body = text($, '.article-body');
      for (const chrome of ['Currency rates', 'Related news', 'Popular', 'Weather', 'Main Page']) {
        expect(body).not.toContain(chrome);
      }
    }
  });

  it('keep the quotation of the speech intact', () => {
    const $ = loadPage(dist, SPEECH);
    expect(text($, '.article-body')).toContain(
      'the border between our countries is the longest in the world (7,591 km)',
    );
    expect(text($, 'article time').startsWith('9 October 2025')).toBe(true);
  });

  it('link the leaders, countries and tags of the article, with spaces between names', () => {
    const $ = loadPage(dist, CALL);
    const chips = $('.article-footer .chips a')
      .map((_, a) => `${$(a).text().trim()} ${$(a).attr('href')}`)
      .get();
    expect(chips).toEqual([
      // Leaders with the office they held on the article's day.
      'Kassym-Jomart Tokayev, President of Kazakhstan /leaders/kassym-jomart-tokayev/',
      'Emomali Rahmon, President of Tajikistan /leaders/emomali-rahmon/',
      // Countries in the order the article's frontmatter lists them.
      'Tajikistan /countries/tajikistan/',
      'Kyrgyzstan /countries/kyrgyzstan/',
      'Kazakhstan /countries/kazakhstan/',
    ]);
    expect(
      $('.article-footer .tags a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain('/tags/kyrgyz-tajik-border-conflict/');
  });

  it('offer related articles and the previous and next article by date', () => {
    const call = loadPage(dist, CALL);
    expect(call('.related a').attr('href')).toBe(SPEECH);
    expect(call('.article-nav a[rel="next"]').attr('href')).toBe(SPEECH);
    expect(call('.article-nav a[rel="prev"]')).toHaveLength(0);
    const speech = loadPage(dist, SPEECH);
    expect(speech('.article-nav a[rel="prev"]').attr('href')).toBe(CALL);
  });

  it('lead back through breadcrumbs to the month, the year and the archive', () => {
    const $ = loadPage(dist, CALL);
    expect(
      $('.breadcrumbs a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/', '/archive/', '/archive/2021/', '/archive/2021/05/']);
  });

  it('need no JavaScript to read', () => {
    for (const url of [CALL, SPEECH, '/', '/leaders/', '/archive/']) {
      const $ = loadPage(dist, url);
      expect($('script:not([type="application/ld+json"])'), url).toHaveLength(0);
    }
  });
});

describe('listing pages', () => {
  it('put the newest article first on the home page', () => {
    expect(listed('/')).toEqual([SPEECH, CALL]);
  });

  it.each([
    ['/leaders/kassym-jomart-tokayev/', [SPEECH, CALL]],
    ['/leaders/emomali-rahmon/', [SPEECH, CALL]],
    ['/leaders/vladimir-putin/', [SPEECH]],
    ['/countries/kazakhstan/', [SPEECH, CALL]],
    ['/countries/tajikistan/', [SPEECH, CALL]],
    ['/countries/russia/', [SPEECH]],
    ['/countries/kyrgyzstan/', [CALL]],
    ['/tags/kyrgyz-tajik-border-conflict/', [CALL]],
    ['/archive/2021/05/', [CALL]],
    ['/archive/2025/10/', [SPEECH]],
  ])('%s lists exactly its articles', (url, expected) => {
    expect(listed(url)).toEqual(expected);
  });

  it('show each leader with office, country and number of articles', () => {
    const $ = loadPage(dist, '/leaders/vladimir-putin/');
    expect(text($, 'h1')).toBe('Vladimir Putin');
    const facts = text($, 'main dl');
    expect(facts).toContain('President of Russia');
    expect(facts).toContain('Russia');
    expect(facts).toMatch(/Articles\s*1/);
  });

  it('index every leader and every country with its count', () => {
    const leaders = loadPage(dist, '/leaders/');
    const rows = leaders('tbody tr')
      .map((_, tr) =>
        leaders(tr)
          .children()
          .map((__, cell) => leaders(cell).text().trim())
          .get()
          .join(' | '),
      )
      .get();
    expect(rows).toEqual([
      'Emomali Rahmon | President of Tajikistan | 2',
      'Kassym-Jomart Tokayev | President of Kazakhstan | 2',
      'Vladimir Putin | President of Russia | 1',
    ]);
    const countries = loadPage(dist, '/countries/');
    expect(
      countries('tbody th a')
        .map((_, a) => countries(a).text())
        .get(),
    ).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
  });

  it('name each country as the page’s language writes it, the registry’s name before CLDR’s', () => {
    const names = (prefix: string) => {
      const $ = loadPage(dist, `${prefix}/countries/`);
      return $('tbody th a')
        .map((_, a) => $(a).text())
        .get();
    };
    // «Кыргызстан» as Kyrgyzstan's constitution writes it in Russian, where CLDR writes «Киргизия».
    expect(names('/ru')).toEqual(['Казахстан', 'Кыргызстан', 'Россия', 'Таджикистан']);
    expect(names('/kk')).toEqual(['Қазақстан', 'Қырғызстан', 'Ресей', 'Тәжікстан']);
    const $ = loadPage(dist, '/ru/countries/kyrgyzstan/');
    expect(text($, 'h1')).toBe('Кыргызстан');
    expect($('html').text()).not.toContain('Киргизия');
  });

  it('show the archive by year and month, newest first', () => {
    const $ = loadPage(dist, '/archive/');
    expect(
      $('main section h2 a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/archive/2025/', '/archive/2021/']);
    expect(
      $('main section li a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/archive/2025/10/', '/archive/2021/05/']);
  });

  it('have a 404 page', () => {
    const $ = loadPage(dist, '/404.html');
    expect(text($, 'h1')).toBe('Page not found');
  });
});

describe('the search page', () => {
  it('names each filter with a word space before its hint, as readers and screen readers read it', () => {
    const $ = loadPage(dist, '/search/');
    const legends = $('archive-search fieldset legend')
      .map((_, legend) => $(legend).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(legends).toEqual(
      expect.arrayContaining(['Leader (all named)', 'Country (all named)', 'Kind of piece (any of them)']),
    );
    for (const legend of legends) expect(legend).not.toMatch(/\S\(/);
  });

  it('lists the names of each menu in the alphabet of the page’s language, as the page names them', () => {
    for (const [prefix, lang] of [
      ['', 'en'],
      ['/ru', 'ru'],
      ['/kk', 'kk'],
    ] as const) {
      const $ = loadPage(dist, `${prefix}/search/`);
      for (const key of ['leader', 'country', 'language', 'source']) {
        const names = $(`archive-search input[name="${key}"]`)
          .map((_, input) =>
            $(input)
              .closest('label')
              .text()
              .replace(/\s+/g, ' ')
              .trim()
              .replace(/ \([^()]*\)$/, ''),
          )
          .get();
        expect(names.length, `${prefix}/search/ ${key}`).toBeGreaterThan(key === 'leader' ? 2 : 0);
        expect(names, `${prefix}/search/ ${key}`).toEqual([...names].sort(new Intl.Collator(lang).compare));
      }
    }
  });
});

describe('navigation', () => {
  it('reaches every article from the home page in at most three clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const d = depth.get(url)!;
      if (d === 3) continue;
      const $ = loadPage(dist, url);
      for (const href of $('a[href^="/"]')
        .map((_, a) => $(a).attr('href')!.split('#')[0]!)
        .get()) {
        if (!depth.has(href) && fileFor(dist, href, '/')?.endsWith('.html')) {
          depth.set(href, d + 1);
          queue.push(href);
        }
      }
    }
    expect(depth.get(CALL)).toBeLessThanOrEqual(3);
    expect(depth.get(SPEECH)).toBeLessThanOrEqual(3);
  });
});

/** Every internal href and src of every page must resolve to a file of the build. */
function brokenLinks(outDir: string, base: string): string[] {
  const broken: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const $ = cheerio.load(readFileSync(path.join(outDir, file), 'utf8'));
    $('[href], [src], form[action]').each((_, el) => {
      const value = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
      if (/^(https?:|mailto:|data:)/.test(value) || value.startsWith('#')) return;
      const url = new URL(
        value,
        `http://site${base === '/' ? '' : base}/${file.replace(/index\.html$/, '')}`,
      );
      if (url.host !== 'site') return;
      if (!fileFor(outDir, url.pathname, base)) broken.push(`${file}: ${value}`);
    });
  }
  return broken;
}

describe('links', () => {
  it('all resolve in the build at the root', () => {
    expect(htmlFiles(dist).length).toBeGreaterThan(20);
    expect(brokenLinks(dist, '/')).toEqual([]);
  });

  it('all resolve, and stay under the base, in a build for /archive', () => {
    const sub = sharedSite('/archive');
    expect(brokenLinks(sub, '/archive')).toEqual([]);
    const $ = loadPage(sub, '/');
    const hrefs = $('a[href^="/"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href.startsWith('/archive/')).toBe(true);
    expect($('form[role="search"]').attr('action')).toBe('/archive/search/');
  });
});
