/**
 * The archive model: every list the site shows, derived once from the validated
 * collections. Pure: takes entries, returns data; `articles.ts` feeds it from Astro.
 */
import type { ArticleData, CountryData, LeaderData, Office, Timeline } from './schema';
import { parsePublished, type PublishedDate } from './dates';
import { localDay, monthKey } from './calendar';
import { tagIdentity, tagSlug } from './slug';
import { findUnsafeMarkup, type UnsafeMarkup } from './safety';
import { officeAt } from './offices';
import { findTimelineErrors } from './timeline';
import { absoluteUrl, type ArchiveUrls, type UrlContext } from './urls';
import { slug as githubSlug } from 'github-slugger';
import { linkTranslations, type TranslationSource } from './translations';

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

/** A leader as an article names them: with the office they held on the article's day. */
export interface ArticleLeader {
  id: string;
  name: string;
  /** The office held on the article's local calendar day; absent when no listed office covers it. */
  office?: Office;
  /** The name with that office: "Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan". */
  label: string;
  /** The leader's page. */
  href: string;
}

/** A country as an article names it. */
export interface ArticleCountry {
  id: string;
  name: string;
  iso: string;
  /** The country's page. */
  href: string;
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
  /** The local calendar day of publication, `YYYY-MM-DD`: the day offices are read at. */
  day: string;
  /** Leader ids, as the front matter lists them, each once. */
  leaders: string[];
  /** Country ids, as the front matter lists them, each once. */
  countries: string[];
  /** The leaders resolved once: names, office at the time, page. */
  people: ArticleLeader[];
  /** The countries resolved once: names, page. */
  nations: ArticleCountry[];
  tags: { name: string; slug: string }[];
  /** The article's path under the base: `/articles/2021/05/slug/`. */
  url: string;
  /** The absolute URL under `SITE_URL` it is cited, shared and fed by. */
  permanentUrl: string;
  /** The ids of its versions in other languages, named by it or naming it (see translations.ts). */
  versions: string[];
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

/** The articles of one tag's page, under the name and language of the first (newest) article that gives it. */
export interface TagGroup<E = unknown> {
  name: string;
  /** The language the name is written in: the article's that gives it. */
  lang: string;
  articles: Article<E>[];
}

/** Everything derived from the content. */
export interface ArchiveModel<E = unknown> {
  /** Newest first. */
  articles: Article<E>[];
  /** Every article by id. */
  articleById: Map<string, Article<E>>;
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
  byTag: Map<string, TagGroup<E>>;
  /** Articles per `yyyy-mm`, newest first. */
  byMonth: Map<string, Article<E>[]>;
  /** Years, newest first. */
  years: ArchiveYear[];
}

const refId = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.id);

export { monthKey };

/**
 * The id the content layer gives an article file (Astro's glob loader): its
 * path without extension, each segment slugged as GitHub slugs headings
 * (`Foo Bar` → `foo-bar`), so that `Slug.md`, `slug.mdx` and `slug.md` get one id.
 * @example articleIdOf('2021/05/Phone Talk.mdx') // '2021/05/phone-talk'
 */
