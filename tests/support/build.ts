/**
 * Builds the site for tests: `astro build` (with its search index) into a folder
 * of `.tmp/`, with the given environment. Tests read the output like Astro's own
 * tests do: parse the HTML, assert on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Scratch space for builds and generated archives; ignored by git. */
export const TMP = path.join(ROOT, '.tmp');

export interface BuildOptions {
  /** Output folder name under `.tmp/builds/`. */
  name: string;
  /** `BASE_PATH` for the build. */
  base?: string;
  /** `ARCHIVE_CONTENT_DIR` for the build (absolute or relative to the root). */
  contentDir?: string;
  siteUrl?: string;
}

export interface BuildResult {
  /** The output folder. */
  outDir: string;
  /** Exit status of `astro build`. */
  status: number;
  /** What the build printed, stdout and stderr together. */
  output: string;
}

/** Runs a full build (pages and search index). Does not throw on failure: check `status`. */
export function buildSite(options: BuildOptions): BuildResult {
  const outDir = path.join(TMP, 'builds', options.name);
  rmSync(outDir, { recursive: true, force: true });
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
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { outDir, status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds and throws with the build's output when it fails. */
export function buildSiteOrThrow(options: BuildOptions): string {
  const result = buildSite(options);
  if (result.status !== 0) throw new Error(`build "${options.name}" failed:\n${result.output}`);
  return result.outDir;
}
