/**
 * What the type check cannot see in a dictionary: that every counted text
 * gives exactly the plural forms its language has (Russian needs one, few,
 * many and other; Kazakh one and other), and that every text uses the same
 * placeholders as English. The tests run it over every dictionary.
 */
import { isPlural, placeholdersOf, type Message, type Messages } from './messages';

const formsOf = (message: Message): string[] =>
  isPlural(message) ? Object.values(message.plural) : [message];

/** The problems of `dictionary` measured against the English one, each naming the key; empty when none. */
export function dictionaryProblems(intlTag: string, dictionary: Messages, english: Messages): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(intlTag).resolvedOptions().pluralCategories;
  for (const key of Object.keys(english)) {
    if (!(key in dictionary)) problems.push(`${key}: missing`);
  }
  for (const [key, message] of Object.entries(dictionary)) {
    const model = english[key];
    if (model === undefined) {
      problems.push(`${key}: not a key of the English dictionary`);
      continue;
    }
    if (isPlural(model) !== isPlural(message)) {
      problems.push(`${key}: ${isPlural(model) ? 'must be' : 'must not be'} a counted text, as in English`);
      continue;
    }
    if (isPlural(message)) {
      const given = Object.keys(message.plural).sort();
      const wanted = [...categories].sort();
      if (given.join() !== wanted.join())
        problems.push(
          `${key}: gives the plural forms ${given.join(', ')}; ${intlTag} has ${wanted.join(', ')}`,
        );
    }
    const expected = new Set(formsOf(model).flatMap(placeholdersOf));
    for (const form of formsOf(message)) {
      const used = new Set(placeholdersOf(form));
      const missing = [...expected].filter((p) => !used.has(p) && p !== 'count');
      const extra = [...used].filter((p) => !expected.has(p));
      if (missing.length || extra.length)
        problems.push(
          `${key}: "${form}" ${missing.length ? `lacks {${missing.join('}, {')}}` : ''}${missing.length && extra.length ? ' and ' : ''}${extra.length ? `has unknown {${extra.join('}, {')}}` : ''}`,
        );
    }
  }
  return problems;
}
