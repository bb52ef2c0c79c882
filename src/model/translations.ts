/**
 * Articles that are one another's versions in other languages. An article
 * names its versions in its front matter (`translations`, a list of article
 * ids); the links go both ways and through each other, so the versions of an
 * article are every article linked to it, directly or through another
 * version: when the Russian report names the Kazakh and the English ones, each
 * of the three lists the other two. One work has at most one version per
 * language. Pure.
 */

/** What the links are read from: an article's id, file, language and named versions. */
export interface TranslationSource {
  id: string;
  /** The file, for messages. */
  file: string;
  lang: string;
  translations: readonly string[];
}

/** The versions of each article, and the links refused. */
export interface TranslationLinks {
  /** The other versions of each article that has any, by id: ordered by language tag, then id. */
  versions: Map<string, string[]>;
  /** One message per refused link, naming the file and the field. */
  errors: string[];
}

/** The language a tag names, for comparing versions (`ru-RU` is `ru`). */
const languageOf = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag;

/**
 * Reads the links of every article: each named id must be another article of
 * the archive in another language, and no link may give a work two versions
 * in one language (the first link, in file order, wins; later ones are refused).
 * @example linkTranslations([{ id: 'a', file: 'a.md', lang: 'ru', translations: ['b'] },
 *   { id: 'b', file: 'b.md', lang: 'kk', translations: [] }]).versions.get('b') // ['a']
 */
export function linkTranslations(articles: readonly TranslationSource[]): TranslationLinks {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Union-find over the articles: each group is one work's versions.
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.has(at)) at = parent.get(at)!;
    return at;
  };
  const members = new Map<string, TranslationSource[]>();
  const group = (id: string): TranslationSource[] => members.get(root(id)) ?? [byId.get(id)!];
  const errors: string[] = [];

  const ordered = [...articles].sort((a, b) => a.file.localeCompare(b.file));
  for (const article of ordered) {
    article.translations.forEach((target, i) => {
      const field = `${article.file}: translations[${i}]`;
      const other = byId.get(target);
      if (!other) {
        errors.push(
          `${field}: no article "${target}" (an article's id is its file's path under articles/, without .md)`,
        );
        return;
      }
      if (languageOf(other.lang) === languageOf(article.lang)) {
        errors.push(
          `${field}: "${target}" is in the article's own language (${article.lang}); a version in another language is needed`,
        );
        return;
      }
      if (root(target) === root(article.id)) return;
      const mine = group(article.id);
      const theirs = group(target);
      const clash = theirs.find((t) => mine.some((m) => languageOf(m.lang) === languageOf(t.lang)));
      if (clash) {
        const same = mine.find((m) => languageOf(m.lang) === languageOf(clash.lang))!;
        errors.push(
          `${field}: "${target}" would give the article two versions in one language (${clash.lang}): "${clash.id}" and "${same.id}"`,
        );
        return;
      }
      const [a, b] = [root(article.id), root(target)];
      parent.set(b, a);
      members.set(a, [...mine, ...theirs]);
      members.delete(b);
    });
  }

  const versions = new Map<string, string[]>();
  for (const list of members.values()) {
    const sorted = [...list].sort((x, y) => x.lang.localeCompare(y.lang) || x.id.localeCompare(y.id));
    for (const article of list) {
      versions.set(
        article.id,
        sorted.filter((v) => v !== article).map((v) => v.id),
      );
    }
  }
  return { versions, errors };
}
