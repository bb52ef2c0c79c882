/**
 * Result excerpts and result links from the index, made safe to render: runs of
 * text with Pagefind's `<mark>` highlights as the only markup, and links only
 * to paths on this site. Pure; bundled into the search page.
 */

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
