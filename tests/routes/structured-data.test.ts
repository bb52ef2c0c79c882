import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleEntryLike } from '../../src/model/archive';
import { createPaths } from '../../src/routes/paths';
import { countrySchema, type ArticleInput } from '../../src/model/schema';
import { breadcrumbLd, newsArticleLd, serializeJsonLd } from '../../src/routes/structured-data';
import { tokayevEntry } from '../support/leaders';
import { articleEntry } from '../support/model';

const entry = (id: string, data: Partial<ArticleInput>): ArticleEntryLike =>
  articleEntry(id, {
    title: 'Head of State had telephone talk with Tajik President',
    summary: 'President Tokayev had a telephone conversation with President Rahmon.',
    kind: 'call',
    published: '2021-05-02T08:10:00+06:00',
    ...data,
  });

// The shared Tokayev of two offices, with a spelling of his name the JSON-LD gives as alternateName.
const tokayev = tokayevEntry();
const leaders = [{ ...tokayev, data: { ...tokayev.data, aliases: ['Tokaev'] } }];
const countries = [{ id: 'kazakhstan', data: countrySchema.parse({ name: 'Kazakhstan', iso: 'KZ' }) }];
const site = 'https://news.example.org';
const paths = createPaths('/archive');

function ldOf(data: Partial<ArticleInput>) {
  const archive = buildArchive([entry('2021/05/call', data)], leaders, countries, { site, paths });
  return newsArticleLd(archive.articles[0]!, archive, { site, paths });
}

