/** The archive's name and description, shown in the header, titles and feeds. */
export const SITE = {
  name: 'News Archive',
  tagline: 'Leaders, countries and the record of what they said',
  description:
    'A searchable archive of news articles about leaders and countries, with every article kept as its source published it.',
  /** Articles per listing page: keeps every page small however large the archive grows. */
  pageSize: 50,
} as const;

/** The human label of an article kind. */
export const KIND_LABELS = {
  speech: 'Speech',
  call: 'Phone call',
  meeting: 'Meeting',
  visit: 'Visit',
  statement: 'Statement',
  interview: 'Interview',
  report: 'Report',
} as const;

/** The folder of every article page, under the base: the search index reads only these. */
export const ARTICLES_DIR = 'articles';

/** The folder of the search index under the base: one subfolder per shard (see src/search/shards.ts). */
export const SEARCH_DIR = 'pagefind';

/**
 * The most article pages in one shard of the search index, unless
 * `SEARCH_SHARD_PAGES` says otherwise. Pagefind needs about 0.25 GB per 1,000
 * pages while it writes an index, so this bounds the index step near 1.3 GiB
 * at any archive size. A search fetches index chunks from every shard it
 * reads, so fewer shards cost readers fewer bytes: 10,000 articles over 20
 * years make 2 shards.
 */
export const MAX_SHARD_PAGES = 5_000;

/** The months' English names, January first (no dependencies: the search page's bundle uses them too). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
