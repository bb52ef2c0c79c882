/**
 * The query side of language-aware search (see ./tokens.ts): what Pagefind is
 * asked for a reader's words, and which words of a result they matched. Pure;
 * bundled into the search page.
 */
import {
  hasKazakhLetter,
  indexKeys,
  isCyrillic,
  queryKey,
  STEM_MARK,
  stemToken,
  textWords,
  type StemLanguage,
} from './tokens';

/** The `language` filter's values (English names) of the stemmed languages. */
const LANGUAGE_NAMES: Readonly<Record<StemLanguage, string>> = { ru: 'Russian', kk: 'Kazakh' };

/**
 * Endings only Kazakh puts on a word written without a letter of its own
 * («Мирзиёевпен», «Астанадағы»): such a word makes the query Kazakh.
 */
const KAZAKH_ENDINGS = /(?:пен|бен|дағы|дегі|тағы|тегі|ндағы|ндегі|лар|лер|дар|тар|ның|дың|тың)$/u;

/**
 * The language of a query's Cyrillic words: Kazakh when a word holds a letter
 * or an ending only Kazakh has, or when the search is narrowed to Kazakh
 * articles alone; Russian otherwise. One language for the whole query, since
 * a Kazakh query's words do not all show it («Астанада Мирзиёевпен»).
 * @example queryLanguage(['тоқаевқа'], []) // 'kk'
 * @example queryLanguage(['назарбаеву'], []) // 'ru'
 */
export function queryLanguage(words: readonly string[], languages: readonly string[]): StemLanguage {
  const cyrillic = words.filter(isCyrillic);
  if (cyrillic.some((word) => hasKazakhLetter(word) || KAZAKH_ENDINGS.test(word))) return 'kk';
  const kazakhOnly = languages.includes(LANGUAGE_NAMES.kk) && !languages.includes(LANGUAGE_NAMES.ru);
  return kazakhOnly ? 'kk' : 'ru';
}

/**
 * What Pagefind is asked for the reader's words: each Cyrillic word as the
 * token of its stem in the query's language, prepositions and other
 * stopwords left out; every other word as written (Pagefind stems English
 * itself). `languages` are the `language` filter's chosen values.
 * @example searchTerm('в Туркменистане', []) // 'ǂтуркменистанǂ'
 * @example searchTerm('Tokayev Назарбаеву', []) // 'Tokayev ǂназарбаевǂ'
 */
export function searchTerm(query: string, languages: readonly string[] = []): string {
  const chunks = query.trim().split(/\s+/).filter(Boolean);
  const language = queryLanguage(textWords(query), languages);
  const terms = chunks.flatMap((chunk) => {
    const words = textWords(chunk);
    if (!words.some(isCyrillic)) return [chunk];
    // A hyphenated word is searched as its parts, as the index holds them.
    return words.flatMap((word) => {
      const key = queryKey(word, language);
      if (key === undefined) return [word];
      return key === '' ? [] : [stemToken(key)];
    });
  });
  // A query of stopwords alone is searched as written.
  return terms.length > 0 ? terms.join(' ') : query.trim();
}

/**
 * The positions (in `content` split at white space, as Pagefind counts them)
 * of the words readers see that a search's stem tokens matched: Pagefind finds
 * the tokens among the hidden words at the end of the record, so its own
 * locations never point at the visible forms. `term` is what Pagefind was
 * asked ({@link searchTerm}), `lang` the article's language; `hiddenWords`
 * end the content and are left out.
 * @example stemmedLocations('Речь о соглашениях', 0, 'ǂсоглашенǂ', 'ru') // [2]
 */
export function stemmedLocations(
  content: string,
  hiddenWords: number,
  term: string | null,
  lang: string,
): number[] {
  const language = lang.split('-')[0];
  if (!term || (language !== 'ru' && language !== 'kk')) return [];
  const wanted = new Set(
    term
      .split(/\s+/)
      .filter((word) => word.length > 2 && word.startsWith(STEM_MARK) && word.endsWith(STEM_MARK)),
  );
  if (wanted.size === 0) return [];
  const words = content.split(/\s+/).filter(Boolean);
  const visible = Math.max(0, words.length - Math.max(0, hiddenWords));
  const found: number[] = [];
  for (let at = 0; at < visible; at++) {
    const keys = textWords(words[at] ?? '').flatMap((word) => indexKeys(word, language));
    if (keys.some((key) => wanted.has(stemToken(key)))) found.push(at);
  }
  return found;
}
