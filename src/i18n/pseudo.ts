/**
 * The pseudo-locale: English with every letter accented and each text in
 * brackets (`⟦Ŝéáŕçĥ⟧`), for tests only. A build in it (`ARCHIVE_PSEUDO_LOCALE=1`)
 * shows at a glance, and to a test, any interface text written outside the
 * dictionaries: it is the one text still in plain ASCII letters.
 */
import { isPlural, type Message, type Messages, type PluralMessage } from './messages';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçđéƒĝĥíĵķļɱñöþǫŕšţûṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/**
 * A text with its letters accented and brackets around it; `{placeholders}` stay as they are.
 * @example pseudo('Search {site}') // '⟦Šéáŕçĥ {site}⟧'
 */
export function pseudo(text: string): string {
  const accented = text
    .split(/(\{[A-Za-z][A-Za-z0-9]*\})/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  return `⟦${accented}⟧`;
}

/** The pseudo-locale's dictionary: English's, every text accented (see {@link pseudo}). */
export function pseudoDictionary<M extends Messages>(
  english: M,
): { [K in keyof M]: M[K] extends PluralMessage ? PluralMessage : string } {
  const out: Record<string, Message> = {};
  for (const [key, message] of Object.entries(english)) {
    out[key] = isPlural(message)
      ? {
          plural: Object.fromEntries(
            Object.entries(message.plural).map(([c, t]) => [c, pseudo(t)]),
          ) as PluralMessage['plural'],
        }
      : pseudo(message);
  }
  return out as { [K in keyof M]: M[K] extends PluralMessage ? PluralMessage : string };
}
