/**
 * Versions of an article in other languages, on the built site of the
 * three-language test archive (tests/fixtures/archives/languages/): the Russian
 * report of the border agreement names the Kazakh and the English ones, which
 * name nothing; the build links all three both ways. Each page shows the line
 * "This article in: …", its head names every version, its JSON-LD ties them,
 * and the sitemap lists them. The refusals are in content-errors.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/model/env';
import { loadPage } from '../support/dist';
import { sharedFixtureSite } from '../support/shared-site';

const RU = '/articles/2024/05/tokaev-i-mirzieev-podpisali-soglashenie-o-granice/';
const KK = '/articles/2024/05/tokaev-pen-mirziyoev-shekara-turaly-kelisimge-qol-qoydy/';
const EN = '/articles/2024/05/tokayev-and-mirziyoyev-sign-border-demarcation-agreement/';
const ALONE = '/articles/2024/10/rahmon-vystupaet-za-mir-v-regione/';
const url = (sitePath: string): string => new URL(sitePath, DEFAULT_SITE_URL).href;

interface Ld {
  '@type': string;
  inLanguage?: string;
  workTranslation?: { '@id': string; inLanguage: string }[];
  translationOfWork?: { '@id': string; inLanguage: string };
}

describe('versions of an article in other languages', () => {
  let outDir = '';
  beforeAll(() => {
    outDir = sharedFixtureSite('shared-languages');
  });
  const newsArticle = (sitePath: string): Ld =>
    loadPage(
      outDir,
      sitePath,
    )('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse(cheerio.load(el).text()) as Ld)
      .find((ld) => ld['@type'] === 'NewsArticle')!;

  it.each([
    // The label in the page's interface language, which is the article's where the interface has it.
    [
      RU,
      'ru',
      'Эта статья на других языках:',
      [
        ['English', 'en', EN],
        ['Қазақша', 'kk', KK],
      ],
    ],
    // Named by the Russian report only: the links come back, and to each other.
    [
      KK,
      'kk',
      'Бұл мақала басқа тілдерде:',
      [
        ['English', 'en', EN],
        ['Русский', 'ru', RU],
      ],
    ],
    [
      EN,
      'en',
      'This article in:',
      [
        ['Русский', 'ru', RU],
        ['Қазақша', 'kk', KK],
      ],
    ],
  ])('shows the versions of %s, each language named in itself', (page, lang, label, expected) => {
    const $ = loadPage(outDir, page);
    const line = $('p.versions');
    expect(line.attr('lang')).toBe(lang);
    expect(line.text().replace(/\s+/g, ' ').trim()).toBe(
      `${label} ${expected.map(([name]) => name).join(' · ')}`,
    );
    const links = line
      .find('a')
      .toArray()
      .map((a) => [$(a).text(), $(a).attr('lang'), $(a).attr('href')]);
    expect(links).toEqual(expected);
    for (const a of line.find('a').toArray()) expect($(a).attr('hreflang')).toBe($(a).attr('lang'));
  });

  it('names every version, itself included, in the head of each', () => {
    const heads = [RU, KK, EN].map((page) =>
      loadPage(
        outDir,
        page,
      )('head link[rel="alternate"][hreflang]')
        .toArray()
        .map((el) => `${el.attribs['hreflang']} ${el.attribs['href']}`),
    );
    // In the order of the header's switcher on every page: English, Русский, Қазақша.
    const all = [`en ${url(EN)}`, `ru ${url(RU)}`, `kk ${url(KK)}`];
    expect(heads).toEqual([all, all, all]);
  });

  it('lists the languages in the header in the same order on an article as on every other page', () => {
    const switcher = (page: string): string[] => {
      const $ = loadPage(outDir, page);
      return $('nav.languages :is(a, [aria-current])')
        .toArray()
        .map((el) => $(el).attr('lang') ?? $(el).text().trim());
    };
    const frame = switcher('/kk/');
    expect(frame).toEqual(['en', 'ru', 'kk']);
    for (const page of [RU, KK, EN]) expect(switcher(page), page).toEqual(frame);
  });

  it('ties the versions in JSON-LD: the first published is the work, the others its translations', () => {
    expect(newsArticle(RU).inLanguage).toBe('ru');
    expect(newsArticle(RU).workTranslation?.map((w) => [w['@id'], w.inLanguage])).toEqual([
      [url(EN), 'en'],
      [url(KK), 'kk'],
    ]);
    for (const page of [KK, EN]) {
      expect(newsArticle(page).translationOfWork).toMatchObject({ '@id': url(RU), inLanguage: 'ru' });
      expect(newsArticle(page).workTranslation).toBeUndefined();
    }
    expect(newsArticle(KK).inLanguage).toBe('kk');
  });

  it('lists the alternates in the sitemap, read from each page’s head', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const $ = cheerio.load(sitemap, { xml: true });
    const alternates = (page: string): string[] =>
      $('url')
        .filter((_, el) => $(el).children('loc').text() === url(page))
        .find('xhtml\\:link')
        .toArray()
        .map((el) => `${el.attribs['hreflang']} ${el.attribs['href']}`);
    // In the order of the header's switcher on every page: English, Русский, Қазақша.
    const all = [`en ${url(EN)}`, `ru ${url(RU)}`, `kk ${url(KK)}`];
    expect([alternates(RU), alternates(KK), alternates(EN)]).toEqual([all, all, all]);
    expect(alternates(ALONE)).toEqual([]);
  });

  it('shows nothing of the kind on an article without versions', () => {
    const $ = loadPage(outDir, ALONE);
    expect($('p.versions')).toHaveLength(0);
    expect($('head link[hreflang]')).toHaveLength(0);
    expect(newsArticle(ALONE).translationOfWork).toBeUndefined();
  });
});
