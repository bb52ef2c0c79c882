/** The site's frame in English: its name, navigation, page titles and counts. */
import type { Messages } from '../messages';

export const site = {
  'site.name': 'News Archive',
  'site.tagline': 'Leaders, countries and the record of what they said',
  'site.description':
    'A searchable archive of news articles about leaders and countries, with every article kept as its source published it.',
  'articles.count': { plural: { one: '{count} article', other: '{count} articles' } },
} as const satisfies Messages;
