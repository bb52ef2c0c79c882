import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleEntryLike } from '../../src/model/archive';
import {
  FEED_LIMIT,
  countryFeedSpec,
  escapeXml,
  feedItem,
  feedOptions,
  leaderFeedSpec,
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
    expect(feedItem(named!).customData).toContain(
      '<dc:subject>Kassym-Jomart Tokayev, President of Kazakhstan</dc:subject>',
    );
    const [early] = buildArchive(
      [entry('2017/05/named', { published: '2017-05-02', leaders: ['kassym-jomart-tokayev'] })],
      [leader],
      [country],
      { site, paths },
    ).articles;
    expect(feedItem(early!).customData).toContain('<dc:subject>Kassym-Jomart Tokayev</dc:subject>');
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
    expect(item.customData).toContain('<dc:date>2021-05-02T08:10:00+06:00</dc:date>');
  });

  it('credits the byline in dc:creator, or the source when there is none', () => {
    expect(feedItem(article!).customData).toContain('<dc:creator>Kudrenok Tatyana</dc:creator>');
    const [unsigned] = buildArchive([entry('2021/05/other')], [leader], [country], URLS).articles;
    expect(feedItem(unsigned!).customData).toContain('<dc:creator>Kazinform</dc:creator>');
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

  it('escapes the credit as XML', () => {
    const [odd] = buildArchive(
      [entry('2021/05/odd', { author: 'A & B <C>' })],
      [leader],
      [country],
      URLS,
    ).articles;
    expect(feedItem(odd!).customData).toContain('<dc:creator>A &amp; B &lt;C&gt;</dc:creator>');
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

  it('declares the Dublin Core namespace its items use', () => {
    expect(feedOptions(siteFeedSpec([], paths), site).xmlns).toEqual({
      dc: 'http://purl.org/dc/elements/1.1/',
    });
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
});
