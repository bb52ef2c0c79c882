/**
 * A build writes into the `dist/` of the last build instead of emptying it, so
 * that the pages Astro's incremental build keeps are already in place (copying
 * 12,000 unchanged pages back cost a rebuild a quarter of its time). What the
 * last build wrote and this one did not — the page of a deleted article, the
 * feed of a removed leader — is then removed here, once the build is done.
 */
import { rmSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder, relativePath } from './files';

/** Output the pages do not write: bundles, the search index, the sitemap. */
const NOT_PAGES = /^(?:_astro|pagefind)\//;
const SITEMAP = /^sitemap-[\w-]+\.xml$/;

/**
 * The files among `files` (paths relative to the output folder, `/`-separated)
 * that no route of this build wrote, that are not copies of `public/` and not
 * bundles, index or sitemap.
 */
export function staleOutput(
  files: readonly string[],
  written: ReadonlySet<string>,
  publicFiles: ReadonlySet<string>,
): string[] {
  return files.filter(
    (file) => !written.has(file) && !publicFiles.has(file) && !NOT_PAGES.test(file) && !SITEMAP.test(file),
  );
}

/** Scripts and styles the bundler writes, under content-hashed names. */
const BUNDLE = /^_astro\/.+\.(?:js|css)$/;

/**
 * The bundles among `files` (with their modification times) that an earlier
 * build wrote: the bundler writes every bundle of a build, changed or not, so
 * a bundle older than this build's start belongs to code that has changed
 * since. Other files under `_astro/` (images) are left alone.
 */
export function staleBundles(files: readonly { file: string; mtimeMs: number }[], since: number): string[] {
  return files.filter(({ file, mtimeMs }) => BUNDLE.test(file) && mtimeMs < since).map(({ file }) => file);
}

/** The integration: removes stale output at `astro:build:done`. */
export function removeStaleOutput(): AstroIntegration {
  let publicDir = '';
  let started = 0;
  return {
    name: 'remove-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const written = new Set(
          [...assets.values()].flat().map((url) => relativePath(out, fileURLToPath(url))),
        );
        const files = filesUnder(out);
        const bundles = files
          .filter((file) => file.startsWith('_astro/'))
          .map((file) => ({ file, mtimeMs: statSync(path.join(out, file)).mtimeMs }));
        const stale = [
          ...staleOutput(files, written, new Set(filesUnder(publicDir))),
          ...staleBundles(bundles, started),
        ];
        for (const file of stale) {
          rmSync(path.join(out, file), { force: true });
          // And the folders that held only it, such as a deleted article's.
          for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) {
            try {
              rmdirSync(path.join(out, folder));
            } catch {
              break;
            }
          }
        }
        if (stale.length > 0)
          logger.info(`removed ${stale.length} file(s) the last build wrote and this one did not`);
      },
    },
  };
}
