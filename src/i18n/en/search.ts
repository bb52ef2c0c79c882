/**
 * The search page in English: its form, its menus, and what its script says
 * (counts, the summary of a search, exports). The script receives the texts it
 * needs from the page (see src/routes/search.ts), so every text here is the
 * page's, in its language.
 */
import type { Messages } from '../messages';

export const search = {
  'search.form': 'Search the archive',
  'search.query': 'Words, names or places',
  'search.placeholder': 'Tokayev, Dushanbe, border…',
  'search.submit': 'Search',
  'search.filters': 'Filters',
  'search.filters.chosen': { plural: { one: 'Filters ({count} chosen)', other: 'Filters ({count} chosen)' } },
  'search.filter.leader': 'Leader',
  'search.filter.country': 'Country',
  'search.filter.kind': 'Kind of piece',
  'search.filter.language': 'Language',
  'search.filter.source': 'Source',
  'search.match.all': '(all named)',
  'search.match.any': '(any of them)',
  'search.dates': 'Date',
  'search.dates.hint': '(a year alone is the whole year)',
  'search.from': 'From',
  'search.to': 'To',
  'search.earliest': 'Earliest',
  'search.latest': 'Latest',
  'search.order': 'Order',
  'search.sort.newest': 'Newest first',
  'search.sort.relevance': 'Best match',
  'search.noscript':
    'Search runs in your browser and needs JavaScript. You can still browse by date, leader or country.',
  'search.unavailable':
    'Search is unavailable: the search index could not be loaded. Browse the archive by date, leader or country instead.',
  'search.countAll': 'Count all years',
  'search.countFailed': 'Counting every year failed; please try again.',
  'search.export': 'Export every result:',
  'search.export.preparing': 'Preparing the export…',
  'search.export.done': {
    plural: { one: '{count} result exported as {format}.', other: '{count} results exported as {format}.' },
  },
  'search.export.failed': 'The export failed; please try again.',
  'search.empty': 'No article matches all of this. Try other words, or remove the filters.',
  'search.clear': 'Remove filters',
  'search.more': 'Show more results',
  'search.chips': 'Narrow to a leader or country of “{title}”',
  'search.option': '{label} ({count})',
  'search.summary': '{count} {criteria}',
  'search.summary.count': { plural: { one: '{count} article', other: '{count} articles' } },
  'search.summary.none': 'No articles',
  'search.summary.words': 'with the words “{words}”',
  'search.summary.leader': 'naming {values}',
  'search.summary.country': 'about {values}',
  'search.summary.kind': 'of the kind {values}',
  'search.summary.language': 'in {values}',
  'search.summary.source': 'from {values}',
  'search.summary.between': 'from {from} to {to}',
  'search.summary.in': 'in {period}',
  'search.summary.since': 'since {from}',
  'search.summary.until': 'until {to}',
  'search.summary.partial': '{summary} · counted in {years}; older years not searched yet',
} as const satisfies Messages;
