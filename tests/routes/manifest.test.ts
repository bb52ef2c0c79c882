import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAVIGATION, PAGE_KINDS } from '../../src/routes/manifest';

const PAGES = path.resolve(import.meta.dirname, '../../src/pages');

/** Every route file under src/pages/, as the manifest names them. */
const routeFiles = (): string[] =>
  readdirSync(PAGES, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(PAGES, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();

describe('the page-kind manifest', () => {
  it('gives every route file of src/pages a page kind, and names no file that does not exist', () => {
    const declared = new Set<string>(PAGE_KINDS.map((k) => k.file));
    const files = routeFiles();
    expect(files.filter((f) => !declared.has(f))).toEqual([]);
    expect([...declared].filter((f) => !files.includes(f))).toEqual([]);
  });

  it('lists each kind once, and places in the navigation only kinds that have a place there', () => {
    const names = PAGE_KINDS.map((k) => k.kind);
    expect(new Set(names).size).toBe(names.length);
    for (const name of NAVIGATION) expect(PAGE_KINDS.find((k) => k.kind === name)).toHaveProperty('nav');
  });

  it('gives every HTML page of the frame an example the audits can find', () => {
    const missing = PAGE_KINDS.filter(
      (k) => k.file.endsWith('.astro') && !('example' in k) && k.kind !== 'not found',
    );
    expect(missing).toEqual([]);
  });
});
