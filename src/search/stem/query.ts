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

/** Between the readings of a query word that may be Russian or Kazakh (see {@link resolveReadings}). */
export const READINGS = '|';

/**
 * The language of a query's Cyrillic words when the query shows it: Kazakh
 * when a word holds a letter or an ending only Kazakh has, or when the search
 * is narrowed to one of the two languages; `undefined` when a word may be
 * either («шекарасы», «Астанада»). One language for the whole query, since a
 * Kazakh query's words do not all show it («Астанада Мирзиёевпен»).
 * @example queryLanguage(['тоқаевқа'], []) // 'kk'
 * @example queryLanguage(['шекарасы'], ['Russian']) // 'ru'
 */
export function queryLanguage(
  words: readonly string[],
  languages: readonly string[],
): StemLanguage | undefined {
  const cyrillic = words.filter(isCyrillic);
  if (cyrillic.some((word) => hasKazakhLetter(word) || KAZAKH_ENDINGS.test(word))) return 'kk';
  const ru = languages.includes(LANGUAGE_NAMES.ru);
  const kk = languages.includes(LANGUAGE_NAMES.kk);
  if (kk && !ru) return 'kk';
  if (ru && !kk) return 'ru';
  return undefined;
}

/**
 * What Pagefind is asked for the reader's words: each Cyrillic word as the
 * token of its stem in the query's language, prepositions and other
 * stopwords left out; every other word as written (Pagefind stems English
 * itself). `languages` are the `language` filter's chosen values. A word of
 * a query that does not show its language, whose Russian and Kazakh stems
 * differ, is given as both readings, Russian first, joined by `|`: the index
 * settles which ({@link resolveReadings}).
 * @example searchTerm('в Туркменистане', ['Russian']) // 'ǂтуркменистанǂ'
 * @example searchTerm('Тоқаевқа') // 'ǂтоқаевǂ'
 * @example searchTerm('Tokayev шекарасы') // 'Tokayev ǂшекарасǂ|ǂшекараǂ'
 */
export function searchTerm(query: string, languages: readonly string[] = []): string {
  const chunks = query.trim().split(/\s+/).filter(Boolean);
  const language = queryLanguage(textWords(query), languages);
  const terms = chunks.flatMap((chunk) => {
    const words = textWords(chunk);
    if (!words.some(isCyrillic)) return [chunk];
    // A hyphenated word is searched as its parts, as the index holds them.
    return words.flatMap((word) => {
      const readings = new Set(
        (language ? [language] : (['ru', 'kk'] as const)).map((lang) => queryKey(word, lang)),
      );
      const [first] = readings;
      if (first === undefined) return [word];
      if (first === '') return [];
      return [[...readings].map((key) => stemToken(key ?? '')).join(READINGS)];
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
  // As the article's words were indexed (./tokens.ts): Kazakh's table in a Kazakh article, Russian's elsewhere.
  const language: StemLanguage = lang.toLowerCase().split('-')[0] === 'kk' ? 'kk' : 'ru';
  if (!term) return [];
  const wanted = new Set(
    term
      .split(/[\s|]+/)
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

/**
 * Settles each word of a term given in two readings (`ǂрусǂ|ǂқазǂ`, see
 * {@link searchTerm}) as the reading more articles hold, by `count` (what
 * Pagefind finds for a token alone); the Russian reading when neither does
 * better. A term without readings is returned as it is, without counting.
 * @example await resolveReadings('ǂшекарасǂ|ǂшекараǂ', async (t) => (t === 'ǂшекараǂ' ? 2 : 0))
 *   // 'ǂшекараǂ'
 */
export async function resolveReadings(
  term: string,
  count: (token: string) => Promise<number>,
): Promise<string> {
  if (!term.includes(READINGS)) return term;
  const words = await Promise.all(
    term.split(' ').map(async (word) => {
      if (!word.includes(READINGS)) return word;
      const readings = word.split(READINGS);
      const counts = await Promise.all(readings.map(count));
      let best = 0;
      counts.forEach((n, i) => {
        if (n > (counts[best] ?? 0)) best = i;
      });
      return readings[best] ?? word;
    }),
  );
  return words.join(' ');
}
