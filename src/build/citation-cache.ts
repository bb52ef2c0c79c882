/**
 * Citations kept between builds in the build cache, one file per CSL item,
 * named by a digest of the item: a rebuild formats only the citations of
 * articles whose citable data changed, instead of the whole archive's.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CslItem } from '@citation-js/core';
import { digestOf } from '../model/cache-keys';
import type { Citations } from '../model/citation';

/** The folder of the citations in the build cache `cacheDir`. */
const folderOf = (cacheDir: string): string => path.join(cacheDir, 'citations');

/** Whether the build cache `cacheDir` holds any citation: false before the first build. */
export function holdsCitations(cacheDir: string): boolean {
  try {
    return readdirSync(folderOf(cacheDir)).some((name) => name.endsWith('.json'));
  } catch {
    return false;
  }
}

export class CitationCache {
  readonly #dir: string;

  constructor(cacheDir: string) {
    this.#dir = folderOf(cacheDir);
    mkdirSync(this.#dir, { recursive: true });
  }

  /** The file of an item's citations. */
  #file(item: CslItem): string {
    return path.join(this.#dir, `${digestOf(item)}.json`);
  }

  /** The citations formatted for an item equal to this one, if any. */
  get(item: CslItem): Citations | undefined {
    try {
      return JSON.parse(readFileSync(this.#file(item), 'utf8')) as Citations;
    } catch {
      return undefined;
    }
  }

  set(item: CslItem, citations: Citations): void {
    const file = this.#file(item);
    // Written whole, then renamed: a build stopped midway leaves no half file.
    writeFileSync(`${file}.tmp`, JSON.stringify(citations));
    renameSync(`${file}.tmp`, file);
  }

  /** Forgets the citations of every item but these. */
  keepOnly(items: readonly CslItem[]): void {
    const kept = new Set(items.map((item) => path.basename(this.#file(item))));
    for (const name of readdirSync(this.#dir)) {
      if (!kept.has(name)) rmSync(path.join(this.#dir, name), { force: true });
    }
  }
}
