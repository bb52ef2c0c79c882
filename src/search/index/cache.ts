/**
 * The search index's shards, kept between builds in the build cache: a shard
 * whose pages are byte for byte those it was written from is copied from the
 * cache instead of indexed again, so a rebuild after one edit re-indexes one
 * shard, not the archive.
 *
 * A shard's fingerprint covers the path and bytes of every page it indexes,
 * Pagefind's version and the indexing options: any difference re-indexes it.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../build/files';

const MANIFEST = 'manifest.json';

/**
 * Puts a copy of the folder `from` at `to`: hard links where the file system
 * allows (no bytes copied; nothing writes into index files once written, a new
 * index replaces them), copies elsewhere.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const file of filesUnder(from)) {
    const target = path.join(to, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(from, file), target);
    } catch {
      copyFileSync(path.join(from, file), target);
    }
  }
}

/** The version of the Pagefind package that writes the index (its package.json is not exported). */
function pagefindVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The fingerprint of the pages under `folders` of `siteDir` (e.g. `articles/2021`),
 * with the options the index is written with.
 */
export function fingerprintPages(siteDir: string, folders: readonly string[], options: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify([pagefindVersion(), options]));
  for (const folder of [...folders].sort()) {
    const dir = path.join(siteDir, folder);
    for (const file of filesUnder(dir)) {
      hash.update(`\n${folder}/${file}\n`);
      hash.update(readFileSync(path.join(dir, file)));
    }
  }
  return hash.digest('hex');
}

/** Shards kept in `<cacheDir>/search-index/`, each under its id, with a manifest of fingerprints. */
export class ShardCache {
  readonly #dir: string;
  readonly #manifest: Record<string, string>;

  constructor(cacheDir: string) {
    this.#dir = path.join(cacheDir, 'search-index');
    try {
      this.#manifest = JSON.parse(readFileSync(path.join(this.#dir, MANIFEST), 'utf8')) as Record<
        string,
        string
      >;
    } catch {
      this.#manifest = {};
    }
  }

  /** Copies the cached shard `id` to `to` when it was written from pages with this fingerprint. */
  restore(id: string, fingerprint: string, to: string): boolean {
    const from = path.join(this.#dir, id);
    if (this.#manifest[id] !== fingerprint || !existsSync(from)) return false;
    rmSync(to, { recursive: true, force: true });
    linkTree(from, to);
    return true;
  }

  /** Keeps a copy of the shard just written at `from`, under its fingerprint. */
  save(id: string, fingerprint: string, from: string): void {
    const to = path.join(this.#dir, id);
    delete this.#manifest[id];
    this.#writeManifest();
    rmSync(to, { recursive: true, force: true });
    linkTree(from, to);
    this.#manifest[id] = fingerprint;
    this.#writeManifest();
  }

  /** Forgets every shard not in `ids` (shards of an earlier plan). */
  keepOnly(ids: readonly string[]): void {
    for (const id of Object.keys(this.#manifest)) {
      if (!ids.includes(id)) delete this.#manifest[id];
    }
    if (existsSync(this.#dir)) {
      for (const name of readdirSync(this.#dir)) {
        if (name !== MANIFEST && !ids.includes(name))
          rmSync(path.join(this.#dir, name), { recursive: true, force: true });
      }
    }
    this.#writeManifest();
  }

  #writeManifest(): void {
    mkdirSync(this.#dir, { recursive: true });
    writeFileSync(path.join(this.#dir, MANIFEST), JSON.stringify(this.#manifest, null, 2));
  }
}
