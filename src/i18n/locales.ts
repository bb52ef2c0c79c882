/**
 * The interface's languages: one row each. English is the default and lives at
 * the site's root; every other language has its pages under its own prefix
 * (`/ru/`, `/kk/`). Adding a language is one row here and one dictionary.
 */

/** One interface language. */
export interface LocaleConfig<C extends string = string> {
  /** The BCP 47 tag pages of this language carry in `lang` and `hreflang`. */
  code: C;
  /** The language named in itself, as the switcher shows it: "Русский". */
  autonym: string;
  /** The tag `Intl` formats dates, numbers and plurals with (CLDR's data). */
  intl: string;
  /** The first URL segment of its pages; `''` for the default language at the root. */
  prefix: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** A language only tests build (the pseudo-locale): never published. */
  testOnly?: boolean;
  /**
   * The names this language capitalises when they stand alone (a heading, a menu, a
   * list, a table's cell) though not within a sentence: CLDR's `contextTransforms`
   * of the language, `titlecase-firstword` in the `stand-alone` and `uiListOrMenu`
   * contexts, for `languages` and for months (`month-format-except-narrow`,
   * `month-standalone-except-narrow`). `Intl` writes the names as a sentence's middle
   * has them and applies no transform.
   */
  titlecaseAlone?: readonly TitlecasedNames[];
}

/** The kinds of name CLDR may capitalise where they stand alone (see `titlecaseAlone`). */
export type TitlecasedNames = 'languages' | 'months';

/** The interface's languages, the default first. */
export const LOCALES = [
  { code: 'en', autonym: 'English', intl: 'en-GB', prefix: '', dir: 'ltr' },
  // CLDR 48, common/main/ru.xml <contextTransforms>: «Май 2021 г.» as a heading, «май» in a sentence.
  // English, Kazakh and Greek (the pseudo-locale's formats) have no such transform of these names.
  {
    code: 'ru',
    autonym: 'Русский',
    intl: 'ru',
    prefix: 'ru',
    dir: 'ltr',
    titlecaseAlone: ['languages', 'months'],
  },
  { code: 'kk', autonym: 'Қазақша', intl: 'kk', prefix: 'kk', dir: 'ltr' },
  // The pseudo-locale (src/i18n/pseudo.ts): English accented, its dates and names from
  // CLDR's Greek, so that any text left in plain ASCII letters stands out.
  { code: 'en-XA', autonym: '⟦Ƥšéûđö⟧', intl: 'el', prefix: 'en-xa', dir: 'ltr', testOnly: true },
] as const satisfies readonly LocaleConfig[];

/** The code of an interface language. */
export type LocaleCode = (typeof LOCALES)[number]['code'];

/** The language of the root pages, and of every text the dictionaries lack. */
export const DEFAULT_LOCALE: LocaleCode = 'en';

/** The codes of the interface languages, the default first (the pseudo-locale last, for tests). */
export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((l) => l.code);

/**
 * The interface languages a site publishes: every language of the table but the
 * tests' pseudo-locale, or those `only` lists (`ARCHIVE_LOCALES=en,ru`, a comma-separated
 * list, which must include the default language: the root's pages are in it); with
 * `pseudo`, the pseudo-locale too.
 * @throws naming the variable, for a code the table does not have or a list without the default.
 */
export function publishedLocales({
  only,
  pseudo = false,
}: { only?: string | undefined; pseudo?: boolean } = {}): LocaleCode[] {
  const all = LOCALES.filter((l) => pseudo || !('testOnly' in l && l.testOnly)).map((l) => l.code);
  if (only === undefined || only.trim() === '') return all;
  const asked = only.split(',').map((c) => c.trim());
  const unknown = asked.filter((c) => !all.some((code) => code === c));
  if (unknown.length > 0)
    throw new Error(
      `ARCHIVE_LOCALES names ${unknown.map((c) => `"${c}"`).join(', ')}: the interface languages are ${all.join(', ')}`,
    );
  if (!asked.includes(DEFAULT_LOCALE))
    throw new Error(
      `ARCHIVE_LOCALES must include "${DEFAULT_LOCALE}": the pages at the site's root are in it`,
    );
  return all.filter((code) => asked.includes(code) || (pseudo && code === 'en-XA'));
}

/** Whether `code` is an interface language. */
export function isLocaleCode(code: string | undefined): code is LocaleCode {
  return LOCALES.some((l) => l.code === code);
}

/** The row of an interface language. */
export function localeConfig(code: LocaleCode): LocaleConfig<LocaleCode> {
  return LOCALES.find((l) => l.code === code)!;
}

/**
 * The interface language a text in `lang` is best shown in: the language itself
 * when the interface speaks it (`ru-RU` → `ru`), else the default.
 * @example interfaceLocaleFor('kk') // 'kk'
 * @example interfaceLocaleFor('uz') // 'en'
 */
export function interfaceLocaleFor(lang: string): LocaleCode {
  const primary = lang.toLowerCase().split('-')[0];
  return isLocaleCode(primary) ? primary : DEFAULT_LOCALE;
}
