/**
 * Stems in the search index, and the query words that find them.
 *
 * Pagefind indexes the archive as one English index (see ../index/write.ts),
 * which leaves Russian and Kazakh words as written: a query finds a word only
 * by its exact form or a form it is the beginning of. So each article also
 * carries, hidden like its aliases, the stems of its Cyrillic words as tokens
 * of their own, `ǂstemǂ`, and a Cyrillic query word is searched as
 * the token of its stem: «соглашений» as `ǂсоглашенǂ`, which every form of
 * «соглашение» in every article put there.
 *
 * Why the marks: Pagefind matches a query word by every indexed word it
 * begins, and, when there is none, by the longest indexed word that begins it
 * («выступлении» finding every article with «в»). A token that starts and ends
 * with a letter no word holds begins no other token and is begun by no word,
 * so it matches itself or nothing. `ǂ` (U+01C2) is a letter to Pagefind (it
 * keeps it in words) that neither lower-casing nor Pagefind's removal of
 * diacritics changes, and no Russian, Kazakh or English word holds.
 *
 * Pure; bundled into the search page.
 */
import { agentNounKey, genitiveOf, KAZAKH_LETTERS, kazakhStem, possessiveKey, sibilantKey } from './kazakh';
import { russianStem } from './russian';

/** The letter a stem token starts and ends with. */
export const STEM_MARK = 'ǂ';

/** The languages whose words are stemmed. */
export type StemLanguage = 'ru' | 'kk';

/** The stemmer of each language. */
const STEMMERS: Readonly<Record<StemLanguage, (word: string) => string>> = {
  ru: russianStem,
  kk: kazakhStem,
};

/** A final consonant: in a Russian noun, the nominative, whose other cases add an ending to it. */
const RUSSIAN_CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/u;

/**
 * Other forms of a word, whose stems are keys of the word as well (see
 * {@link indexKeys}): forms the stemmer gives the stem of the word's other
 * cases, where the word's own stem differs.
 *
 * - Russian, a word ending in a consonant, or in a consonant and the vowel
 *   ending of a case: the word with the dative -у and with the genitive -а.
 *   Snowball reads «Туркменистана» as a verb's -на but «Туркменистану»
 *   right, and «объёму» as an adjective's -ему but «объёма» right; between
 *   them, a noun's nominative meets its other cases.
 * - Russian, a noun whose stem ends in a vowel and й («урожай», «Китай»,
 *   «музей»), in the cases Snowball reads as an adjective's ending and stems
 *   shorter than the others: the genitive in -ая or -яя with the nominative
 *   -й («урожая» → урож, «урожай» → урожа), and the -ей, -ею, -ее or -еи of
 *   an -ей noun with the genitive -я («музей» → муз, «музея» → музе). The
 *   other cases' shorter stem is the stem of their stem («урожа» → урож,
 *   «музе» → муз). Not -ая after -ов- or -ев-, which is an adjective's
 *   («газовая»): its form in -й would have a verb's stem («газовать»).
 * - Kazakh: the genitive, which {@link kazakhStem} always takes off.
 */
const PROBE: Readonly<Record<StemLanguage, (word: string) => string[]>> = {
  ru: (word) => {
    if (RUSSIAN_CONSONANT.test(word)) return [`${word}у`, `${word}а`];
    if (/(?<![ое]в)[ая]я$/u.test(word)) return [`${word.slice(0, -1)}й`];
    if (/е[йюеи]$/u.test(word)) return [`${word.slice(0, -1)}я`];
    const stem = word.slice(0, -1);
    return /[аеуыи]$/u.test(word) && RUSSIAN_CONSONANT.test(stem) ? [`${stem}у`, `${stem}а`] : [];
  },
  kk: (word) => [word + genitiveOf(word)],
};

/**
 * A Russian noun whose last vowel drops in its other forms: -ок, -ек, -ёк, -ец,
 * -ер and -ень («рынок», «рынке»; «ветер», «ветра»; «день», «дня»), its
 * genitive written without it. Not -ол, -ел or -он («посол», «посла»): their
 * forms without the vowel are other words' stems («после»).
 */
