/**
 * Builds the site as `npm run build` does (`astro build`, then the search index,
 * and the build report when asked) into a folder of `.tmp/`, with the given
 * environment, for tests and benchmarks. Tests read the output like Astro's own
 * tests do: parse the HTML, assert on it. Builds run side by side take turns
 * at the Astro step, which shares the project's `.astro/` folder ({@link lockDotAstro}).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Scratch space for builds and generated archives; ignored by git. */
export const TMP = path.join(ROOT, '.tmp');
/** The commands of `npm run build`, run with the project's Node. */
export const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
export const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
export const SEARCH_INDEX = path.join(ROOT, 'src/search/index/cli.ts');
export const BUILD_REPORT = path.join(ROOT, 'src/build/report-cli.ts');

/**
 * The lock of the project's `.astro/` folder. Astro writes the list of a build's
 * MDX modules there (`content-modules.mjs`), beside the source and not in the
 * build's cache folder, and bundles the pages from it: two Astro processes of
 * one checkout at once, each with its own archive, could each bundle the other's
 * list, and an MDX article would then be missing from its build.
 */
export const DOT_ASTRO_LOCK = path.join(TMP, 'dot-astro.lock');

/** Blocks the calling thread for `ms` (a test file waiting on another's build has nothing else to do). */
export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether a process of this machine is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Waits until this process holds the lock of the project's `.astro/` folder (see
 * {@link DOT_ASTRO_LOCK}) and returns the function that releases it. Hold it while
 * an Astro process of this checkout syncs content and bundles pages. A lock whose
 * process has ended is taken over; after `waitMs` of waiting for a running one, it throws.
 */
export function lockDotAstro({ waitMs = 600_000 } = {}): () => void {
  mkdirSync(TMP, { recursive: true });
  const owner = path.join(DOT_ASTRO_LOCK, 'pid');
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(DOT_ASTRO_LOCK);
      writeFileSync(owner, String(process.pid));
      return () => rmSync(DOT_ASTRO_LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let pid = 0;
    try {
      pid = Number(readFileSync(owner, 'utf8'));
    } catch {
      // Just made, its process id not written yet.
    }
    const made = statSync(DOT_ASTRO_LOCK, { throwIfNoEntry: false });
    const abandoned = pid > 0 ? !running(pid) : made !== undefined && Date.now() - made.mtimeMs > 10_000;
    if (abandoned) {
      rmSync(DOT_ASTRO_LOCK, { recursive: true, force: true });
    } else if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${DOT_ASTRO_LOCK}, held by process ${pid || '(unknown)'}`);
    } else {
      sleep(100);
    }
  }
}

export interface BuildOptions {
  /** Output folder name under `.tmp/builds/`. */
  name: string;
  /** `BASE_PATH` for the build. */
  base?: string;
  /** `ARCHIVE_CONTENT_DIR` for the build (absolute or relative to the root). */
  contentDir?: string;
  siteUrl?: string;
  /**
   * Keep the build's cache (`.tmp/cache/<name>`: content layer and incremental
   * build) from the previous build of the same name, to test a rebuild. By
   * default every build starts cold.
   */
  keepCache?: boolean;
  /** Build over the output of the previous build of the same name, as `npm run build` does, instead of into an empty folder. */
  keepOutput?: boolean;
  /** End with the build report, the last step of `npm run build` (skipped by default: it only reads the output). */
  report?: boolean;
  /** More of the build's environment (e.g. `ARCHIVE_PSEUDO_LOCALE`). */
  env?: Readonly<Record<string, string>>;
}

export interface BuildResult {
  /** The output folder. */
  outDir: string;
  /** Exit status of the build: the first step's that failed, else 0. */
  status: number;
  /** What the build printed, stdout and stderr together, without terminal colours. */
  output: string;
}

/** Runs a full build (pages, search index, and the report if asked). Does not throw on failure: check `status`. */
export function buildSite(options: BuildOptions): BuildResult {
  const outDir = path.join(TMP, 'builds', options.name);
  const cacheDir = path.join(TMP, 'cache', options.name);
  if (!options.keepOutput) rmSync(outDir, { recursive: true, force: true });
  if (!options.keepCache) rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child
  // build would take them for its import.meta.env and ignore BASE_PATH.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'TEST']) {
    delete env[key];
  }
  if (options.base) env['BASE_PATH'] = options.base;
  else delete env['BASE_PATH'];
  if (options.contentDir) env['ARCHIVE_CONTENT_DIR'] = options.contentDir;
  else delete env['ARCHIVE_CONTENT_DIR'];
  if (options.siteUrl) env['SITE_URL'] = options.siteUrl;
  // Each build has its own cache, so builds that tests run side by side never share one.
  env['ARCHIVE_CACHE_DIR'] = cacheDir;
  Object.assign(env, options.env);
  // The steps of `npm run build`: the pages, their search index, the report.
  const run = { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
  const release = lockDotAstro();
  let pages;
  try {
    pages = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], run);
  } finally {
    release();
  }
  // Astro colours its messages when FORCE_COLOR is set (as on some CI runners);
  // tests read the text a reader sees.
  let output = stripVTControlCharacters(`${pages.stdout}\n${pages.stderr}`);
  if (pages.status !== 0) return { outDir, status: pages.status ?? 1, output };
  const index = spawnSync(process.execPath, [TSX, SEARCH_INDEX, '--site', outDir], run);
  output += stripVTControlCharacters(`\n${index.stdout}\n${index.stderr}`);
  if (index.status !== 0 || !options.report) return { outDir, status: index.status ?? 1, output };
  const report = spawnSync(process.execPath, [TSX, BUILD_REPORT, '--site', outDir], run);
  output += stripVTControlCharacters(`\n${report.stdout}\n${report.stderr}`);
  return { outDir, status: report.status ?? 1, output };
}

/** Builds and throws with the build's output when it fails. */
export function buildSiteOrThrow(options: BuildOptions): string {
  const result = buildSite(options);
  if (result.status !== 0) throw new Error(`build "${options.name}" failed:\n${result.output}`);
  return result.outDir;
}
