/** Measures a built site for the build report: its pages, files, size, largest file and fullest folder. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { relativePath } from './files';
import type { SiteFigures } from '../model/hosts';

/**
 * The figures of the site in `dir` (every file under it, as a host would
 * receive them). Throws when `dir` does not exist.
 */
export function measureSite(dir: string): SiteFigures {
  const figures: SiteFigures = {
    pages: 0,
    files: 0,
    bytes: 0,
    largestFile: undefined,
    fullestFolder: undefined,
  };
  const walk = (folder: string): void => {
    const entries = readdirSync(folder, { withFileTypes: true });
    const relative = relativePath(dir, folder) || '.';
    if (!figures.fullestFolder || entries.length > figures.fullestFolder.entries) {
      figures.fullestFolder = { path: relative, entries: entries.length };
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const { size } = statSync(full);
      figures.files += 1;
      figures.bytes += size;
      if (entry.name.endsWith('.html')) figures.pages += 1;
      if (!figures.largestFile || size > figures.largestFile.bytes) {
        figures.largestFile = { path: relativePath(dir, full), bytes: size };
      }
    }
  };
  walk(dir);
  return figures;
}
