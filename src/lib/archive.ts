/**
 * The archive model: every list the site shows, derived once from the validated
 * collections. Pure: takes entries, returns data; `articles.ts` feeds it from Astro.
 */
import type { ArticleData, CountryData, LeaderData } from './schema';
import { parsePublished, type PublishedDate } from './dates';
import { slugify } from './slug';
import { findUnsafeMarkup } from './safety';

/** A reference as Astro gives it (`{ collection, id }`) or as a plain id. */
export type Ref = string | { id: string };

/** An article entry as the content layer gives it. */
export interface ArticleEntryLike {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: Omit<ArticleData, 'leaders' | 'countries'> & { leaders: readonly Ref[]; countries: readonly Ref[] };
}

/** A leader or country entry as the content layer gives it. */
export interface DataEntryLike<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

/** An article with everything the pages need precomputed. */
export interface Article<E = unknown> {
  id: string;
  /** The last segment of the URL. */
  slug: string;
  /** The file it came from, relative to the project root. */
  filePath: string;
  title: string;
  summary: string;
  published: PublishedDate;
  updated?: PublishedDate;
  epochMs: number;
  leaders: string[];
  countries: string[];
  tags: { name: string; slug: string }[];
  data: ArticleEntryLike['data'];
  /** The original entry, for `render()`. */
  entry: E;
}

export interface Leader {
  id: string;
  data: LeaderData;
}

export interface Country {
  id: string;
  data: CountryData;
}

/** A year of the date archive, newest month first. */
export interface ArchiveYear {
  year: number;
  count: number;
  months: { month: number; count: number }[];
}

/** Everything derived from the content. */
export interface ArchiveModel<E = unknown> {
  /** Newest first. */
  articles: Article<E>[];
  /** The leaders with at least one article, by name. */
  leaders: Leader[];
  /** The countries with at least one article, by name. */
  countries: Country[];
  /** Every leader of the registry, with or without articles. */
  leaderById: Map<string, Leader>;
  countryById: Map<string, Country>;
  /** Articles per leader id, newest first. */
  byLeader: Map<string, Article<E>[]>;
  /** Articles per country id, newest first. */
  byCountry: Map<string, Article<E>[]>;
  /** Articles per tag slug, newest first. */
  byTag: Map<string, { name: string; articles: Article<E>[] }>;
  /** Articles per `yyyy-mm`, newest first. */
  byMonth: Map<string, Article<E>[]>;
  /** Years, newest first. */
  years: ArchiveYear[];
}

const refId = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.id);

/** The key of `byMonth`: `2021-05`. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The URL slug of an article: the last segment of its id (its file name). */
export function articleSlug(id: string): string {
  return id.split('/').pop() ?? id;
}

