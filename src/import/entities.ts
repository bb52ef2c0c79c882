/**
 * Finding the archive's leaders and countries in a text, by name, alias, demonym
 * and adjective, in English, Russian and Kazakh, in Latin and Cyrillic script (with
 * Russian case endings), and listing the names that look like a leader or a country
 * but match none. A name two leaders share (a bare "Berdimuhamedov", "Aliyev") is
 * decided by the article's day: it names the one who held an office that day, or
 * nobody. A leader named without their country brings the country along.
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
  /** The first consonants of those words: initials that may stand before the surname. */
  initials: Set<string>;
  /** The first day of the first recorded office: a bare surname before it is someone else's. */
  from?: string | undefined;
}

/** A single word of a leader's names (a surname alone): the pattern and the word. */
interface BarePattern {
  word: string;
  pattern: NamePattern;
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
  ) {}
  /** The matches in `text`, whose lower-case form is `lower`. */
  matches(text: string, lower: string): RegExpExecArray[] {
    if (!lower.includes(this.key)) return [];
    this.re ??= new RegExp(this.source, this.flags);
    return [...text.matchAll(this.re)];
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

/** Russian case endings of nouns and adjectives, added to a stem that lost its final vowel. */
const RU_ENDINGS =
  'иями|иях|иям|ией|ого|его|ому|ему|ыми|ими|ами|ями|ия|ии|ию|ой|ей|ий|ый|ом|ем|ём|ам|ям|ах|ях|ов|ев|ая|яя|ое|ее|ие|ые|ым|им|ую|юю|ых|их|ье|ья|ьи|ью|а|я|у|ю|е|и|ы|о';
/** Kazakh case, plural and derivational endings, added to the whole word. */
const KK_ENDINGS =
  'ндағы|ндегі|дағы|дегі|тағы|тегі|ның|нің|дың|дің|тың|тің|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|лық|лік|дық|дік|тық|тік|лар|лер|дар|дер|тар|тер|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|да|де|та|те|сы|сі|а|е|н|ы|і';

/**
 * One word of a name as a pattern. A Cyrillic word takes the Russian case endings
 * after its final vowel is dropped ("Токаев" finds "Токаева", "Россия" finds
 * "России") and the Kazakh ones after the whole word ("Тоқаевтың", "Ресейге").
 * A stem shorter than four letters is not cut, so "Мали" does not find "Малые".
 */
function wordPattern(word: string): string {
  if (!CYRILLIC.test(word)) return escapeRegex(word);
  // Russian writes «е» for «ё» as often as not: «Мирзиеев» is «Мирзиёев».
  const letters = (w: string): string => escapeRegex(w).replace(/[ёЁ]/gu, '[ёе]');
  const stem = word.replace(/[аеёиоуыэюяйь]+$/iu, '');
  const whole = `${letters(word)}(?:${KK_ENDINGS}|${RU_ENDINGS})?`;
  return stem.length >= 4 && stem !== word ? `(?:${whole}|${letters(stem)}(?:${RU_ENDINGS}))` : whole;
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

/** A whole name as a pattern: words joined by any white space or hyphen; `exact` keeps its case. */
function namePattern(name: string, exact = false): NamePattern {
  const words = nameWords(name);
  const body = words.map((w) => w.split(/[-‐‑]/u).map(wordPattern).join('[-‐‑]')).join('[\\s\\u00A0]+');
  const plural = CYRILLIC.test(name) ? '' : '(?:s)?';
  const first = words[0]!.split(/[-‐‑]/u)[0]!;
  const key = (CYRILLIC.test(first) ? first.slice(0, 3) : first).toLowerCase();
  return new NamePattern(key, `${BEFORE}${body}${plural}${AFTER}`, exact ? 'gu' : 'giu');
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
 * of those names, as that language spells it («Әлиев», «Раҳмон», "Əliyev"); one whose
 * aliases do not (a surname most often someone else's) is named by no surname alone.
 */
function namesOf(e: NamedEntry, leader = false): string[] {
  const seen = new Set<string>(e.properNames ?? []);
  const names = leader
    ? [e.names?.ru, e.names?.kk, e.names?.native?.name].filter((n): n is string => n !== undefined)
    : [];
  const surnames = e.aliases.some(isBare) ? names.map(lastWord).filter((n) => n !== '') : [];
  return [e.name, ...e.aliases, ...names, ...surnames, ...(e.demonyms ?? [])].filter((n) => {
    const key = n.trim().toLowerCase();
    if (seen.has(n) || seen.has(key) || COMMON_WORDS.has(n)) return false;
    seen.add(key);
    return true;
  });
}

/** Every pattern of an entry: its names in any case, its proper names as written. */
function patternsOf(e: NamedEntry, skip: (name: string) => boolean): NamePattern[] {
  const proper = [...new Set(e.properNames ?? [])].filter((n) => !COMMON_WORDS.has(n));
  return [
    ...namesOf(e)
      .filter((n) => !skip(n))
      .map((n) => namePattern(n)),
    ...proper.map((n) => namePattern(n, true)),
  ];
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

/** What the matcher keeps of a leader besides the names (see {@link LeaderInfo}). */
function infoOf(leader: NamedEntry, names: readonly string[]): LeaderInfo {
  const givenNames = new Set<string>();
  const initials = new Set<string>();
  for (const name of names) {
    const words = nameWords(name);
    for (const word of words.slice(0, -1)) {
      givenNames.add(skeleton(word));
      for (const part of word.split(/[-‐‑]/u)) if (part) initials.add(skeleton(part)[0] ?? '');
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
    if (isBare(name)) group.bare.push({ word: name.trim(), pattern: namePattern(name) });
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
    bare: leaders.map((e) => ({
      id: e.id,
      patterns: (namesById.get(e.id) ?? [])
        .filter((n) => !isShared(n) && isBare(n))
        .map((n) => ({ word: n.trim(), pattern: namePattern(n) })),
    })),
    countries: countries.map((e) => ({ id: e.id, patterns: patternsOf(e, () => false) })),
    feminine: leaders.flatMap((e) =>
      (namesById.get(e.id) ?? [])
        .filter((n) => isBare(n) && !CYRILLIC.test(n) && /(?:ov|ev|in)$/iu.test(n.trim()))
        .map((n) => ({ id: e.id, pattern: namePattern(`${n.trim()}a`) })),
    ),
    shared: [...shared.values()],
    namesakes: [...namesakes.values()],
    registry: new Map(leaders.map((l) => [l.id, infoOf(l, namesById.get(l.id) ?? [])])),
    names: [...namesById.values(), ...countries.map((e) => namesOf(e))].flat().filter((n) => !isBare(n)),
  };
}

interface Span {
  start: number;
  end: number;
}

/** Where each entry is first mentioned in `text` (lower-cased as `lower`); every match goes into `spans`. */
function mentions(entries: CompiledEntry[], text: string, lower: string, spans: Span[]): Map<string, number> {
  const at = new Map<string, number>();
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      for (const m of pattern.matches(text, lower)) {
        at.set(entry.id, Math.min(at.get(entry.id) ?? Infinity, m.index));
        spans.push({ start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return at;
}

/** The ids in order of first mention (ties by id). */
function inOrder(at: Map<string, number>): string[] {
  return [...at].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

const TITLES_EN =
  '(?:President|Vice[- ]President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Head of State|Foreign Minister)';
const TITLES_RU =
  '(?:[Пп]резидент\\p{Ll}*|[Пп]ремьер-министр\\p{Ll}*|[Гг]лав\\p{Ll}* государства|[Кк]анцлер\\p{Ll}*|[Кк]орол\\p{Ll}*|[Ээ]мир\\p{Ll}*|[Мм]инистр\\p{Ll}* иностранных дел)';
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
/** Capitalised words that follow a title without being a name. */
const NOT_NAMES = new Set([
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
    re: /(?<![\p{L}])(?:Prime Minister|Premier|Chairman of the Cabinet(?: of Ministers)?|Премьер-[Мм]инистр\p{L}*|Председател\p{L}* Кабинета министров|Үкімет басшы\p{L}*)(?![\p{L}])/giu,
  },
];

/**
 * The role a title just before `at` gives the name there ("President Japarov",
 * "Председатель Кабинета министров Акылбек Жапаров"): the nearest title ending at
 * most 40 characters before it, in the same sentence.
 */
function titledRole(text: string, at: number): Office['role'] | undefined {
  const window = text.slice(Math.max(0, at - 80), at);
  let best: { end: number; role: Office['role'] } | undefined;
  for (const { role, re } of ROLE_TITLES) {
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (best === undefined || end > best.end) best = { end, role };
    }
  }
  if (best === undefined || window.length - best.end > 40 || /[.!?]/u.test(window.slice(best.end)))
    return undefined;
  return best.role;
}

/**
 * The leader a shared name stands for, decided by the article's day: a title before
 * the name ("President Berdimuhamedov") that exactly one of them held that day names
 * that one, even beside another named in full ("Hero-Arkadag Gurbanguly
 * Berdimuhamedov" in 2023); otherwise a leader already named in full wins; otherwise
 * the one leader who held an office that day; otherwise (no day, or none or several
 * in office) nobody.
 */
function decideShared(
  matcher: EntityMatcher,
  ids: readonly string[],
  found: readonly string[],
  day: string | undefined,
  role: Office['role'] | undefined,
): string | undefined {
  const inOffice = (wanted: Office['role'] | undefined): string[] =>
    day === undefined
      ? []
      : ids.filter((id) =>
          (matcher.registry.get(id)?.offices ?? []).some(
            (o) =>
              o.start <= day &&
              (o.end === undefined || day <= o.end) &&
              (wanted === undefined || o.role === wanted),
          ),
        );
  const titled = role === undefined ? [] : inOffice(role);
  if (titled.length === 1) return titled[0];
  const named = ids.filter((id) => found.includes(id));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const serving = inOffice(role);
  return serving.length === 1 ? serving[0] : undefined;
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
    'критика речь власть благодаря'
  ).split(' '),
);
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
  /(?:named after|(?<![\p{L}-])(?:имени|им\.|(?:университет|центр|фонд|аэропорт|проспект|улиц|бульвар|площад|библиотек|музе|академи|преми|стадион|мечет|институт|дворц|дворец|парк)\p{Ll}*))[\s\u00A0]+$/iu;

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
  const before = NAMED_AFTER_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
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

/**
 * Why a bare surname at `at` is not the leader's, or undefined when nothing says so.
 * `suffix` is its Russian case ending, when it is a Russian-type surname in Cyrillic.
 */
function otherPerson(
  info: LeaderInfo | undefined,
  text: string,
  at: number,
  end: number,
  covered: (start: number, end: number) => boolean,
  suffix?: string,
): string | undefined {
  const initials = INITIALS.exec(text.slice(Math.max(0, at - 12), at));
  if (initials) {
    const first = initials[1]!.trim()[0]!.toUpperCase();
    return info?.initials.has(first)
      ? undefined
      : `another initial (${initials[1]!.trim()}) before the surname`;
  }
  let before = wordBefore(text, at);
  if (before && PATRONYMIC.test(before.word)) before = wordBefore(text, before.start);
  if (before && NAME_LIKE.test(before.word)) {
    const word = before.word.toLowerCase();
    const parts = word.split(/[-‐‑]/u);
    const given = info?.givenNames.has(skeleton(word)) ?? false;
    const title = NOT_GIVEN_NAMES.has(word) || parts.some((p) => NOT_GIVEN_NAMES.has(p));
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
  const countryAt = mentions(matcher.countries, text, lower, countrySpans);
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
    if (FEMININE_ONLY.has(suffix) || (russian && lang?.startsWith('kk') && EITHER.has(suffix))) {
      ids.forEach((id) => woman.add(id));
      note('a woman’s form of the surname');
      return;
    }
    const verb = wordAfter(text, end);
    const joined = JOINED.test(text.slice(Math.max(0, start - 4), start));
    if (russian && EITHER.has(suffix) && verb !== undefined && FEMININE_VERB.test(verb) && !joined) {
      ids.forEach((id) => woman.add(id));
      note('a woman’s form of the surname (a feminine verb follows)');
      return;
    }
    const info = ids.length === 1 ? matcher.registry.get(ids[0]!) : undefined;
    const other = otherPerson(
      info,
      text,
      start,
      end,
      (s, e) => byCountry.overlaps(s, e) || byFull.overlaps(s, e) || byBare.overlaps(s, e),
      russian ? suffix : undefined,
    );
    if (other !== undefined) {
      ids.forEach((id) => blocked.set(id, 'the text also names someone else of that surname'));
      const from = other.startsWith('another') ? (wordBefore(text, start)?.start ?? start) : start;
      unassigned.push({ start: from, end, text: text.slice(from, end), reason: other });
      return;
    }
    const plausible = ids.filter((id) => {
      const first = matcher.registry.get(id)?.from;
      return day === undefined || first === undefined || first <= day;
    });
    if (plausible.length === 0) {
      note(`before the first recorded office of ${ids.join(', ')}`);
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
  // A name several leaders share, which nothing in the text decides, is left to the editor.
  const undecided = (ids: readonly string[]): string =>
    `a name ${ids.join(' and ')} share, and the text does not say which`;
  for (const { ids, m } of sharedFull) {
    const id = decideShared(matcher, ids, named, day, titledRole(text, m.index));
    const span = { start: m.index, end: m.index + m[0].length };
    if (id !== undefined) found(id, span);
    else unassigned.push({ ...span, text: m[0], reason: undecided(ids) });
  }
  for (const mention of mentionsOf) {
    const doubt = mention.ids.map((id) => blocked.get(id)).find((r) => r !== undefined);
    if (doubt !== undefined) {
      unassigned.push({ ...mention, reason: doubt });
      continue;
    }
    if (mention.russian && EITHER.has(mention.suffix) && mention.ids.some((id) => woman.has(id))) {
      unassigned.push({ ...mention, reason: 'the text also names a woman of that surname' });
      continue;
    }
    const id =
      mention.ids.length === 1
        ? mention.ids[0]
        : decideShared(matcher, mention.ids, named, day, titledRole(text, mention.start));
    if (id !== undefined) found(id, mention);
    else unassigned.push({ ...mention, reason: undecided(mention.ids) });
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
      if (/^(?:Vice|State|Former|The|Deputy|Acting)$/u.test(value)) continue;
      note('country', value);
    }
  }
  return { leaders, countries, unmatched };
}
