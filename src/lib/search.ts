/**
 * Search, the pure parts of the search page: its state as it lives in the URL,
 * the shaping of Pagefind filters and sorts, and safe rendering of excerpts. No DOM, no Astro, and no runtime
 * imports: the browser bundle of `src/scripts/archive-search.ts` includes it.
 * What an article writes into the index is in `search-index.ts`.
 */
import type { SearchParams } from './paths';

/** The filters the search page offers, in the order it shows them. Each is a URL parameter. */
export const FILTER_KEYS = ['leader', 'country', 'year'] as const;
/** A filter of the search page (and its URL parameter). */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Result orders: Pagefind's relevance ranking, or newest first by the `date` sort key. */
export const SORTS = ['relevance', 'newest'] as const;
export type SortKey = (typeof SORTS)[number];

/** The whole state of the search page: what its URL holds. */
export interface SearchState {
  /** The words typed, as typed (trimmed). */
  q: string;
  /** The selected value of each filter (display names, e.g. "Vladimir Putin"); `''` for any. */
  leader: string;
  country: string;
  year: string;
  sort: SortKey;
}

/** The longest query or filter value read from a URL; longer values are cut. */
export const MAX_PARAM_LENGTH = 200;

/** The state of a search page with nothing chosen. */
export const EMPTY_STATE: SearchState = { q: '', leader: '', country: '', year: '', sort: 'relevance' };

const clean = (value: string | null): string =>
  (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_PARAM_LENGTH);

/**
 * Reads the search state from a query string. Unknown parameters are ignored,
 * an unknown sort means relevance, and whitespace is collapsed.
 * @example parseSearchState('?q=Tokayev&leader=Vladimir+Putin').leader // 'Vladimir Putin'
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sort = params.get('sort');
  return {
    q: clean(params.get('q')),
    leader: clean(params.get('leader')),
    country: clean(params.get('country')),
    year: clean(params.get('year')),
    sort: sort === 'newest' ? 'newest' : 'relevance',
  };
}

/**
 * The URL parameters of a state, for `paths.search()`: empty values and the
 * default sort are left out, so equal states give equal URLs.
 */
export function toSearchParams(state: SearchState): SearchParams {
  const params: SearchParams = {};
  if (state.q) params.q = state.q;
  for (const key of FILTER_KEYS) if (state[key]) params[key] = state[key];
  if (state.sort !== 'relevance') params.sort = state.sort;
  return params;
}

/** True when two states would give the same URL. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return a.q === b.q && a.sort === b.sort && FILTER_KEYS.every((key) => a[key] === b[key]);
}

/** True when the state asks for anything: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || FILTER_KEYS.some((key) => state[key] !== '');
}

/** True when at least one filter is set. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state[key] !== '');
}

/** What `pagefind.search(term, options)` takes for a state. */
export interface PagefindQuery {
  /** The words, or `null` to list every article that matches the filters. */
  term: string | null;
  options: { filters: Partial<Record<FilterKey, string>>; sort?: { date: 'desc' } };
}

/**
 * Shapes a state into Pagefind's search call: filters by display name, the
 * `date` sort for "newest", and a `null` term for a filter-only search.
 * @example toPagefindQuery({ ...EMPTY_STATE, leader: 'Vladimir Putin' }).term // null
 */
export function toPagefindQuery(state: SearchState): PagefindQuery {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) if (state[key]) filters[key] = state[key];
  const options: PagefindQuery['options'] = { filters };
  if (state.sort === 'newest') options.sort = { date: 'desc' };
  return { term: state.q === '' ? null : state.q, options };
}

/**
 * The state without one filter: what the counts of that filter's menu are
 * computed from, so each option shows how many results choosing it would give
 * (Pagefind's own counts assume every current filter, the menu's too).
 * @example withoutFilter({ ...EMPTY_STATE, q: 'x', year: '2025' }, 'year').year // ''
 */
export function withoutFilter(state: SearchState, key: FilterKey): SearchState {
  return { ...state, [key]: '' };
}

/** One option of a filter menu. */
export interface FilterOption {
  value: string;
  /** The results choosing this value would give; `undefined` while not counted. */
  count: number | undefined;
}

/**
 * The options of one filter menu: every value the index knows, with the
 * number of results choosing it would give (0 when none; `undefined` for every
 * value when `current` is not known), the selected value always kept. Years
 * come newest first, names alphabetically.
 */