describe('newsArticleLd', () => {
  it('describes the article as a NewsArticle at its absolute URL under the base path', () => {
    const ld = ldOf({});
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.url).toBe('https://news.example.org/archive/articles/2021/05/call/');
    expect(ld.headline).toBe('Head of State had telephone talk with Tajik President');
  });

  it('keeps the publication date with its UTC offset, as the source gave it', () => {
    const ld = ldOf({});
    expect(ld.datePublished).toBe('2021-05-02T08:10:00+06:00');
  });

  it('takes dateModified from the update when there is one, and from the publication otherwise', () => {
    expect(ldOf({}).dateModified).toBe('2021-05-02T08:10:00+06:00');
    expect(ldOf({ updated: '2021-05-03T09:00:00+06:00' }).dateModified).toBe('2021-05-03T09:00:00+06:00');
  });

  it('credits the byline as a Person, or the source as an Organization when there is none', () => {
    expect(ldOf({ author: 'Kudrenok Tatyana' }).author).toEqual({
      '@type': 'Person',
      name: 'Kudrenok Tatyana',
    });
    expect(ldOf({}).author).toEqual({ '@type': 'Organization', name: 'Kazinform' });
  });

  it('names the source as publisher, with its address only when the content has one', () => {
    expect(ldOf({}).publisher).toEqual({ '@type': 'Organization', name: 'Kazinform' });
    expect(ldOf({ source: { name: 'Akorda', url: 'https://akorda.kz/en/a' } }).publisher).toEqual({
      '@type': 'Organization',
      name: 'Akorda',
      url: 'https://akorda.kz/en/a',
    });
  });

  it('records the provenance: source page and raw text it is based on, its archived copy and licence', () => {
    const sha256 = 'c'.repeat(64);
    const ld = ldOf({
      source: { name: 'Kazinform', url: 'https://www.inform.kz/en/a-1', licence: 'CC BY 4.0' },
      provenance: { sha256, importer: '1.2.0' },
    });
    expect(ld.isBasedOn).toEqual([
      'https://www.inform.kz/en/a-1',
      {
        '@type': 'DigitalDocument',
        name: 'Raw text of the source',
        identifier: { '@type': 'PropertyValue', propertyID: 'SHA-256', value: sha256 },
        description: "Imported by the archive's importer, version 1.2.0",
      },
    ]);
    // Published 08:10 at UTC+06:00, so 02:10 UTC.
    expect(ld.archivedAt).toBe('https://web.archive.org/web/20210502021000/https://www.inform.kz/en/a-1');
    expect(ld.license).toBe('CC BY 4.0');
  });

  it('invents no provenance the content does not record', () => {
    const ld = ldOf({});
    expect(ld.isBasedOn).toBeUndefined();
    expect(ld.archivedAt).toBeUndefined();
    expect(ld.license).toBeUndefined();
    expect(ldOf({ source: { name: 'Akorda', url: 'https://akorda.kz/en/a' } }).isBasedOn).toBe(
      'https://akorda.kz/en/a',
    );
  });

  it('gives the language of the text', () => {
    expect(ldOf({ lang: 'ru' }).inLanguage).toBe('ru');
  });

  it('is about the leaders as Person and the countries as Country, with their pages', () => {
    const ld = ldOf({ leaders: ['kassym-jomart-tokayev'], countries: ['kazakhstan'] });
    expect(ld.about).toEqual([
      {
        '@type': 'Person',
        name: 'Kassym-Jomart Tokayev',
        jobTitle: 'President of Kazakhstan',
        alternateName: ['Tokaev'],
        url: 'https://news.example.org/archive/leaders/kassym-jomart-tokayev/',
      },
      {
        '@type': 'Country',
        name: 'Kazakhstan',
        identifier: 'KZ',
        url: 'https://news.example.org/archive/countries/kazakhstan/',
      },
    ]);
  });

  it("names a leader by the office held on the article's day, not today's", () => {
    const before = ldOf({ published: '2017-06-01', leaders: ['kassym-jomart-tokayev'] });
    expect(before.about).toEqual([
      expect.objectContaining({ jobTitle: 'Chairman of the Senate of Kazakhstan' }),
    ]);
    const lastDay = ldOf({ published: '2019-03-19T23:00:00+06:00', leaders: ['kassym-jomart-tokayev'] });
    expect(lastDay.about).toEqual([
      expect.objectContaining({ jobTitle: 'Chairman of the Senate of Kazakhstan' }),
    ]);
    const after = ldOf({ published: '2019-03-20T09:00:00+06:00', leaders: ['kassym-jomart-tokayev'] });
    expect(after.about).toEqual([expect.objectContaining({ jobTitle: 'President of Kazakhstan' })]);
  });

  it('names a leader without a job title on a day no listed office covers', () => {
    const ld = ldOf({ published: '2005-01-01', leaders: ['kassym-jomart-tokayev'] });
    expect(ld.about).toEqual([expect.not.objectContaining({ jobTitle: expect.anything() })]);
  });

  it('adds no image, keywords or places the content does not hold', () => {
    const ld = ldOf({});
    expect(ld).not.toHaveProperty('image');
    expect(ld).not.toHaveProperty('keywords');
    expect(ld).not.toHaveProperty('mentions');
    expect(ld).not.toHaveProperty('isBasedOn');
  });

  it('lists tags as keywords and places as mentioned places when the content has them', () => {
    const ld = ldOf({ tags: ['Border conflict'], places: ['Dushanbe'] });
    expect(ld.keywords).toEqual(['Border conflict']);
    expect(ld.mentions).toEqual([{ '@type': 'Place', name: 'Dushanbe' }]);
  });
});

describe('breadcrumbLd', () => {
  it('numbers the trail from 1 with absolute URLs, the current page taking its own URL', () => {
    const ld = breadcrumbLd(
      [
        { label: 'Home', href: '/archive/' },
        { label: 'Archive', href: '/archive/archive/' },
        { label: 'The article' },
      ],
      'https://news.example.org/archive/articles/2021/05/call/',
      site,
    );
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.org/archive/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Archive',
        item: 'https://news.example.org/archive/archive/',
      },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'The article',
        item: 'https://news.example.org/archive/articles/2021/05/call/',
      },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('escapes < > and & so that content cannot close the script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> & more' });
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(json).not.toContain('&');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & more' });
  });

  it('escapes the line and paragraph separators', () => {
    const json = serializeJsonLd({ a: 'x\u2028y\u2029z' });
    expect(json).toBe('{"a":"x\\u2028y\\u2029z"}');
  });
});
