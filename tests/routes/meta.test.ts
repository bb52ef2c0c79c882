import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../src/model/dates';
import {
  articleCredit,
  citationMeta,
  citedItem,
  coinsContext,
  fullTitle,
  openSearchXml,
  siteFeed,
  type CitedItem,
} from '../../src/routes/meta';
import { articleSchema } from '../../src/model/schema';
import { parseCoins, readEmbeddedMetadata } from '../support/zotero';

describe('articleCredit', () => {
  it('credits the byline as a person', () => {
    expect(articleCredit({ author: 'Kudrenok Tatyana', source: { name: 'Kazinform' } })).toEqual({
      type: 'Person',
      name: 'Kudrenok Tatyana',
    });
  });

  it('credits the source as an organisation when the piece is unsigned', () => {
    expect(articleCredit({ source: { name: 'Akorda' } })).toEqual({ type: 'Organization', name: 'Akorda' });
  });
});

describe('fullTitle', () => {
  it('adds the site name to a page title', () => {
    expect(fullTitle('Leaders')).toBe('Leaders · News Archive');
  });

  it('does not repeat the site name on the home page', () => {
    expect(fullTitle('News Archive')).toBe('News Archive');
  });
});

describe('siteFeed', () => {
  it('names the site feed after the archive', () => {
    expect(siteFeed('/rss.xml')).toEqual({ title: 'News Archive: latest articles', href: '/rss.xml' });
  });
});

const URL_OF_CALL = 'https://news.example.org/articles/2021/05/call/';

function callArticle(changes: Record<string, unknown> = {}) {
  const data = articleSchema.parse({
    title: 'Head of State had telephone talk with Tajik President',
    summary: 'President Tokayev had a telephone conversation with President Rahmon.',
    published: '2021-05-02T00:30:00+06:00',
    source: { name: 'Kazinform', licence: 'CC BY 4.0' },
    author: 'Kudrenok Tatyana',
    kind: 'call',
    ...changes,
  });
  return { title: data.title, summary: data.summary, published: parsePublished(data.published), data };
}

/** A page head holding the given tags, as HeadMeta renders them. */
function headWith(item: CitedItem, extra = ''): cheerio.CheerioAPI {
  const $ = cheerio.load(
    '<!doctype html><html lang="en"><head><title>Page · News Archive</title></head><body></body></html>',
  );
  for (const tag of citationMeta(item))
    $('head').append($('<meta>').attr('name', tag.name).attr('content', tag.content));
  $('head').append(extra);
  return $;
}

describe('citedItem', () => {
  it('dates the item by the calendar day in the source zone, not in UTC', () => {
    // 00:30 at UTC+06:00 is still 1 May in UTC; the source published on 2 May.
    expect(citedItem(callArticle(), URL_OF_CALL).date).toBe('2021-05-02');
  });

  it('credits the byline, and no author when the piece is unsigned', () => {
    expect(citedItem(callArticle(), URL_OF_CALL).authors).toEqual(['Kudrenok Tatyana']);
    expect(citedItem(callArticle({ author: undefined }), URL_OF_CALL).authors).toEqual([]);
  });

  it('names the source as the publication and carries its licence only when known', () => {
    const item = citedItem(callArticle(), URL_OF_CALL);
    expect(item.publication).toBe('Kazinform');
    expect(item.rights).toBe('CC BY 4.0');
    expect(citedItem(callArticle({ source: { name: 'Akorda' } }), URL_OF_CALL).rights).toBeUndefined();
  });
});

describe('citationMeta', () => {
  it('makes Zotero save a newspaper article with its title, author, date, publication, language and URL', () => {
    const $ = headWith(citedItem(callArticle(), URL_OF_CALL), '<meta property="og:type" content="article">');
    expect(readEmbeddedMetadata($)).toEqual({
      itemType: 'newspaperArticle',
      title: 'Head of State had telephone talk with Tajik President',
      creators: ['Kudrenok Tatyana'],
      date: '2021-05-02',
      publicationTitle: 'Kazinform',
      language: 'en',
      url: URL_OF_CALL,
      abstractNote: 'President Tokayev had a telephone conversation with President Rahmon.',
      rights: 'CC BY 4.0',
    });
  });

  it('never names a journal, which would make the item a journal article, nor a DC identifier', () => {
    const names = citationMeta(citedItem(callArticle(), URL_OF_CALL)).map((t) => t.name);
    expect(names).not.toContain('citation_journal_title');
    // Zotero parses DC.identifier for an ISBN, ISSN or DOI only: digits in a URL could pass for one.
    expect(names).not.toContain('DC.identifier');
    expect(names.filter((n) => n === 'citation_author')).toHaveLength(1);
  });

  it('is read as a web page if og:type says website, which is why article pages say article', () => {
    const $ = headWith(citedItem(callArticle(), URL_OF_CALL), '<meta property="og:type" content="website">');
    expect(readEmbeddedMetadata($).itemType).toBe('webpage');
  });
});

describe('coinsContext', () => {
  it('gives Zotero the same newspaper article through COinS', () => {
    expect(parseCoins(coinsContext(citedItem(callArticle(), URL_OF_CALL)))).toEqual({
      itemType: 'newspaperArticle',
      title: 'Head of State had telephone talk with Tajik President',
      creators: ['Kudrenok Tatyana'],
      date: '2021-05-02',
      publicationTitle: 'Kazinform',
      language: 'en',
      url: URL_OF_CALL,
      abstractNote: 'President Tokayev had a telephone conversation with President Rahmon.',
      rights: 'CC BY 4.0',
    });
  });

  it('encodes every separator a value can hold, so that no value spills into the next', () => {
    const title = 'Trade & energy: "A=B", 5% + more <b>Тоқаев</b>';
    const context = coinsContext(citedItem(callArticle({ title }), `${URL_OF_CALL}?a=1&b=2`));
    expect(context.split('&').every((pair) => pair.split('=').length === 2)).toBe(true);
    const item = parseCoins(context);
    // Zotero reads "+" as a space: the one change its reader makes.
    expect(item?.title).toBe(title.replace('+', ' '));
    expect(item?.url).toBe(`${URL_OF_CALL}?a=1&b=2`);
  });

  it('starts with the context version and the Dublin Core format Zotero reads back', () => {
    expect(coinsContext(citedItem(callArticle(), URL_OF_CALL))).toMatch(
      /^ctx_ver=Z39\.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&rft\.type=newspaperArticle&/,
    );
  });
});

describe('openSearchXml', () => {
  const spec = {
    shortName: 'News Archive',
    description: 'Leaders & countries <all of them>',
    searchUrl: 'https://news.example.org/archive/search/',
    selfUrl: 'https://news.example.org/archive/opensearch.xml',
    iconUrl: 'https://news.example.org/archive/favicon.svg',
  };

  it('is well-formed XML in the OpenSearch 1.1 namespace, with the content escaped', () => {
    const xml = openSearchXml(spec);
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.OpenSearchDescription['@_xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(doc.OpenSearchDescription.Description).toBe('Leaders & countries <all of them>');
  });

  it('sends the search terms to the search page as q', () => {
    const doc = new XMLParser({ ignoreAttributes: false }).parse(openSearchXml(spec));
    const html = doc.OpenSearchDescription.Url.find(
      (u: Record<string, string>) => u['@_type'] === 'text/html',
    );
    expect(html['@_template']).toBe('https://news.example.org/archive/search/?q={searchTerms}');
  });

  it('refuses a short name longer than OpenSearch allows', () => {
    expect(() => openSearchXml({ ...spec, shortName: 'The Very Long Archive Name' })).toThrow(
      /16 characters/,
    );
  });
});