export function filterOptions(
  key: FilterKey,
  known: Readonly<Record<string, number>> | undefined,
  current: Readonly<Record<string, number>> | undefined,
  selected: string,
): FilterOption[] {
  const values = new Set(Object.keys(known ?? {}));
  if (selected) values.add(selected);
  const options = [...values].map((value) => ({ value, count: current ? (current[value] ?? 0) : undefined }));
  return key === 'year'
    ? options.sort((a, b) => b.value.localeCompare(a.value, 'en', { numeric: true }))
    : options.sort((a, b) => a.value.localeCompare(b.value, 'en'));
}

/**
 * The text of a filter menu's option: the value, with its count when counted.
 * @example optionLabel({ value: 'Kazakhstan', count: 2 }) // 'Kazakhstan (2)'
 */
export function optionLabel({ value, count }: FilterOption): string {
  return count === undefined ? value : `${value} (${count})`;
}

/**
 * The sentence announced to screen readers (and shown) after a search.
 * @example resultSummary(2, { ...EMPTY_STATE, q: 'Tokayev' }) // '2 articles found for “Tokayev”'
 */
export function resultSummary(count: number, state: SearchState): string {
  const articles = count === 1 ? '1 article' : `${count} articles`;
  const parts = [state.q && `for “${state.q}”`];
  const filters = FILTER_KEYS.filter((key) => state[key]).map((key) => state[key]);
  if (filters.length > 0) parts.push(`in ${filters.join(', ')}`);
  return [count === 0 ? 'No articles found' : `${articles} found`, ...parts.filter(Boolean)].join(' ');
}

/** A run of excerpt text, highlighted or not. Rendered as text, never as HTML. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references Pagefind leaves in excerpts (`&amp;`, `&#39;` …).
 * Unknown references stay as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into plain and highlighted runs. Pagefind marks
 * matched words with `<mark>…</mark>`; that is the only markup honoured. Any
 * other tag-like text from the index stays literal text, so the caller can
 * render each run with `textContent` and a `<mark>` element, never `innerHTML`.
 * @example excerptParts('a <mark>b</mark>') // [{ text: 'a ', mark: false }, { text: 'b', mark: true }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** Punctuation around a word that a highlight leaves out: `«Tokayev»,` highlights `Tokayev`. */
const WORD_EDGES = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su;

/**
 * An excerpt of a result built from the text readers see. Each article's index
 * record ends with `hiddenWords` words readers never see (the aliases of its
 * leaders and countries, so that every spelling finds it); Pagefind's own
 * excerpt would often show that list. This one shows the `length` words of the
 * visible text that hold the most matches, matched words highlighted.
 *
 * `content` and `locations` are Pagefind's: the record's text, and the
 * positions of the matched words in it split at white space.
 *
 * @returns the runs to render as text, or `undefined` when only hidden words
 *   matched (show the summary instead).
 * @example visibleExcerpt('Tokayev met Rahmon. Tokaev', [0, 3], 1, 5)
 *   // [{ text: 'Tokayev', mark: true }, { text: ' met Rahmon.', mark: false }]
 */
export function visibleExcerpt(
  content: string,
  locations: readonly number[],
  hiddenWords: number,
  length: number,
): ExcerptPart[] | undefined {
  const words = content.split(/\s+/).filter(Boolean);
  const visible = Math.max(0, words.length - Math.max(0, hiddenWords));
  const matches = [...new Set(locations)].filter((at) => at >= 0 && at < visible).sort((a, b) => a - b);
  const first = matches[0];
  if (first === undefined) return undefined;

  // The window of `length` words that holds the most matches, earliest first.
  let best = { start: first, count: 0 };
  for (let i = 0, j = 0; i < matches.length; i++) {
    const start = matches[i] ?? 0;
    while (j < matches.length && (matches[j] ?? 0) < start + length) j++;
    if (j - i > best.count) best = { start, count: j - i };
  }
  // Some words of context before the first match, as far as the text allows.
  const start = Math.max(0, Math.min(best.start - Math.floor(length / 4), visible - length));
  const end = Math.min(visible, start + length);
  const marked = new Set(matches);

  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean): void => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let at = start; at < end; at++) {
    const word = decodeEntities(words[at] ?? '');
    if (at > start) push(' ', false);
    if (!marked.has(at)) {
      push(word, false);
      continue;
    }
    const [, before = '', core = '', after = ''] = WORD_EDGES.exec(word) ?? [];
    push(before, false);
    push(core, true);
    push(after, false);
  }
  if (end < visible) push(' …', false);
  return parts;
}

/**
 * A result URL from the index, kept only when it is a path on this site
 * (`/…`, not `//host/…` or `javascript:`); anything else becomes `null`.
 * @example safeResultUrl('/archive/articles/2021/05/x/') // '/archive/articles/2021/05/x/'
 */
export function safeResultUrl(url: string): string | null {
  return /^\/(?![/\\])[^\s]*$/.test(url) ? url : null;
}
