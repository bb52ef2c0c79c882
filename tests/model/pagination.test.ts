import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/model/pagination';

describe('paginate', () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1);

  it('cuts a list into pages of the given size, the last one shorter', () => {
    const pages = paginate(items, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3 && p.count === 120)).toBe(true);
  });

  it('tells which items a page holds, counting from one', () => {
    const [, second, third] = paginate(items, 50);
    expect([second?.first, second?.last]).toEqual([51, 100]);
    expect([third?.first, third?.last]).toEqual([101, 120]);
    expect(third?.items[0]).toBe(101);
  });

  it('gives an empty list one empty page, so its URL still exists', () => {
    expect(paginate([], 50)).toEqual([{ number: 1, total: 1, items: [], first: 0, last: 0, count: 0 }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0)).toThrow(/positive integer/);
  });
});
