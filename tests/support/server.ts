/** Re-exported for tests from scripts/lib/server.ts, which the benchmarks and screenshots share (scripts never import tests). */
export * from '../../scripts/lib/server';
