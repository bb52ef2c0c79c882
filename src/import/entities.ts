/**
 * Finding the archive's leaders and countries in a text, by name, alias, demonym
 * and adjective, in English, Russian and Kazakh, in Latin and Cyrillic script (with
 * Russian case endings), and listing the names that look like a leader or a country
 * but match none. A name two leaders share (a bare "Berdimuhamedov", "Aliyev") is
 * decided by the article's day: it names the one who held an office that day, or
 * nobody. A leader named without their country brings the country along.
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
}

/** A matcher built once for the archive's leaders and countries. */
export interface EntityMatcher {
  leaders: CompiledEntry[];
  countries: CompiledEntry[];
  /** Names several leaders share, each with the leaders it may name. */
  shared: { ids: string[]; patterns: NamePattern[] }[];
  /** Each leader's country and offices, by id. */
  registry: Map<string, { country?: string | undefined; offices: readonly Office[] }>;
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
  /** Names that look like a leader or a country and match no entry, e.g. "President Xi Jinping". */
  unmatched: { kind: 'leader' | 'country'; text: string }[];
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
  const stem = word.replace(/[аеёиоуыэюяйь]+$/iu, '');
  const whole = `${escapeRegex(word)}(?:${KK_ENDINGS}|${RU_ENDINGS})?`;
  return stem.length >= 4 && stem !== word ? `(?:${whole}|${escapeRegex(stem)}(?:${RU_ENDINGS}))` : whole;
}

/** A whole name as a pattern: words joined by any white space or hyphen; `exact` keeps its case. */
function namePattern(name: string, exact = false): NamePattern {
  const words = name.trim().split(/[\s\u00A0]+/u);
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

/** The names of an entry matched in any case, each once, without its proper names. */
function namesOf(e: NamedEntry): string[] {
  const seen = new Set<string>(e.properNames ?? []);
  return [e.name, ...e.aliases, ...(e.demonyms ?? [])].filter((n) => {
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

/**
 * Compiles the collections once; matching is then a scan per name. A name that
 * several leaders have is kept apart, to be decided per article.
 */
export function createMatcher(
  leaders: readonly NamedEntry[],
  countries: readonly NamedEntry[],
): EntityMatcher {
  const owners = new Map<string, { name: string; ids: string[] }>();
  for (const leader of leaders) {
    for (const name of namesOf(leader)) {
      const key = name.trim().toLowerCase();
      const owner = owners.get(key) ?? { name, ids: [] };
      owner.ids.push(leader.id);
      owners.set(key, owner);
    }
  }
  const isShared = (name: string): boolean => (owners.get(name.trim().toLowerCase())?.ids.length ?? 0) > 1;
  const shared = new Map<string, { ids: string[]; patterns: NamePattern[] }>();
  for (const { name, ids } of owners.values()) {
    if (ids.length < 2) continue;
    const key = ids.join(' ');
    const group = shared.get(key) ?? { ids, patterns: [] };
    group.patterns.push(namePattern(name));
    shared.set(key, group);
  }
  const compile = (entries: readonly NamedEntry[], skip: (name: string) => boolean): CompiledEntry[] =>
    entries.map((e) => ({ id: e.id, patterns: patternsOf(e, skip) }));
  return {
    leaders: compile(leaders, isShared),
    countries: compile(countries, () => false),
    shared: [...shared.values()],
    registry: new Map(leaders.map((l) => [l.id, { country: l.country, offices: l.offices ?? [] }])),
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
]);

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
 * Finds the leaders and countries that `text` names, each listed once in order of
 * first mention, and the leader-like and country-like names that match nothing.
 * `day` (`YYYY-MM-DD`, the article's date) decides names that several leaders share.
 * The country of each leader found is added after the countries the text names.
 * @example matchEntities(createMatcher(leaders, countries), 'Kyrgyz-Tajik border').countries
 * // ['kyrgyzstan', 'tajikistan']
 */
export function matchEntities(matcher: EntityMatcher, text: string, day?: string): EntityMatches {
  const leaderSpans: Span[] = [];
  const countrySpans: Span[] = [];
  const lower = text.toLowerCase();
  const leaderAt = mentions(matcher.leaders, text, lower, leaderSpans);
  const named = [...leaderAt.keys()];
  for (const group of matcher.shared) {
    for (const pattern of group.patterns) {
      for (const m of pattern.matches(text, lower)) {
        const id = decideShared(matcher, group.ids, named, day, titledRole(text, m.index));
        if (id === undefined) continue;
        leaderSpans.push({ start: m.index, end: m.index + m[0].length });
        leaderAt.set(id, Math.min(leaderAt.get(id) ?? Infinity, m.index));
      }
    }
  }
  const leaders = inOrder(leaderAt);
  const countries = inOrder(mentions(matcher.countries, text, lower, countrySpans));
  for (const id of leaders) {
    const country = matcher.registry.get(id)?.country;
    if (country !== undefined && !countries.includes(country)) countries.push(country);
  }
  const byLeader = new Coverage(text.length, leaderSpans);
  const byCountry = new Coverage(text.length, countrySpans);
  const byAny = new Coverage(text.length, [...leaderSpans, ...countrySpans]);
  const unmatched: EntityMatches['unmatched'] = [];
  const seen = new Set<string>();
  const note = (kind: 'leader' | 'country', value: string): void => {
    const key = `${kind}:${value.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    unmatched.push({ kind, text: value });
  };

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
          STAN.test(word) || byCountry.overlaps(span.start, span.end) || NOT_NAMES.has(word);
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
