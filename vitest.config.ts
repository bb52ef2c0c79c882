import { defineConfig } from 'vitest/config';

// Two projects: fast tests of pure code and content, and tests that build the
// site and read `dist/` or drive a browser against it (run one file at a time).
export default defineConfig({
  test: {
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
          fileParallelism: false,
          // The default site is built once per run and base path, for every file that reads it.
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
