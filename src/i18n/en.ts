/**
 * The interface in English: every text the site's frame shows, by key. The
 * keys are the dictionary's shape (see messages.ts); ru.ts and kk.ts give the
 * same keys. Names of leaders, offices and countries are not here: they come
 * from the registry and CLDR.
 */
import type { Messages } from './messages';

export const en = {
  'site.name': 'News Archive',
  'site.tagline': 'Leaders, countries and the record of what they said',
  'site.description':
    'A searchable archive of news articles about leaders and countries, with every article kept as its source published it.',
  'articles.count': { plural: { one: '{count} article', other: '{count} articles' } },
} as const satisfies Messages;
