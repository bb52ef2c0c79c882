/**
 * The record an article writes into the Pagefind index besides its visible
 * text: a value for each filter of the table (filters.ts), the metadata a
 * result and an export need, the date sort key, and the names and aliases of
 * its leaders and countries. Build-time only (uses `dates.ts`).
 */
import type { Article, ArchiveModel } from '../model/archive';
import { emptyRecord, ownValue } from '../model/lookup';
import { collapseWhiteSpace } from '../model/text';
import { unsearchable } from './meta';
import { SEARCH_FILTERS, type FilterKey, type FilterSource } from './filters';
import { articleStemTokens } from './stem/tokens';

/**
 * How many words the aliases make in the index, counted as Pagefind counts
 * them: the text of the alias paragraph split at white space.
 * @example aliasWordCount(['Kassym-Jomart Tokayev', 'Токаев']) // 3
 */
export function aliasWordCount(aliases: readonly string[]): number {
  return aliasText(aliases).split(/\s+/).filter(Boolean).length;
}

/** The text of the paragraph that carries the aliases into the index. */
export function aliasText(aliases: readonly string[]): string {
  return aliases.join(', ');
}

/**
 * The hidden text a record adds at the end of the indexed text: the aliases,
 * then the stem tokens of the article's words (see ./stem/tokens.ts).
 */
export function hiddenText(record: Pick<ArticleSearchRecord, 'aliases' | 'stems'>): string {
  return [aliasText(record.aliases), ...record.stems].filter(Boolean).join(' ');
}

/** What one article puts into the search index besides its text. */
export interface ArticleSearchRecord {
  /** Pagefind filters, one per row of the filter table, by the values readers choose. */
  filters: Record<FilterKey, string[]>;
  /**
   * Pagefind metadata: what a result shows and an export writes (with the
   * filters' values, which a result's record carries too). Kept small: every
   * result fetches its record. Each value is on one line, as Pagefind stores
   * it (the schema gives titles and names so; the summary is collapsed here).
   */
  meta: {
    title: string;
    /** The date and time as published, with its offset (out of queries' reach: see ./meta.ts). */
    datetime: string;
    summary: string;
    source: string;
    /** The byline, when there is one. */
    author?: string;
    /** The language's BCP 47 tag (the `language` filter holds its name), out of queries' reach. */
    lang: string;
    /**
     * How many words the aliases and stems add at the end of the indexed text (see
     * `visibleExcerpt`), out of queries' reach.
     */
    aliaswords: string;
  };
  /** The `date` sort key: the UTC instant, so articles from different zones order correctly. */
  sortDate: string;
  /** Names and aliases of the article's leaders and countries, indexed so every spelling finds it. */
  aliases: string[];
  /**
   * The stem tokens of the article's Russian or Kazakh words and of the
   * aliases, indexed so every form of a word finds it (see ./stem/tokens.ts).
   */
  stems: string[];
}

type RecordArticle = Pick<Article, 'published' | 'leaders' | 'countries' | 'data'>;
type EntityLookup = Pick<ArchiveModel, 'leaderById' | 'countryById'>;

function entitiesOf(article: RecordArticle, archive: EntityLookup) {
  return {
    leaders: article.leaders.flatMap((id) => archive.leaderById.get(id) ?? []),
    countries: article.countries.flatMap((id) => archive.countryById.get(id) ?? []),
  };
}

/** What the filter table reads of an article: its data, with names for its leaders and countries. */
export function filterSource(article: RecordArticle, archive: EntityLookup): FilterSource {
  const { leaders, countries } = entitiesOf(article, archive);
  return {
    published: article.published,
    data: article.data,
    leaderNames: leaders.map((l) => l.data.name),
    countryNames: countries.map((c) => c.data.name),
  };
}

/** The values an article is filed under, for every filter of the table. */
export function filterValues(article: RecordArticle, archive: EntityLookup): Record<FilterKey, string[]> {
  const source = filterSource(article, archive);
  const entries = SEARCH_FILTERS.map((filter) => [filter.key, [...filter.valuesOf(source)]] as const);
  return Object.fromEntries(entries) as Record<FilterKey, string[]>;
}

/**
 * Builds what an article contributes to the index: filters with display names,
 * result metadata, the date sort key, every name and alias of its leaders
 * and countries (deduplicated, in content order), and the stem tokens of
 * `body` (the article's text as readers see it, without markup) with its
 * title and summary, and of those names.
 */
export function articleSearchRecord(
  article: Pick<Article, 'title' | 'summary' | 'published' | 'epochMs' | 'leaders' | 'countries' | 'data'>,
  archive: EntityLookup,
  body = '',
): ArticleSearchRecord {
  const { leaders, countries } = entitiesOf(article, archive);
  const aliases = new Set<string>();
  for (const { data } of [...leaders, ...countries]) {
    aliases.add(data.name);
    for (const alias of data.aliases) aliases.add(alias);
  }
  // A leader's name as Russian, Kazakh and their own language write it («Бердімұхамедов»).
  for (const { data } of leaders) {
    for (const name of [data.names.ru, data.names.kk, data.names.native?.name]) if (name) aliases.add(name);
  }
  const names = [...aliases];
  const stems = articleStemTokens(
    [article.title, article.summary, body].join('\n'),
    article.data.lang,
    names,
  );
  return {
    filters: filterValues(article, archive),
    meta: {
      title: article.title,
      datetime: unsearchable(article.published.iso),
      summary: collapseWhiteSpace(article.summary),
      source: article.data.source.name,
      ...(article.data.author ? { author: article.data.author } : {}),
      lang: unsearchable(article.data.lang),
      aliaswords: unsearchable(String(aliasWordCount(names) + stems.length)),
    },
    sortDate: new Date(article.epochMs).toISOString(),
    aliases: names,
    stems,
  };
}

/**
 * How many articles the index files under each value of every filter, over
 * the whole archive (as Pagefind counts them: an article once per value). The
 * search page renders them as the menus' options, so the menus are complete
 * before, and without, loading the index's filters.
 */
export function filterTotals(
  archive: Pick<ArchiveModel, 'articles' | 'leaderById' | 'countryById'>,
): Record<FilterKey, Record<string, number>> {
  // Records without a prototype: a source named "constructor" or "__proto__" is counted like any other.
  const totals = Object.fromEntries(SEARCH_FILTERS.map(({ key }) => [key, emptyRecord<number>()])) as Record<
    FilterKey,
    Record<string, number>
  >;
  for (const article of archive.articles) {
    const filters = filterValues(article, archive);
    for (const { key } of SEARCH_FILTERS) {
      for (const value of new Set(filters[key])) totals[key][value] = (ownValue(totals[key], value) ?? 0) + 1;
    }
  }
  return totals;
}
