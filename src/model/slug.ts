/**
 * URL slugs from any headline or name. Cyrillic (Russian, Kazakh, Kyrgyz, Tajik
 * letters included) is transliterated, never dropped or percent-encoded.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh
  ә: 'a',
  ғ: 'gh',
  қ: 'q',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Tajik and Kyrgyz
  ӣ: 'i',
  ӯ: 'u',
  ҳ: 'h',
  ҷ: 'j',
  ҙ: 'z',
  // Ukrainian and Belarusian
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
};

/**
 * Turns text into a lowercase, hyphenated ASCII slug.
 * @example slugify('Қазақстан') // 'qazaqstan'
 * @example slugify('Kyrgyz-Tajik border conflict') // 'kyrgyz-tajik-border-conflict'
 */
export function slugify(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  let out = '';
  for (const ch of lower) {
    out += CYRILLIC[ch] ?? ch;
  }
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A tag's text with case, Unicode composition and spacing set aside.
 * @example tagKey('  Central  Asia ') // 'central asia'
 */
export function tagKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Punctuation that only separates the words of a tag ("Kyrgyz-Tajik border",
 * "U.S. elections", "Astana/Nur-Sultan"): a hyphen in its URL, as `slugify`
 * has always made it.
 */
const SEPARATOR = /[\s\-‐‑‒–—_.,:;/\\()[\]'’ʼ`"“”«»!?&]/u;

/** Symbols a tag's URL spells out in words: "C++" is `c-plus-plus`, "C#" `c-sharp`. */
const SYMBOL_WORDS: Record<string, string> = {
  '+': 'plus',
  '#': 'sharp',
  '&': 'and',
  '@': 'at',
  '%': 'percent',
  '*': 'star',
  '=': 'equals',
  '<': 'lt',
  '>': 'gt',
  '|': 'bar',
  '~': 'tilde',
  '^': 'caret',
  $: 'dollar',
  '€': 'euro',
  '£': 'pound',
  '₸': 'tenge',
  '₽': 'rouble',
};

/** The slug of one character, `''` for one `slugify` drops (a symbol, a letter it cannot write in ASCII). */
const charSlug = (ch: string): string => slugify(ch);

/**
 * Whether a tag is written only with letters `slugify` writes in ASCII (Latin,
 * with or without accents, and Cyrillic), digits and punctuation that only
 * separates words: its slug, its words in ASCII, says all it says.
 */
function isPlainTag(name: string): boolean {
  return slugify(name) !== '' && [...tagKey(name)].every((ch) => SEPARATOR.test(ch) || charSlug(ch) !== '');
}

/**
 * What makes two tags one tag, with one page. A plain tag (letters, digits,
 * separating punctuation) is its words in ASCII: "Kazakhstan", "kazakhstan",
 * "Казахстан" and "Qazaqstan"'s Latin twin share a page, one subject written in
 * two scripts, as they always have. Any other tag is its exact text, case and
 * spacing aside: "C++", "C#" and "C" are three tags, "中文" and "中国" two.
 * @example tagIdentity('Казахстан') === tagIdentity('Kazakhstan') // true
 * @example tagIdentity('C++') === tagIdentity('C') // false
 */
export function tagIdentity(name: string): string {
  return isPlainTag(name) ? slugify(name) : `=${tagKey(name)}`;
}

/**
 * The URL slug of a tag (`/tags/<slug>/`). A tag written only with letters
 * `slugify` writes in ASCII (Latin, with or without accents, and Cyrillic),
 * digits and separating punctuation keeps the slug it always had
 * ("Kyrgyz-Tajik border" → `kyrgyz-tajik-border`, "Қазақстан" → `qazaqstan`).
 * In any other tag every character `slugify` would drop is spelled out, so
 * that tags that differ get different pages and a tag of any script keeps one:
 * a symbol in words ("C++" → `c-plus-plus`, "C#" → `c-sharp`), any other
 * character as its code point ("中文" → `u4e2d-u6587`, "…" → `u2026`). Tags
 * with one {@link tagKey} share a page; two other tags with one slug are
 * refused by the build (`findContentErrors`).
 * @example tagSlug('C++') // 'c-plus-plus'
 * @example tagSlug('Kazakhstan') // 'kazakhstan'
 */
export function tagSlug(name: string): string {
  const chars = [...tagKey(name)];
  const slug = slugify(name);
  if (isPlainTag(name)) return slug;
  const parts = chars.map((ch) => {
    if (!SEPARATOR.test(ch) || slug === '') {
      const ascii = charSlug(ch);
      if (ascii !== '') return ascii;
      if (/\s/u.test(ch)) return '-';
      return `-${SYMBOL_WORDS[ch] ?? `u${ch.codePointAt(0)!.toString(16)}`}-`;
    }
    return '-';
  });
  return parts.join('').replace(/-+/g, '-').replace(/^-|-$/g, '');
}
