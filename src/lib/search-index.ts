/**
 * What an article writes into the Pagefind index besides its visible text:
 * filters with display names, result metadata, the date sort key, and the names
 * and aliases of its leaders and countries. Build-time only (uses `dates.ts`).
 */
import type { Article, ArchiveModel } from './archive';
import { formatDate } from './dates';

/**
 * The English name of a language tag, for the `language` filter.
 * @example languageName('ru') // 'Russian'
 */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
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

/**
 * Builds what an article contributes to the index: filters with display names,
 * result metadata, the date sort key, and every name and alias of its leaders
 * and countries (deduplicated, in content order).
 */
export function articleSearchRecord(
  article: Pick<Article, 'title' | 'summary' | 'published' | 'epochMs' | 'leaders' | 'countries' | 'data'>,
  archive: Pick<ArchiveModel, 'leaderById' | 'countryById'>,
): ArticleSearchRecord {
  const leaders = article.leaders.flatMap((id) => archive.leaderById.get(id) ?? []);
  const countries = article.countries.flatMap((id) => archive.countryById.get(id) ?? []);
  const aliases = new Set<string>();
  for (const { data } of [...leaders, ...countries]) {
    aliases.add(data.name);
    for (const alias of data.aliases) aliases.add(alias);
  }
  return {
    filters: {
      leader: leaders.map((l) => l.data.name),
      country: countries.map((c) => c.data.name),
      year: [String(article.published.year)],
      source: [article.data.source.name],
      language: [languageName(article.data.lang)],
    },
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
