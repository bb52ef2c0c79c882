/**
 * A stemmer for Kazakh (Cyrillic script), written for this archive's search.
 *
 * Why our own: Snowball, which the Russian stemmer comes from, has no Kazakh
 * algorithm, and no maintained, small JavaScript stemmer for Kazakh exists to
 * bundle into the search page. Kazakh is agglutinative and regular: a noun is
 * its stem, then at most a plural, a possessive and a case ending, each with a
 * few variants chosen by vowel harmony and the sound before it
 * (`келіссөз·дер·іміз·де`, "in our negotiations"). So a table of those endings,
 * stripped from the end in that order, reduces the forms of a noun to one key.
 *
 * What it does not try: verbs' tenses and moods, and derivation (`-лық`,
 * `-шы`), which make other words. The key is not always a real word: a stem's
 * last consonant is written voiceless (ғ → қ, г → к, б → п), because Kazakh
 * voices it before a vowel (`кітап` "book", `кітабы` "his book"; `құқық`,
 * `құқығы`), so both forms get the key `кітап`. Pure; bundled into the search page.
 */

/** Kazakh's vowels, with the Russian ones loanwords bring (у also stands for a consonant). */
const VOWELS = 'аәеёиоөуұүыіэюя';

/** Letters only Kazakh writes: a word holding one is Kazakh, not Russian. */
export const KAZAKH_LETTERS = /[әғқңөұүһі]/u;

/*
 * What an ending may follow: its variants are chosen by the sound before it
 * (`-ны` after a vowel, `-ды` after a voiced consonant, `-ты` after a voiceless
 * one), and holding to that tells an ending from a stem's own letters:
 * `үкіметі` is `үкімет` with `-і`, not `үкіме` with `-ті`. Loanwords' б, в, г
 * and д take either variant (`Тоқаевқа`, `Тоқаевпен`).
 */
const LOANS = 'бвгд';
const VOWEL = 'аәеёиоөұүыіэюя';
const VOICED = `жзлмнңрйуиғ${LOANS}`;
const VOICELESS = `пфкқтсшщхцчһ${LOANS}`;
const CONSONANT = VOICED + VOICELESS;
/** After a possessive ending (`басы·на`, `қаласы·нда`). */
const POSSESSIVE = 'ыі';

/** An ending, and the letters it may follow. */
interface Ending {
  text: string;
  after: string;
}

const endings = (list: string, after: string): Ending[] => list.split(' ').map((text) => ({ text, after }));

/**
 * The endings, outermost first: each layer strips at most one of its endings,
 * the longest that fits. Case (with the attributive `-дағы` "in …" and `-ғы`
 * "of …", which stand where a case does), then possessive, then plural.
 */
const LAYERS: readonly (readonly Ending[])[] = [
  [
    // -дағы "the … in": Астанадағы, қаласындағы.
    ...endings('дағы дегі', VOWEL + VOICED),
    ...endings('тағы тегі', VOICELESS),
    ...endings('ндағы ндегі', POSSESSIVE),
    // -ғы "of (a time)": жылғы, бүгінгі (after a vowel, -ғы is a possessive's: құқығы).
    ...endings('ғы гі', VOICED),
    ...endings('қы кі', VOICELESS),
    // Instrumental.
    ...endings('менен бенен пенен мен бен пен', VOWEL + CONSONANT),
    // Genitive.
    ...endings('ның нің', `${VOWEL}мнң`),
    ...endings('дың дің', 'жзлрйу'),
    ...endings('тың тің', VOICELESS),
    // Ablative: -нан after a possessive or a nasal; -стан is a country's name (Өзбекстан).
    ...endings('дан ден', VOWEL + VOICED),
    ...endings('тан тен', VOICELESS.replace('с', '')),
    ...endings('нан нен', `${POSSESSIVE}мнң`),
    // Locative.
    ...endings('да де', VOWEL + VOICED),
    ...endings('та те', VOICELESS),
    ...endings('нда нде', POSSESSIVE),
    // Dative: -на after a possessive.
    ...endings('ға ге', VOWEL + VOICED),
    ...endings('қа ке', VOICELESS),
    ...endings('на не', POSSESSIVE),
    // Accusative: -н after a possessive.
    ...endings('ны ні', VOWEL),
    ...endings('ды ді', VOICED),
    ...endings('ты ті', VOICELESS),
    ...endings('н', POSSESSIVE),
  ],
  [
    // Possessive: our, his / her / its. Not "my" (-м, -ым), "your" (-ң, -ың) or the polite "your"
    // (-ңыз, -ыңыз): their endings are the last letters of many stems (келісім "agreement", заң
    // "law", шешім "decision", ұйым "organisation", теңіз "sea"), which would lose them in the
    // nominative and keep them under another ending, and news rarely speaks in those persons.
    ...endings('ымыз іміз ы і', CONSONANT),
    ...endings('мыз міз сы сі', VOWEL),
  ],
  [
    // Plural.
    ...endings('лар лер', `${VOWEL}рйу`),
    ...endings('дар дер', `жзлмнң${LOANS}`),
    ...endings('тар тер', VOICELESS),
  ],
];

