import * as cheerio from 'cheerio';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleEntryLike } from '../../src/model/archive';
import {
  FEED_LIMIT,
  countryFeedSpec,
  entityFeedSpec,
  escapeXml,
  feedItem,
  feedOptions,
  leaderFeedSpec,
  rssXml,
  siteFeedSpec,
  textAsHtml,
} from '../../src/routes/feeds';
import { createPaths } from '../../src/routes/paths';
import { countrySchema, type ArticleInput } from '../../src/model/schema';
import { articleEntry, URLS } from '../support/model';
import { testLeader } from '../support/leaders';

const entry = (id: string, data: Partial<ArticleInput> = {}): ArticleEntryLike =>
  articleEntry(id, { published: '2021-05-02T08:10:00+06:00', ...data });

const leader = {
  id: 'kassym-jomart-tokayev',
  data: testLeader({
    name: 'Kassym-Jomart Tokayev',
    offices: [{ title: 'President of Kazakhstan', role: 'head-of-state', start: '2019-03-20' }],
    country: 'kazakhstan',
  }),
};
const country = { id: 'kazakhstan', data: countrySchema.parse({ name: 'Kazakhstan', iso: 'KZ' }) };
const site = 'https://news.example.org';
const paths = createPaths('/archive');

describe('feedItem', () => {
  const [article] = buildArchive(
    [entry('2021/05/call', { author: 'Kudrenok Tatyana', tags: ['Border conflict'] })],
    [leader],
    [country],
    { site, paths },
  ).articles;

  it('links to the article with an absolute URL under the base path', () => {
    expect(feedItem(article!).link).toBe('https://news.example.org/archive/articles/2021/05/call/');
  });

  it("names each leader as a subject with the office held on the article's day", () => {
    const [named] = buildArchive(
      [entry('2021/05/named', { leaders: ['kassym-jomart-tokayev'] })],
      [leader],
      [country],
      { site, paths },
    ).articles;
    expect(feedItem(named!).subjects).toEqual(['Kassym-Jomart Tokayev, President of Kazakhstan']);
    const [early] = buildArchive(
      [entry('2017/05/named', { published: '2017-05-02', leaders: ['kassym-jomart-tokayev'] })],
      [leader],
      [country],
      { site, paths },
    ).articles;
    expect(feedItem(early!).subjects).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('carries the headline, the summary and the tags', () => {
    const item = feedItem(article!);
    expect(item.title).toBe('Title of 2021/05/call');
    expect(item.description).toBe('Summary of 2021/05/call.');
    expect(item.categories).toEqual(['Border conflict']);
  });

  it('dates the item at the right instant, and keeps the offset in dc:date', () => {
    const item = feedItem(article!);
    expect((item.pubDate as Date).toISOString()).toBe('2021-05-02T02:10:00.000Z');
    expect(item.date).toBe('2021-05-02T08:10:00+06:00');
  });

  it('credits the byline in dc:creator, or the source when there is none', () => {
    expect(feedItem(article!).creator).toBe('Kudrenok Tatyana');
    const [unsigned] = buildArchive([entry('2021/05/other')], [leader], [country], URLS).articles;
    expect(feedItem(unsigned!).creator).toBe('Kazinform');
  });

  it('gives the summary as text that no feed reader renders as markup', () => {
    const [quoting] = buildArchive(
      [entry('2021/05/quoting', { summary: 'It quoted <img src=x onerror="alert(1)"> & <b>bold</b>.' })],
      [leader],
      [country],
      URLS,
    ).articles;
    expect(feedItem(quoting!).description).toBe(
      'It quoted &lt;img src=x onerror="alert(1)"&gt; &amp; &lt;b&gt;bold&lt;/b&gt;.',
    );
  });
});

describe('feedOptions', () => {
  const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
    entry(`2020/01/a${String(i).padStart(3, '0')}`, {
      published: `2020-01-01T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+00:00`,
      leaders: ['kassym-jomart-tokayev'],
      countries: ['kazakhstan'],
    }),
  );
  const archive = buildArchive(many, [leader], [country], { site, paths });

  it('keeps the newest fifty articles, newest first', () => {
    const options = feedOptions(siteFeedSpec(archive.articles, paths), site);
    const items = options.items as { link: string }[];
    expect(items).toHaveLength(50);
    expect(items[0]!.link).toBe(
      `https://news.example.org/archive/articles/2020/01/a${String(FEED_LIMIT + 4).padStart(3, '0')}/`,
    );
    expect(items.at(-1)!.link).toBe('https://news.example.org/archive/articles/2020/01/a005/');
  });

  it('points the site feed at the home page', () => {
    expect(feedOptions(siteFeedSpec([], paths), site).site).toBe('https://news.example.org/archive/');
  });

  it('gives each leader a feed of their own articles, belonging to their page', () => {
    const spec = leaderFeedSpec(leader, archive.byLeader.get(leader.id) ?? [], paths);
    expect(spec.title).toBe('Kassym-Jomart Tokayev · News Archive');
    expect(spec.description).toContain('President of Kazakhstan');
    expect(spec.pagePath).toBe('/archive/leaders/kassym-jomart-tokayev/');
    expect(spec.articles).toHaveLength(FEED_LIMIT + 5);
  });

  it('gives each country a feed of its own articles, belonging to its page', () => {
    const spec = countryFeedSpec(country, archive.byCountry.get(country.id) ?? [], paths);
    expect(spec.title).toBe('Kazakhstan · News Archive');
    expect(spec.pagePath).toBe('/archive/countries/kazakhstan/');
  });
});

/**
 * A feed as an XML parser reads it back: checked well-formed (fast-xml-validator
 * refuses the control characters XML forbids), then read by cheerio in XML mode,
 * as the site's tests read the built feeds.
 */
function readFeed(xml: string) {
  expect(() => SyntaxValidator.validate(xml)).not.toThrow();
  const $ = cheerio.load(xml, { xml: true });
  const texts = (parent: Parameters<typeof $>[0], name: string): string[] =>
    $(parent)
      .children(name.replace(':', '\\:'))
      .map((_, el) => $(el).text())
      .get();
  return {
    version: $('rss').attr('version'),
    dublinCore: $('rss').attr('xmlns:dc'),
    channel: {
      title: $('channel > title').text(),
      description: $('channel > description').text(),
      link: $('channel > link').text(),
    },
    items: $('item')
      .toArray()
      .map((item) => ({
        title: texts(item, 'title'),
        link: texts(item, 'link'),
        guid: texts(item, 'guid'),
        permaLink: $(item).children('guid').attr('isPermaLink'),
        description: texts(item, 'description'),
        pubDate: texts(item, 'pubDate'),
        date: texts(item, 'dc:date'),
        creator: texts(item, 'dc:creator'),
        subjects: texts(item, 'dc:subject'),
        categories: texts(item, 'category'),
      })),
  };
}

describe('rssXml', () => {
  it('writes RSS 2.0 that an XML parser reads back: the channel, and each item with its Dublin Core elements', () => {
    const archive = buildArchive(
      [
        entry('2021/05/named', {
          author: 'Kudrenok Tatyana',
          leaders: ['kassym-jomart-tokayev'],
          countries: ['kazakhstan'],
          tags: ['Border conflict', 'Energy'],
        }),
      ],
      [leader],
      [country],
      { site, paths },
    );
    const feed = readFeed(rssXml(entityFeedSpec('leaders', leader, archive, paths, site)));
    expect(feed.version).toBe('2.0');
    expect(feed.dublinCore).toBe('http://purl.org/dc/elements/1.1/');
    expect(feed.channel).toEqual({
      title: 'Kassym-Jomart Tokayev · News Archive',
      description: 'The latest articles involving Kassym-Jomart Tokayev, President of Kazakhstan.',
      link: 'https://news.example.org/archive/leaders/kassym-jomart-tokayev/',
    });
    const link = 'https://news.example.org/archive/articles/2021/05/named/';
    expect(feed.items).toEqual([
      {
        title: ['Title of 2021/05/named'],
        link: [link],
        guid: [link],
        permaLink: 'true',
        description: ['Summary of 2021/05/named.'],
        pubDate: ['Sun, 02 May 2021 02:10:00 GMT'],
        date: ['2021-05-02T08:10:00+06:00'],
        creator: ['Kudrenok Tatyana'],
        subjects: ['Kassym-Jomart Tokayev, President of Kazakhstan'],
        categories: ['Border conflict', 'Energy'],
      },
    ]);
  });

  it('keeps bylines, sources, names and tags that look like numbers or booleans exactly as written', () => {
    // A leader without an office on the article's day is named alone: a bare "0x1F".
    const numberLike = {
      id: 'number-like',
      data: testLeader({
        name: '0x1F',
        country: 'kazakhstan',
        offices: [{ title: 'President of Kazakhstan', role: 'head-of-state', start: '2030-01-01' }],
      }),
    };
    const bylines = ['007', '0x1F', '1e3', '12.50', '1.0', '+7', '.5', '5e-3', 'true'];
    const archive = buildArchive(
      [
        ...bylines.map((author, i) =>
          entry(`2021/05/byline-${i}`, { published: `2021-05-0${i + 1}`, author }),
        ),
        entry('2021/04/unsigned', {
          published: '2021-04-01',
          source: { name: '9007199254740993' },
          leaders: ['number-like'],
          tags: ['789', '1e2'],
        }),
      ],
      [leader, numberLike],
      [country],
      { site, paths },
    );
    const { items } = readFeed(rssXml(feedOptions(siteFeedSpec(archive.articles, paths), site)));
    expect(items.map((i) => i.creator[0])).toEqual([...[...bylines].reverse(), '9007199254740993']);
    expect(items.at(-1)).toMatchObject({ subjects: ['0x1F'], categories: ['789', '1e2'] });
  });

  it('keeps a carriage return of a summary, which a parser would otherwise read as a line feed', () => {
    const summary = 'First line,\r\nsecond line\rand a third.';
    const archive = buildArchive([entry('2021/05/lines', { summary })], [leader], [country], URLS);
    const xml = rssXml(feedOptions(siteFeedSpec(archive.articles, paths), site));
    expect(xml).not.toContain('\r');
    expect(readFeed(xml).items[0]!.description).toEqual([summary]);
  });

  it('gives back every text as written: quotes, markup, the end of a CDATA section, entities and other scripts', () => {
    const title = `]]> <![CDATA[x "quoted" 'single' <b>bold</b> &amp; \u202Bمرحبا\u202C 👩‍👩‍👧`;
    const summary = 'A summary \u2028with a line separator & a <script>.';
    const archive = buildArchive(
      [entry('2021/05/hostile', { title, summary, author: 'A & B <C>' })],
      [leader],
      [country],
      URLS,
    );
    const [item] = readFeed(rssXml(feedOptions(siteFeedSpec(archive.articles, paths), site))).items;
    expect(item).toMatchObject({
      title: [title],
      description: [textAsHtml(summary)],
      creator: ['A & B <C>'],
    });
  });
});

describe('feed URLs', () => {
  it('puts the site feed, the per-leader and per-country feeds and the sitemap under the base path', () => {
    expect(paths.feed()).toBe('/archive/rss.xml');
    expect(paths.leaderFeed('vladimir-putin')).toBe('/archive/leaders/vladimir-putin/rss.xml');
    expect(paths.countryFeed('russia')).toBe('/archive/countries/russia/rss.xml');
    expect(paths.sitemap()).toBe('/archive/sitemap-index.xml');
    expect(createPaths('/').feed()).toBe('/rss.xml');
  });
});

describe('textAsHtml', () => {
  it('escapes what HTML would read as markup or a character reference', () => {
    expect(textAsHtml('3 < 5 & <b>"quoted"</b>')).toBe('3 &lt; 5 &amp; &lt;b&gt;"quoted"&lt;/b&gt;');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });

  it('writes a carriage return as a character reference, and leaves line feeds and tabs', () => {
    expect(escapeXml('a\r\nb\tc')).toBe('a&#13;\nb\tc');
  });
});
