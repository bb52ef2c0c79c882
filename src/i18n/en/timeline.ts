/** The search page's timeline, "Results over time" (src/search/timeline.ts), in English. */
import type { Messages } from '../messages';

export const timeline = {
  /** The summary of the closed box that holds the chart. */
  'timeline.open': 'Results over time',
  /** Shown in the box while the search asks for nothing. */
  'timeline.hint': 'Search for words or choose filters to see how many articles match in each year or month.',
  'timeline.loading': 'Counting the results over time…',
  'timeline.failed': 'The results over time could not be counted; please try again.',
  /** The switcher between counts and shares. */
  'timeline.measure': 'Show',
  'timeline.measure.count': 'Number of articles',
  'timeline.measure.share': 'Share of all articles',
  /** Said instead of the switcher while searches are compared. */
  'timeline.measure.compared':
    'Compared searches are shown as shares of all the archive’s articles in each period.',
  /** The chart's and the table's title. */
  'timeline.caption.year': 'Articles found per year',
  'timeline.caption.month': 'Articles found per month',
  'timeline.column.period': 'Period',
  'timeline.column.count': 'Articles found',
  'timeline.column.share': 'Share of all articles',
  /** The column of a compared search's shares: "Share: “Putin” · 2021". */
  'timeline.column.compared': 'Share: {label}',
  'timeline.articles': { plural: { one: '{count} article', other: '{count} articles' } },
  /** A bar's link, which narrows the search to its period: "May 2021: 3 articles, 1.5% of all". */
  'timeline.bar': '{period}: {articles}, {share} of all',
  /** The list of searches on the chart. */
  'timeline.legend': 'Searches on the chart',
  'timeline.current': 'This search: {label}',
  'timeline.compare': 'Add this search to the comparison',
  'timeline.compare.hint': 'Then change the search: the chart shows both.',
  'timeline.compare.full': 'Three searches are compared already: remove one to add another.',
  'timeline.remove': 'Remove',
  'timeline.remove.label': 'Remove {label} from the comparison',
  /** A search's words, quoted, in its label. */
  'timeline.label.words': '“{words}”',
  'timeline.label.range': '{from} to {to}',
  'timeline.label.from': 'from {from}',
  'timeline.label.until': 'until {to}',
  /** A search that names more than one value of an "any" filter: "Visit or Meeting". */
  'timeline.label.or': '{first} or {second}',
} as const satisfies Messages;
