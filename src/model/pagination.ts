/**
 * Splits long lists into pages so that no listing grows with the archive.
 */

/** One page of a listing. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the listing has (at least 1). */
  total: number;
  items: T[];
  /** Position of the first item on this page among all items, 1-based (0 when empty). */
  first: number;
  /** Position of the last item on this page, 1-based. */
  last: number;
  /** How many items the whole listing has. */
  count: number;
}

/**
 * Pages of `size` items. An empty list still gives one (empty) page, so every
 * listing URL exists.
 * @example paginate([1, 2, 3], 2).map((p) => p.items) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive integer, not ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      total,
      items: slice,
      first: slice.length ? i * size + 1 : 0,
      last: i * size + slice.length,
      count: items.length,
    };
  });
}
