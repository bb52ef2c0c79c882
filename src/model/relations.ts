/**
 * The archive as a record of relations: which leaders and which countries are
 * named together, how often, in what kind of piece and in which years. Computed
 * once per build from the loaded archive in one pass over its articles, so the
 * cost grows with the archive, not with the number of pages. Pure.
 */
import { ARTICLE_KINDS } from './schema';

/** The fields relations are computed from. */
export interface Relatable {
  id: string;
  leaders: readonly string[];
  countries: readonly string[];
  published: { year: number };
  data: { kind: (typeof ARTICLE_KINDS)[number] };
}

/** The two sides a pair can join: two leaders or two countries. */
export type PairSide = 'leaders' | 'countries';

/** Two leaders, or two countries, named together in at least one article. */
export interface Pair<A> {
  side: PairSide;
  /** The id that sorts first: one pair whichever order it is reached from. */
  a: string;
  /** The id that sorts second. */
  b: string;
  /** Newest first, as the archive keeps its articles. */
  articles: A[];
}

/** How many articles fall in one year. */
export interface YearCount {
  year: number;
  count: number;
}

/** How many articles are of one kind. */
export interface KindCount {
  kind: (typeof ARTICLE_KINDS)[number];
  count: number;
}

/** Another leader or country named with an entity, and in how many articles. */
export interface Counterpart {
  id: string;
  count: number;
}

/** What an entity's dashboard shows beyond its articles. */
export interface EntityRecord {
  /** Every year from the first to the last article, oldest first, years without articles at 0. */
  byYear: YearCount[];
  /** Kinds with at least one article, in the schema's order. */
  byKind: KindCount[];
  /**
   * Every leader named with it, most often first (ties by id): all of them, so
   * that each pair page is linked from both sides' pages.
   */
  leaders: Counterpart[];
  /** Every country named with it, most often first (ties by id). */
  countries: Counterpart[];
}

/** Everything {@link buildRelations} derives. */
export interface Relations<A> {
  /** Pairs of leaders by {@link pairKey}. */
  leaderPairs: Map<string, Pair<A>>;
  /** Pairs of countries by {@link pairKey}. */
  countryPairs: Map<string, Pair<A>>;
  /** The record of every leader named in at least one article. */
  leaders: Map<string, EntityRecord>;
  /** The record of every country named in at least one article. */
  countries: Map<string, EntityRecord>;
}

/**
 * The two ids of a pair in canonical order (by id), so `x, y` and `y, x` give one pair.
 * @example pairIds('vladimir-putin', 'emomali-rahmon') // ['emomali-rahmon', 'vladimir-putin']
 */
export function pairIds(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/**
 * The key of a pair in {@link Relations}: its canonical ids joined by `--`
 * (ids never contain two hyphens in a row).
 * @example pairKey('vladimir-putin', 'emomali-rahmon') // 'emomali-rahmon--vladimir-putin'
 */
export function pairKey(x: string, y: string): string {
  return pairIds(x, y).join('--');
}

/**
 * Articles per year from the first year to the last, oldest first; years
 * between without articles count 0, so a chart shows the gaps.
 * @example countByYear([{ published: { year: 2021 } }, { published: { year: 2019 } }]) // 2019:1, 2020:0, 2021:1
 */
export function countByYear(articles: readonly { published: { year: number } }[]): YearCount[] {
  if (articles.length === 0) return [];
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const { published } of articles) {
    counts.set(published.year, (counts.get(published.year) ?? 0) + 1);
    first = Math.min(first, published.year);
    last = Math.max(last, published.year);
  }
  const years: YearCount[] = [];
  for (let year = first; year <= last; year++) years.push({ year, count: counts.get(year) ?? 0 });
  return years;
}

/** Articles per kind, in the schema's order of kinds, kinds without articles left out. */
export function countByKind(articles: readonly { data: { kind: KindCount['kind'] } }[]): KindCount[] {
  const counts = new Map<KindCount['kind'], number>();
  for (const { data } of articles) counts.set(data.kind, (counts.get(data.kind) ?? 0) + 1);
  return ARTICLE_KINDS.flatMap((kind) => {
    const count = counts.get(kind);
    return count ? [{ kind, count }] : [];
  });
}

/**
 * A listing's articles grouped by year, in the order given (newest first gives
 * the newest year first): the timeline of a pair page.
 */
export function groupByYear<A extends { published: { year: number } }>(
  articles: readonly A[],
): { year: number; articles: A[] }[] {
  const groups: { year: number; articles: A[] }[] = [];
  for (const article of articles) {
    const last = groups.at(-1);
    if (last && last.year === article.published.year) last.articles.push(article);
    else groups.push({ year: article.published.year, articles: [article] });
  }
  return groups;
}

function tally(map: Map<string, Map<string, number>>, id: string, other: string): void {
  let counts = map.get(id);
  if (!counts) map.set(id, (counts = new Map()));
  counts.set(other, (counts.get(other) ?? 0) + 1);
}

function ranked(counts: Map<string, number> | undefined): Counterpart[] {
  if (!counts) return [];
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1));
}

function addToPairs<A>(
  pairs: Map<string, Pair<A>>,
  side: PairSide,
  ids: readonly string[],
  article: A,
): void {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      const [a, b] = pairIds(unique[i]!, unique[j]!);
      const key = `${a}--${b}`;
      const pair = pairs.get(key);
      if (pair) pair.articles.push(article);
      else pairs.set(key, { side, a, b, articles: [article] });
    }
  }
}

/**
 * Every pair, count and counterpart of the archive, in one pass over its
 * articles (the cost is the articles times the pairs each names, a handful).
 *
 * @param articles - newest first, as the archive keeps them; pairs keep that order.
 * @param byLeader - articles per leader id (from the archive model), for the activity by year and kind.
 * @param byCountry - articles per country id.
 */
export function buildRelations<A extends Relatable>(
  articles: readonly A[],
  byLeader: ReadonlyMap<string, readonly A[]>,
  byCountry: ReadonlyMap<string, readonly A[]>,
): Relations<A> {
  const leaderPairs = new Map<string, Pair<A>>();
  const countryPairs = new Map<string, Pair<A>>();
  const leaderLeaders = new Map<string, Map<string, number>>();
  const leaderCountries = new Map<string, Map<string, number>>();
  const countryCountries = new Map<string, Map<string, number>>();
  const countryLeaders = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const leaders = [...new Set(article.leaders)];
    const countries = [...new Set(article.countries)];
    addToPairs(leaderPairs, 'leaders', leaders, article);
    addToPairs(countryPairs, 'countries', countries, article);
    for (const l of leaders) {
      for (const other of leaders) if (other !== l) tally(leaderLeaders, l, other);
      for (const c of countries) tally(leaderCountries, l, c);
    }
    for (const c of countries) {
      for (const other of countries) if (other !== c) tally(countryCountries, c, other);
      for (const l of leaders) tally(countryLeaders, c, l);
    }
  }
  const record = (
    list: readonly A[],
    id: string,
    withLeaders: Map<string, Map<string, number>>,
    withCountries: Map<string, Map<string, number>>,
  ): EntityRecord => ({
    byYear: countByYear(list),
    byKind: countByKind(list),
    leaders: ranked(withLeaders.get(id)),
    countries: ranked(withCountries.get(id)),
  });
  return {
    leaderPairs,
    countryPairs,
    leaders: new Map(
      [...byLeader].map(([id, list]) => [id, record(list, id, leaderLeaders, leaderCountries)]),
    ),
    countries: new Map(
      [...byCountry].map(([id, list]) => [id, record(list, id, countryLeaders, countryCountries)]),
    ),
  };
}