export function articleIdOf(file: string): string {
  return file
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
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

/** Lookups {@link toArticle} resolves an article's references with. */
export interface EntityLookup {
  leaderById: ReadonlyMap<string, Leader>;
  countryById: ReadonlyMap<string, Country>;
}

/**
 * A leader as named by an article of `day`, with the office held that day.
 * @example articleLeader(tokayev, '2017-03-01', paths).label // "Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan"
 */
export function articleLeader(leader: Leader, day: string, paths: ArchiveUrls): ArticleLeader {
  const office = officeAt(leader.data.offices, day);
  const named: ArticleLeader = {
    id: leader.id,
    name: leader.data.name,
    label: office ? `${leader.data.name}, ${office.title}` : leader.data.name,
    href: paths.leader(leader.id),
  };
  if (office) named.office = office;
  return named;
}

/**
 * Converts a content entry into an {@link Article}, resolving its leaders (with
 * their office at the time), countries and URLs once. References missing from
 * `lookup` are left out of `people`/`nations` (the build reports them first).
 */
export function toArticle<E extends ArticleEntryLike>(
  entry: E,
  lookup: EntityLookup,
  urls: UrlContext,
): Article<E> {
  const published = parsePublished(entry.data.published);
  const slug = articleSlug(entry.id);
  const day = localDay(published);
  // Each once, whatever the entry lists (the schema refuses a repeated one): an
  // article counts once for a leader or country on every page and chart.
  const leaders = [...new Set(entry.data.leaders.map(refId))];
  const countries = [...new Set(entry.data.countries.map(refId))];
  const url = urls.paths.article({ slug, published });
  const article: Article<E> = {
    id: entry.id,
    slug,
    filePath: entry.filePath ?? entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    published,
    epochMs: published.epochMs,
    day,
    leaders,
    countries,
    people: leaders.flatMap((id) => {
      const leader = lookup.leaderById.get(id);
      return leader ? [articleLeader(leader, day, urls.paths)] : [];
    }),
    nations: countries.flatMap((id) => {
      const country = lookup.countryById.get(id);
      return country
        ? [{ id, name: country.data.name, iso: country.data.iso, href: urls.paths.country(id) }]
        : [];
    }),
    tags: articleTags(entry.data.tags),
    url,
    permanentUrl: absoluteUrl(url, urls.site),
    versions: [],
    data: entry.data,
    entry,
  };
  if (entry.data.updated) article.updated = parsePublished(entry.data.updated);
  return article;
}

/** What {@link linkTranslations} reads of an article entry. */
function translationSource(entry: ArticleEntryLike): TranslationSource {
  return {
    id: entry.id,
    file: entry.filePath ?? entry.id,
    lang: entry.data.lang,
    translations: entry.data.translations ?? [],
  };
}

/**
 * An article's tags with their page slugs (see `tagSlug`), each tag once (see
 * `tagIdentity`: case, spacing and script do not make another tag).
 */
export function articleTags(names: readonly string[]): { name: string; slug: string }[] {
  const seen = new Set<string>();
  return names.flatMap((name) => {
    const key = tagIdentity(name);
    if (name.trim() === '' || seen.has(key)) return [];
    seen.add(key);
    return [{ name, slug: tagSlug(name) }];
  });
}

/**
 * Finds what the schema alone cannot: references to leaders or countries that do
 * not exist, two articles that would share a URL, two different tags that
 * would share a tag page, raw HTML or script URLs in a body, versions in other
 * languages that are no article, in the article's own language or a second one
 * in a language (translations.ts), empty collections, and a registry whose
 * offices overlap or leave gaps (see `timeline.ts`). Each message names the file
 * and the field.
 * `unsafeOf` gives a body's unsafe markup (by default found in `body`; the
 * build passes what its loader already found).
 */
export function findContentErrors<A extends ArticleEntryLike>(
  articles: readonly A[],
  leaders: readonly DataEntryLike<{ name: string; country: Ref; offices: readonly Office[] }>[],
  countries: readonly DataEntryLike<{ name: string; timeline?: Timeline | undefined }>[],
  urlOf: (a: A) => string,
  unsafeOf: (a: A) => readonly UnsafeMarkup[] = (a) =>
    findUnsafeMarkup(a.body ?? '', { mdx: (a.filePath ?? a.id).endsWith('.mdx') }),
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
  errors.push(...findTimelineErrors(leaders, countries));
  const urls = new Map<string, string>();
  /** The first tag (its key, as written, and file) to take each tag page. */
  const tagPages = new Map<string, { key: string; name: string; file: string }>();
  for (const article of articles) {
    const file = article.filePath ?? article.id;
    article.data.tags.forEach((name, i) => {
      const slug = tagSlug(name);
      const key = tagIdentity(name);
      const other = tagPages.get(slug);
      if (!other) tagPages.set(slug, { key, name, file });
      else if (other.key !== key) {
        errors.push(
          `${file}: tags[${i}]: "${name}" would share the page tags/${slug}/ with the tag "${other.name}" of ${other.file}; write the two alike if they are one tag, or tell them apart`,
        );
      }
    });
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
    for (const problem of unsafeOf(article)) {
      errors.push(
        `${file}: body line ${problem.line}: ${problem.reason} (${problem.found}) is not allowed in articles`,
      );
    }
  }
  errors.push(...linkTranslations(articles.map(translationSource)).errors);
  return errors;
}

/**
 * Builds every derived list of the archive. Each article is resolved once here
 * (see {@link toArticle}); `urls` gives the base path and `SITE_URL` its URLs use.
 */
export function buildArchive<E extends ArticleEntryLike>(
  entries: readonly E[],
  leaderEntries: readonly DataEntryLike<Omit<LeaderData, 'country'> & { country: Ref }>[],
  countryEntries: readonly DataEntryLike<CountryData>[],
  urls: UrlContext,
): ArchiveModel<E> {
  const leaders = leaderEntries
    .map((l) => ({ id: l.id, data: { ...l.data, country: refId(l.data.country) } }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const countries = countryEntries
    .map((c) => ({ id: c.id, data: c.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const leaderById = new Map(leaders.map((l) => [l.id, l]));
  const countryById = new Map(countries.map((c) => [c.id, c]));
  const lookup = { leaderById, countryById };
  const articles = entries.map((e) => toArticle(e, lookup, urls)).sort(compareNewestFirst);
  const { versions } = linkTranslations(entries.map(translationSource));
  for (const article of articles) article.versions = versions.get(article.id) ?? [];

  const byLeader = new Map<string, Article<E>[]>();
  const byCountry = new Map<string, Article<E>[]>();
  const byTag = new Map<string, TagGroup<E>>();
  const byMonth = new Map<string, Article<E>[]>();
  for (const article of articles) {
    for (const id of article.leaders) push(byLeader, id, article);
    for (const id of article.countries) push(byCountry, id, article);
    for (const tag of article.tags) {
      const group = byTag.get(tag.slug) ?? { name: tag.name, lang: article.data.lang, articles: [] };
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
    articleById: new Map(articles.map((a) => [a.id, a])),
    leaders: leaders.filter((l) => byLeader.has(l.id)),
    countries: countries.filter((c) => byCountry.has(c.id)),
    leaderById,
    countryById,
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
