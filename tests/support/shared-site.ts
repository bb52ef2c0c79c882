/**
 * The default site (the archive in `content/`), built once per test run for
 * each base path and shared by every test file that only reads it. The first
 * file to ask builds it; the others, in the same run (see tests/global-setup.ts),
 * find the build and its output. Test files that change content or build
 * options build their own site with buildSite().
 *
 * Test files must not write into a shared build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { buildSite, TMP, type BuildResult } from './build';

/** The `SITE_URL` the shared builds are made with: absolute URLs (feeds, sitemap, canonical) use it. */
export const SHARED_SITE_URL = 'https://news.example.org';

const BUILDS = {
  '/': { name: 'shared-root' },
  '/archive': { name: 'shared-archive', base: '/archive' },
} as const;

/** The build of the default site for `base` ('' or '/' for the root, or '/archive'), with what it printed. */
export function sharedBuild(base = '/'): BuildResult {
  const key = base === '' ? '/' : base;
  if (key !== '/' && key !== '/archive') throw new Error(`no shared build for BASE_PATH "${base}"`);
  const options = BUILDS[key];
  const run = inject('sharedBuildRun');
  const outDir = path.join(TMP, 'builds', options.name);
  const record = `${outDir}.run.json`;
  if (run && existsSync(record) && existsSync(outDir)) {
    const saved = JSON.parse(readFileSync(record, 'utf8')) as { run: string; output: string };
    if (saved.run === run) return { outDir, status: 0, output: saved.output };
  }
  const result = buildSite({ ...options, siteUrl: SHARED_SITE_URL, report: true });
  if (result.status !== 0) throw new Error(`build "${options.name}" failed:\n${result.output}`);
  if (run) writeFileSync(record, JSON.stringify({ run, output: result.output }));
  return result;
}

/** The output folder of the default site's shared build for `base`. */
export function sharedSite(base = '/'): string {
  return sharedBuild(base).outDir;
}
