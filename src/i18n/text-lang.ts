/**
 * The language attributes of a text shown on a page of an interface language:
 * the one place that decides them, for build-time pages and the search page's script.
 */
import type { Locale } from './locale';

/** `lang` (and `dir`) a text needs inside a page in another language; empty when none. */
export interface TextLang {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** Scripts written right to left, by the primary language subtag of BCP 47. */
const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ug', 'yi', 'dv', 'ckb', 'sd']);

/**
 * The attributes a text in `lang` needs on a page in the locale's language:
 * nothing when they match (an `en-GB` text on an English page), else its `lang`
 * and, when its direction differs, its `dir`.
 * @example textLang('ru', getLocale('en')) // { lang: 'ru' }
 */
export function textLang(lang: string, locale: Locale): TextLang {
  const primary = lang.toLowerCase().split('-')[0] ?? lang;
  if (primary === locale.code) return {};
  const dir = RTL.has(primary) ? 'rtl' : 'ltr';
  return dir === locale.config.dir ? { lang } : { lang, dir };
}