/** Newest first; equal instants by id, so the order never depends on load order. */
export function compareNewestFirst(
  a: { epochMs: number; id: string },
  b: { epochMs: number; id: string },
): number {
  return b.epochMs - a.epochMs || a.id.localeCompare(b.id);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Converts a content entry into an {@link Article}. */
export function toArticle<E extends ArticleEntryLike>(entry: E): Article<E> {
  const published = parsePublished(entry.data.published);
  const article: Article<E> = {
    id: entry.id,
    slug: articleSlug(entry.id),
    filePath: entry.filePath ?? entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    published,
    epochMs: published.epochMs,
    leaders: entry.data.leaders.map(refId),
    countries: entry.data.countries.map(refId),
    tags: entry.data.tags.map((name) => ({ name, slug: slugify(name) })).filter((t) => t.slug !== ''),
    data: entry.data,
    entry,
  };
  if (entry.data.updated) article.updated = parsePublished(entry.data.updated);
  return article;
}

/**
 * Finds what the schema alone cannot: references to leaders or countries that do
 * not exist, two articles that would share a URL, raw HTML or script URLs in a
 * body, and empty collections. Each message names the file and the field.
 */
export function findContentErrors(
  articles: readonly ArticleEntryLike[],
  leaders: readonly DataEntryLike<{ country: Ref }>[],
  countries: readonly DataEntryLike<unknown>[],
  urlOf: (a: ArticleEntryLike) => string,
  bodyOf: (a: ArticleEntryLike) => string = (a) => a.body ?? '',
): string[] {
  const errors: string[] = [];
  if (articles.length === 0)
    errors.push('articles: no article was found; check ARCHIVE_CONTENT_DIR and its articles/ folder');
  const leaderIds = new Set(leaders.map((l) => l.id));
  const countryIds = new Set(countries.map((c) => c.id));
  for (const leader of leaders) {
    const country = refId(leader.data.country);
    if (!countryIds.has(country)) {
      errors.push(
        `${leader.filePath ?? leader.id}: country: unknown country "${country}" (no such file in countries/)`,
      );
    }
  }
  const urls = new Map<string, string>();
  for (const article of articles) {
    const file = article.filePath ?? article.id;
    article.data.leaders.map(refId).forEach((id, i) => {
      if (!leaderIds.has(id))
        errors.push(`${file}: leaders[${i}]: unknown leader "${id}" (no such file in leaders/)`);
    });
    article.data.countries.map(refId).forEach((id, i) => {
      if (!countryIds.has(id))
        errors.push(`${file}: countries[${i}]: unknown country "${id}" (no such file in countries/)`);
    });
    const url = urlOf(article);
    const other = urls.get(url);
    if (other) errors.push(`${file}: the URL ${url} is already taken by ${other}; rename one of the files`);
    else urls.set(url, file);
    for (const problem of findUnsafeMarkup(bodyOf(article), { mdx: file.endsWith('.mdx') })) {
      errors.push(
        `${file}: body line ${problem.line}: ${problem.reason} (${problem.found}) is not allowed in articles`,
      );
    }
  }
  return errors;
}

/** Builds every derived list of the archive. */
export function buildArchive<E extends ArticleEntryLike>(
  entries: readonly E[],
  leaderEntries: readonly DataEntryLike<Omit<LeaderData, 'country'> & { country: Ref }>[],
  countryEntries: readonly DataEntryLike<CountryData>[],
): ArchiveModel<E> {
  const articles = entries.map(toArticle).sort(compareNewestFirst);
  const leaders = leaderEntries
    .map((l) => ({ id: l.id, data: { ...l.data, country: refId(l.data.country) } }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const countries = countryEntries
    .map((c) => ({ id: c.id, data: c.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));

  const byLeader = new Map<string, Article<E>[]>();
  const byCountry = new Map<string, Article<E>[]>();
  const byTag = new Map<string, { name: string; articles: Article<E>[] }>();
  const byMonth = new Map<string, Article<E>[]>();
  for (const article of articles) {
    for (const id of article.leaders) push(byLeader, id, article);
    for (const id of article.countries) push(byCountry, id, article);
    for (const tag of article.tags) {
      const group = byTag.get(tag.slug) ?? { name: tag.name, articles: [] };
      group.articles.push(article);
      byTag.set(tag.slug, group);
    }
    push(byMonth, monthKey(article.published.year, article.published.month), article);
  }

  const years = new Map<number, ArchiveYear>();
  for (const [key, list] of byMonth) {
    const [year, month] = key.split('-').map(Number) as [number, number];
    const entry = years.get(year) ?? { year, count: 0, months: [] };
    entry.count += list.length;
    entry.months.push({ month, count: list.length });
    years.set(year, entry);
  }
  const yearList = [...years.values()].sort((a, b) => b.year - a.year);
  for (const y of yearList) y.months.sort((a, b) => b.month - a.month);

  // The registry holds every leader and country the importer can match; only those
  // with articles are listed and get pages, all of them can be looked up.
  return {
    articles,
    leaders: leaders.filter((l) => byLeader.has(l.id)),
    countries: countries.filter((c) => byCountry.has(c.id)),
    leaderById: new Map(leaders.map((l) => [l.id, l])),
    countryById: new Map(countries.map((c) => [c.id, c])),
    byLeader,
    byCountry,
    byTag,
    byMonth,
    years: yearList,
  };
}

/** The article before (older) and after (newer) `article` in date order. */
export function neighbours<E>(
  articles: readonly Article<E>[],
  index: number,
): { older?: Article<E>; newer?: Article<E> } {
  const result: { older?: Article<E>; newer?: Article<E> } = {};
  const older = articles[index + 1];
  const newer = articles[index - 1];
  if (older) result.older = older;
  if (newer) result.newer = newer;
  return result;
}
