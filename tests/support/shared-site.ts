/**
 * The default site (the archive in `content/`), built once per test run for
 * each base path and shared by every test file that only reads it; and, the
 * same way, the fixture sites several test files read. The first
 * file to ask builds it; the others, in the same run (see tests/global-setup.ts),
 * find the build and its output. Test files run side by side in several
 * workers: a file that asks while another is building waits for that build
 * (a lock folder beside the output says who builds) instead of building over it.
 * Test files that change content or build options build their own site with buildSite().
 *
 * Test files must not write into a shared build.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { mergeArchives } from './archive';
import { buildSite, sleep, TMP, type BuildOptions, type BuildResult } from './build';

/** The `SITE_URL` the shared builds are made with: absolute URLs (feeds, sitemap, canonical) use it. */
export const SHARED_SITE_URL = 'https://news.example.org';

const BUILDS = {
  '/': { name: 'shared-root' },
  '/archive': { name: 'shared-archive', base: '/archive' },
} as const;

/**
 * Fixture sites that several test files read: each is the fixture archives
 * named (folders of `tests/fixtures/archives/`, merged), built at the root.
 */
const FIXTURE_SITES = {
  /**
   * Articles whose pages the reading tests check one by one: markup an article
   * may use (content-safety), reports of one event (other-reports), links to print (print).
   */
  'shared-articles': ['unsafe-in-code', 'markup-allowed', 'other-reports', 'print'],
  /**
   * Russian, Kazakh and English articles: language-aware search (e2e/languages)
   * and versions in other languages (site/translations).
   */
  'shared-languages': ['languages'],
} as const satisfies Record<string, readonly string[]>;

export type FixtureSiteName = keyof typeof FIXTURE_SITES;

/** How long a file waits for another worker's build of the same site. */
const WAIT_MS = 600_000;

/** What a build made in this run printed, or undefined when this run has not made it. */
function finished(outDir: string, run: string): BuildResult | undefined {
  const record = `${outDir}.run.json`;
  if (!existsSync(record) || !existsSync(outDir)) return undefined;
  const saved = JSON.parse(readFileSync(record, 'utf8')) as { run: string; output: string };
  return saved.run === run ? { outDir, status: 0, output: saved.output } : undefined;
}

/**
 * Takes the build lock of `outDir` for this run: true when taken, false when
 * another file of this run holds it. A lock left by an earlier run is stale and taken over.
 */
function lock(outDir: string, run: string): boolean {
  const dir = `${outDir}.lock`;
  mkdirSync(path.dirname(dir), { recursive: true });
  try {
    mkdirSync(dir);
  } catch {
    let owner = '';
    try {
      owner = readFileSync(path.join(dir, 'run'), 'utf8');
    } catch {
      // No run id yet: see below.
    }
    if (owner === '') {
      // Just made by another file, which is writing its run id (that file builds),
      // or left without one by a run that was stopped at that moment.
      const made = statSync(dir, { throwIfNoEntry: false });
      if (!made || Date.now() - made.mtimeMs < 10_000) return false;
    }
    if (owner === run) return false;
    rmSync(dir, { recursive: true, force: true });
    return lock(outDir, run);
  }
  writeFileSync(path.join(dir, 'run'), run);
  return true;
}

/** The build of the default site for `base` ('' or '/' for the root, or '/archive'), with what it printed. */
export function sharedBuild(base = '/'): BuildResult {
  const key = base === '' ? '/' : base;
  if (key !== '/' && key !== '/archive') throw new Error(`no shared build for BASE_PATH "${base}"`);
  return buildOnce(BUILDS[key].name, () => ({ ...BUILDS[key], siteUrl: SHARED_SITE_URL, report: true }));
}

/** The output folder of the default site's shared build for `base`. */
export function sharedSite(base = '/'): string {
  return sharedBuild(base).outDir;
}

/** The output folder of a fixture site's shared build. */
export function sharedFixtureSite(name: FixtureSiteName): string {
  return buildOnce(name, () => ({ name, contentDir: mergeArchives(name, FIXTURE_SITES[name]) })).outDir;
}

/**
 * The build named `name`, made once in this run: by this file, with the
 * options `options()` gives (called only then), or by another file, waited for.
 */
function buildOnce(name: string, options: () => BuildOptions): BuildResult {
  const run = inject('sharedBuildRun');
  const outDir = path.join(TMP, 'builds', name);
  const build = (): BuildResult => {
    const result = buildSite(options());
    if (result.status !== 0) throw new Error(`build "${name}" failed:\n${result.output}`);
    return result;
  };
  // Outside the site project (no run id), every call builds.
  if (!run) return build();
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const done = finished(outDir, run);
    if (done) return done;
    if (lock(outDir, run)) {
      try {
        const result = build();
        writeFileSync(`${outDir}.run.json`, JSON.stringify({ run, output: result.output }));
        return result;
      } finally {
        rmSync(`${outDir}.lock`, { recursive: true, force: true });
      }
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for another file's build "${name}"`);
    sleep(500);
  }
}
