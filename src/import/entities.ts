/**
 * Finding the archive's leaders and countries in a text, by name, alias, demonym
 * and adjective, in English, Russian and Kazakh, in Latin and Cyrillic script (with
 * Russian case endings), and listing the names that look like a leader or a country
 * but match none. A name two leaders share (a bare "Berdimuhamedov", "Aliyev") is
 * decided by the article's day and the title before it ("President", "Former
 * President", "Deputy Prime Minister"): it names the one that fits, or nobody. A
 * leader named without their country brings the country along.
 *
 * A bare surname is also other people's: it counts for a leader only where the text
 * names nobody else with it (another given name or initial before it, a namesake the
 * registry lists, a longer name of another leader, a woman of that surname), and only
 * from the day the leader's first recorded office began. What is left unassigned is
 * reported with the reason; the matcher never guesses between two candidates.
 */
import type { Office } from '../model/schema';

/** One entry of a collection, as the matcher needs it. */
export interface NamedEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Countries: demonyms and adjectives, matched like aliases. */
  demonyms?: readonly string[];
  /**
   * Names matched only as written, capital first: the CLDR names of a country, some
   * of which are also words ("Chad", "Jersey"). Aliases and demonyms ignore case.
   */
  properNames?: readonly string[];
  /** Leaders: the country they serve, added to an article that names them. */
  country?: string;
  /** Leaders: the offices held, to decide a shared name by the article's day. */
  offices?: readonly Office[];
  /** Leaders: the name in Russian and Kazakh and in their own language, matched like aliases. */
  names?:
    | { readonly ru?: string; readonly kk?: string; readonly native?: { readonly name: string } | undefined }
    | undefined;
  /** Leaders: other people who share the name, whose mentions are not the leader's. */
  namesakes?: readonly { readonly name: string; readonly forms: readonly string[]; readonly who: string }[];
}

/** What the matcher knows of a leader besides the names. */
interface LeaderInfo {
  country?: string | undefined;
  offices: readonly Office[];
  /** The words before the surname in the leader's own full names, as their {@link skeleton}s. */
  givenNames: Set<string>;
  /** The sounds those words begin with, as {@link initialKey}s: initials that may stand before the surname. */
  initials: Set<string>;
  /** The first day of the first recorded office: a bare surname before it is someone else's. */
  from?: string | undefined;
}

/**
 * A single word of a leader's names (a surname alone): the pattern and the word. The
 * pattern wants a capital first letter: a surname alone in lower case is a word
 * («мамин рецепт», "mum's recipe", is no Mamin).
 */
interface BarePattern {
  word: string;
  pattern: NamePattern;
  /**
   * An older, Russian-style form of the leader's surname that others still bear
   * ("Rahmonov" of Emomali Rahmon): the leader's only after the title of an office the
   * leader held that day.
   */
  former?: boolean;
}

/** A matcher built once for the archive's leaders and countries. */
export interface EntityMatcher {
  /** Each leader's names of two words or more, which name nobody else. */
  leaders: CompiledEntry[];
  /** Each leader's one-word names (surnames alone), which others may share. */
  bare: { id: string; patterns: BarePattern[] }[];
  countries: CompiledEntry[];
  /** Names several leaders share, each with the leaders it may name. */
  shared: { ids: string[]; full: NamePattern[]; bare: BarePattern[] }[];
  /** The feminine forms of leaders' Latin surnames ("Nazarbayeva"): a woman of that surname. */
  feminine: { id: string; pattern: NamePattern }[];
  /** The namesakes the registry lists, each with the leaders whose names they share. */
  namesakes: { ids: string[]; name: string; who: string; patterns: NamePattern[] }[];
  /** Each leader's country, offices and given names, by id. */
  registry: Map<string, LeaderInfo>;
  /** The phrases that open the registry's office titles, which are no given names before a surname. */
  titles: TitlePhrases;
  /** The names of two words or more of the registry's leaders and countries, in every language it gives. */
  names: readonly string[];
}

interface CompiledEntry {
  id: string;
  patterns: NamePattern[];
}

/**
 * A name's pattern, compiled on first use: most of the archive's 249 countries are
 * absent from a text, and a literal test of the name's first letters (`key`, lower
 * case) spares compiling and running their patterns.
 */
class NamePattern {
  private re: RegExp | undefined;
  constructor(
    readonly key: string,
    private readonly source: string,
    private readonly flags: string,
    /** Whether a match must begin with a capital, whatever the case of the rest. */
    private readonly capital = false,
  ) {}
  /** The matches in `text`, whose lower-case form is `lower`. */
  matches(text: string, lower: string): RegExpExecArray[] {
    if (!lower.includes(this.key)) return [];
    this.re ??= new RegExp(this.source, this.flags);
    const found = [...text.matchAll(this.re)];
    return this.capital ? found.filter((m) => /^\p{Lu}/u.test(m[0])) : found;
  }
}

