/**
 * Metadata values that are no words of the article. Pagefind indexes every
 * metadata value as words of its page, so a count, a language's code or a
 * time there would be found by a query («224», "kk", «в 2021 году») in an
 * article that never says it. Such a value is written after the stem mark
 * (`ǂ`, a letter to Pagefind, see ./stem/tokens.ts), which no query word
 * begins, so no query finds it, and read back without the mark. Pure; bundled
 * into the search page.
 */
import { STEM_MARK } from './stem/tokens';

/**
 * A metadata value as the index keeps it, out of reach of queries.
 * @example unsearchable('kk') // 'ǂkk'
 */
export const unsearchable = (value: string): string => `${STEM_MARK}${value}`;

/**
 * A metadata value as written, from what the index keeps ({@link unsearchable}).
 * @example searchedValue('ǂkk') // 'kk'
 */
export const searchedValue = (kept: string | undefined): string | undefined =>
  kept?.startsWith(STEM_MARK) ? kept.slice(STEM_MARK.length) : kept;
