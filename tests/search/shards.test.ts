import { describe, expect, it } from 'vitest';
import {
  parseShardPlan,
  parseYearList,
  planMismatches,
  planSearchShards,
  searchedYears,
  shardDir,
  shardGlob,
  shardSpan,
  shardsHolding,
  shardsInRange,
} from '../../src/search/shards';
import { MAX_SHARD_PAGES } from '../../src/model/site';

const years = (...counts: [number, number][]) => counts.map(([year, count]) => ({ year, count }));
const ids = (plan: { id: string }[]) => plan.map((shard) => shard.id);

describe('planSearchShards', () => {
  it('puts a small archive in one shard named after its oldest and newest years', () => {
    expect(planSearchShards(years([2025, 1], [2021, 1]), MAX_SHARD_PAGES)).toEqual([
      { id: '2021-2025', years: [2025, 2021], pages: 2, dir: 'pagefind/2021-2025/' },
    ]);
  });

  it('names a shard of one year after that year', () => {
    expect(planSearchShards(years([2025, 3]), 10)).toEqual([
      { id: '2025', years: [2025], pages: 3, dir: 'pagefind/2025/' },
    ]);
  });

  it('fills shards from the oldest year, so that new articles move only the newest shard', () => {
    expect(ids(planSearchShards(years([2025, 1], [2024, 1], [2023, 1]), 2))).toEqual(['2025', '2023-2024']);
    expect(ids(planSearchShards(years([2026, 1], [2025, 2], [2024, 1], [2023, 1]), 2))).toEqual([
      '2026',
      '2025',
      '2023-2024',
    ]);
  });

  it('fills each shard with consecutive years while they fit, and lists them newest first', () => {
    const plan = planSearchShards(years([2025, 3], [2024, 2], [2023, 4], [2022, 1], [2021, 5]), 5);
    expect(ids(plan)).toEqual(['2024-2025', '2022-2023', '2021']);
    expect(plan.map((shard) => shard.years)).toEqual([[2025, 2024], [2023, 2022], [2021]]);
    expect(plan.map((shard) => shard.pages)).toEqual([5, 5, 5]);
  });

  it('gives a year larger than the maximum a shard of its own', () => {
    expect(ids(planSearchShards(years([2025, 1], [2024, 9], [2023, 1], [2022, 1]), 4))).toEqual([
      '2025',
      '2024',
      '2022-2023',
    ]);
  });

  it('makes each year a shard when a shard holds one page', () => {
    expect(ids(planSearchShards(years([2025, 2], [2023, 1], [2021, 3]), 1))).toEqual([
      '2025',
      '2023',
      '2021',
    ]);
  });

  it('gives two shards for 10,000 articles over 20 years at the default maximum', () => {
    const archive = Array.from({ length: 20 }, (_, i) => ({ year: 2025 - i, count: 500 }));
    const plan = planSearchShards(archive, MAX_SHARD_PAGES);
    expect(ids(plan)).toEqual(['2016-2025', '2006-2015']);
    expect(plan.every((shard) => shard.pages <= MAX_SHARD_PAGES)).toBe(true);
    expect(plan.reduce((sum, shard) => sum + shard.pages, 0)).toBe(10_000);
  });

  it('plans the same shards whatever the order of the counts, leaving out empty years', () => {
    const newestFirst = planSearchShards(years([2025, 3], [2024, 2], [2023, 0], [2021, 4]), 5);
    expect(planSearchShards(years([2021, 4], [2025, 3], [2024, 2]), 5)).toEqual(newestFirst);
    expect(ids(newestFirst)).toEqual(['2024-2025', '2021']);
  });

  it('plans no shard for an archive without articles', () => {
    expect(planSearchShards([], 10)).toEqual([]);
  });

  it('refuses a maximum that is not a positive whole number, and a year counted twice', () => {
    expect(() => planSearchShards(years([2025, 1]), 0)).toThrow(/at least one page/);
    expect(() => planSearchShards(years([2025, 1]), 1.5)).toThrow(/at least one page/);
    expect(() => planSearchShards(years([2025, 1], [2025, 2]), 5)).toThrow(/2025 is counted twice/);
  });
});

describe('shardDir', () => {
  it('puts each shard in its own folder of the index', () => {
    expect(shardDir('2021-2025')).toBe('pagefind/2021-2025/');
  });
});

describe('shardGlob', () => {
  it('selects the HTML pages of the shard’s year folders', () => {
    expect(shardGlob({ years: [2021] })).toBe('articles/2021/**/*.html');
    expect(shardGlob({ years: [2022, 2021] })).toBe('articles/{2022,2021}/**/*.html');
  });
});

describe('shardsHolding', () => {
  const plan = planSearchShards(years([2025, 3], [2024, 2], [2023, 4], [2021, 5]), 5);

  it('picks the shards holding the given years, in the plan’s order', () => {
    expect(ids(shardsHolding(plan, [2021, 2024]).shards)).toEqual(['2024-2025', '2021']);
    expect(ids(shardsHolding(plan, [2025, 2024]).shards)).toEqual(['2024-2025']);
  });

  it('tells the years no shard holds', () => {
    expect(shardsHolding(plan, [2022, 2023, 1999])).toEqual({ shards: [plan[1]], unknown: [2022, 1999] });
  });
});

