/** Listing the files of a build's output or cache. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

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
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