const FLEETING_VOWEL = /^(.*[бвгджзклмнпрстфхцчшщ])[оеё]([кцр]|нь)$/u;

/**
 * Other readings of a word's endings, whose keys a query gives besides its
 * first ({@link otherQueryKeys}) and the index holds too:
 *
 * - Russian: a noun whose last vowel drops, as its genitive's stem
 *   ({@link FLEETING_VOWEL}: «рынок» → рынк, the stem of «рынке», «рынка»);
 * - Kazakh: a -ны/-ні after a vowel as a stem's -н and a possessive
 *   ({@link possessiveKey}: «өзені» → өзен), and a -сы/-сі after a vowel as
 *   a stem's с and a possessive ({@link sibilantKey}: «облысы» → облыс).
 *
 * A reading no article holds is dropped when the query is settled (./query.ts).
 */
const READINGS: Readonly<Record<StemLanguage, (word: string) => string[]>> = {
  ru: (word) => {
    const m = FLEETING_VOWEL.exec(word);
    if (!m) return [];
    const [, head = '', tail = ''] = m;
    return [russianStem(tail === 'нь' ? `${head}ня` : `${head}${tail}а`)];
  },
  kk: (word) => [possessiveKey(word), sibilantKey(word)].filter((key): key is string => key !== undefined),
};

/**
 * Keys of a word besides the stems of its forms: a Kazakh agent noun's with
 * its -шы/-ші ({@link agentNounKey}), the keys of its other readings
 * ({@link READINGS}), and the keys a Russian article gives its stem when the
 * stem holds no letter only Kazakh writes ({@link russianKeysOfStem}).
 */
const MORE_KEYS: Readonly<Record<StemLanguage, (word: string) => string[]>> = {
  ru: (word) => READINGS.ru(word),
  kk: (word) => {
    const key = agentNounKey(word);
    return [...(key === undefined ? [] : [key]), ...READINGS.kk(word), ...russianKeysOfStem(word)];
  },
};

/** The fewest letters of a Kazakh stem that {@link russianKeysOfStem} reads as a word both languages write. */
const SHARED_STEM = 5;

/**
 * The keys a Russian article gives the Kazakh stem of a Kazakh article's word,
 * when that stem holds no letter only Kazakh writes and is {@link SHARED_STEM}
 * letters or more: the words the two
 * languages share (names of places, loanwords: «Астанада» → астана, «экономикасы»
 * → экономика) are then found by a query word read in Russian as well as in
 * Kazakh. A query word that may be either language is searched in one reading
 * (./query.ts); with these keys its Russian reading finds the Kazakh articles
 * too, so «Астана» finds «в Астане» and «Астанада» alike.
 * @example russianKeysOfStem('астанада') // ['аста', 'аст', 'астан']
 */
function russianKeysOfStem(word: string): string[] {
  // Shorter stems are mostly the language's own words, whose Russian stems are
  // other Kazakh words' («жылу» "heating" → жыл "year"; «ауыл» → ау).
  const stem = kazakhStem(word);
  if (KAZAKH_LETTERS.test(stem) || [...stem].length < SHARED_STEM) return [];
  return indexKeys(stem, 'ru');
}

/**
 * Words no search is narrowed by: prepositions, conjunctions and particles of
 * one or two letters and the commonest longer ones. A query drops them
 * («в Туркменистане» is a search for Туркменистан), and no article indexes them.
 */
const STOPWORDS = new Set(
  [
    'а без в во да для до же за и из или к ко ли на над не ни но о об от по под при про с со у через',
    'бен бұл да де және мен ол осы пен сол та те үшін',
  ]
    .join(' ')
    .split(' '),
);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The words of a text as Pagefind's query parsing sees letters: runs of
 * letters, lower-cased; hyphens, digits and punctuation separate them.
 * @example textWords('Касым-Жомарт Токаев, 2024') // ['касым', 'жомарт', 'токаев']
 */
export function textWords(text: string): string[] {
  return [...text.matchAll(WORD)].map(([word]) => word.toLowerCase());
}

