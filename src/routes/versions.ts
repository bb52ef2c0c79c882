/**
 * An article's versions in other languages as its page shows them: the line
 * "This article in: Русский · Қазақша" (each language named in itself), the
 * `<link rel="alternate" hreflang>` of its head (every version, itself
 * included), and the JSON-LD that ties them (`workTranslation`,
 * `translationOfWork`). The versions themselves come from the archive model
 * (src/model/translations.ts). Pure.
 */
import type { Article } from '../model/archive';
import { getLocale, LOCALES, type LocaleCode } from '../i18n';
import { titlecaseFirst } from '../i18n/locale';
import type { Version } from './context';

/** One link of the line. */
export interface VersionLink {
  /** The version's language, for `lang` and `hreflang`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language named in itself: "Русский", "Қазақша". */
  name: string;
  href: string;
  /** The version's headline, in its language. */
  title: string;
}

/** The line of an article page that links to its versions in other languages. */
export interface ArticleVersions {
  /** "This article in:", in the interface's language. */
  label: string;
  /** The interface's language, the label's `lang`. */
  labelLang: string;
  links: VersionLink[];
}

/** The interface's row for a language tag, when the interface speaks it. */
function localeRow(tag: string) {
  const primary = tag.toLowerCase().split('-')[0];
  return LOCALES.find((row) => row.code === primary);
}

/**
 * A language named in itself: the interface's own name for it ("Русский",
 * "Қазақша"), else CLDR's, capitalised as a label.
 * @example autonym('kk') // 'Қазақша'
 * @example autonym('de') // 'Deutsch'
 */
export function autonym(tag: string): string {
  const row = localeRow(tag);
  if (row) return row.autonym;
  let name = tag;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // Not a tag Intl knows: named by the tag.
  }
  return titlecaseFirst(name, tag);
}

/** The versions of an article, from the archive, in the model's order (by language). */
export function versionsOf(article: Article, articleById: ReadonlyMap<string, Article>): Article[] {
  return article.versions.flatMap((id) => articleById.get(id) ?? []);
}

/** Where a language stands in the switcher: the locale table's order, then other languages by tag. */
const rank = (lang: string): number => {
  const row = localeRow(lang);
  return row ? LOCALES.indexOf(row) : LOCALES.length;
};

/**
 * Two languages in the order every page lists them (English, Русский, Қазақша, then
 * any other by its tag), so an article's switcher reads as the frame's does.
 */
const inLocaleOrder = (a: string, b: string): number => rank(a) - rank(b) || a.localeCompare(b);

/**
 * The line "This article in: …" of an article with versions; `undefined`
 * without any. `interfaceLang` is the page's interface language.
 */
export function articleVersions(
  versions: readonly Article[],
  interfaceLang: LocaleCode = 'en',
): ArticleVersions | undefined {
  if (versions.length === 0) return undefined;
  return {
    label: getLocale(interfaceLang).t('versions.label'),
    labelLang: interfaceLang,
    links: [...versions]
      .sort((a, b) => inLocaleOrder(a.data.lang, b.data.lang))
      .map((v) => ({
        lang: v.data.lang,
        dir: localeRow(v.data.lang)?.dir ?? 'ltr',
        name: autonym(v.data.lang),
        href: v.url,
        title: v.title,
      })),
  };
}

/**
 * The alternates of an article's head (`<link rel="alternate" hreflang>`):
 * itself and each version, by language, at their permanent URLs, each
 * language named in itself; none for an article without versions.
 */
export function versionAlternates(article: Article, versions: readonly Article[]): Version[] {
  if (versions.length === 0) return [];
  return [article, ...versions]
    .map((a) => ({
      hreflang: a.data.lang,
      href: a.permanentUrl,
      autonym: autonym(a.data.lang),
      ...(a === article && { current: true }),
    }))
    .sort((a, b) => inLocaleOrder(a.hreflang, b.hreflang));
}
