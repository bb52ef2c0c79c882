/**
 * The query side of language-aware search (see ./tokens.ts): what Pagefind is
 * asked for a reader's words, and which words of a result they matched. Pure;
 * bundled into the search page.
 */
import {
  hasKazakhLetter,
  indexKeys,
  isCyrillic,
  otherQueryKeys,
  queryKey,
  STEM_MARK,
  stemToken,
  textParts,
  textWords,
  type StemLanguage,
} from './tokens';

/** The `language` filter's values (English names) of the stemmed languages. */
const LANGUAGE_NAMES: Readonly<Record<StemLanguage, string>> = { ru: 'Russian', kk: 'Kazakh' };

/** Between the readings of a query word that may be Russian or Kazakh (see {@link resolveReadings}). */
export const READINGS = '|';

/**
 * The readings of a Cyrillic query word, the likelier first: Kazakh alone for
 * a word holding a letter only Kazakh writes; otherwise both, the language the
 * search is narrowed to first, Russian first when it is narrowed to neither or
 * both. The index settles which ({@link resolveReadings}), counting within the
 * search's filters, so that a narrowed search still finds a name in the other
 * language's case forms: «Мирзиёевпен» among Russian articles is the Kazakh
 * reading their leaders' names are indexed under. Each word on its own: an
 * ending proves nothing («доллар», «гектар» and «Сердар» end like Kazakh
 * plurals), and a Kazakh word in a query does not make its other words Kazakh
 * («Тоқаев санкции»).
 * @example wordLanguages('тоқаевқа', []) // ['kk']
 * @example wordLanguages('шекарасы', ['Kazakh']) // ['kk', 'ru']
 * @example wordLanguages('гектар', []) // ['ru', 'kk']
 */
function wordLanguages(word: string, languages: readonly string[]): readonly StemLanguage[] {
  if (hasKazakhLetter(word)) return ['kk'];
  const kazakhOnly = languages.includes(LANGUAGE_NAMES.kk) && !languages.includes(LANGUAGE_NAMES.ru);
  return kazakhOnly ? ['kk', 'ru'] : ['ru', 'kk'];
}

/**
 * The terms of one query word that holds Cyrillic: its Cyrillic parts as the
 * tokens of their keys (several readings joined by `|`), stopwords left out;
 * its Latin parts as written; its numbers as written, without the ending a
 * number takes («2022-го» is a search for 2022, «2022-жылғы» for 2022 and
 * жыл). A hyphenated word is searched as its parts, as the index holds them.
 */
function wordTerms(chunk: string, languages: readonly string[]): string[] {
  const terms: string[] = [];
  for (const { text: word, number } of textParts(chunk)) {
    if (number) {
      terms.push(word);
      continue;
    }
    const keys = wordLanguages(word, languages).flatMap((lang) => [
      queryKey(word, lang),
      ...otherQueryKeys(word, lang),
    ]);
    const [first] = keys;
    if (first === undefined) terms.push(word);
    else if (first !== '') terms.push([...new Set(keys.map((key) => stemToken(key ?? '')))].join(READINGS));
  }
  return terms;
}

/**
 * What Pagefind is asked for the reader's words: each Cyrillic word as the
 * token of its key ({@link queryKey}) in the language it is read in
 * ({@link wordLanguages}), prepositions and other stopwords left out; every
 * other word as written (Pagefind stems English itself), and a number as
 * written without its ending. `languages` are the `language` filter's chosen
 * values. A word read in both languages, whose Russian and Kazakh keys
 * differ, is given as both readings, the likelier first, joined by `|`: the
 * index settles which ({@link resolveReadings}).
 * @example searchTerm('в Туркменистане') // 'ǂтуркменистанǂ|ǂтуркменистанеǂ'
 * @example searchTerm('Тоқаевқа') // 'ǂтоқаевǂ'
 * @example searchTerm('Tokayev шекарасы', ['Kazakh']) // 'Tokayev ǂшекараǂ|ǂшекарасǂ'
 * @example searchTerm('в 2022-м году') // '2022 ǂгодǂ|ǂгодуǂ'
 */
export function searchTerm(query: string, languages: readonly string[] = []): string {
  const chunks = query.trim().split(/\s+/).filter(Boolean);
  const terms = chunks.flatMap((chunk) =>
    textWords(chunk).some(isCyrillic) ? wordTerms(chunk, languages) : [chunk],
  );
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

/** The most combinations of readings {@link resolveReadings} counts as whole queries. */
const MOST_COMBINATIONS = 8;

/**
 * Settles the words of a term given in several readings (`ǂрусǂ|ǂқазǂ`, see
 * {@link searchTerm}) by `count` (what Pagefind finds for a term, within the
 * search's filters). Each reading is counted alone, and those no article holds
 * are dropped; when a query of several words keeps more than one combination
 * (at most {@link MOST_COMBINATIONS}), the words are settled together, as the
 * combination that finds the most articles: «Сырдария өзені» is Kazakh in
 * both words even where «Сырдария» alone is held as often in Russian's stem.
 * On a tie, the readings more articles hold alone, then the first. A term
 * without readings is returned as it is, without counting.
 * @example await resolveReadings('ǂшекарасǂ|ǂшекараǂ', async (t) => (t === 'ǂшекараǂ' ? 2 : 0))
 *   // 'ǂшекараǂ'
 */
export async function resolveReadings(
  term: string,
  count: (term: string) => Promise<number>,
): Promise<string> {
  if (!term.includes(READINGS)) return term;
  const words = term.split(' ');
  // Each word's readings that some article holds, the likelier first.
  const held = await Promise.all(
    words.map(async (word) => {
      if (!word.includes(READINGS)) return [word];
      const readings = word.split(READINGS);
      const counts = await Promise.all(readings.map(count));
      const kept = readings
        .map((reading, at) => ({ reading, at, n: counts[at] ?? 0 }))
        .filter(({ n }) => n > 0)
        .sort((a, b) => b.n - a.n || a.at - b.at)
        .map(({ reading }) => reading);
      return kept.length > 0 ? kept : readings.slice(0, 1);
    }),
  );
  const likeliest = held.map((readings) => readings[0] ?? '');
  // Counted before they are made: a pasted paragraph has more combinations than memory holds.
  const many = held.reduce((n, readings) => n * readings.length, 1);
  if (words.length === 1 || many === 1 || many > MOST_COMBINATIONS) return likeliest.join(' ');
  const combinations = held.reduce<string[][]>(
    (found, readings) => found.flatMap((before) => readings.map((reading) => [...before, reading])),
    [[]],
  );
  const counts = await Promise.all(combinations.map((words) => count(words.join(' '))));
  let best = 0;
  counts.forEach((n, at) => {
    if (n > (counts[best] ?? 0)) best = at;
  });
  return (combinations[best] ?? likeliest).join(' ');
}
