/**
 * Versions of a new article in other languages, proposed from the archive:
 * articles of another language published the same day or a day apart (a
 * translation often appears the next day) that name the same leaders and the
 * same countries. `npm run import` lists them and, given `--link-translations`,
 * writes them into the new article's `translations` (see src/model/translations.ts).
 */

/** What a proposal reads of an article. */
export interface TranslationFacts {
  /** The article's id: its path under the articles folder, without extension. */
  id: string;
  lang: string;
  /** The publication as the source gave it (its first ten characters are the local day). */
  published: string;
  leaders: readonly string[];
  countries: readonly string[];
}

const DAY_MS = 86_400_000;

/** The days between two local calendar days, `YYYY-MM-DD`. */
function daysApart(a: string, b: string): number {
  return (
    Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) / DAY_MS
  );
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag;
const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * The articles of `archive` that may be `article` in another language: another
 * language, the same day or a day apart, the same leaders and countries (at
 * least one of them). Ordered by language, then day.
 * @example translationCandidates(archive, { id: '2024/05/ru', lang: 'ru', published: '2024-05-14', leaders: ['a'], countries: [] })
 */
export function translationCandidates<T extends TranslationFacts>(
  archive: readonly T[],
  article: TranslationFacts,
): T[] {
  if (article.leaders.length + article.countries.length === 0) return [];
  return archive
    .filter(
      (other) =>
        other.id !== article.id &&
        primary(other.lang) !== primary(article.lang) &&
        daysApart(other.published, article.published) <= 1 &&
        sameSet(other.leaders, article.leaders) &&
        sameSet(other.countries, article.countries),
    )
    .sort((a, b) => a.lang.localeCompare(b.lang) || a.published.localeCompare(b.published));
}

/**
 * The candidates a new article can be linked to: one per language. Two
 * candidates in one language would make two versions in it, which the build
 * refuses, so a language with several is left for the editor to choose.
 */
export function linkableCandidates<T extends TranslationFacts>(
  candidates: readonly T[],
): { linked: T[]; ambiguous: T[] } {
  const byLang = new Map<string, T[]>();
  for (const c of candidates) byLang.set(primary(c.lang), [...(byLang.get(primary(c.lang)) ?? []), c]);
  const linked: T[] = [];
  const ambiguous: T[] = [];
  for (const list of byLang.values()) (list.length === 1 ? linked : ambiguous).push(...list);
  return { linked, ambiguous };
}
