/**
 * RSS feeds: the whole archive, and one feed per leader and per country, so that
 * readers can follow a person or a country. Pure: the routes in `src/pages/`
 * pass the result to `@astrojs/rss`.
 */
import type { RSSOptions, RSSFeedItem } from '@astrojs/rss';
import type { Article, ArchiveModel, Country, Leader } from '../model/archive';
import { articleCredit } from './meta';
import { describeLeader } from '../model/offices';
import type { Office } from '../model/schema';
import { absoluteUrl, type EntitySide, type Paths } from './paths';
import { SITE } from '../model/site';

/** Articles per feed: readers see recent news, the archive holds the rest. */
export const FEED_LIMIT = 50;

/** Dublin Core: `dc:date` keeps the source's UTC offset, `dc:creator` takes a name. */
const XMLNS = { dc: 'http://purl.org/dc/elements/1.1/' } as const;

/**
 * Escapes text for XML character data and attribute values.
 * @example escapeXml('Q&A <live>') // 'Q&amp;A &lt;live&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
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

/**
 * One feed item, linking to the article's permanent URL. RSS's `pubDate` is in
 * GMT (RFC 822), so the date as the source gave it, offset included, also goes
 * in `dc:date`; the credit goes in `dc:creator` because RSS's own `author` must
 * be an e-mail address. Each leader is a `dc:subject`, named with the office
 * held on the article's day. The summary is text, written as HTML
 * ({@link textAsHtml}).
 */
export function feedItem(article: Article): RSSFeedItem {
  const credit = articleCredit(article.data);
  return {
    title: article.title,
    link: article.permanentUrl,
    pubDate: new Date(article.epochMs),
    description: textAsHtml(article.summary),
    categories: article.tags.map((t) => t.name),
    customData:
      `<dc:date>${escapeXml(article.published.iso)}</dc:date>` +
      `<dc:creator>${escapeXml(credit.name)}</dc:creator>` +
      article.people.map((p) => `<dc:subject>${escapeXml(p.label)}</dc:subject>`).join(''),
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

/**
 * The options of one feed for `@astrojs/rss`: the newest {@link FEED_LIMIT}
 * articles, with absolute links (the articles' permanent URLs, and the page's under `site`).
 */
export function feedOptions(spec: FeedSpec, site: string | URL): RSSOptions {
  return {
    title: spec.title,
    description: spec.description,
    site: absoluteUrl(spec.pagePath, site),
    xmlns: { ...XMLNS },
    items: spec.articles.slice(0, FEED_LIMIT).map(feedItem),
  };
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
): RSSOptions {
  const spec =
    side === 'leaders'
      ? leaderFeedSpec(entity as Leader, archive.byLeader.get(entity.id) ?? [], paths)
      : countryFeedSpec(entity as Country, archive.byCountry.get(entity.id) ?? [], paths);
  return feedOptions(spec, site);
}
