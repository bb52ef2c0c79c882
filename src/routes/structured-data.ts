/**
 * JSON-LD for search engines, built from the archive's typed data. Only facts
 * the content holds: no invented images, ratings or publishers.
 */
import type {
  BreadcrumbList,
  Country as CountryLd,
  DigitalDocument,
  NewsArticle,
  Person,
  WithContext,
} from 'schema-dts';
import type { Article, ArticleLeader, Country, Leader } from '../model/archive';
import { articleCredit } from './meta';
import { latestOffice } from '../model/offices';
import { absoluteUrl, type Paths } from './paths';
import { provenanceOf } from '../model/provenance';
import { KIND_LABELS, SITE } from '../model/site';

/** What the JSON-LD builders need to turn site paths into absolute URLs. */
export interface LdContext {
  /** The site origin (`SITE_URL`). */
  site: string | URL;
  /** The URL builder for the configured base path. */
  paths: Paths;
}

/**
 * A leader as a schema.org `Person`, with the office they hold or last held, or,
 * given `named` (the leader as an article names them), the office held on the
 * article's day: none when no listed office covers it.
 */
export function personLd(
  leader: Leader,
  { site, paths }: LdContext,
  named?: Pick<ArticleLeader, 'office'>,
): Person {
  const office = named ? named.office : latestOffice(leader.data.offices);
  return {
    '@type': 'Person',
    name: leader.data.name,
    ...(office && { jobTitle: office.title }),
    url: absoluteUrl(paths.leader(leader.id), site),
    ...(leader.data.aliases.length > 0 && { alternateName: leader.data.aliases }),
  };
}

/** A country as a schema.org `Country`. */
export function countryLd(country: Country, { site, paths }: LdContext): CountryLd {
  return {
    '@type': 'Country',
    name: country.data.name,
    identifier: country.data.iso,
    url: absoluteUrl(paths.country(country.id), site),
  };
}

/** A version of an article as JSON-LD names it: its page, headline and language. */
function versionLd(article: Article): NewsArticle {
  return {
    '@type': 'NewsArticle',
    '@id': article.permanentUrl,
    url: article.permanentUrl,
    headline: article.title,
    inLanguage: article.data.lang,
  };
}

/**
 * How an article's versions in other languages are tied in JSON-LD: the
 * version published first is the work the others were translated from (equal
 * instants by id), so it lists them as `workTranslation`, and each of them names it
 * as `translationOfWork`. Nothing for an article without versions.
 */
export function translationsLd(
  article: Article,
  versions: readonly Article[],
): Pick<NewsArticle, 'workTranslation' | 'translationOfWork'> {
  if (versions.length === 0) return {};
  const original = [article, ...versions].reduce((first, a) =>
    a.epochMs < first.epochMs || (a.epochMs === first.epochMs && a.id < first.id) ? a : first,
  );
  if (original === article) return { workTranslation: versions.map(versionLd) };
  return { translationOfWork: versionLd(original) };
}

/**
 * An article as a schema.org `NewsArticle` at its permanent URL: headline, dates
 * exactly as the source gave them (offset included), credit, source as
 * publisher, language, and the leaders (with the office each held on the
 * article's day as `jobTitle`) and countries it is about, and its versions in
 * other languages (`versions`, see {@link translationsLd}). `dateModified` is the
 * update when the source gave one, else the publication (the piece has not
 * changed since).
 */
export function newsArticleLd(
  article: Article,
  lookup: { leaderById: ReadonlyMap<string, Leader>; countryById: ReadonlyMap<string, Country> },
  context: LdContext,
  versions: readonly Article[] = [],
): WithContext<NewsArticle> {
  const { data } = article;
  const url = article.permanentUrl;
  const credit = articleCredit(data);
  const leaders = article.people.flatMap((named: ArticleLeader) => {
    const leader = lookup.leaderById.get(named.id);
    return leader ? [personLd(leader, context, named)] : [];
  });
  const countries = article.countries.flatMap((id) => {
    const country = lookup.countryById.get(id);
    return country ? [countryLd(country, context)] : [];
  });
  const ld: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.summary,
    datePublished: article.published.iso,
    dateModified: (article.updated ?? article.published).iso,
    inLanguage: data.lang,
    articleSection: KIND_LABELS[data.kind],
    author: { '@type': credit.type, name: credit.name },
    publisher: data.source.url
      ? { '@type': 'Organization', name: data.source.name, url: data.source.url }
      : { '@type': 'Organization', name: data.source.name },
    isPartOf: { '@type': 'WebSite', name: SITE.name, url: absoluteUrl(context.paths.home(), context.site) },
    about: [...leaders, ...countries],
    ...translationsLd(article, versions),
  };
  // Provenance: the source page and the raw text it was imported from (by its
  // SHA-256), the source's licence, and the Internet Archive's copy of the page.
  const origin = provenanceOf(data, article.epochMs);
  const basedOn = [
    ...(origin.sourceUrl ? [origin.sourceUrl] : []),
    ...(origin.sha256 ? [rawTextLd(origin.sha256, origin.importer)] : []),
  ];
  if (basedOn.length > 0) ld.isBasedOn = basedOn.length === 1 ? basedOn[0]! : basedOn;
  if (origin.archiveUrl) ld.archivedAt = origin.archiveUrl;
  if (origin.licence) ld.license = origin.licence;
  if (data.dateline) ld.locationCreated = { '@type': 'Place', name: data.dateline };
  if (data.places && data.places.length > 0) {
    ld.mentions = data.places.map((name) => ({ '@type': 'Place', name }));
  }
  if (article.tags.length > 0) ld.keywords = article.tags.map((t) => t.name);
  return ld;
}

/**
 * The raw text an article was imported from, identified by its SHA-256 (and the
 * importer version that read it), for `isBasedOn`.
 */
export function rawTextLd(sha256: string, importer?: string): DigitalDocument {
  return {
    '@type': 'DigitalDocument',
    name: 'Raw text of the source',
    identifier: { '@type': 'PropertyValue', propertyID: 'SHA-256', value: sha256 },
    ...(importer && { description: `Imported by the archive's importer, version ${importer}` }),
  };
}

/** One step of a breadcrumb trail; the current page has no `href`. */
export interface Crumb {
  label: string;
  href?: string;
  /** The label's language, when it is not the page's (a topic's name, an article's headline). */
  lang?: string;
}

/**
 * A breadcrumb trail as a schema.org `BreadcrumbList`. The current page, which has
 * no link of its own, takes `currentUrl`.
 */
export function breadcrumbLd(
  crumbs: readonly Crumb[],
  currentUrl: string,
  site: string | URL,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? absoluteUrl(crumb.href, site) : currentUrl,
    })),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element. `<`, `>`
 * and `&` are escaped as JSON unicode escapes so that no content (a headline
 * containing `</script>`, say) can close the element; U+2028/U+2029 likewise.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