/**
 * The ending a number takes in writing, after a hyphen or none: Russian's
 * one or two letters («2022-го», «в 2022-м», «90-х»), Kazakh's case and
 * ordinal endings («2022-ге», «1991-ден», «5-ші», «1-інші»).
 */
const NUMBER_ENDING = /^(?:\p{L}{1,2}|[дтн][ае]н|[дтн][ыі]ң|[мбп]ен|[ыі]?нш[ыі]|[дт]ағы|[дт]егі)$/u;

/** A run of letters or of digits. */
const PART = /[\p{L}\p{M}]+|\p{N}+/gu;

/**
 * The runs of letters (lower-cased) and of digits of a text, in order, without
 * the endings numbers take in writing after a hyphen or none, which are no words
 * («200-ден» is 200, not «ден», "день»): what the index and a query both read.
 * @example textParts('1991-ден бастап') // [{ text: '1991', number: true }, { text: 'бастап', number: false }]
 */
export function textParts(text: string): { text: string; number: boolean }[] {
  const parts: { text: string; number: boolean }[] = [];
  let numberEnd: number | undefined;
  for (const m of text.matchAll(PART)) {
    const part = m[0];
    if (/^\p{N}/u.test(part)) {
      parts.push({ text: part, number: true });
      numberEnd = m.index + part.length;
      continue;
    }
    const afterNumber = numberEnd !== undefined && /^[-‐‑–—]?$/u.test(text.slice(numberEnd, m.index));
    numberEnd = undefined;
    const word = part.toLowerCase();
    if (afterNumber && isCyrillic(word) && NUMBER_ENDING.test(word)) continue;
    parts.push({ text: word, number: false });
  }
  return parts;
}

/**
 * The words of an article's text that it is indexed under ({@link textParts}
 * without the numbers).
 * @example indexedWords('1991-ден бастап') // ['бастап']
 */
export function indexedWords(text: string): string[] {
  return textParts(text)
    .filter((part) => !part.number)
    .map((part) => part.text);
}

/** Whether a word is written in Cyrillic. */
export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

/** Whether a word holds a letter only Kazakh writes (ә ғ қ ң ө ұ ү һ і). */
export function hasKazakhLetter(word: string): boolean {
  return KAZAKH_LETTERS.test(word);
}

/**
 * A stem as Pagefind compares it (without the marks Pagefind removes from
 * every query: `й` is `и`), marked as a token.
 * @example stemToken('выступлен') // 'ǂвыступленǂ'
 */
export function stemToken(stem: string): string {
  const bare = stem.normalize('NFD').replace(/\p{M}/gu, '');
  return `${STEM_MARK}${bare}${STEM_MARK}`;
}

/** The fewest letters of a key: a key of one letter would stand for too many words. */
const MIN_KEY = 2;

/** Whether a word is one a search looks for: Cyrillic, of two letters or more, not a stopword. */
function isKeyword(word: string): boolean {
  return isCyrillic(word) && [...word].length >= MIN_KEY && !STOPWORDS.has(word);
}

/**
 * The first key of a word, the one a query word is searched by: its stem, or,
 * when the stem would be shorter than {@link MIN_KEY} letters («её» → е, «ИИ»
 * → и), the word itself, lower-cased, `ё` as `е`. The index and the query hold
 * to the same rule, so such a word finds the articles that hold it.
 */
function firstKey(word: string, language: StemLanguage): string {
  const stem = STEMMERS[language](word);
  return [...stem].length >= MIN_KEY ? stem : word.toLowerCase().replaceAll('ё', 'е');
}

/**
 * The keys a word of an article is indexed under. Snowball and the Kazakh
 * table give the forms of most words one stem, but not always the nominative
 * and the other cases (Snowball takes -ов, -ев and -ан for endings:
 * «Назарбаев» → назарба, «Назарбаеву» → назарбаев; «Туркменистан» →
 * туркмениста, «в Туркменистане» → туркменистан; Kazakh's «Канада» loses its
 * -да as a locative). So a word is indexed under its first key
 * ({@link firstKey}), the stem of that key (the oblique forms' stem as the
 * nominative's; not for a Russian word ending in a consonant), the stems of
 * other forms of the word ({@link PROBE}: the nominative's stem as the oblique
 * forms'), and its {@link MORE_KEYS}; a query word is searched by its first key
 * and its other readings ({@link queryKey}, {@link otherQueryKeys}). Keys
 * shorter than {@link MIN_KEY} letters are left out.
 * @example indexKeys('назарбаев', 'ru') // ['назарба', 'назарбаев']
 */
