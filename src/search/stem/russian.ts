/**
 * Russian stems, from Snowball's Russian algorithm (`@orama/stemmers`: the
 * code Snowball generates, one module per language, 7 KB and 1.8 KB gzipped,
 * no dependencies, the same in the build and in the browser). Pure.
 */
import { stemmer } from '@orama/stemmers/russian';

/**
 * The Snowball stem of a Russian word, in lower case (`ё` as `е`).
 * @example russianStem('соглашений') // 'соглашен'
 * @example russianStem('Назарбаеву') // 'назарбаев'
 */
export function russianStem(word: string): string {
  // Snowball's Russian reads lower-case letters only.
  return stemmer(word.toLowerCase().replaceAll('ё', 'е'));
}
