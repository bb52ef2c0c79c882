/**
 * Global setup of the `site` project: names this test run, so that the default
 * site, at the root and under /archive/, is built once per run and read by every
 * test file that needs it (tests/support/shared-site.ts), instead of once per file.
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's id: a shared build made in this run is reused, one from an earlier run is not. */
    sharedBuildRun: string;
  }
}

export default function setup(project: TestProject): void {
  // The same for every project of this run, so that the projects of the built site share
  // the builds: Vitest's own process and its start time, or the name `npm test` gives its
  // Vitest runs (the site's test files, then Lighthouse).
  project.provide(
    'sharedBuildRun',
    process.env['SHARED_BUILD_RUN'] ?? `${process.pid}-${Math.round(performance.timeOrigin)}`,
  );
}
