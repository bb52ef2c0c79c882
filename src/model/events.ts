/**
 * Several reports of one event: articles from different sources about the same
 * phone call, meeting or speech. Derived from the articles' own data, so nothing
 * has to be kept in sync by hand. Pure: the build and the importer both use it.
 */

/** What identifies the event an article reports. */
export interface EventFacts {
  /** The `published` value: its calendar day is the day of the event, in the source's local time. */
  published: string;
  /** The leaders involved (ids); their order does not matter. */
  leaders: readonly string[];
  /** The kind of piece: `call`, `meeting`, `speech`… */
  kind: string;
}

/**
 * The key of the event an article reports: its local day, its leaders (sorted) and
 * its kind. `undefined` when the article names no leader, or is a general `report`:
 * such an article does not identify one event.
 * @example eventKey({ published: '2021-05-02T08:10:00+06:00', leaders: ['b', 'a'], kind: 'call' })
 * // '2021-05-02|a,b|call'
 */
export function eventKey(facts: EventFacts): string | undefined {
  if (facts.leaders.length === 0 || facts.kind === 'report') return undefined;
  const day = facts.published.slice(0, 10);
  return `${day}|${[...new Set(facts.leaders)].sort().join(',')}|${facts.kind}`;
}

/** An article as {@link groupReports} reads it (the site's `Article` fits). */
export interface ReportLike {
  id: string;
  /** The publication instant, for the order of the reports. */
  epochMs: number;
  published: { iso: string };
  leaders: readonly string[];
  data: { kind: string };
}

const factsOf = (a: ReportLike): EventFacts => ({
  published: a.published.iso,
  leaders: a.leaders,
  kind: a.data.kind,
});

/**
 * Groups the articles that report the same event: same local day, same leaders,
 * same kind. Only groups of two or more are kept, each ordered by publication
 * instant (earliest first, so the first is who reported first; ties by id).
 * @example groupReports(archive.articles).get('2021-05-02|emomali-rahmon,kassym-jomart-tokayev|call')
 */
export function groupReports<A extends ReportLike>(articles: readonly A[]): Map<string, A[]> {
  const all = new Map<string, A[]>();
  for (const article of articles) {
    const key = eventKey(factsOf(article));
    if (key === undefined) continue;
    const group = all.get(key);
    if (group) group.push(article);
    else all.set(key, [article]);
  }
  const groups = new Map<string, A[]>();
  for (const [key, group] of all) {
    if (group.length < 2) continue;
    groups.set(
      key,
      group.sort((a, b) => a.epochMs - b.epochMs || a.id.localeCompare(b.id)),
    );
  }
  return groups;
}

/**
 * The other reports of the event `article` reports, earliest first; empty when it
 * is the only one.
 */
export function otherReports<A extends ReportLike>(
  groups: ReadonlyMap<string, readonly A[]>,
  article: A,
): A[] {
  const key = eventKey(factsOf(article));
  const group = key === undefined ? undefined : groups.get(key);
  return group ? group.filter((a) => a.id !== article.id) : [];
}

/**
 * The reports of one event in publication order, `article` among them and marked
 * `current`, so a page can show who reported first.
 */
export function reportTimeline<A extends ReportLike>(
  article: A,
  others: readonly A[],
): { article: A; current: boolean }[] {
  return [article, ...others]
    .sort((a, b) => a.epochMs - b.epochMs || a.id.localeCompare(b.id))
    .map((a) => ({ article: a, current: a === article }));
}
