/**
 * Facts about a page that several outputs share (head tags, feeds, JSON-LD,
 * citations), decided once here so that they never disagree.
 */
import type { ArticleData } from './schema';
import { SITE } from './site';

/** Who an article is credited to. */
export interface Credit {
  /** A byline names a person; an unsigned piece is the source's own. */
  type: 'Person' | 'Organization';
  name: string;
}

/**
 * The article's credit: its byline when the source names one, otherwise the
 * source itself, which is the author of an unsigned report.
 * @example articleCredit({ source: { name: 'Kazinform' } }) // { type: 'Organization', name: 'Kazinform' }
 */
export function articleCredit(data: Pick<ArticleData, 'author' | 'source'>): Credit {
  return data.author
    ? { type: 'Person', name: data.author }
    : { type: 'Organization', name: data.source.name };
}

/**
 * The `<title>` of a page: its own title followed by the site name.
 * @example fullTitle('Leaders') // 'Leaders · News Archive'
 */
export function fullTitle(title: string): string {
  return title === SITE.name ? title : `${title} · ${SITE.name}`;
}

/** A feed a page offers, for `<link rel="alternate">` and the visible feed link. */
export interface FeedRef {
  title: string;
  href: string;
}

/** The feed every page links to: the whole archive. */
export function siteFeed(href: string): FeedRef {
  return { title: `${SITE.name}: latest articles`, href };
}
