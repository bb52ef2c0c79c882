/** Re-exported for tests from scripts/lib/build.ts, which the benchmarks and screenshots share (scripts never import tests). */
export * from '../../scripts/lib/build';
