import { describe, expect, it } from 'vitest';
import { nearestInTime, rankRelated, relatedness, type Relatable } from '../../src/model/related';

const day = 86_400_000;
const a = (id: string, leaders: string[], countries: string[], daysAgo: number): Relatable => ({
  id,
  leaders,
  countries,
  epochMs: Date.UTC(2025, 0, 1) - daysAgo * day,
});

function index(list: Relatable[]) {
  const leaders = new Map<string, Relatable[]>();
  const countries = new Map<string, Relatable[]>();
  const sorted = [...list].sort((x, y) => y.epochMs - x.epochMs);
  for (const item of sorted) {
    for (const l of item.leaders) leaders.set(l, [...(leaders.get(l) ?? []), item]);
    for (const c of item.countries) countries.set(c, [...(countries.get(c) ?? []), item]);
  }
  return { leaders, countries };
}

describe('relatedness', () => {
  it('weighs a shared leader above a shared country', () => {
    const target = a('t', ['tokayev'], ['kz', 'tj'], 0);
    expect(relatedness(target, a('x', ['tokayev'], [], 1))).toBeGreaterThan(
      relatedness(target, a('y', [], ['kz'], 1)),
    );
    expect(relatedness(target, a('z', ['putin'], ['ru'], 1))).toBe(0);
  });
});

describe('rankRelated', () => {
  const target = a('target', ['tokayev', 'rahmon'], ['kz', 'tj'], 0);
  const list = [
    target,
    a('both-leaders', ['tokayev', 'rahmon'], [], 300),
    a('one-leader-near', ['tokayev'], [], 2),
    a('one-leader-far', ['tokayev'], [], 200),
    a('one-country', [], ['tj'], 1),
    a('unrelated', ['putin'], ['ru'], 1),
  ];

  it('ranks by what the articles share, then by closeness in time', () => {
    expect(rankRelated(target, index(list)).map((r) => r.id)).toEqual([
      'both-leaders',
      'one-leader-near',
      'one-leader-far',
      'one-country',
    ]);
  });

  it('never lists the article itself or articles with nothing in common', () => {
    const ids = rankRelated(target, index(list)).map((r) => r.id);
    expect(ids).not.toContain('target');
    expect(ids).not.toContain('unrelated');
  });

  it('stops at the limit', () => {
    expect(rankRelated(target, index(list), 2)).toHaveLength(2);
  });

  it('gives what scoring and sorting every candidate of the windows gives', () => {
    // A made-up archive where articles share several names, so candidates recur across lists.
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    const pick = (names: string[]): string[] => names.filter(() => random(3) === 0);
    const archive = Array.from({ length: 300 }, (_, i) =>
      a(
        `a${i}`,
        pick(['tokayev', 'rahmon', 'putin', 'mirziyoyev']),
        pick(['kz', 'tj', 'ru', 'uz', 'kg']),
        random(900),
      ),
    );
    const byName = index(archive);
    const window = 40;
    for (const article of archive.slice(0, 60)) {
      const lists = [
        ...article.leaders.map((l) => byName.leaders.get(l) ?? []),
        ...article.countries.map((c) => byName.countries.get(c) ?? []),
      ];
      const candidates = new Set(lists.flatMap((l) => [...nearestInTime(l, article.epochMs, window)]));
      candidates.delete(article);
      const expected = [...candidates]
        .map((c) => ({ c, score: relatedness(article, c), distance: Math.abs(c.epochMs - article.epochMs) }))
        .filter((x) => x.score > 0)
        .sort((x, y) => y.score - x.score || x.distance - y.distance || x.c.id.localeCompare(y.c.id))
        .slice(0, 5)
        .map((x) => x.c.id);
      expect(rankRelated(article, byName, 5, window).map((r) => r.id)).toEqual(expected);
    }
  });
});

describe('nearestInTime', () => {
  it('takes the window of a newest-first list around a date', () => {
    const list = Array.from({ length: 10 }, (_, i) => a(`d${i}`, [], [], i));
    expect(nearestInTime(list, list[5]!.epochMs, 3).map((x) => x.id)).toEqual(['d4', 'd5', 'd6']);
    expect(nearestInTime(list, list[0]!.epochMs, 3).map((x) => x.id)).toEqual(['d0', 'd1', 'd2']);
    expect(nearestInTime(list, list[9]!.epochMs, 3).map((x) => x.id)).toEqual(['d7', 'd8', 'd9']);
  });
});
