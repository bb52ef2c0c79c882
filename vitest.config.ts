import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: fast tests of pure code and content, and tests that build the
// site and read `dist/` or drive a browser against it.
export default defineConfig({
  test: {
    // Files run side by side, at least two at a time: a build or a browser keeps one
    // core busy while the other file waits on its server, browser or build.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/import/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/deploy/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/audit/**/*.test.ts'],
          // The default site is built once per run and base path, for every file that reads it.
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