/** The leaders and countries of a text, in order of first mention, and names nobody knows. */
export interface EntityMatches {
  leaders: string[];
  countries: string[];
  /**
   * Names that look like a leader or a country and match no entry, e.g. "President Xi
   * Jinping", and names of the registry that could not be assigned, with the reason.
   */
  unmatched: { kind: 'leader' | 'country'; text: string; reason?: string }[];
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const CYRILLIC = /\p{Script=Cyrillic}/u;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Russian case endings of adjectives (and nouns in «-ий»), added to the stem before «-ий», «-ый» or «-ой». */
const RU_ADJECTIVE_ENDINGS =
  'иями|иях|иям|ией|ого|его|ому|ему|ыми|ими|ами|ями|ия|ии|ию|ой|ей|ий|ый|ом|ем|ём|ам|ям|ах|ях|ов|ев|ая|яя|ое|ее|ие|ые|ым|им|ую|юю|ых|их|ье|ья|ьи|ью|а|я|у|ю|е|и|ы|о';
/** Kazakh case, plural and derivational endings, added to the whole word. */
const KK_ENDINGS =
  'ндағы|ндегі|дағы|дегі|тағы|тегі|ның|нің|дың|дің|тың|тің|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|лық|лік|дық|дік|тық|тік|лар|лер|дар|дер|тар|тер|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|да|де|та|те|сы|сі|а|е|н|ы|і';

/**
 * How a Russian word declines, by how it ends: the letters its case forms replace
 * and the endings that replace them. «Россия» gives «России», «Китай» «Китая», «Куба»
 * «Кубы», «Токаев» «Токаева» and «Токаевым». A word ending in «-ия» takes only the
 * endings of «-ия», so «Германия» does not find «Германом» nor «Грузия» «Грузы»; a
 * word ending in a consonant takes only the singular endings, so «Рахмон» does not
 * find «Рахмонов», another surname. Foreign words ending in another vowel («Мали»,
 * «Перу», «Эмомали») and abbreviations («РФ», «США») do not decline.
 */
const RU_DECLENSIONS: readonly [RegExp, number, string][] = [
  [/ия$/u, 2, 'ия|ии|ию|ией|иею'],
  // Adjectives: «Южная Корея», «Американское Самоа», «Соединённые Штаты», «казахский».
  [/[ая]я$/u, 2, 'ая|ой|ую|ою|яя|ей|юю|ею'],
  [/[ео]е$/u, 2, 'ое|ого|ому|ым|ом|ее|его|ему|им|ем'],
  [/[ыи]е$/u, 2, 'ые|ых|ым|ыми|ие|их|им|ими'],
  [/[иыо]й$/u, 2, RU_ADJECTIVE_ENDINGS],
  [/й$/u, 1, 'й|я|ю|ем|ём|е'],
  [/я$/u, 1, 'я|и|е|ю|ей|ею'],
  [/ство$/u, 1, 'о|а|у|ом|е'],
  // «Самоа», «Никарагуа» do not decline: «Самое» is another word.
  [/[аеёиоуыэюя]а$/u, 0, ''],
  [/а$/u, 1, 'а|ы|и|е|у|ой|ою'],
  // Plural nouns: «Штаты», «Нидерланды», «Мальдивы».
  [/ы$/u, 1, 'ы|ов|ам|ами|ах|ых'],
  [/ь$/u, 1, 'ь|я|ю|ем|ём|е|и|ью|ей'],
  [/[еёиоуэюіӣ]$/u, 0, ''],
  // Russian-type surnames take «-ым» in the instrumental and «-ой» in a woman's form.
  [/(?:[оеё]в|[иы]н)$/u, 0, 'а|у|ом|ым|е|ой|ою'],
  [/./u, 0, 'а|у|ом|ем|ём|е'],
];

/**
 * One word of a name as a pattern. A Cyrillic word takes the Russian case endings
 * of its declension ({@link RU_DECLENSIONS}: "Токаев" finds "Токаева", "Россия"
 * finds "России") and the Kazakh ones after the whole word ("Тоқаевтың", "Ресейге").
 */
function wordPattern(word: string): string {
  if (!CYRILLIC.test(word)) return escapeRegex(word);
  // Russian writes «е» for «ё» as often as not: «Мирзиеев» is «Мирзиёев».
  const letters = (w: string): string => escapeRegex(w).replace(/[ёЁ]/gu, '[ёе]');
  const whole = `${letters(word)}(?:${KK_ENDINGS})?`;
  if (/\p{Lu}{2}$/u.test(word)) return whole;
  const lower = word.toLowerCase();
  // The last declension fits every word.
  const [, cut, endings] = RU_DECLENSIONS.find(([re]) => re.test(lower))!;
  const stem = word.slice(0, word.length - cut);
  // A word of one or two letters («Ли», «ва» of a longer name) is not declined.
  if (endings === '' || stem.length < 2) return whole;
  return `(?:${whole}|${letters(stem)}(?:${endings}))`;
}

/** The words of a name, split at any white space. */
const nameWords = (name: string): string[] => name.trim().split(/[\s\u00A0]+/u);

/**
 * Whether `written` is `name` in one of its Russian or Kazakh case forms, or as
 * written («Акорды», «Ақорданың» are «Акорда», «Ақорда»), by the endings names are
 * matched with in a text.
 */
export function inCaseOf(written: string, name: string): boolean {
  return new RegExp(`^${nameWords(name).map(wordPattern).join('\\s+')}$`, 'iu').test(written.trim());
}

/**
 * How a name's pattern reads the case of a text: `any` ignores it (leaders' names,
 * demonyms); `exact` keeps it as written (CLDR names, abbreviations such as «РФ» and
 * "USA"); `capital` ignores it but for the first letter, which must be a capital, as
 * in a country's alias that is also a word ("Turkey", not the bird).
 */
type LetterCase = 'any' | 'exact' | 'capital';

/** An abbreviation in capitals: "USA", "U.S.", «РФ», «АҚШ». */
const ABBREVIATION = /^(?:\p{Lu}\.?){2,}$/u;
/**
 * The start of an abbreviation: not inside a word, a web address or an e-mail address,
 * so the «рф» of «госуслуги.рф» is no country.
 */
const BEFORE_ABBREVIATION = '(?<![\\p{L}\\p{N}./@])';

/**
 * A whole name as a pattern: words joined by any white space or hyphen, its case read
 * as `letterCase` says, and, with `plural`, an English plural "s" ("Kazakhs"). A
 * leader's name takes none: "the Aliyevs" are a family.
 */
function namePattern(name: string, letterCase: LetterCase = 'any', plural = false): NamePattern {
  const words = nameWords(name);
  const body = words.map((w) => w.split(/[-‐‑]/u).map(wordPattern).join('[-‐‑]')).join('[\\s\\u00A0]+');
  const s = plural && !CYRILLIC.test(name) ? '(?:s)?' : '';
  const first = words[0]!.split(/[-‐‑]/u)[0]!;
  const key = (CYRILLIC.test(first) ? first.slice(0, 3) : first).toLowerCase();
  const before = ABBREVIATION.test(name.trim()) ? BEFORE_ABBREVIATION : BEFORE;
  return new NamePattern(
    key,
    `${before}${body}${s}${AFTER}`,
    letterCase === 'exact' ? 'gu' : 'giu',
    letterCase === 'capital',
  );
}

/**
 * Names of countries that are also common words, written the same at the start of
 * a sentence: the Russian name of Togo is the pronoun "того". They are not matched.
 */
const COMMON_WORDS = new Set(['Того']);

/**
 * The names of an entry matched in any case, each once, without its proper names; a
 * leader's `names` (in Russian, Kazakh and their own language) with them. A leader
 * whose aliases give the surname alone ("Aliyev") is also named by the surname of each
 * of their full names and of those names, as each spells it («Әлиев», «Раҳмон»,
 * "Əliyev", "Toqayev" of "Qasym-Jomart Toqayev"); one whose aliases do not (a surname
 * most often someone else's) is named by no surname alone.
 */
function namesOf(e: NamedEntry, leader = false): string[] {
  const seen = new Set<string>(e.properNames ?? []);
  const names = leader
    ? [e.names?.ru, e.names?.kk, e.names?.native?.name].filter((n): n is string => n !== undefined)
    : [];
  const full = [e.name, ...e.aliases.filter((a) => !isBare(a)), ...names];
  const surnames = leader && e.aliases.some(isBare) ? full.map(lastWord).filter((n) => n !== '') : [];
  return [e.name, ...e.aliases, ...names, ...surnames, ...(e.demonyms ?? [])].filter((n) => {
    const key = n.trim().toLowerCase();
    if (seen.has(n) || seen.has(key) || COMMON_WORDS.has(n)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every pattern of a country: its demonyms and adjectives in any case, with an English
 * plural ("Kazakhs"); its aliases with a capital first, as they are written
 * ("Turkey", «Белоруссия»), or, for an abbreviation, exactly as written («РФ», "USA");
 * its proper names as written.
 */
function countryPatterns(e: NamedEntry): NamePattern[] {
  const proper = [...new Set(e.properNames ?? [])].filter((n) => !COMMON_WORDS.has(n));
  const demonyms = new Set(e.demonyms ?? []);
  const caseOf = (n: string): LetterCase =>
    demonyms.has(n)
      ? 'any'
      : ABBREVIATION.test(n.trim())
        ? 'exact'
        : /^\p{Lu}/u.test(n.trim())
          ? 'capital'
          : 'any';
  return [
    ...namesOf(e).map((n) => namePattern(n, caseOf(n), true)),
    ...proper.map((n) => namePattern(n, 'exact', true)),
  ];
}

/**
 * The phrases that open the office titles of the registry, in every language it gives
 * them, each up to a capitalised word: "Chairman of the Cabinet of Ministers",
 * "Chairman of the Halk Maslahaty", «Председатель Халк Маслахаты». Before a surname,
 * such a phrase is a title, and its last word no given name.
 */
class TitlePhrases {
  /** The phrases in lower case, word by word, by their last word. */
  private readonly byLast = new Map<string, string[][]>();
  private readonly firstWords = new Map<string, RegExp>();
  constructor(titles: Iterable<string>) {
    for (const title of titles) {
      const words = nameWords(title);
      for (let n = 2; n <= words.length; n++) {
        if (!/^\p{Lu}/u.test(words[n - 1]!)) continue;
        const phrase = words.slice(0, n).map((w) => w.toLowerCase());
        const list = this.byLast.get(phrase[n - 1]!) ?? [];
        if (!list.some((p) => p.join(' ') === phrase.join(' '))) list.push(phrase);
        this.byLast.set(phrase[n - 1]!, list);
      }
    }
  }

  /**
   * Whether the text just before `at` ends with one of the phrases, its first word in
   * any case form («Председателя Халк Маслахаты»), the others as the title writes them.
   */
  endsAt(text: string, at: number): boolean {
    const words = text
      .slice(Math.max(0, at - 200), at)
      .trimEnd()
      .split(/[\s\u00A0]+/u)
      .map((w) => w.toLowerCase());
    const phrases = this.byLast.get(words.at(-1) ?? '') ?? [];
    return phrases.some((phrase) => {
      if (phrase.length > words.length) return false;
      const written = words.slice(-phrase.length);
      return written.every((w, i) => (i === 0 ? this.firstWord(phrase[0]!).test(w) : w === phrase[i]));
    });
  }

  private firstWord(word: string): RegExp {
    let re = this.firstWords.get(word);
    if (re === undefined) {
      re = new RegExp(`^${wordPattern(word)}$`, 'iu');
      this.firstWords.set(word, re);
    }
    return re;
  }
}

/** The office titles of the leaders, in English, Russian and Kazakh. */
function officeTitles(leaders: readonly NamedEntry[]): string[] {
  return leaders.flatMap((l) =>
    (l.offices ?? []).flatMap((o) => [o.title, o.titles?.ru, o.titles?.kk].filter((t) => t !== undefined)),
  );
}

/** The Russian-type endings a surname may have lost: Latin and Cyrillic, each with its counterpart. */
const RUSSIAN_ENDINGS: Readonly<Record<string, string>> = { ov: 'ов', ev: 'ев', ов: 'ov', ев: 'ev' };

/**
 * A leader's older, Russian-style surnames, which the leader dropped and others still
 * bear: the aliases of one word that are the surname of one of the leader's names with
 * «-ов» or «-ев» added ("Rahmonov" of Emomali Rahmon, «Гамбаров» of Isa Gambar). The
 * surname of each of the names takes the same ending in its own script too
 * («Рахмонов», «Раҳмонов»).
 */
function formerSurnames(e: NamedEntry): string[] {
  const surnames = [e.name, e.names?.ru, e.names?.kk, e.names?.native?.name]
    .filter((n) => n !== undefined)
    .map(lastWord)
    .filter((n) => n !== '');
  const endings = new Set<string>();
  const former = e.aliases.filter((alias) => {
    if (!isBare(alias)) return false;
    const lower = alias.trim().toLowerCase();
    const ending = surnames
      .map((n) => n.toLowerCase())
      .filter((n) => lower.startsWith(n))
      .map((n) => lower.slice(n.length))
      .find((rest) => RUSSIAN_ENDINGS[rest] !== undefined);
    if (ending !== undefined) endings.add(ending);
    return ending !== undefined;
  });
  if (former.length === 0) return [];
  const derived = surnames.flatMap((n) =>
    [...endings].map((ending) => {
      const latin = !CYRILLIC.test(ending);
      const same = latin === !CYRILLIC.test(n);
      return `${n}${same ? ending : RUSSIAN_ENDINGS[ending]!}`;
    }),
  );
  return [...new Set([...former.map((a) => a.trim()), ...derived])];
}

/** A name of one word: a surname alone, which other people may share. */
const isBare = (name: string): boolean => !/[\s\u00A0]/u.test(name.trim());

/** The last word of a name: its surname, in the languages the registry writes names in. */
const lastWord = (name: string): string => nameWords(name).at(-1) ?? '';

/** Latin letters for Cyrillic ones (Russian, Kazakh, Kyrgyz, Tajik, Uzbek), for {@link skeleton}. */
const TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  ӣ: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ў: 'u',
  ӯ: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ҳ: 'h',
  ц: 'c',
  ч: 'ch',
  ҷ: 'j',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * The consonants of a name, spelt the same in Latin and Cyrillic and in its usual
 * transliterations: "Kassym-Jomart", "Касым-Жомарт" and "Qasym-Zhomart" all give "ksm-jmrt".
 */
function skeleton(word: string): string {
  return [...word.toLowerCase()]
    .map((c) => TO_LATIN[c] ?? c)
    .join('')
    .replace(/dzh|dj|zh/gu, 'j')
    .replace(/kh|q/gu, 'k')
    .replace(/[aeiouyəıöüwh'’]/gu, '')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * The sounds a name may begin with, each with the key it is written with in any
 * script: "Kassym", «Касым», «Қасым» and "Qasym" begin with "k"; "Jomart", «Жомарт»
 * and "Zhomart" with "j"; "Yerlan", «Ерлан» and "Erlan" with "e". The first that
 * fits the start of a name gives its key.
 */
const INITIAL_SOUNDS: readonly [RegExp, string][] = [
  [/^(?:dzh|dj|zh|j)/u, 'j'],
  [/^(?:kh|x|h)/u, 'h'],
  [/^(?:ch|ts|c)/u, 'c'],
  [/^(?:sh|s)/u, 's'],
  [/^[kq]/u, 'k'],
  [/^(?:ye|yo|e|é)/u, 'e'],
  [/^(?:yu|iu|u|ü)/u, 'u'],
  [/^(?:ya|ia|a|ə)/u, 'a'],
  [/^[iıy]/u, 'i'],
  [/^[oö]/u, 'o'],
];

/**
 * The key of the sound a name or an initial begins with ({@link INITIAL_SOUNDS}), the
 * same in Latin and Cyrillic: «К.», "K." and "Kassym" all give "k". Letters that one
 * Latin initial stands for in several Cyrillic ones («Ш», «С» for "S.") share a key.
 */
function initialKey(word: string): string {
  const start = [...word.toLowerCase().slice(0, 3)].map((c) => TO_LATIN[c] ?? c).join('');
  return INITIAL_SOUNDS.find(([re]) => re.test(start))?.[1] ?? start.slice(0, 1);
}

/** What the matcher keeps of a leader besides the names (see {@link LeaderInfo}). */
function infoOf(leader: NamedEntry, names: readonly string[]): LeaderInfo {
  const givenNames = new Set<string>();
  const initials = new Set<string>();
  for (const name of names) {
    const words = nameWords(name);
    for (const word of words.slice(0, -1)) {
      givenNames.add(skeleton(word));
      for (const part of word.split(/[-‐‑]/u)) if (part) initials.add(initialKey(part));
    }
  }
  const starts = (leader.offices ?? []).map((o) => o.start).sort();
  return { country: leader.country, offices: leader.offices ?? [], givenNames, initials, from: starts[0] };
}

/**
 * Compiles the collections once; matching is then a scan per name. A name that
 * several leaders have is kept apart, to be decided per article; a one-word name
 * (a surname alone) is kept apart too, to be checked against the text around it.
 */
export function createMatcher(
  leaders: readonly NamedEntry[],
  countries: readonly NamedEntry[],
): EntityMatcher {
  const owners = new Map<string, { name: string; ids: string[] }>();
  const namesById = new Map<string, string[]>();
  for (const leader of leaders) {
    const names = namesOf(leader, true);
    namesById.set(leader.id, names);
    for (const name of names) {
      const key = name.trim().toLowerCase();
      const owner = owners.get(key) ?? { name, ids: [] };
      owner.ids.push(leader.id);
      owners.set(key, owner);
    }
  }
  const isShared = (name: string): boolean => (owners.get(name.trim().toLowerCase())?.ids.length ?? 0) > 1;
  const shared = new Map<string, EntityMatcher['shared'][number]>();
  for (const { name, ids } of owners.values()) {
    if (ids.length < 2) continue;
    const key = ids.join(' ');
    const group = shared.get(key) ?? { ids, full: [], bare: [] };
    if (isBare(name)) group.bare.push({ word: name.trim(), pattern: namePattern(name, 'capital') });
    else group.full.push(namePattern(name));
    shared.set(key, group);
  }
  const namesakes = new Map<string, EntityMatcher['namesakes'][number]>();
  for (const leader of leaders) {
    for (const n of leader.namesakes ?? []) {
      const key = n.name.toLowerCase();
      const known = namesakes.get(key);
      if (known) known.ids.push(leader.id);
      else
        namesakes.set(key, {
          ids: [leader.id],
          name: n.name,
          who: n.who,
          patterns: n.forms.map((f) => namePattern(f)),
        });
    }
  }
  return {
    leaders: leaders.map((e) => ({
      id: e.id,
      patterns: (namesById.get(e.id) ?? [])
        .filter((n) => !isShared(n) && !isBare(n))
        .map((n) => namePattern(n)),
    })),
    bare: leaders.map((e) => {
      const names = namesById.get(e.id) ?? [];
      // An older surname that is no other leader's name is matched as the leader's older one.
      const former = formerSurnames(e).filter((n) =>
        (owners.get(n.toLowerCase())?.ids ?? [e.id]).every((id) => id === e.id),
      );
      const lower = new Set(names.map((n) => n.trim().toLowerCase()));
      return {
        id: e.id,
        patterns: [
          ...names
            .filter((n) => !isShared(n) && isBare(n))
            .map((n) => ({
              word: n.trim(),
              pattern: namePattern(n, 'capital'),
              former: former.includes(n.trim()),
            })),
          ...former
            .filter((n) => !lower.has(n.toLowerCase()))
            .map((n) => ({ word: n, pattern: namePattern(n, 'capital'), former: true })),
        ],
      };
    }),
    countries: countries.map((e) => ({ id: e.id, patterns: countryPatterns(e) })),
    feminine: leaders.flatMap((e) =>
      (namesById.get(e.id) ?? [])
        .filter((n) => isBare(n) && !CYRILLIC.test(n) && /(?:ov|ev|in)$/iu.test(n.trim()))
        .map((n) => ({ id: e.id, pattern: namePattern(`${n.trim()}a`) })),
    ),
    shared: [...shared.values()],
    namesakes: [...namesakes.values()],
    registry: new Map(leaders.map((l) => [l.id, infoOf(l, namesById.get(l.id) ?? [])])),
    titles: new TitlePhrases(officeTitles(leaders)),
    names: [...namesById.values(), ...countries.map((e) => namesOf(e))].flat().filter((n) => !isBare(n)),
  };
}

interface Span {
  start: number;
  end: number;
}

/**
 * Where each entry is first mentioned in `text` (lower-cased as `lower`); every match
 * goes into `spans`, and counts as a mention when `mentioned` says it names the entry
 * and no other entry's longer name holds it: "Papua New Guinea" and "South Sudan" are
 * no mentions of Guinea and Sudan.
 */
function mentions(
  entries: CompiledEntry[],
  text: string,
  lower: string,
  spans: Span[],
  mentioned: (id: string, start: number, end: number) => boolean = () => true,
): Map<string, number> {
  const found: (Span & { id: string })[] = [];
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      for (const m of pattern.matches(text, lower))
        found.push({ id: entry.id, start: m.index, end: m.index + m[0].length });
    }
  }
  const within = (a: Span & { id: string }): boolean =>
    found.some(
      (b) => b.id !== a.id && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start,
    );
  const at = new Map<string, number>();
  for (const match of found) {
    spans.push(match);
    if (within(match) || !mentioned(match.id, match.start, match.end)) continue;
    at.set(match.id, Math.min(at.get(match.id) ?? Infinity, match.start));
  }
  return at;
}

/**
 * Places and things that bear a country's name without being the country: the US
 * state of Georgia ("Atlanta, Georgia", "the governor of Georgia"), the Iranian
 * provinces of East and West Azerbaijan, a language ("the Kazakh language", «на
 * казахском языке», «қазақ тіліне»). Each is a country's id (or any country), the
 * text just before or just after the name that tells, and what it is.
 */
const NOT_THE_COUNTRY: readonly { id?: string; before?: RegExp; after?: RegExp; what: string }[] = [
  {
    id: 'georgia',
    before:
      /(?:(?<![\p{L}])(?:[Ss]tate|[Gg]overnor|[Uu]niversity) of|(?:Atlanta|Savannah|Augusta|Athens|Macon|Columbus|Marietta|Alpharetta|Valdosta),)[\s\u00A0]+$/u,
    what: 'the US state of Georgia',
  },
  {
    id: 'georgia',
    after:
      /^(?:,?[\s\u00A0]+(?:USA|U\.S\.(?:A\.)?|United States)|['’]s[\s\u00A0]+governor|[\s\u00A0]+(?:[Gg]overnor|[Ss]enator|State University|Tech)(?![\p{L}]))/u,
    what: 'the US state of Georgia',
  },
  {
    id: 'azerbaijan',
    before:
      /(?<![\p{L}])(?:East|West|Iranian|Восточн\p{Ll}*|Западн\p{Ll}*|Иранск\p{Ll}*|Шығыс|Батыс)[\s\u00A0]+$/u,
    what: 'a region that bears the country’s name',
  },
  {
    id: 'azerbaijan',
    after: /^[\s\u00A0]+(?:[Pp]rovinces?|[Oo]stan|провинци\p{Ll}*|остан\p{Ll}*)(?![\p{L}])/u,
    what: 'a region that bears the country’s name',
  },
  {
    before: /(?<![\p{L}])(?:New|Нью|Нов(?:ая|ой|ую|ом))[\s\u00A0‐‑-]+$/u,
    what: 'a place named after the country (New Jersey, New Mexico)',
  },
  {
    id: 'ireland',
    before: /(?<![\p{L}])(?:Northern|Северн\p{Ll}*|Солтүстік)[\s\u00A0]+$/u,
    what: 'Northern Ireland, part of the United Kingdom',
  },
  {
    id: 'mongolia',
    before: /(?<![\p{L}])(?:Inner|Внутренн\p{Ll}*|Ішкі)[\s\u00A0]+$/u,
    what: 'the Chinese region of Inner Mongolia',
  },
  {
    after: /^[\s\u00A0]+(?:Delta|River|Basin|Valley)(?![\p{L}])/u,
    what: 'a river or a region that bears the country’s name',
  },
  {
    id: 'guinea',
    after: /^[\s\u00A0]+(?:pigs?|fowls?)(?![\p{L}])/iu,
    what: 'an animal named after the country',
  },
  {
    id: 'jersey',
    after: /^[\s\u00A0]+(?:numbers?|shirts?|cows?|cattle)(?![\p{L}])/iu,
    what: 'a garment or a breed named after the island',
  },
  {
    after:
      /^(?:[\s\u00A0]+|[-‐‑])(?:languages?|язык\p{Ll}*|тіл(?:і|ін|іне|інде|інен|інің|імен|ге|де|ден|дің|ді)?)(?![\p{L}])/u,
    what: 'the name of a language',
  },
];

/**
 * Countries whose English name is also a given name people bear: "Jordan Peterson",
 * "Chad Smith", "Israel Katz", "India Arie", "Georgia May Jagger", "Kenya Barris",
 * "Cuba Gooding", "France Gall", "Jamaica Kincaid", "Jersey Joe Walcott".
 */
const GIVEN_NAME_COUNTRIES = new Set([
  'jordan',
  'chad',
  'israel',
  'india',
  'georgia',
  'kenya',
  'cuba',
  'france',
  'jamaica',
  'ireland',
  'jersey',
  'montserrat',
]);

/**
 * Capitalised words that follow a country's name without making it a person's:
 * its offices and institutions ("Jordan Foreign Ministry", "Israel Defense
 * Forces"), its companies, teams and events ("India Today", "Georgia Team"), and
 * the verbs and small words of Title Case headlines ("Jordan Signs Deal", "India To
 * Host"). Any other word written like a surname makes a person: a country missed
 * in a headline is usually named again in the text, a wrong country is wrong.
 */
const AFTER_THE_COUNTRY = new Set(
  (
    'President Presidents Presidential Prime Premier Minister Ministers Ministry Government Foreign Defence Defense ' +
    'National Nationals Army Armed Air Airways Airlines Railways Rail Post Cup Open Embassy Embassies Consulate ' +
    'Parliament Senate State Central Bank Development Investment Investments Chamber Trade House Pavilion Expo ' +
    'Forum Week Day Days Games Team Olympic Football Federation Council Office Agency King Kingdom Queen Crown ' +
    'Emir Sultan Sheikh Supreme Court Security Police Border Customs Energy Oil Gas Petroleum Telecom Summit ' +
    'Business Tourism Visa Fund Region Relations Cooperation Partnership Strategy Programme Program Mission ' +
    'Delegation Republic Federal Union Alliance Party Congress Assembly Navy Coast Guard Red Foundation ' +
    'Today Daily Times News Radio Television Inc Ltd Group Holding Holdings Company Corporation Industries ' +
    'Economic Economy Exports Imports Export Import Market Markets Stock Exchange Capital Leader Leaders ' +
    'Official Officials Envoy Ambassador Delegates Chief Head Heads Cabinet Troops Forces Military ' +
    'To And Or Of In On At For From With By As Is Are Was Were Will Would Has Have Had Against Ready Set ' +
    'Says Said Signs Signed Hosts Hosted Welcomes Welcomed Plans Calls Seeks Backs Wants Opens Holds Sends ' +
    'Receives Urges Condemns Supports Launches Becomes Joins Agrees Approves Offers Expects Considers Ratifies'
  ).split(' '),
);

/** A capitalised word as a surname or second given name is written: "Peterson", "McCain", "O’Brien", "Gooding". */
const SURNAME_WORD = /^(?:\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)(?:[-‐‑]\p{Lu}\p{Ll}+)?$/u;

/**
 * Why the country name `written` at `end` is the start of a person's name, or
 * undefined: a country's name that is also a given name, followed in the same
 * sentence by a word written like a surname ("Jordan Peterson", "Israel Adesanya")
 * that no country's office, company or headline would put there.
 */
function personNamed(
  id: string,
  written: string,
  text: string,
  start: number,
  end: number,
): string | undefined {
  // English names: «Индия» and «Иордания» are nobody's given names.
  if (
    !GIVEN_NAME_COUNTRIES.has(id) ||
    !/^\p{Lu}\p{Ll}+$/u.test(written) ||
    !/^\p{Script=Latin}+$/u.test(written)
  )
    return undefined;
  const next = /^[ \u00A0]([\p{L}’'‐‑-]+)/u.exec(text.slice(end, end + 40))?.[1];
  if (next !== undefined && SURNAME_WORD.test(next) && !AFTER_THE_COUNTRY.has(next))
    return `the name of a person, ${written} ${next}`;
  // A given name before it ("star Michael Jordan", "Michael Jordan won"), outside a Title
  // Case run ("Tokayev Visits Jordan") and not a word that stands before a country.
  const before = /(^|[^\p{L}’'‐‑-]+)(\p{Lu}\p{Ll}+)[ \u00A0]$/u.exec(
    text.slice(Math.max(0, start - 60), start),
  );
  const given = before?.[2];
  if (given === undefined || BEFORE_THE_COUNTRY.has(given)) return undefined;
  const head = text.slice(0, start - given.length - 1);
  const titleCase = /\p{Lu}[\p{L}’'‐‑-]*[ \u00A0]*$/u.test(head);
  return titleCase ? undefined : `the name of a person, ${given} ${written}`;
}

/**
 * Capitalised words that stand before a country's name at the start of a sentence
 * or as a part of its name, never a given name: "In Jordan", "Visiting India",
 * "Northern Ireland" (which is no Ireland either), "Hashemite Jordan".
 */
const BEFORE_THE_COUNTRY = new Set(
  (
    'In To From With For And Of On At By As Via Into Across Toward Towards About Over Through Within Visit ' +
    'Visiting Visited Both Like Unlike Neighbouring Neighboring Including Outside Inside Near Beyond Across ' +
    'The A An Its Neighbour Neighbor Hashemite Republic Kingdom State Modern Ancient Independent Democratic ' +
    'North South East West Northern Southern Eastern Western Central Greater Soviet British French Mandatory ' +
    'Then Today Now Meanwhile But Yet So While Since When If Although Also Only Even Until After Before'
  ).split(' '),
);

/** What the name of country `id` at `start`–`end` names instead of the country, or undefined. */
function notTheCountry(id: string, text: string, start: number, end: number): string | undefined {
  const person = personNamed(id, text.slice(start, end), text, start, end);
  if (person !== undefined) return person;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return NOT_THE_COUNTRY.find(
    (n) =>
      (n.id === undefined || n.id === id) &&
      (n.before === undefined || n.before.test(before)) &&
      (n.after === undefined || n.after.test(after)),
  )?.what;
}

/** The ids in order of first mention (ties by id). */
function inOrder(at: Map<string, number>): string[] {
  return [...at].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

const TITLES_EN =
  '(?:President|Vice[- ]President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Head of State|Foreign Minister)';
const TITLES_RU =
  '(?:[Пп]резидент(?!тер)\\p{Ll}*|[Пп]ремьер-министр\\p{Ll}*|[Гг]лав\\p{Ll}* государства|[Кк]анцлер\\p{Ll}*|[Кк]орол\\p{Ll}*|[Ээ]мир\\p{Ll}*|[Мм]инистр\\p{Ll}* иностранных дел)';
const NAME_WORD = "\\p{Lu}[\\p{L}’'\\-]+";
const SPACE = '[ \\u00A0]+';
const LEADER_CANDIDATES = [
  new RegExp(`${BEFORE}${TITLES_EN}${SPACE}((?:${NAME_WORD})(?:${SPACE}${NAME_WORD}){0,3})`, 'gu'),
  new RegExp(`${BEFORE}${TITLES_RU}${SPACE}((?:${NAME_WORD})(?:${SPACE}${NAME_WORD}){0,3})`, 'gu'),
];
const STAN = /(?:stan|стан|ston|стон)\p{Ll}{0,3}$/u;
const COUNTRY_CANDIDATES = [
  new RegExp(`${BEFORE}\\p{Lu}[\\p{L}\\-]{2,}?(?:stan|стан|ston|стон)\\p{Ll}{0,3}${AFTER}`, 'gu'),
  new RegExp(`${BEFORE}Republic of (?:the )?${NAME_WORD}(?:${SPACE}${NAME_WORD})?`, 'gu'),
  new RegExp(`${BEFORE}(?:${NAME_WORD})(?=${SPACE}(?:President|Prime Minister|leader)${AFTER})`, 'gu'),
];
/**
 * A word that is itself a title ("President", «Президентін», «Премьер-министра»):
 * in «Ресей Президенті Қазақстан Президентін құттықтады» the second title is no name.
 */
const TITLE_ALONE = new RegExp(`^${TITLES_EN}$|^${TITLES_RU}$`, 'u');
/**
 * Places whose names end like a country's without being one: regions of Russia,
 * Kazakhstan, Uzbekistan, Iran, Pakistan and Iraq, and historical names.
 */
const STAN_PLACES =
  /^(?:Turkestan|Turkistan|Туркестан|Түркістан|Dagestan|Дагестан|Tatarstan|Татарстан|Bashkortostan|Башкортостан|Kurdistan|Курдистан|Күрдістан|Karakalpakstan|Каракалпакстан|Қарақалпақстан|Qoraqalpog['ʻ‘’]?iston|Hindustan|Хиндустан|Индостан|Khuzestan|Хузестан|Sistan|Систан|Golestan|Голестан|Lorestan|Лурестан|Waziristan|Вазиристан|Nuristan|Нуристан|Baltistan|Балтистан)/u;
/** Capitalised words that stand before "President" without being a country: "First President", "Former President". */
const NOT_COUNTRIES =
  /^(?:Vice|State|Former|The|Deputy|Acting|First|Late|Then|Interim|Incumbent|Outgoing|Ousted|Elected|New|Current|Our|His|Her|Its|Their|Honorary|Future|Founding|Second|Third|Sitting)$/u;
/** Capitalised words that follow a title without being a name. */
const NOT_NAMES = new Set([
  'League',
  'The',
  'President',
  'Prime',
  'Minister',
  'This',
  'That',
  'He',
  'She',
  'It',
  'In',
  'On',
  'At',
  'And',
  'Of',
  'As',
  'For',
  'With',
  'Said',
  'Also',
  'Administration',
  'Office',
  'Council',
  'Palace',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Vice',
  'State',
  'Former',
  'New',
  'Кроме',
  'Также',
  'Он',
  'Она',
  'В',
  'На',
  // "of the Republic", before a country the registry may not name in that form:
  // «Президенти Ҷумҳурии Тоҷикистон», «Президент Республики Беларусь».
  'Республики',
  'Ҷумҳурии',
  'Республикасы',
  'Республикаси',
  'Respublikasi',
]);

/**
 * Institutions a title is followed by in any case form, capitalised as names are
 * («Президент Үкіметке тапсырды», «Президент Парламентке», «Президент Әкімшілігі»,
 * «Президент Правительству»): never a person's name. Forms that a surname could
 * begin («Жолдасбеков», «Кеңесбаев») are not.
 */
const INSTITUTION =
  /^(?:Government|Parliament|Senate|Cabinet|Administration|Правительств|Парламент|Сенат|Администраци|Кабинет|Үкімет|Мәжіліс|Әкімшілі|Жолдау|Совет(?:а|у|ом|е)?$|Кеңес(?:і|ке|те|тің|ін|інде|інің|пен)?$)/u;

/** Which characters of the text a match covers, for quick overlap checks. */
class Coverage {
  private readonly covered: Uint8Array;
  constructor(length: number, spans: readonly Span[]) {
    this.covered = new Uint8Array(length + 1);
    for (const s of spans) this.covered.fill(1, s.start, s.end);
  }
  overlaps(start: number, end: number): boolean {
    return this.covered.subarray(start, end).includes(1);
  }
}

/** Titles that say which kind of office the name after them holds. */
const ROLE_TITLES: readonly { role: Office['role']; re: RegExp }[] = [
  {
    role: 'head-of-state',
    re: /(?<![\p{L}])(?:President|Head of State|Президент\p{L}*|Глав\p{L}* государства|Мемлекет басшы\p{L}*)(?![\p{L}])/giu,
  },
  {
    role: 'head-of-government',
    re: /(?<![\p{L}])(?:Prime Minister|Premier|Chairman of the Cabinet(?: of Ministers)?|Премьер(?:-министр)?\p{L}*|(?:Председател|Глав)\p{L}* (?:Кабинета министров|Кабмина|[Пп]равительства)|Үкімет басшы\p{L}*|Министрлер Кабинеті\p{L}* [Тт]өраға\p{L}*)(?![\p{L}-])/giu,
  },
];

/**
 * The words just before a title that make it a deputy's ("Deputy Prime Minister",
 * "Vice-President", «Заместитель Председателя», «вице-премьер»), and the Kazakh word
 * after it that does («Премьер-Министрінің орынбасары»).
 */
const DEPUTY_BEFORE = /(?<![\p{L}])(?:deputy|vice|заместител\p{L}*|зам\.?|вице)[\s\u00A0‐‑-]*$/iu;
const DEPUTY_AFTER = /^[\s\u00A0]+(?:бірінші[\s\u00A0]+)?орынбасар\p{L}*/iu;
/**
 * The words just before a title that make it a past holder's ("Former President",
 * "the late President", «экс-президент», «бұрынғы Президенті»), or the first holder's
 * ("First President", «Первый Президент», «Тұңғыш Президент»), perhaps with a
 * country's adjective between ("former Kyrgyz President").
 */
const PAST_BEFORE =
  /(?<![\p{L}])(?:(?<past>[Ff]ormer|[Ee]x|[Ll]ate|[Oo]usted|[Dd]eposed|[Tt]hen(?=-)|[Бб]ывш\p{Ll}*|[Ээ]кс|[Пп]окойн\p{Ll}*|[Тт]огдашн\p{Ll}*|[Бб]ұрынғы|[Мм]арқұм)|(?<first>[Ff]irst|[Пп]ерв\p{Ll}*|[Тт]ұңғыш))[\s\u00A0‐‑-]+(?:\p{Lu}\p{Ll}+[\s\u00A0]+)?$/u;

/**
 * What may stand between a title and the name it gives a role: a country, given
 * names and initials, "of the", a dash («Президент Республики Казахстан – Елбасы»),
 * the Kazakh word for a deputy. A word in small letters besides those ends the title's
 * reach: in "Former President Atambayev criticised his successor Jeenbekov" the title
 * is not Jeenbekov's.
 */
const TITLE_GAP =
  /^(?:[\s\u00A0]+(?:\p{Lu}[\p{L}’'.‐‑-]*|of|the|[–—-]|страны|республики|бірінші|орынбасар\p{Ll}*))*[\s\u00A0]*$/u;

/** A title before a name: the role it gives and whose it is, as written. */
interface TitleBefore {
  role: Office['role'];
  /**
   * Whose the title is: the holder's on the article's day, a past holder's, the
   * first holder's, or a deputy's (who does not hold the office itself).
   */
  holder: 'current' | 'past' | 'first' | 'deputy';
  /** The title as the text writes it, with the word that qualifies it. */
  written: string;
}

/**
 * The title just before `at` and the role it gives the name there ("President
 * Japarov", "Председатель Кабинета министров Акылбек Жапаров"): the nearest title
 * ending at most 40 characters before it, in the same sentence, with the words
 * before it that make it a deputy's or a past holder's.
 */
function titleBefore(text: string, at: number): TitleBefore | undefined {
  const window = text.slice(Math.max(0, at - 80), at);
  let best: { start: number; end: number; role: Office['role'] } | undefined;
  for (const { role, re } of ROLE_TITLES) {
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (best === undefined || end > best.end) best = { start: m.index, end, role };
    }
  }
  if (best === undefined || window.length - best.end > 40 || !TITLE_GAP.test(window.slice(best.end)))
    return undefined;
  const head = window.slice(0, best.start);
  const title = window.slice(best.start, best.end);
  const deputy = DEPUTY_BEFORE.exec(head);
  const deputyAfter = DEPUTY_AFTER.exec(window.slice(best.end));
  if (deputy || deputyAfter)
    return {
      role: best.role,
      holder: 'deputy',
      written: `${deputy?.[0] ?? ''}${title}${deputyAfter?.[0] ?? ''}`,
    };
  const past = PAST_BEFORE.exec(head);
  if (past)
    return {
      role: best.role,
      holder: past.groups?.['first'] ? 'first' : 'past',
      written: `${past[0]}${title}`,
    };
  return { role: best.role, holder: 'current', written: title };
}

/** Whether office `o` was held on `day` (never, without a day). */
function heldOn(o: Office, day: string | undefined): boolean {
  return day !== undefined && o.start <= day && (o.end === undefined || day <= o.end);
}

/** The registry's title of a deputy's office: "Deputy Prime Minister of Kazakhstan", "Vice President of …". */
const DEPUTY_OFFICE = /^(?:(?:First )?Deputy|Vice)[\s-]/u;

/**
 * The leader a name stands for, of the leaders `ids` it may name, decided by the
 * article's day and the title before it:
 * - a past holder's title ("Former President Berdimuhamedov") names the one who held
 *   that role before the day and does not hold it on the day; a first holder's
 *   ("First President Nazarbayev") the one who held it by the day; a deputy's
 *   ("Deputy Prime Minister Berdimuhamedov") never the one who holds the full office
 *   that day, only one who held a deputy's office that day or is named in full. Each names nobody when
 *   that leaves none or several, and a single leader only when that leader fits it.
 * - a title that exactly one of them held that day names that one, even beside
 *   another named in full ("Hero-Arkadag Gurbanguly Berdimuhamedov" in 2023);
 *   otherwise a leader already named in full wins; otherwise the one leader who held
 *   an office that day; otherwise (no day, or none or several in office) nobody.
 * A single leader with no title, or with the current holder's, is that leader.
 */
function decideLeader(
  matcher: EntityMatcher,
  ids: readonly string[],
  found: readonly string[],
  day: string | undefined,
  title: TitleBefore | undefined,
): string | undefined {
  const holds = (id: string, role: Office['role'] | undefined, when: (o: Office) => boolean): boolean =>
    (matcher.registry.get(id)?.offices ?? []).some((o) => (role === undefined || o.role === role) && when(o));
  const onDay = (o: Office): boolean => heldOn(o, day);
  const one = (fit: readonly string[]): string | undefined => (fit.length === 1 ? fit[0] : undefined);
  if (title?.holder === 'past') {
    // Without a day, an office that has ended is a past one.
    const ended = (o: Office): boolean => o.end !== undefined && (day === undefined || o.end < day);
    return one(ids.filter((id) => holds(id, title.role, ended) && !holds(id, title.role, onDay)));
  }
  if (title?.holder === 'first')
    return one(ids.filter((id) => holds(id, title.role, (o) => day === undefined || o.start <= day)));
  if (title?.holder === 'deputy') {
    // A deputy's title names a leader who held a deputy's office that day, or one named in full.
    const deputy = (id: string): boolean =>
      holds(id, undefined, (o) => onDay(o) && DEPUTY_OFFICE.test(o.title));
    return one(ids.filter((id) => !holds(id, title.role, onDay) && (deputy(id) || found.includes(id))));
  }
  if (ids.length === 1) return ids[0];
  const inOffice = (wanted: Office['role'] | undefined): string[] =>
    ids.filter((id) => holds(id, wanted, onDay));
  const titled = title === undefined ? [] : inOffice(title.role);
  if (titled.length === 1) return titled[0];
  const named = ids.filter((id) => found.includes(id));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  return one(inOffice(title?.role));
}

/**
 * Capitalised words that stand before a surname without being a given name: titles,
 * honorifics and words that open a sentence, in English, Russian and Kazakh (lower case).
 */
const NOT_GIVEN_NAMES = new Set(
  (
    'president vice prime minister premier chairman chairwoman chair speaker mr mrs ms miss dr sir madam ' +
    'former ex late acting interim general colonel leader head deputy first lady comrade elder elbasy arkadag hero ' +
    'türkmenbaşy turkmenbashi the this that these those when while after before since then now today yesterday ' +
    'tomorrow earlier later meanwhile however also but and or if as at in on of for with from by to under ' +
    'according both his her their our its he she they we it said says told told asked there here where what who ' +
    'why how so yet still even only once again afterwards although though because during until unlike like ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december ' +
    'президент вице премьер министр председатель глава лидер господин госпожа г-н г-жа экс бывший бывшая ' +
    'покойный елбасы аркадаг спикер генерал полковник также однако вчера сегодня завтра ранее позже затем ' +
    'тогда теперь потом сначала кроме как когда после при для без под над про что это его ее её их она они ' +
    'все уже еще ещё был была было были между вместе лично именно сам сама так там тут здесь где кто ' +
    'мемлекет басшысы төраға төрағасы бұрынғы тұңғыш сондай-ақ кеше бүгін ертең ол олар және бірақ ' +
    'сонымен алайда осыдан бұған бұл мырза ханым ' +
    // Russian nouns that open a sentence before a name in the genitive ("Встреча Путина").
    'встреча поездка позиция инициатива администрация резиденция семья супруга жена команда партия ' +
    'политика реакция фраза цитата программа стратегия эпоха победа отставка инаугурация книга статья ' +
    'беседа просьба идея роль сторона делегация пресс-служба канцелярия охрана служба поддержка ' +
    'критика речь власть благодаря ' +
    // Relatives, before the surname of the one they are related to ("Сына Атамбаева Кадырбека").
    'son daughter brother sister wife husband father mother nephew niece grandson granddaughter uncle ' +
    'aunt cousin widow сын сына сыну сыном сыне дочь дочери дочерью брат брата брату братом брате ' +
    'сестра сестры сестре сестру сестрой муж мужа мужу мужем отец отца отцу отцом мать матери матерью ' +
    'внук внука внуку внуком внучка внучки внучке племянник племянника племяннику племянница ' +
    'племянницы зять зятя вдова вдовы супруг супругу супругой супруги жены жене женой ' +
    'ұлы қызы інісі ағасы апасы әйелі жұбайы күйеуі немересі әкесі анасы'
  ).split(' '),
);
/**
 * Russian and Kazakh titles in any case form before a surname («Визит Президента
 * Мирзиёева», «Президентом Мирзиёевым», «Өзбекстан Президенті Мирзиёев», «Председатель
 * Кабмина Жапаров»): never a given name.
 */
const TITLE_WORD =
  /^(?:(?:президент|премьер|министр|председател|спикер|лидер|кабмин|канцлер|губернатор|госсекретар|генсек|төраға|басшы|елші)\p{Ll}*|глав(?:а|ы|е|у|ой)|посол|посл(?:а|у|ом|е)|мэр(?:а|у|ом|е)?)$/u;
/** The end of a patronymic: the given name stands before it ("Нурсултан Абишевич Назарбаев"). */
const PATRONYMIC =
  /(?:вич|вна|ична|ичем|ича|ичу|вны|вной|ovich|evich|ovna|evna|улы|ұлы|қызы|кызы|oglu|oğlu|ogly|qizi)$/iu;
/** A capitalised word that may be a name: a capital, then small letters, perhaps a hyphenated part. */
const NAME_LIKE = /^\p{Lu}\p{Ll}+(?:[-‐‑]\p{Lu}?\p{Ll}+)?$/u;
/** Initials before a surname: "Н.", "Н.А.", "N. A." */
const INITIALS = /(?:^|[\s\u00A0(«"“])((?:\p{Lu}\.[\s\u00A0]?){1,2})[\s\u00A0]*$/u;
/** A surname-like word: Russian-type, Tajik, Azerbaijani and Turkic endings, declined or not. */
const SURNAME_LIKE =
  /(?:[oe]v[a-z]{0,2}|in|ina|zoda|zade|oğlu|oglu|uly|[оеё]в\p{Ll}{0,3}|ин[аыуе]?|зода|заде|улы|ұлы)$/iu;
/** A word after a surname that makes it a family's ("the Aliyev family", "the Nazarbayev clan"). */
const FAMILY = /^(?:family|families|clan|clans|dynasty)$/iu;
/** A Russian verb in the feminine past ("заявила", "отметила"): the name before it is a woman's. */
const FEMININE_VERB = /^\p{Ll}+л(?:а|ась)$/u;
/** Case endings after a Russian-type surname (-ов, -ев, -ин): only a woman's. */
const FEMININE_ONLY = new Set(['ой', 'ою']);
/** Case endings after a Russian-type surname that a man's and a woman's forms share. */
const EITHER = new Set(['а', 'у']);
const RUSSIAN_SURNAME = /(?:[оеё]в|[иы]н)$/iu;
/**
 * The end of the text before a name joined to another by «и» or a comma («Назарбаева и
 * Путина»): two subjects take a plural verb, so a singular feminine one after the second
 * («Встреча Назарбаева и Путина прошла») agrees with another word, not with the name.
 */
const JOINED = /(?:[\s\u00A0]и|,)[\s\u00A0]+$/u;

/**
 * A capitalised word after a leader's name that makes it the name of a place or an
 * institution named after them: "Nazarbayev University", "Heydar Aliyev Center",
 * «Назарбаев Университет», «Назарбаев Зияткерлік мектептері».
 */
const NAMED_AFTER_NEXT =
  /^(?:Universit(?:y|ies)|Cent(?:er|re)s?|Foundation|Fund|Airport|Avenue|Street|Boulevard|Palace|Museum|Library|Intellectual|Institute|Academy|Prize|Award|Stadium|Arena|Mosque|Hospital|Университет\p{Ll}*|Центр(?:а|у|ом|е)?|Фонд\p{Ll}*|Аэропорт\p{Ll}*|Проспект\p{Ll}*|Библиотек\p{Ll}*|Музе\p{Ll}*|Интеллектуальн\p{Ll}*|Академи\p{Ll}*|Преми\p{Ll}*|Стадион\p{Ll}*|Мечет\p{Ll}*|Институт\p{Ll}*|Зияткерлік)$/u;
/**
 * A Kazakh word after a leader's name, in the possessive that names a thing of theirs,
 * capitalised or not: «Гейдар Әлиев орталығы», «Назарбаев Университетіне»,
 * «Әлиев атындағы» ("named after"). The bare noun does not count: in «Тоқаев
 * мектепке барды» the name is the subject.
 */
const NAMED_AFTER_POSSESSIVE =
  /^(?:университеті\p{Ll}*|орталығ\p{Ll}*|қоры(?:ның|на|нда|нан|н)?|әуежайы\p{Ll}*|даңғылы\p{Ll}*|көшесі\p{Ll}*|мектебі\p{Ll}*|мектептері\p{Ll}*|кітапханасы\p{Ll}*|мұражайы\p{Ll}*|сыйлығы\p{Ll}*|атындағы)$/iu;
/**
 * The words just before a leader's name that make it the name of a place or an
 * institution named after them: "named after", «имени», «проспект Назарбаева»,
 * «Центр Гейдара Алиева» (a noun of a place or institution, in any case).
 */
const NAMED_AFTER_BEFORE =
  /(?:named after|(?<![\p{L}-])(?:имени|им\.|(?:университет|центр|фонд|аэропорт|проспект|улиц|бульвар|площад|библиотек|музе|академи|преми|стадион|мечет|институт|дворц|дворец|парк)\p{Ll}*))[\s\u00A0]+(?:(?:перв\p{Ll}*[\s\u00A0]+)?президента(?:[\s\u00A0]+республики[\s\u00A0]+\p{L}+)?(?:[\s\u00A0]+[–—-])?[\s\u00A0]+(?:елбасы[\s\u00A0]+)?)?$/iu;
/**
 * The same in English, where the title follows "of the": "the Library of the First
 * President Nazarbayev", "the Foundation of the First President of Kazakhstan – Elbasy".
 */
const NAMED_AFTER_OF =
  /(?<![\p{L}-])(?:Universit(?:y|ies)|Cent(?:er|re)s?|Foundation|Fund|Library|Museum|Institute|Academy|Prize|Award)[\s\u00A0]+of[\s\u00A0]+the[\s\u00A0]+(?:[Ff]irst[\s\u00A0]+)?President(?:[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+Republic[\s\u00A0]+of[\s\u00A0]+)?\p{Lu}\p{L}+)?(?:[\s\u00A0]+[–—-])?[\s\u00A0]+(?:Elbasy[\s\u00A0]+)?$/u;

/**
 * Why the name at `start`–`end` names a place or an institution rather than its
 * leader, or undefined: an article about Nazarbayev University is not about Nazarbayev.
 */
function namedAfter(text: string, start: number, end: number): string | undefined {
  let next = wordAfterAt(text, end);
  // "Heydar Aliyev International Airport": the word after "International" decides.
  if (next?.word === 'International') next = wordAfterAt(text, next.start + next.word.length);
  if (next && (NAMED_AFTER_NEXT.test(next.word) || NAMED_AFTER_POSSESSIVE.test(next.word)))
    return `the name of a place or institution named after the leader (${next.word})`;
  const head = text.slice(Math.max(0, start - 90), start);
  const before = NAMED_AFTER_BEFORE.exec(head) ?? NAMED_AFTER_OF.exec(head);
  if (before) return `the name of a place or institution named after the leader (${before[0].trim()})`;
  return undefined;
}

/** The words around a match, as the checks of {@link checkBare} read them. */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  const m = /(\S+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return undefined;
  return { word: m[1]!, start: at - m[0].length };
}

function wordAfter(text: string, end: number): string | undefined {
  return wordAfterAt(text, end)?.word;
}

function wordAfterAt(text: string, end: number): { word: string; start: number } | undefined {
  const m = /^([ \u00A0]+)([\p{L}‐‑’'-]+)/u.exec(text.slice(end, end + 60));
  return m ? { word: m[2]!, start: end + m[1]!.length } : undefined;
}

/**
 * Whether a Russian word before a Russian-type surname with case ending `suffix` could
 * be a given name in the same case: "Максима Бакиева", "Дарига Назарбаева", but not a
 * noun before a name in the genitive, "Визит Назарбаева".
 */
function agrees(word: string, suffix: string): boolean {
  if (suffix === '') return true;
  if (suffix === 'а' || suffix === 'я') return /[ая]$/u.test(word);
  if (suffix === 'у' || suffix === 'ю') return /[ую]$/u.test(word);
  if (suffix === 'ым' || suffix === 'им') return /(?:ом|ем|ём|ой|ей)$/u.test(word);
  if (suffix === 'е') return /[еи]$/u.test(word);
  return /(?:ой|ей|[еуи])$/u.test(word);
}

/** The initials just before a surname at `at` ("К.", "Н.А.", "K. J."), as written. */
function initialsBefore(text: string, at: number): string | undefined {
  return INITIALS.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.trim();
}

/**
 * Why a bare surname at `at` is not the leader's, or undefined when nothing says so:
 * another given name before it, or a given name it follows. `suffix` is its Russian
 * case ending, when it is a Russian-type surname in Cyrillic. A title before it is no
 * given name, in any case form and however many words it has ({@link TitlePhrases}),
 * and neither is an institution a title names («Глава Правительства Мишустин»).
 */
function otherPerson(
  info: LeaderInfo | undefined,
  titles: TitlePhrases,
  text: string,
  at: number,
  end: number,
  covered: (start: number, end: number) => boolean,
  suffix?: string,
): string | undefined {
  let before = wordBefore(text, at);
  if (before && PATRONYMIC.test(before.word)) before = wordBefore(text, before.start);
  if (before && NAME_LIKE.test(before.word)) {
    const word = before.word.toLowerCase();
    const parts = word.split(/[-‐‑]/u);
    const given = info?.givenNames.has(skeleton(word)) ?? false;
    const title =
      NOT_GIVEN_NAMES.has(word) ||
      parts.some((p) => NOT_GIVEN_NAMES.has(p) || TITLE_WORD.test(p)) ||
      INSTITUTION.test(before.word) ||
      titles.endsAt(text, before.start + before.word.length);
    const declined = suffix === undefined || !CYRILLIC.test(before.word) || agrees(word, suffix);
    if (!given && !title && declined && !covered(before.start, before.start + before.word.length)) {
      return `another given name (${before.word}) before the surname`;
    }
  }
  const after = wordAfterAt(text, end);
  if (
    after &&
    NAME_LIKE.test(after.word) &&
    SURNAME_LIKE.test(after.word) &&
    !(info?.givenNames.has(after.word.toLowerCase()) ?? false) &&
    !covered(after.start, after.start + after.word.length)
  ) {
    return `a given name here, before the surname ${after.word}`;
  }
  return undefined;
}

/** A bare surname found in the text, with the leaders it may name. */
interface BareMention {
  start: number;
  end: number;
  text: string;
  ids: string[];
  /** The Russian case ending after the name ("а" of «Назарбаева»). */
  suffix: string;
  russian: boolean;
}

/**
 * Finds the leaders and countries that `text` names, each listed once in order of
 * first mention, and the leader-like and country-like names that match nothing.
 * `day` (`YYYY-MM-DD`, the article's date) decides names that several leaders share,
 * and a bare surname counts only from the start of the leader's first office;
 * `lang` is the text's language (in Kazakh, «Назарбаева» is a woman's name).
 * The country of each leader found is added after the countries the text names.
 * @example matchEntities(createMatcher(leaders, countries), 'Kyrgyz-Tajik border').countries
 * // ['kyrgyzstan', 'tajikistan']
 */
export function matchEntities(
  matcher: EntityMatcher,
  text: string,
  day?: string,
  lang?: string,
): EntityMatches {
  const leaderSpans: Span[] = [];
  const countrySpans: Span[] = [];
  const lower = text.toLowerCase();
  // A name that names something else (the US state of Georgia, a language) is reported, not counted.
  const elsewhere: { text: string; reason: string; start: number; end: number }[] = [];
  const countryAt = mentions(matcher.countries, text, lower, countrySpans, (id, start, end) => {
    const what = notTheCountry(id, text, start, end);
    if (what !== undefined) elsewhere.push({ start, end, text: text.slice(start, end), reason: what });
    return what === undefined;
  });
  const unassigned: { text: string; reason: string; start: number; end: number }[] = [];

  // Namesakes: their names are never a leader's, and they make a bare surname ambiguous.
  const namesakeSpans: Span[] = [];
  const blocked = new Map<string, string>();
  for (const n of matcher.namesakes) {
    for (const pattern of n.patterns) {
      for (const m of pattern.matches(text, lower)) {
        const span = { start: m.index, end: m.index + m[0].length };
        namesakeSpans.push(span);
        unassigned.push({
          ...span,
          text: m[0],
          reason: `${n.name}, ${n.who}: a namesake of ${n.ids.join(', ')}`,
        });
        for (const id of n.ids) blocked.set(id, `the text also names ${n.name}`);
      }
    }
  }
  const byNamesake = new Coverage(text.length, namesakeSpans);

  // Full names (two words or more) name their leader, unless they are part of a namesake's.
  const fullAt = new Map<string, number>();
  const fullSpans: (Span & { id: string })[] = [];
  const namedSpans: Span[] = [];
  const full = (id: string, m: RegExpExecArray): void => {
    const span = { start: m.index, end: m.index + m[0].length };
    if (byNamesake.overlaps(span.start, span.end)) return;
    const place = namedAfter(text, span.start, span.end);
    if (place !== undefined) {
      namedSpans.push(span);
      unassigned.push({ ...span, text: m[0], reason: place });
      return;
    }
    fullSpans.push({ ...span, id });
    leaderSpans.push(span);
    fullAt.set(id, Math.min(fullAt.get(id) ?? Infinity, m.index));
  };
  for (const entry of matcher.leaders) {
    for (const pattern of entry.patterns) for (const m of pattern.matches(text, lower)) full(entry.id, m);
  }
  const sharedFull: { ids: string[]; m: RegExpExecArray }[] = [];
  for (const group of matcher.shared) {
    for (const pattern of group.full)
      for (const m of pattern.matches(text, lower)) sharedFull.push({ ids: group.ids, m });
  }
  const named = [...fullAt.keys()];

  // Bare surnames: kept when nothing names someone else with them.
  const byCountry = new Coverage(text.length, countrySpans);
  const byFull = new Coverage(text.length, fullSpans);
  const byNamed = new Coverage(text.length, namedSpans);
  const woman = new Set<string>();
  const mentionsOf: BareMention[] = [];
  // Every bare surname of the registry in the text: a name beside another leader's surname
  // ("Тоқаев Мирзиёевпен", "Putin, Tokayev") is no given name of a namesake.
  const bareFound: { ids: readonly string[]; b: BarePattern; m: RegExpExecArray }[] = [];
  for (const entry of matcher.bare)
    for (const b of entry.patterns)
      for (const m of b.pattern.matches(text, lower)) bareFound.push({ ids: [entry.id], b, m });
  for (const group of matcher.shared)
    for (const b of group.bare)
      for (const m of b.pattern.matches(text, lower)) bareFound.push({ ids: group.ids, b, m });
  const byBare = new Coverage(
    text.length,
    bareFound.map(({ m }) => ({ start: m.index, end: m.index + m[0].length })),
  );
  const bare = (ids: readonly string[], b: BarePattern, m: RegExpExecArray): void => {
    const start = m.index;
    const end = start + m[0].length;
    if (byNamesake.overlaps(start, end) || byNamed.overlaps(start, end)) return;
    // Part of a full name: the leader's own, already counted, or another's ("Rahmon Nabiyev").
    if (byFull.overlaps(start, end)) return;
    const place = namedAfter(text, start, end);
    if (place !== undefined) {
      unassigned.push({ start, end, text: m[0], reason: place });
      return;
    }
    const russian = CYRILLIC.test(b.word) && RUSSIAN_SURNAME.test(b.word);
    const suffix =
      russian && m[0].toLowerCase().startsWith(b.word.toLowerCase())
        ? m[0].slice(b.word.length).toLowerCase()
        : '';
    const note = (reason: string): void => void unassigned.push({ start, end, text: m[0], reason });
    // "The Aliyev family", "the Nazarbayev clan": a family, not one person of it.
    const next = wordAfter(text, end);
    if (next !== undefined && FAMILY.test(next)) {
      note(`the name of a family (${next}), not of one person`);
      return;
    }
    if (FEMININE_ONLY.has(suffix) || (russian && lang?.startsWith('kk') && EITHER.has(suffix))) {
      ids.forEach((id) => woman.add(id));
      note('a woman’s form of the surname');
      return;
    }
    const joined = JOINED.test(text.slice(Math.max(0, start - 4), start));
    if (russian && EITHER.has(suffix) && next !== undefined && FEMININE_VERB.test(next) && !joined) {
      ids.forEach((id) => woman.add(id));
      note('a woman’s form of the surname (a feminine verb follows)');
      return;
    }
    // Initials that fit a leader's given names keep that leader («К. Токаев»); others are someone else's.
    const initials = initialsBefore(text, start);
    const fitting =
      initials === undefined
        ? ids
        : ids.filter((id) => matcher.registry.get(id)?.initials.has(initialKey(initials)) ?? false);
    const other =
      initials === undefined
        ? otherPerson(
            ids.length === 1 ? matcher.registry.get(ids[0]!) : undefined,
            matcher.titles,
            text,
            start,
            end,
            (s, e) => byCountry.overlaps(s, e) || byFull.overlaps(s, e) || byBare.overlaps(s, e),
            russian ? suffix : undefined,
          )
        : fitting.length === 0
          ? `another initial (${initials}) before the surname`
          : undefined;
    if (other !== undefined) {
      ids.forEach((id) => blocked.set(id, 'the text also names someone else of that surname'));
      const from = other.startsWith('another') ? (wordBefore(text, start)?.start ?? start) : start;
      unassigned.push({ start: from, end, text: text.slice(from, end), reason: other });
      return;
    }
    // An older surname is the leader's when the text names the leader in full, or after a title of the day.
    if (b.former && !fitting.some((id) => named.includes(id))) {
      const title = titleBefore(text, start);
      const titled =
        title?.holder === 'current' &&
        fitting.some((id) =>
          (matcher.registry.get(id)?.offices ?? []).some((o) => o.role === title.role && heldOn(o, day)),
        );
      if (!titled) {
        note(
          `an older form of the surname of ${ids.join(', ')}, which others still bear, without the leader’s full name or the title of an office held that day`,
        );
        return;
      }
    }
    // A leader named in full in the text counts before the first recorded office too.
    const plausible = fitting.filter((id) => {
      const first = matcher.registry.get(id)?.from;
      return named.includes(id) || day === undefined || first === undefined || first <= day;
    });
    if (plausible.length === 0) {
      note(`before the first recorded office of ${fitting.join(', ')}`);
      return;
    }
    mentionsOf.push({ start, end, text: m[0], ids: plausible, suffix, russian });
  };
  for (const { ids, b, m } of bareFound) bare(ids, b, m);
  // A Latin feminine form ("Nazarbayeva") says a woman of that surname is named too.
  for (const f of matcher.feminine) if (f.pattern.matches(text, lower).length > 0) woman.add(f.id);

  const leaderAt = new Map(fullAt);
  const found = (id: string, span: Span): void => {
    leaderSpans.push(span);
    leaderAt.set(id, Math.min(leaderAt.get(id) ?? Infinity, span.start));
  };
  // A name several leaders share, which nothing in the text decides, is left to the editor;
  // so is one leader's name after a title that does not fit the leader (a past holder's, a deputy's).
  const undecided = (ids: readonly string[], title: TitleBefore | undefined): string => {
    if (title === undefined || title.holder === 'current')
      return `a name ${ids.join(' and ')} share, and the text does not say which`;
    return ids.length === 1
      ? `the title before it (${title.written}) does not fit ${ids[0]} on that day`
      : `a name ${ids.join(' and ')} share, and the title before it (${title.written}) does not say which`;
  };
  for (const { ids, m } of sharedFull) {
    const title = titleBefore(text, m.index);
    const id = decideLeader(matcher, ids, named, day, title);
    const span = { start: m.index, end: m.index + m[0].length };
    if (id !== undefined) found(id, span);
    else unassigned.push({ ...span, text: m[0], reason: undecided(ids, title) });
  }
  for (const mention of mentionsOf) {
    // The title of an office a leader holds that day names that leader, whoever else of
    // the surname the text names ("President Erdoğan … First Lady Emine Erdoğan").
    const titled = titleBefore(text, mention.start);
    const holder =
      titled?.holder === 'current' && day !== undefined
        ? mention.ids.filter((id) =>
            (matcher.registry.get(id)?.offices ?? []).some((o) => o.role === titled.role && heldOn(o, day)),
          )
        : [];
    if (holder.length === 1 && holder[0] !== undefined) {
      found(holder[0], mention);
      continue;
    }
    const doubt = mention.ids.map((id) => blocked.get(id)).find((r) => r !== undefined);
    if (doubt !== undefined) {
      unassigned.push({ ...mention, reason: doubt });
      continue;
    }
    if (mention.russian && EITHER.has(mention.suffix) && mention.ids.some((id) => woman.has(id))) {
      unassigned.push({ ...mention, reason: 'the text also names a woman of that surname' });
      continue;
    }
    const title = titleBefore(text, mention.start);
    const id = decideLeader(matcher, mention.ids, named, day, title);
    if (id !== undefined) found(id, mention);
    else unassigned.push({ ...mention, reason: undecided(mention.ids, title) });
  }
  const leaders = inOrder(leaderAt);
  const countries = inOrder(countryAt);
  for (const id of leaders) {
    const country = matcher.registry.get(id)?.country;
    if (country !== undefined && !countries.includes(country)) countries.push(country);
  }
  const byLeader = new Coverage(text.length, [...leaderSpans, ...unassigned]);
  const byAny = new Coverage(text.length, [...leaderSpans, ...unassigned, ...countrySpans]);
  const unmatched: EntityMatches['unmatched'] = [];
  const seen = new Set<string>();
  const note = (kind: 'leader' | 'country', value: string, reason?: string): void => {
    const key = `${kind}:${value.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    unmatched.push(reason === undefined ? { kind, text: value } : { kind, text: value, reason });
  };
  for (const u of unassigned.sort((a, b) => a.start - b.start)) note('leader', u.text, u.reason);
  for (const u of elsewhere.sort((a, b) => a.start - b.start)) note('country', u.text, u.reason);

  for (const re of LEADER_CANDIDATES) {
    for (const m of text.matchAll(re)) {
      // The capitalised words after a title: skip a leading country ("Президент Узбекистана …"),
      // then the name runs to the next country-like word. A name partly matched is a known leader.
      const group = m[1] ?? '';
      let offset = m.index + m[0].length - group.length;
      const name: Span[] = [];
      for (const word of group.split(/(\s+)/u)) {
        const span = { start: offset, end: offset + word.length };
        offset += word.length;
        if (/^\s*$/u.test(word)) continue;
        const countryLike =
          STAN.test(word) ||
          byCountry.overlaps(span.start, span.end) ||
          NOT_NAMES.has(word) ||
          TITLE_ALONE.test(word) ||
          INSTITUTION.test(word);
        if (countryLike) {
          if (name.length > 0) break;
          continue;
        }
        name.push(span);
      }
      if (name.some((w) => byLeader.overlaps(w.start, w.end))) continue;
      const value = name.map((w) => text.slice(w.start, w.end)).join(' ');
      if (value.length >= 3) note('leader', value);
    }
  }
  for (const re of COUNTRY_CANDIDATES) {
    for (const m of text.matchAll(re)) {
      const value = m[0];
      if (byAny.overlaps(m.index, m.index + value.length) || NOT_NAMES.has(value)) continue;
      if (NOT_COUNTRIES.test(value) || STAN_PLACES.test(value)) continue;
      note('country', value);
    }
  }
  return { leaders, countries, unmatched };
}
