/**
 * RSS feeds: the whole archive, and one feed per leader and per country, so that
 * readers can follow a person or a country. Pure: the routes in `src/pages/`
 * serve the text {@link rssXml} writes ({@link rssResponse}).
 *
 * The archive writes its feeds itself rather than through `@astrojs/rss`, which
 * reads each item's extra elements (`customData`) back with fast-xml-parser's
 * defaults and writes what it read: text that looks like a number came out as
 * that number (a byline "007" as `<dc:creator>7</dc:creator>`, "0x1F" as 31,
 * "1e3" as 1000).
 */
import type { Article, ArchiveModel, Country, Leader } from '../model/archive';
import { articleCredit } from './meta';
import { describeLeader } from '../model/offices';
import type { Office } from '../model/schema';
import { absoluteUrl, type EntitySide, type Paths } from './paths';
import { SITE } from '../model/site';

/** Articles per feed: readers see recent news, the archive holds the rest. */
export const FEED_LIMIT = 50;

/** Dublin Core: `dc:date` keeps the source's UTC offset, `dc:creator` takes a name. */
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/**
 * Escapes text for XML character data and attribute values: the five special
 * characters, and a carriage return as a character reference, which an XML
 * parser would otherwise read as a line feed.
 * @example escapeXml('Q&A <live>') // 'Q&amp;A &lt;live&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"'\r]/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos', '\r': '#13' }[c]};`,
  );
}

/**
 * Plain text as the HTML a feed item's description holds: RSS readers take the
 * (XML-decoded) description as HTML, so `<`, `>` and `&` in a summary are
 * escaped once here, before the feed escapes them again as XML. A summary that
 * quotes `<script>` is then shown as those characters, never run.
 * @example textAsHtml('3 < 5 & <b>') // '3 &lt; 5 &amp; &lt;b&gt;'
 */
export function textAsHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`);
}

/** One item of a feed: an article. */
export interface FeedItem {
  title: string;
  /** The article's permanent URL, absolute: the item's `link` and its `guid`. */
  link: string;
  /** The instant of publication (RSS writes it in GMT). */
  pubDate: Date;
  /** The summary, as HTML (see {@link textAsHtml}). */
  description: string;
  /** The tags, by name. */
  categories: string[];
  /** `dc:date`: the date and time as the source gave them, offset included. */
  date: string;
  /** `dc:creator`: the byline, or the source when there is none. */
  creator: string;
  /** `dc:subject`s: each leader, named with the office held on the article's day. */
  subjects: string[];
}

/**
 * One feed item, linking to the article's permanent URL. RSS's `pubDate` is in
 * GMT (RFC 822), so the date as the source gave it, offset included, also goes
 * in `dc:date`; the credit goes in `dc:creator` because RSS's own `author` must
 * be an e-mail address. Each leader is a `dc:subject`, named with the office
 * held on the article's day. The summary is text, written as HTML
 * ({@link textAsHtml}).
 */
export function feedItem(article: Article): FeedItem {
  return {
    title: article.title,
    link: article.permanentUrl,
    pubDate: new Date(article.epochMs),
    description: textAsHtml(article.summary),
    categories: article.tags.map((t) => t.name),
    date: article.published.iso,
    creator: articleCredit(article.data).name,
    subjects: article.people.map((p) => p.label),
  };
}

/** What distinguishes one feed from another. */
export interface FeedSpec {
  title: string;
  description: string;
  /** The page the feed belongs to (its `<link>`). */
  pagePath: string;
  /** Newest first, as the archive model keeps them. */
  articles: readonly Article[];
}

/** One feed, as {@link rssXml} writes it. */
export interface FeedOptions {
  title: string;
  description: string;
  /** The absolute URL of the page the feed belongs to: the channel's `link`. */
  site: string;
  items: FeedItem[];
}

/**
 * The options of one feed: the newest {@link FEED_LIMIT} articles, with
 * absolute links (the articles' permanent URLs, and the page's under `site`).
 */
export function feedOptions(spec: FeedSpec, site: string | URL): FeedOptions {
  return {
    title: spec.title,
    description: spec.description,
    site: absoluteUrl(spec.pagePath, site),
    items: spec.articles.slice(0, FEED_LIMIT).map(feedItem),
  };
}

/**
 * A feed as RSS 2.0, with the Dublin Core elements of its items: every text
 * escaped as XML ({@link escapeXml}) and written as it is, whatever it looks
 * like, so that an XML parser reads back exactly the archive's text.
 */
export function rssXml(feed: FeedOptions): string {
  const element = (name: string, text: string): string => `<${name}>${escapeXml(text)}</${name}>`;
  const item = (i: FeedItem): string[] => [
    '    <item>',
    `      ${element('title', i.title)}`,
    `      ${element('link', i.link)}`,
    `      <guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
    `      ${element('description', i.description)}`,
    `      ${element('pubDate', i.pubDate.toUTCString())}`,
    `      ${element('dc:date', i.date)}`,
    `      ${element('dc:creator', i.creator)}`,
    ...i.subjects.map((subject) => `      ${element('dc:subject', subject)}`),
    ...i.categories.map((category) => `      ${element('category', category)}`),
    '    </item>',
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:dc="${DUBLIN_CORE}">`,
    '  <channel>',
    `    ${element('title', feed.title)}`,
    `    ${element('description', feed.description)}`,
    `    ${element('link', feed.site)}`,
    ...feed.items.flatMap(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/**
 * The response of a feed's route: the feed's XML, as `application/xml` (the
 * type `@astrojs/rss` gave it, which browsers show rather than download).
 */
export function rssResponse(feed: FeedOptions): Response {
  return new Response(rssXml(feed), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

/** The site feed: the whole archive, newest first. */
export function siteFeedSpec(articles: readonly Article[], paths: Paths): FeedSpec {
  return { title: SITE.name, description: SITE.description, pagePath: paths.home(), articles };
}

/** The feed of one leader's articles. */
export function leaderFeedSpec(
  leader: { id: string; data: { name: string; offices: readonly Office[] } },
  articles: readonly Article[],
  paths: Paths,
): FeedSpec {
  return {
    title: `${leader.data.name} · ${SITE.name}`,
    description: `The latest articles involving ${describeLeader(leader.data)}.`,
    pagePath: paths.leader(leader.id),
    articles,
  };
}

/** The feed of one country's articles. */
export function countryFeedSpec(
  country: { id: string; data: { name: string } },
  articles: readonly Article[],
  paths: Paths,
): FeedSpec {
  return {
    title: `${country.data.name} · ${SITE.name}`,
    description: `The latest articles involving ${country.data.name}.`,
    pagePath: paths.country(country.id),
    articles,
  };
}

/**
 * The feed options of one leader's or country's articles: one feed per entity,
 * whatever the interface language, at `paths.entityFeed(side, id)`.
 */
export function entityFeedSpec(
  side: EntitySide,
  entity: Leader | Country,
  archive: Pick<ArchiveModel, 'byLeader' | 'byCountry'>,
  paths: Paths,
  site: string | URL,
): FeedOptions {
  const spec =
    side === 'leaders'
      ? leaderFeedSpec(entity as Leader, archive.byLeader.get(entity.id) ?? [], paths)
      : countryFeedSpec(entity as Country, archive.byCountry.get(entity.id) ?? [], paths);
  return feedOptions(spec, site);
}
