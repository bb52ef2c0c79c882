/**
 * Related articles: ranked by the leaders and countries they share with an article.
 */

/** The fields ranking needs. */
export interface Relatable {
  id: string;
  leaders: readonly string[];
  countries: readonly string[];
  epochMs: number;
}

/** A shared leader weighs more than a shared country: people narrow a story more than places. */
export const LEADER_WEIGHT = 2;
export const COUNTRY_WEIGHT = 1;

/** Scores how much `a` and `b` have in common (0 when nothing). */
export function relatedness(a: Relatable, b: Relatable): number {
  return LEADER_WEIGHT * shared(a.leaders, b.leaders) + COUNTRY_WEIGHT * shared(a.countries, b.countries);
}

/** How many values of `x` are in `y`: a loop, as it runs for every candidate of every page. */
function shared(x: readonly string[], y: readonly string[]): number {
  let count = 0;
  for (const v of x) if (y.includes(v)) count += 1;
  return count;
}

/**
 * The `limit` articles most related to `target`, best first; ties go to the one
 * closest in time. Only candidates listed under one of the target's leaders or
 * countries are scored, so the cost follows those lists, not the whole archive.
 *
 * From each list only the `window` articles nearest in time are considered, which
 * keeps a leader with tens of thousands of articles from making every page slow.
 *
 * @param candidatesBy - articles by leader id and by country id, newest first, e.g. from `buildArchive`.
 */
export function rankRelated<T extends Relatable>(
  target: T,
  candidatesBy: { leaders: ReadonlyMap<string, readonly T[]>; countries: ReadonlyMap<string, readonly T[]> },
  limit = 5,
  window = 200,
): T[] {
  if (limit <= 0) return [];
  // Called for every article of the archive, over a few hundred candidates each,
  // so written for speed: the windows are read in place, scores counted in place,
  // and nothing is allocated for a candidate that does not make the best `limit`.
  // A candidate listed under several of the target's names is scored each time
  // it is met (the same score), and kept once.
  const best: { a: T; score: number; distance: number }[] = [];
  const before = (score: number, distance: number, id: string, y: (typeof best)[number]): boolean =>
    score !== y.score
      ? score > y.score
      : distance !== y.distance
        ? distance < y.distance
        : id.localeCompare(y.a.id) < 0;
  const consider = (a: T): void => {
    if (a === target) return;
    const score = relatedness(target, a);
    if (score <= 0) return;
    const distance = Math.abs(a.epochMs - target.epochMs);
    const last = best[best.length - 1];
    if (best.length === limit && last && !before(score, distance, a.id, last)) return;
    for (const kept of best) if (kept.a === a) return;
    let at = best.length;
    while (at > 0 && before(score, distance, a.id, best[at - 1]!)) at -= 1;
    best.splice(at, 0, { a, score, distance });
    if (best.length > limit) best.pop();
  };
  const take = (list: readonly T[] | undefined): void => {
    if (!list) return;
    const [start, end] = nearestRange(list, target.epochMs, window);
    for (let i = start; i < end; i += 1) consider(list[i]!);
  };
  for (const id of target.leaders) take(candidatesBy.leaders.get(id));
  for (const id of target.countries) take(candidatesBy.countries.get(id));
  return best.map((s) => s.a);
}

/**
 * The `count` items of a newest-first list whose dates are nearest to `epochMs`.
 * Binary search, then a window around the position.
 */
export function nearestInTime<T extends { epochMs: number }>(
  list: readonly T[],
  epochMs: number,
  count: number,
): readonly T[] {
  if (list.length <= count) return list;
  return list.slice(...nearestRange(list, epochMs, count));
}

/** Where the window of {@link nearestInTime} starts and ends in `list` (end excluded). */
function nearestRange(
  list: readonly { epochMs: number }[],
  epochMs: number,
  count: number,
): [number, number] {
  if (list.length <= count) return [0, list.length];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.epochMs ?? 0) > epochMs) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.min(Math.max(0, lo - Math.floor(count / 2)), list.length - count);
  return [start, start + count];
}