/** Longest endings first, so `-ның` is tried before `-ы`. */
const SORTED = LAYERS.map((layer) => [...layer].sort((a, b) => b.text.length - a.text.length));

/** Consonants Kazakh voices before a vowel, and how they are written at the end of a stem. */
const DEVOICED: Readonly<Record<string, string>> = { ғ: 'қ', г: 'к', б: 'п' };

/** Whether `stem` can stand on its own: two letters or more, one of them a vowel. */
function isStem(stem: string): boolean {
  const letters = [...stem];
  // Two letters ending in a vowel are an ending's leftovers («баға» is no «ба»), but «су», «ту».
  if (letters.length === 2 && VOWEL.includes(letters[1] ?? '') && letters[1] !== 'у') return false;
  return letters.length >= 2 && letters.some((c) => VOWELS.includes(c));
}

/**
 * The genitive ending a word takes (`-ның` after a vowel or a nasal, `-дың`
 * after a voiced consonant, `-тың` after a voiceless one): an ending
 * {@link kazakhStem} always takes off again.
 * @example genitiveOf('кітап') // 'тың'
 */
export function genitiveOf(word: string): string {
  const last = word.at(-1) ?? '';
  if (`${VOWEL}мнң`.includes(last)) return 'ның';
  return 'жзлрйу'.includes(last) ? 'дың' : 'тың';
}

/**
 * The key of a Kazakh word ({@link kazakhStem}); with `keepAgent`, an -ы/-і
 * after ш is kept rather than taken for a possessive ({@link agentNounKey}).
 */
function stemOf(word: string, keepAgent: boolean, keepS = false): string {
  let stem = word.toLowerCase();
  for (const layer of SORTED) {
    for (const { text, after } of layer) {
      if (!stem.endsWith(text)) continue;
      const rest = stem.slice(0, -text.length);
      if (!isStem(rest)) continue;
      if (!after.includes(rest.at(-1) ?? '')) continue;
      // A possessive that would take an agent noun's -ы/-і as its own (басшы, басшымыз).
      if (keepAgent && /^[ыі]/u.test(text) && rest.endsWith('ш')) continue;
      // A stem's с with the possessive -ы/-і rather than the possessive -сы/-сі (облысы).
      if (keepS && (text === 'сы' || text === 'сі')) continue;
      stem = rest;
      break;
    }
  }
  const last = stem.at(-1) ?? '';
  const voiceless = DEVOICED[last];
  return voiceless === undefined ? stem : stem.slice(0, -1) + voiceless;
}

/**
 * The key of a Kazakh word: the word in lower case without its case,
 * possessive and plural endings, its last consonant voiceless.
 * @example kazakhStem('Тоқаевқа') // 'тоқаев'
 * @example kazakhStem('келіссөздерде') // 'келіссөз'
 * @example kazakhStem('кітабы') // 'кітап'
 */
export function kazakhStem(word: string): string {
  return stemOf(word, false);
}

/**
 * The key of an agent noun in -шы/-ші with that ending kept, when
 * {@link kazakhStem} takes it for a possessive (басшы "head" → басш, like басы
 * "his head" → бас), and `undefined` when it does not. The forms with a plural
 * keep it («басшылар» → басшы, as the plural is stripped last), so the index
 * holds this key too for each form that loses it: «басшылар» finds «басшы» and
 * «басшыға». A word such as «күші» ("its force", from күш) gets a key that no
 * query word has.
 * @example agentNounKey('басшыға') // 'басшы'
 * @example agentNounKey('басшылар') // undefined
 */
export function agentNounKey(word: string): string | undefined {
  const key = stemOf(word, true);
  return key === kazakhStem(word) ? undefined : key;
}

/**
 * The key of a word in -ны/-ні after a vowel read as a stem in -н with the
 * possessive -ы/-і, where {@link kazakhStem} reads an accusative: «өзені» ("its
 * river", from өзен) → өзен, where the accusative reading gives өзе (as
 * «Астананы» → Астана); `undefined` for a word that does not end so. Only the
 * words of a text and the archive's other words tell the two apart, so the
 * index holds both keys and a query gives both readings (./query.ts).
 * @example possessiveKey('өзені') // 'өзен'
 * @example possessiveKey('ауданы') // 'аудан'
 * @example possessiveKey('өзенінде') // undefined
 */
export function possessiveKey(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!new RegExp(`[${VOWEL}]н[ыі]$`, 'u').test(lower)) return undefined;
  const key = kazakhStem(lower.slice(0, -1));
  return key === kazakhStem(lower) ? undefined : key;
}

/**
 * The key of a word whose -сы/-сі after a vowel is a stem's с with the
 * possessive -ы/-і, where {@link kazakhStem} reads the possessive -сы/-сі
 * («облысы» "its region", from облыс → облыс, where the other reading gives
 * облы, as «қаласы» → қала); `undefined` when the two readings agree. Indexed
 * beside the first key and given as a query's other reading, as
 * {@link possessiveKey} is.
 * @example sibilantKey('облысында') // 'облыс'
 * @example sibilantKey('қаласында') // 'қалас'
 */
export function sibilantKey(word: string): string | undefined {
  const key = stemOf(word, false, true);
  return key === kazakhStem(word) ? undefined : key;
}
