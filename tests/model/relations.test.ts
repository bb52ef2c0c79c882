import { describe, expect, it } from 'vitest';
import {
  buildRelations,
  countByKind,
  countByYear,
  groupByYear,
  pairIds,
  pairKey,
  type Relatable,
} from '../../src/model/relations';

function article(
  id: string,
  year: number,
  kind: Relatable['data']['kind'],
  leaders: string[],
  countries: string[] = [],
): Relatable {
  return { id, leaders, countries, published: { year }, data: { kind } };
}

// Newest first, as the archive keeps them.
const articles = [
  article('e', 2024, 'speech', ['tokayev', 'putin'], ['kazakhstan', 'russia']),
  article('d', 2023, 'meeting', ['tokayev', 'putin', 'mirziyoyev'], ['kazakhstan', 'russia', 'uzbekistan']),
  article('c', 2021, 'call', ['putin', 'tokayev'], ['russia', 'kazakhstan']),
  article('b', 2018, 'visit', ['tokayev', 'mirziyoyev'], ['kazakhstan', 'uzbekistan']),
  article('a', 2017, 'meeting', ['tokayev', 'putin'], ['kazakhstan', 'russia']),
];
const index = (key: 'leaders' | 'countries') => {
  const map = new Map<string, Relatable[]>();
  for (const a of articles) for (const id of a[key]) map.set(id, [...(map.get(id) ?? []), a]);
  return map;
};
const relations = buildRelations(articles, index('leaders'), index('countries'));

describe('pairIds and pairKey', () => {
  it('give one pair whichever order the two ids come in', () => {
    expect(pairIds('vladimir-putin', 'emomali-rahmon')).toEqual(['emomali-rahmon', 'vladimir-putin']);
    expect(pairIds('emomali-rahmon', 'vladimir-putin')).toEqual(['emomali-rahmon', 'vladimir-putin']);
    expect(pairKey('b', 'a')).toBe('a--b');
  });
});

describe('countByYear', () => {
  it('counts every year from the first to the last, with the years between at zero', () => {
    expect(countByYear(articles)).toEqual([
      { year: 2017, count: 1 },
      { year: 2018, count: 1 },
      { year: 2019, count: 0 },
      { year: 2020, count: 0 },
      { year: 2021, count: 1 },
      { year: 2022, count: 0 },
      { year: 2023, count: 1 },
      { year: 2024, count: 1 },
    ]);
    expect(countByYear([])).toEqual([]);
  });
});

describe('countByKind', () => {
  it("counts the kinds in the schema's order and leaves out kinds without articles", () => {
    expect(countByKind(articles)).toEqual([
      { kind: 'speech', count: 1 },
      { kind: 'call', count: 1 },
      { kind: 'meeting', count: 2 },
      { kind: 'visit', count: 1 },
    ]);
  });
});

describe('groupByYear', () => {
  it('groups consecutive articles of a year, keeping their order', () => {
    const groups = groupByYear([
      article('x', 2024, 'call', []),
      article('y', 2024, 'call', []),
      article('z', 2021, 'call', []),
    ]);
    expect(groups.map((g) => [g.year, g.articles.map((a) => a.id)])).toEqual([
      [2024, ['x', 'y']],
      [2021, ['z']],
    ]);
  });
});

describe('buildRelations', () => {
  it('makes one pair of two leaders named together, in canonical order, newest article first', () => {
    const pair = relations.leaderPairs.get(pairKey('tokayev', 'putin'));
    expect(pair).toMatchObject({ side: 'leaders', a: 'putin', b: 'tokayev' });
    expect(pair?.articles.map((a) => a.id)).toEqual(['e', 'd', 'c', 'a']);
    expect(relations.leaderPairs.get(pairKey('mirziyoyev', 'putin'))?.articles.map((a) => a.id)).toEqual([
      'd',
    ]);
  });

  it('makes pairs of countries the same way', () => {
    const pair = relations.countryPairs.get(pairKey('russia', 'kazakhstan'));
    expect(pair).toMatchObject({ side: 'countries', a: 'kazakhstan', b: 'russia' });
    expect(pair?.articles).toHaveLength(4);
    expect([...relations.countryPairs.keys()].sort()).toEqual([
      'kazakhstan--russia',
      'kazakhstan--uzbekistan',
      'russia--uzbekistan',
    ]);
  });

  it('makes no pair of a leader with themselves when an article lists them twice', () => {
    const twice = [article('t', 2020, 'call', ['tokayev', 'tokayev'])];
    const r = buildRelations(twice, new Map([['tokayev', twice]]), new Map());
    expect(r.leaderPairs.size).toBe(0);
    expect(r.leaders.get('tokayev')?.leaders).toEqual([]);
  });

  it("ranks a leader's counterparts by the articles they share, most first, ties by id", () => {
    const tokayev = relations.leaders.get('tokayev')!;
    expect(tokayev.leaders).toEqual([
      { id: 'putin', count: 4 },
      { id: 'mirziyoyev', count: 2 },
    ]);
    expect(tokayev.countries).toEqual([
      { id: 'kazakhstan', count: 5 },
      { id: 'russia', count: 4 },
      { id: 'uzbekistan', count: 2 },
    ]);
    expect(relations.countries.get('uzbekistan')?.countries).toEqual([
      { id: 'kazakhstan', count: 2 },
      { id: 'russia', count: 1 },
    ]);
  });

  it("records each entity's articles per year and per kind", () => {
    const mirziyoyev = relations.leaders.get('mirziyoyev')!;
    expect(mirziyoyev.byYear.map((y) => y.count)).toEqual([1, 0, 0, 0, 0, 1]);
    expect(mirziyoyev.byKind).toEqual([
      { kind: 'meeting', count: 1 },
      { kind: 'visit', count: 1 },
    ]);
  });
});
