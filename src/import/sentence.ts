/**
 * The lead sentence of a paragraph, without being fooled by abbreviations,
 * initials or numbers.
 */

/** Words that end with a full stop without ending a sentence (compared without dots, lowercase). */
const ABBREVIATIONS = new Set([
  // English
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'lt',
  'col',
  'capt',
  'maj',
  'sgt',
  'gov',
  'sen',
  'rep',
  'pres',
  'amb',
  'hon',
  'rev',
  'fr',
  'no',
  'nos',
  'vol',
  'vs',
  'etc',
  'eg',
  'ie',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'us',
  'uk',
  'un',
  'eu',
  'mt',
  'ft',
  'km',
  'sq',
  'bn',
  'mln',
  'ca',
  // Russian and Kazakh
  'г',
  'гг',
  'ул',
  'пр',
  'им',
  'т',
  'тд',
  'тп',
  'те',
  'тк',
  'млн',
  'млрд',
  'тыс',
  'руб',
  'долл',
  'см',
  'стр',
  'обл',
  'р-н',
  'проф',
  'акад',
  'ген',
  'ж',
  'жж',
  'тб',
  'т.б',
  'т.с.с',
]);

const TERMINATOR = /([.!?…]+)(["'»”’)\]]*)(\s+)(?=["'«“„(\[]?[\p{Lu}\p{N}–—-])/gu;

/**
 * The first sentence of `paragraph` (the whole paragraph when it has only one).
 * @example leadSentence('Mr. K. Tokayev met Rahmon. They talked.') // 'Mr. K. Tokayev met Rahmon.'
 */
export function leadSentence(paragraph: string): string {
  const text = paragraph.trim();
  for (const m of text.matchAll(TERMINATOR)) {
    const [, stops = '', closers = ''] = m;
    if (stops === '.' && isAbbreviation(text.slice(0, m.index))) continue;
    // Capitals alone ("ASTANA.", "BISHKEK, KABAR.") are a dateline or a label, not the lead.
    if (!/\p{Ll}/u.test(text.slice(0, m.index))) continue;
    return text.slice(0, m.index + stops.length + closers.length);
  }
  return text;
}

/** True when the text before a full stop ends with an abbreviation or an initial. */
function isAbbreviation(before: string): boolean {
  const word = /[\p{L}\p{N}.\-]*$/u.exec(before)?.[0] ?? '';
  if (word === '') return false;
  const bare = word.replace(/\./g, '').toLowerCase();
  if (/^\p{Lu}$/u.test(word.replace(/^.*[.\-]/u, ''))) return true; // an initial: "K." or "К.-Ж."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g", "т.е"
  return ABBREVIATIONS.has(bare);
}
