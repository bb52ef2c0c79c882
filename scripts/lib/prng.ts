/**
 * A tiny seeded pseudo-random generator (mulberry32) and the few draws the
 * corpus generator needs. The same seed always gives the same sequence, on any
 * machine and Node version, which `Math.random` cannot promise.
 */

/** A source of uniform numbers in [0, 1) plus typed helpers built on it. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` distinct elements of `list` (all of them when it is shorter), in draw order. */
  sample<T>(list: readonly T[], count: number): T[];
}

/**
 * Creates a generator from a 32-bit seed.
 * @example createRandom(7).int(1, 6) // always the same die roll for seed 7
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('cannot pick from an empty list');
    return list[Math.floor(next() * list.length)] as T;
  };
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const pool = [...list];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    }
    return out;
  };
  return { next, int, pick, chance: (p) => next() < p, sample };
}

/**
 * Turns any text seed (`--seed archive`) or number into a 32-bit seed (FNV-1a).
 * @example seedFrom('42') === seedFrom(42) // true
 */
export function seedFrom(value: string | number): number {
  const text = String(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