export function indexKeys(word: string, language: StemLanguage): string[] {
  if (!isKeyword(word)) return [];
  const stem = STEMMERS[language];
  const first = firstKey(word, language);
  const keys = new Set([first]);
  // Not for a Russian word ending in a consonant, whose first key is already its stem:
  // the stem of that («Токаев» → тока → ток) is another word's («тока», "of the current").
  const again = language === 'ru' && /[бвгджзклнпрстфцчшщ]$/u.test(word) ? [] : [stem(first)];
  for (const key of [...again, ...PROBE[language](word).map(stem), ...MORE_KEYS[language](word)]) {
    if ([...key].length >= MIN_KEY) keys.add(key);
  }
  return [...keys];
}

/**
 * The key a query word is searched by ({@link firstKey}): `undefined` for a
 * word searched as written (not Cyrillic), `''` for one not searched at all
 * (a stopword or a single letter).
 * @example queryKey('выступлении', 'ru') // 'выступлен'
 * @example queryKey('её', 'ru') // 'ее'
 */
export function queryKey(word: string, language: StemLanguage): string | undefined {
  if (!isCyrillic(word)) return undefined;
  if (!isKeyword(word)) return '';
  return firstKey(word, language);
}

/**
 * The keys of a query word's other readings in `language` ({@link READINGS}),
 * which the index also holds, each at least {@link MIN_KEY} letters and none
 * its {@link queryKey}.
 * @example otherQueryKeys('өзені', 'kk') // ['өзен']
 */
export function otherQueryKeys(word: string, language: StemLanguage): string[] {
  if (!isCyrillic(word) || !isKeyword(word)) return [];
  const first = firstKey(word, language);
  return READINGS[language](word).filter((key) => key !== first && [...key].length >= MIN_KEY);
}

/**
 * The tokens of a word's {@link indexKeys}, kept per language: the words of an
 * archive repeat from article to article, and stemming each anew was 4 % of
 * the CPU profile of a 10,000-article build. Emptied when it holds {@link KEPT_WORDS} words, so a
 * vast vocabulary cannot fill the memory.
 */
const wordTokensKept: Record<StemLanguage, Map<string, readonly string[]>> = { ru: new Map(), kk: new Map() };
const KEPT_WORDS = 200_000;

function wordTokens(word: string, language: StemLanguage): readonly string[] {
  if (!isCyrillic(word)) return [];
  const kept = wordTokensKept[language];
  let tokens = kept.get(word);
  if (!tokens) {
    tokens = indexKeys(word, language).map(stemToken);
    if (kept.size >= KEPT_WORDS) kept.clear();
    kept.set(word, tokens);
  }
  return tokens;
}

/**
 * The tokens an article adds to the index: the stems of the Cyrillic words of
 * its text, by Kazakh's table in a Kazakh article and by Snowball's Russian in
 * any other (a Russian article, or the Cyrillic words an article in another
 * language holds: a Cyrillic query word is searched only as a token, so each
 * Cyrillic word needs one), and the stems of its leaders' and countries' names
 * and aliases in Russian and in Kazakh, since readers of either language
 * search for them.
 */
export function articleStemTokens(text: string, language: string, aliases: readonly string[]): string[] {
  const tokens = new Set<string>();
  const add = (words: readonly string[], languages: readonly StemLanguage[]): void => {
    for (const word of new Set(words)) {
      for (const lang of languages) for (const token of wordTokens(word, lang)) tokens.add(token);
    }
  };
  add(indexedWords(text), [language.toLowerCase().split('-')[0] === 'kk' ? 'kk' : 'ru']);
  add(textWords(aliases.join(' ')), ['ru', 'kk']);
  return [...tokens];
}
