/** File-size figures of a build output, for the benchmark. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Size and count of the files under `dir`, optionally only those `include` accepts. */
export function folderSize(
  dir: string,
  include: (file: string) => boolean = () => true,
): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!include(file)) continue;
    bytes += statSync(file).size;
    files++;
  }
  return { bytes, files };
}

/** The largest HTML page under `dir`: its path (relative) and size. */
export function largestPage(dir: string): { page: string; bytes: number } {
  let best = { page: '', bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    if (bytes > best.bytes) best = { page: path.relative(dir, file), bytes };
  }
  return best;
}
