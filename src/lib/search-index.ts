/**
 * What an article writes into the Pagefind index besides its visible text:
 * filters with display names, result metadata, the date sort key, and the names
 * and aliases of its leaders and countries. Build-time only (uses `dates.ts`).
 */
import type { Article, ArchiveModel } from './archive';
import { formatDate } from './dates';
import { FILTER_KEYS, type FilterKey } from './search';

/** Made once: making one costs more than naming a language with it. */
let languageNames: Intl.DisplayNames | undefined;

/**
 * The English name of a language tag, for the `language` filter.
 * @example languageName('ru') // 'Russian'
 */
export function languageName(tag: string): string {
  try {
    return (languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

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

/** What one article puts into the search index besides its text. */
export interface ArticleSearchRecord {
  /** Pagefind filters, by human-readable value. */
  filters: {
    leader: string[];
    country: string[];
    year: string[];
    source: string[];
    language: string[];
  };
  /** Pagefind metadata shown in results. */
  meta: {
    title: string;
    date: string;
    datetime: string;
    summary: string;
    source: string;
    /** How many words the aliases add at the end of the indexed text (see `visibleExcerpt`). */
    aliaswords: string;
  };
  /** The `date` sort key: the UTC instant, so articles from different zones order correctly. */
  sortDate: string;
  /** Names and aliases of the article's leaders and countries, indexed so every spelling finds it. */
  aliases: string[];
}

type FilterArticle = Pick<Article, 'published' | 'leaders' | 'countries' | 'data'>;
type EntityLookup = Pick<ArchiveModel, 'leaderById' | 'countryById'>;

function entitiesOf(article: FilterArticle, archive: EntityLookup) {
  return {
    leaders: article.leaders.flatMap((id) => archive.leaderById.get(id) ?? []),
    countries: article.countries.flatMap((id) => archive.countryById.get(id) ?? []),
  };
}

/** The values an article is filed under in the index's filters. */
function articleFilters(article: FilterArticle, archive: EntityLookup): ArticleSearchRecord['filters'] {
  const { leaders, countries } = entitiesOf(article, archive);
  return {
    leader: leaders.map((l) => l.data.name),
    country: countries.map((c) => c.data.name),
    year: [String(article.published.year)],
    source: [article.data.source.name],
    language: [languageName(article.data.lang)],
  };
}

/**
 * Builds what an article contributes to the index: filters with display names,
 * result metadata, the date sort key, and every name and alias of its leaders
 * and countries (deduplicated, in content order).
 */
export function articleSearchRecord(
  article: Pick<Article, 'title' | 'summary' | 'published' | 'epochMs' | 'leaders' | 'countries' | 'data'>,
  archive: EntityLookup,
): ArticleSearchRecord {
  const { leaders, countries } = entitiesOf(article, archive);
  const aliases = new Set<string>();
  for (const { data } of [...leaders, ...countries]) {
    aliases.add(data.name);
    for (const alias of data.aliases) aliases.add(alias);
  }
  return {
    filters: articleFilters(article, archive),
    meta: {
      title: article.title,
      date: formatDate(article.published),
      datetime: article.published.iso,
      summary: article.summary,
      source: article.data.source.name,
      aliaswords: String(aliasWordCount([...aliases])),
    },
    sortDate: new Date(article.epochMs).toISOString(),
    aliases: [...aliases],
  };
}

/**
 * How many articles the index files under each value of the search page's
 * filter menus, over the whole archive (as Pagefind counts them: an article
 * once per value). The search page renders them as the menus' options, so the
 * menus are complete before, and without, loading the index's filters.
 */
export function filterTotals(
  archive: Pick<ArchiveModel, 'articles' | 'leaderById' | 'countryById'>,
): Record<FilterKey, Record<string, number>> {
  const totals: Record<FilterKey, Record<string, number>> = { leader: {}, country: {}, year: {} };
  for (const article of archive.articles) {
    const filters = articleFilters(article, archive);
    for (const key of FILTER_KEYS) {
      for (const value of new Set(filters[key])) totals[key][value] = (totals[key][value] ?? 0) + 1;
    }
  }
  return totals;
}
