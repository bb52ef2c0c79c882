/**
 * Newest-first results over a search index in shards (see shards.ts).
 *
 * Pagefind's merged search (`mergeIndex`) sorts the results of all its indexes
 * by score, and in a sorted search the score of a result is its position in its
 * own index's order (Pagefind 1.6): the shards' results come back interleaved,
 * not newest first. The shards are disjoint periods, newest first, so each
 * shard's own sorted results, one shard after another, are the whole archive's
 * order. This pager searches one shard at a time, and an older shard only when
 * the reader asks for more results than the newer ones gave. Pure: the searches
 * are given, so tests pass fakes.
 *
 * One difference from a single index: shards follow the year of an article's
 * URL (its year where it was published) while the date sort is by instant, so
 * two articles published within a day of New Year in different time zones, on
 * either side of a shard boundary, are listed by the year of their URLs.
 */

/** Searches one shard on its own: its results, in its own order. */
export type ShardSearch<R> = () => Promise<readonly R[]>;

/** The results of one search over the shards, in shard order, fetched as they are asked for. */
export interface ShardPager<R> {
  /**
   * Results `start` to `end` (exclusive) of all shards, one shard after the
   * other. Searches each shard once, in order, and only until `end` results
   * are known; calls are answered in turn.
   */
  slice: (start: number, end: number) => Promise<R[]>;
  /** How many shards were searched so far. */
  readonly searched: number;
  /** How many results the shards searched so far gave. */
  readonly found: number;
}

/**
 * Pages through the results of `shards` (newest first), searching each when it
 * is first needed. A failed search is tried again by the next call.
 * @example await createShardPager([async () => ['a', 'b'], async () => ['c']]).slice(0, 2) // ['a', 'b'], 1 search
 */
export function createShardPager<R>(shards: readonly ShardSearch<R>[]): ShardPager<R> {
  let found: readonly R[] = [];
  let searched = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const fill = async (end: number): Promise<void> => {
    for (let search = shards[searched]; search && found.length < end; search = shards[searched]) {
      found = found.concat(await search());
      searched += 1;
    }
  };

  return {
    async slice(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
        throw new RangeError(`no results from ${start} to ${end}`);
      }
      const filled = queue.then(() => fill(end));
      queue = filled.catch(() => undefined);
      await filled;
      return found.slice(start, end);
    },
    get searched() {
      return searched;
    },
    get found() {
      return found.length;
    },
  };
}
