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
