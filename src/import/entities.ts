/**
 * Finding the archive's leaders and countries in a text, by name, alias, demonym
 * and adjective, in English and in Russian (with its case endings), and listing the
 * names that look like a leader or a country but match none.
 */

/** One entry of a collection, as the matcher needs it. */
export interface NamedEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** A matcher built once for the archive's leaders and countries. */
export interface EntityMatcher {
  leaders: CompiledEntry[];
  countries: CompiledEntry[];
}

interface CompiledEntry {
  id: string;
  patterns: RegExp[];
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

/**
 * One word of a name as a pattern. A Cyrillic word loses its final vowel and takes
 * up to four letters of ending, so "Токаев" finds "Токаева" and "Россия" finds "России".
 */
function wordPattern(word: string): string {
  if (!CYRILLIC.test(word)) return escapeRegex(word);
  const stem = word.replace(/[аеёиоуыэюяйь]+$/iu, '');
  const base = stem.length >= 3 ? stem : word;
  return `${escapeRegex(base)}\\p{L}{0,4}`;
}

/** A whole name as a pattern: words joined by any white space or hyphen. */
function namePattern(name: string): RegExp {
  const words = name.trim().split(/[\s\u00A0]+/u);
  const body = words.map((w) => w.split(/[-‐‑]/u).map(wordPattern).join('[-‐‑]')).join('[\\s\\u00A0]+');
  const plural = CYRILLIC.test(name) ? '' : '(?:s)?';
  return new RegExp(`${BEFORE}${body}${plural}${AFTER}`, 'giu');
}

/** Compiles the collections once; matching is then a scan per name. */
export function createMatcher(
  leaders: readonly NamedEntry[],
  countries: readonly NamedEntry[],
): EntityMatcher {
  const compile = (entries: readonly NamedEntry[]): CompiledEntry[] =>
    entries.map((e) => ({ id: e.id, patterns: [e.name, ...e.aliases].map(namePattern) }));
  return { leaders: compile(leaders), countries: compile(countries) };
}

interface Span {
  start: number;
  end: number;
}

function firstMentions(entries: CompiledEntry[], text: string, spans: Span[]): string[] {
  const found: { id: string; at: number }[] = [];
  for (const entry of entries) {
    let at = Infinity;
    for (const re of entry.patterns) {
      for (const m of text.matchAll(re)) {
        at = Math.min(at, m.index);
        spans.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    if (at !== Infinity) found.push({ id: entry.id, at });
  }
  return found.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)).map((f) => f.id);
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

/**
 * Finds the leaders and countries that `text` names, each listed once in order of
 * first mention, and the leader-like and country-like names that match nothing.
 * @example matchEntities(createMatcher(leaders, countries), 'Kyrgyz-Tajik border').countries
 * // ['kyrgyzstan', 'tajikistan']
 */
export function matchEntities(matcher: EntityMatcher, text: string): EntityMatches {
  const leaderSpans: Span[] = [];
  const countrySpans: Span[] = [];
  const leaders = firstMentions(matcher.leaders, text, leaderSpans);
  const countries = firstMentions(matcher.countries, text, countrySpans);
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
