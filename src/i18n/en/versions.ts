/** An article's versions in other languages, in English. */
import type { Messages } from '../messages';

export const versions = {
  /** Before the links to an article's versions in other languages: "This article in: Русский · Қазақша". */
  'versions.label': 'This article in:',
} as const satisfies Messages;
