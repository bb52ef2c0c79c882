/** Listing the files of a build's output or cache, and naming them. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The path of `to` relative to `from`, with `/` between segments on every
 * system: how the build names files in its messages and reports.
 * @example relativePath('/site/dist', '/site/dist/search/index.html') // 'search/index.html'
 */
export function relativePath(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/**
 * Every file under `dir`, as paths relative to it with `/` between segments,
 * sorted; none when `dir` does not exist.
 */
export function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relativePath(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
