/**
 * Lighthouse's CPU slowdown, calibrated to the host that runs the audit.
 *
 * Lighthouse simulates a mid-tier phone by slowing the host's CPU down 4 times,
 * which assumes a fast desktop host. Its documentation ("Calibrating the CPU
 * slowdown" in docs/throttling.md) advises a smaller slowdown on a slower host,
 * chosen from the host's benchmark index (`lhr.environment.benchmarkIndex`), and
 * its report warns below an index of 1000. On the 2-core development machine single
 * measurements of the index ranged from about 500 to 1,700 within one morning, and
 * at 4 times an article page with no script at all lost points for blocking time.
 */

/** Lighthouse's default CPU slowdown (its mobile preset). */
export const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * Benchmark index → slowdown that turns such a host into Lighthouse's simulated
 * phone, from the points of Lighthouse's CPU throttling calculator
 * (lighthouse-cpu-throttling-calculator.vercel.app, linked from that page).
 */
const CALIBRATION: readonly (readonly [index: number, slowdown: number])[] = [
  [150, 1],
  [800, 2],
  [1300, 3],
  [1533, DEFAULT_CPU_SLOWDOWN],
];

/**
 * The CPU slowdown for a host of benchmark index `index`: interpolated between
 * the calculator's points, at least 1, and never more than Lighthouse's default,
 * so that a fast host is audited exactly as Lighthouse audits by default. An
 * index that is not a positive number gives the default.
 */
export function calibratedCpuSlowdown(index: number): number {
  if (!Number.isFinite(index) || index <= 0) return DEFAULT_CPU_SLOWDOWN;
  const [first] = CALIBRATION;
  if (first && index <= first[0]) return first[1];
  for (let i = 1; i < CALIBRATION.length; i++) {
    const [fromIndex, fromSlowdown] = CALIBRATION[i - 1]!;
    const [toIndex, toSlowdown] = CALIBRATION[i]!;
    if (index <= toIndex) {
      return fromSlowdown + ((index - fromIndex) / (toIndex - fromIndex)) * (toSlowdown - fromSlowdown);
    }
  }
  return DEFAULT_CPU_SLOWDOWN;
}
