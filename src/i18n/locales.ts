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
}

/** The interface's languages, the default first. */
export const LOCALES = [
  { code: 'en', autonym: 'English', intl: 'en-GB', prefix: '', dir: 'ltr' },
  { code: 'ru', autonym: 'Русский', intl: 'ru', prefix: 'ru', dir: 'ltr' },
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

/** The interface languages a site publishes, and with `pseudo` the tests' pseudo-locale too. */
export function publishedLocales({ pseudo = false } = {}): LocaleCode[] {
  return LOCALES.filter((l) => pseudo || !('testOnly' in l && l.testOnly)).map((l) => l.code);
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
