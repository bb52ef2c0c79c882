import { describe, expect, it } from 'vitest';
import { calibratedCpuSlowdown, DEFAULT_CPU_SLOWDOWN } from './lighthouse';

describe('the CPU slowdown of a Lighthouse audit, calibrated to the host', () => {
  it('is the calculator’s slowdown at each of its points', () => {
    expect(calibratedCpuSlowdown(150)).toBe(1);
    expect(calibratedCpuSlowdown(800)).toBe(2);
    expect(calibratedCpuSlowdown(1300)).toBe(3);
    expect(calibratedCpuSlowdown(1533)).toBe(4);
  });

  it('is interpolated between the points', () => {
    expect(calibratedCpuSlowdown(1050)).toBeCloseTo(2.5, 5);
    expect(calibratedCpuSlowdown(475)).toBeCloseTo(1.5, 5);
    expect(calibratedCpuSlowdown(900)).toBeCloseTo(2.2, 5);
  });

  it('grows with the host’s speed', () => {
    let last = 0;
    for (let index = 100; index <= 2500; index += 50) {
      const slowdown = calibratedCpuSlowdown(index);
      expect(slowdown, String(index)).toBeGreaterThanOrEqual(last);
      last = slowdown;
    }
  });

  it('is Lighthouse’s default 4 times on a host as fast as Lighthouse expects or faster, and never less than 1', () => {
    expect(DEFAULT_CPU_SLOWDOWN).toBe(4);
    expect(calibratedCpuSlowdown(2000)).toBe(4);
    expect(calibratedCpuSlowdown(5000)).toBe(4);
    expect(calibratedCpuSlowdown(100)).toBe(1);
    expect(calibratedCpuSlowdown(1)).toBe(1);
  });

  it('is the default when the index is missing or not a positive number', () => {
    for (const index of [Number.NaN, Number.POSITIVE_INFINITY, 0, -5]) {
      expect(calibratedCpuSlowdown(index), String(index)).toBe(4);
    }
  });
});
