/**
 * The interface's languages and their dictionaries. Build-time code takes a
 * Locale from here; the search page's script builds its own from the texts its
 * page hands it (see createLocale).
 */
import { en } from './en';
import { kk } from './kk';
import { createLocale, type Locale } from './locale';
import { LOCALES, type LocaleCode } from './locales';
import type { Dictionary } from './messages';
import { ru } from './ru';
import { pseudoDictionary } from './pseudo';

/** Every interface language's dictionary. */
export const DICTIONARIES: Readonly<Record<LocaleCode, Dictionary>> = {
  en,
  ru,
  kk,
  'en-XA': pseudoDictionary(en),
};

const made = new Map<LocaleCode, Locale>();

/** The Locale of an interface language, made once. */
export function getLocale(code: LocaleCode): Locale {
  let locale = made.get(code);
  if (!locale) made.set(code, (locale = createLocale(code, DICTIONARIES[code])));
  return locale;
}

/** Every interface language's Locale, the default first. */
export function allLocales(): Locale[] {
  return LOCALES.map((l) => getLocale(l.code));
}

export { createLocale, type Locale } from './locale';
export * from './locales';
export type { Dictionary, MessageKey, PluralKey, TextKey, Vars, Segment } from './messages';