describe('shardSpan', () => {
  it('reads the oldest and newest years of every id the plan gives', () => {
    for (const shard of planSearchShards(years([2025, 2], [2024, 1], [2021, 4], [2019, 1]), 3)) {
      expect(shardSpan(shard.id)).toEqual({
        oldest: Math.min(...shard.years),
        newest: Math.max(...shard.years),
      });
    }
    expect(shardSpan('2021-2025')).toEqual({ oldest: 2021, newest: 2025 });
    expect(shardSpan('2025')).toEqual({ oldest: 2025, newest: 2025 });
  });

  it('refuses what is not a shard id, naming it', () => {
    for (const id of ['', '2025-', 'pagefind/2025/', '2025-2021', '2021 2025']) {
      expect(() => shardSpan(id)).toThrow(`"${id}" is not a search shard's years`);
    }
  });
});

describe('shardsInRange', () => {
  const plan = ['2025', '2023-2024', '2016-2022'].map((id) => ({ id, ...shardSpan(id) }));
  const inRange = (from: string, to: string) => ids(shardsInRange(plan, from, to));

  it('keeps every shard, newest first, when the range is open', () => {
    expect(inRange('', '')).toEqual(['2025', '2023-2024', '2016-2022']);
  });

  it('keeps the shards whose years overlap the range, months included', () => {
    expect(inRange('2024', '')).toEqual(['2025', '2023-2024']);
    expect(inRange('2024-12', '2025-01')).toEqual(['2025', '2023-2024']);
    expect(inRange('', '2022-06')).toEqual(['2016-2022']);
    expect(inRange('2018', '2018')).toEqual(['2016-2022']);
    expect(inRange('2022', '2023')).toEqual(['2023-2024', '2016-2022']);
  });

  it('keeps none for a range outside the archive', () => {
    expect(inRange('2026', '')).toEqual([]);
    expect(inRange('', '2015-12')).toEqual([]);
  });
});

describe('searchedYears', () => {
  it('spans the shards searched, newest to oldest', () => {
    expect(searchedYears([shardSpan('2025'), shardSpan('2023-2024')], '', '')).toEqual({
      oldest: 2023,
      newest: 2025,
    });
  });

  it('keeps within the range searched', () => {
    expect(searchedYears([shardSpan('2016-2025')], '2018-03', '2024')).toEqual({
      oldest: 2018,
      newest: 2024,
    });
    expect(searchedYears([shardSpan('2016-2025')], '', '2020')).toEqual({ oldest: 2016, newest: 2020 });
  });

  it('is undefined before any shard was searched', () => {
    expect(searchedYears([], '', '')).toBeUndefined();
  });
});

describe('parseYearList', () => {
  it('reads years separated by commas or spaces, once each', () => {
    expect(parseYearList('2015,2016')).toEqual([2015, 2016]);
    expect(parseYearList(' 2015, 2016 2015 ')).toEqual([2015, 2016]);
  });

  it('refuses anything but years', () => {
    expect(() => parseYearList('')).toThrow(/not a list of years/);
    expect(() => parseYearList('2015,last')).toThrow(/"2015,last" is not a list of years/);
    expect(() => parseYearList('-2015')).toThrow(/not a list of years/);
  });
});

describe('parseShardPlan', () => {
  const plan = { maxPages: 5, shards: planSearchShards(years([2025, 3], [2021, 4]), 5) };

  it('reads back the plan the page build writes', () => {
    expect(parseShardPlan(JSON.stringify(plan), 'dist/search/shards.json')).toEqual(plan);
  });

  it('refuses anything else, naming the file', () => {
    expect(() => parseShardPlan('{', 'dist/search/shards.json')).toThrow(
      'dist/search/shards.json is not JSON',
    );
    const wrongDir = { ...plan, shards: [{ ...plan.shards[0], dir: '../../etc/' }] };
    expect(() => parseShardPlan(JSON.stringify(wrongDir), 'plan.json')).toThrow(
      'plan.json: shards: not a plan of search shards',
    );
  });
});

describe('planMismatches', () => {
  const plan = planSearchShards(years([2025, 3], [2023, 1], [2021, 4]), 4);

  it('finds nothing when the pages are those planned', () => {
    expect(planMismatches(plan, years([2025, 3], [2023, 1], [2021, 4]))).toEqual([]);
  });

  it('names the years and shards that differ', () => {
    expect(planMismatches(plan, years([2025, 4], [2023, 1], [2021, 4], [2019, 1]))).toEqual([
      '2019 has 1 article pages and no shard',
      'shard 2023-2025 was planned with 4 pages and has 5',
    ]);
    expect(planMismatches(plan, years([2025, 3], [2023, 1]))).toEqual([
      '2021 has a shard and no article page',
    ]);
  });
});
