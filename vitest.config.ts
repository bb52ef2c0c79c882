import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Tests of the built site, and the default site built once per run and base path for every file that reads it. */
const SITE = {
  globalSetup: ['tests/global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
  // A worker runs its files one after another in one process instead of a new
  // process each: about a second of CPU saved per file (measured). These files
  // leave no process-wide state behind: each closes its browser and server and
  // restores the environment it changes; builds are in folders of their own.
  isolate: false,
};
/**
 * Lighthouse measures performance: it runs once the site's other files are done, so that
 * they do not skew it (`npm test` runs it in a Vitest run of its own, with only the unit
 * tests beside it, at the lowest priority).
 */
const ALONE = ['tests/audit/lighthouse.test.ts'];

// Three projects: fast tests of pure code and content, tests that build the
// site and read `dist/` or drive a browser against it, and Lighthouse.
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
            'tests/model/**/*.test.ts',
            'tests/routes/**/*.test.ts',
            'tests/search/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'tests/support/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/import/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/deploy/**/*.test.ts',
            'tests/docs/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
          ],
          // Some start worker threads or processes, while builds and browsers share the cores.
          testTimeout: 30_000,
          // Pure code and content: the files a worker runs share the modules it has
          // loaded instead of loading them again each (measured: a third of this
          // project's CPU time). No test here leaves process-wide state behind.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/audit/**/*.test.ts'],
          exclude: ALONE,
          ...SITE,
        },
      },
      {
        test: {
          name: 'site-alone',
          include: ALONE,
          sequence: { groupOrder: 1 },
          ...SITE,
        },
      },
    ],
  },
});
