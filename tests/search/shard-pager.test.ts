import { describe, expect, it } from 'vitest';
import { createShardPager } from '../../src/search/shard-pager';

/** Fake shard searches over lists of results, recording which shards were searched. */
function fakeShards(...shards: string[][]) {
  const searched: number[] = [];
  const searches = shards.map((results, i) => async () => {
    searched.push(i);
    return results;
  });
  return { searches, searched };
}

describe('createShardPager', () => {
  it('lists the results of each shard in turn, newest shard first', async () => {
    const { searches } = fakeShards(['2025-11', '2025-10'], ['2023-03'], ['2021-06', '2021-05']);
    const pager = createShardPager(searches);
    expect(await pager.slice(0, 10)).toEqual(['2025-11', '2025-10', '2023-03', '2021-06', '2021-05']);
  });

  it('searches an older shard only when the newer ones hold too few results', async () => {
    const { searches, searched } = fakeShards(['a', 'b', 'c'], ['d', 'e'], ['f']);
    const pager = createShardPager(searches);
    expect(await pager.slice(0, 2)).toEqual(['a', 'b']);
    expect(searched).toEqual([0]);
    expect(await pager.slice(2, 4)).toEqual(['c', 'd']);
    expect(searched).toEqual([0, 1]);
    expect(pager.searched).toBe(2);
    expect(await pager.slice(4, 6)).toEqual(['e', 'f']);
    expect(await pager.slice(6, 8)).toEqual([]);
    expect(searched).toEqual([0, 1, 2]);
  });

  it('counts the results of the shards searched so far, and all of them once every shard is read', async () => {
    const { searches, searched } = fakeShards(['a', 'b', 'c'], ['d', 'e'], ['f']);
    const pager = createShardPager(searches);
    expect(pager.found).toBe(0);
    await pager.slice(0, 2);
    expect(pager.found).toBe(3);
    expect(await pager.slice(0, Number.MAX_SAFE_INTEGER)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(pager.found).toBe(6);
    expect(pager.searched).toBe(3);
    expect(searched).toEqual([0, 1, 2]);
  });

  it('skips shards without results', async () => {
    const { searches, searched } = fakeShards([], ['a'], [], ['b']);
    expect(await createShardPager(searches).slice(0, 2)).toEqual(['a', 'b']);
    expect(searched).toEqual([0, 1, 2, 3]);
  });

  it('searches each shard once, even when asked twice at the same time', async () => {
    const { searches, searched } = fakeShards(['a'], ['b'], ['c']);
    const pager = createShardPager(searches);
    const [first, second] = await Promise.all([pager.slice(0, 2), pager.slice(1, 3)]);
    expect(first).toEqual(['a', 'b']);
    expect(second).toEqual(['b', 'c']);
    expect(searched).toEqual([0, 1, 2]);
  });

  it('tries a failed shard again on the next call', async () => {
    let attempts = 0;
    const pager = createShardPager([
      async () => ['a'],
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('offline');
        return ['b'];
      },
    ]);
    await expect(pager.slice(0, 2)).rejects.toThrow('offline');
    expect(await pager.slice(0, 2)).toEqual(['a', 'b']);
  });

  it('refuses a range that is not one', async () => {
    const pager = createShardPager([async () => ['a']]);
    await expect(pager.slice(2, 1)).rejects.toThrow(RangeError);
    await expect(pager.slice(-1, 1)).rejects.toThrow(RangeError);
  });
});
