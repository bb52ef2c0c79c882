/**
 * Facts about a page that several outputs share (head tags, feeds, JSON-LD,
 * citations), decided once here so that they never disagree.
 */
import type { ArticleData } from '../model/schema';
import { SITE } from '../model/site';

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

/** A `<meta name content>` pair of the page head. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * The Zotero item type of every article: Zotero reads it from `DC.type` (and
 * COinS `rft.type`), which its Embedded Metadata translator ranks above the
 * `journalArticle` it would otherwise guess from `citation_title`.
 */
export const ZOTERO_ITEM_TYPE = 'newspaperArticle';

/** What a reference manager saves of an article: the fields of a Zotero newspaper article. */
export interface CitedItem {
  title: string;
  /** The abstract: the article's summary. */
  abstract: string;
  /** The bylines; empty when the piece is unsigned (the source is then its publication, not an author). */
  authors: readonly string[];
  /** The publication date in the source's zone, `YYYY-MM-DD`. */
  date: string;
  /** BCP 47 language tag of the text. */
  language: string;
  /** The publication: the source the archive took the article from. */
  publication: string;
  /** The article's permanent (absolute) URL in the archive. */
  url: string;
  /** The source's licence, when known. */
  rights?: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The item a reference manager should save for an article at `url`.
 * @example citedItem(article, 'https://news.example.org/articles/2021/05/x/').date // '2021-05-02'
 */
export function citedItem(
  article: {
    title: string;
    summary: string;
    published: { year: number; month: number; day: number };
    data: Pick<ArticleData, 'author' | 'lang' | 'source'>;
  },
  url: string,
): CitedItem {
  const { published, data } = article;
  const item: CitedItem = {
    title: article.title,
    abstract: article.summary,
    authors: data.author ? [data.author] : [],
    date: `${published.year}-${pad2(published.month)}-${pad2(published.day)}`,
    language: data.lang,
    publication: data.source.name,
    url,
  };
  if (data.source.licence) item.rights = data.source.licence;
  return item;
}

/**
 * The Highwire Press, Dublin Core and PRISM `<meta>` tags Zotero's Embedded
 * Metadata translator reads: `DC.type` gives the item type, `prism.publicationName`
 * (then `DC.source`) the publication, `citation_*` the title, authors, date,
 * language, abstract and URL (`citation_public_url`). No `citation_journal_title`,
 * which would make the item a journal article, and no `DC.identifier`: Zotero
 * reads it only for an ISBN, ISSN or DOI, and could mistake digits of a URL for one.
 */
export function citationMeta(item: CitedItem): MetaTag[] {
  return [
    { name: 'citation_title', content: item.title },
    ...item.authors.map((author) => ({ name: 'citation_author', content: author })),
    { name: 'citation_date', content: item.date },
    { name: 'citation_language', content: item.language },
    { name: 'citation_abstract', content: item.abstract },
    { name: 'citation_public_url', content: item.url },
    { name: 'DC.type', content: ZOTERO_ITEM_TYPE },
    { name: 'DC.source', content: item.publication },
    { name: 'prism.publicationName', content: item.publication },
    ...(item.rights ? [{ name: 'DC.rights', content: item.rights }] : []),
  ];
}

/**
 * An OpenURL 1.0 ContextObject (KEV) for a COinS span
 * (`<span class="Z3988" title="…">`), in the Dublin Core format Zotero writes for
 * a newspaper article and reads back: `rft.type` gives the item type,
 * `rft.source` the publication, `rft.identifier` the URL. Values are
 * percent-encoded; the HTML attribute escaping is the template's job.
 * The date is the calendar day: Zotero reads `+` as a space.
 */
export function coinsContext(item: CitedItem): string {
  const pairs: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', ZOTERO_ITEM_TYPE],
    ['rft.title', item.title],
    ['rft.source', item.publication],
    ...item.authors.map((author): [string, string] => ['rft.au', author]),
    ['rft.date', item.date],
    ['rft.language', item.language],
    ['rft.description', item.abstract],
    ['rft.identifier', item.url],
    ...(item.rights ? [['rft.rights', item.rights] as [string, string]] : []),
  ];
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

/** What an OpenSearch description names: the site, and its search and description URLs (absolute). */
export interface OpenSearchSpec {
  /** At most 16 characters, as OpenSearch 1.1 requires. */
  shortName: string;
  description: string;
  /** The search page's absolute URL; the query goes into its `q` parameter. */
  searchUrl: string;
  /** The description's own absolute URL. */
  selfUrl: string;
  /** The site icon's absolute URL. */
  iconUrl: string;
}

const escapeXml = (value: string): string =>
  value.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/**
 * An OpenSearch 1.1 description document, which lets browsers add the archive's
 * search: `{searchTerms}` goes into the search page's `q` parameter.
 * @throws when the short name is longer than the 16 characters OpenSearch allows.
 */
export function openSearchXml(spec: OpenSearchSpec): string {
  if (spec.shortName.length > 16) {
    throw new Error(`OpenSearch ShortName "${spec.shortName}" is longer than 16 characters`);
  }
  const template = `${spec.searchUrl}${spec.searchUrl.includes('?') ? '&' : '?'}q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeXml(spec.shortName)}</ShortName>`,
    `  <Description>${escapeXml(spec.description.slice(0, 1024))}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image type="image/svg+xml">${escapeXml(spec.iconUrl)}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(template)}"/>`,
    `  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(spec.selfUrl)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
