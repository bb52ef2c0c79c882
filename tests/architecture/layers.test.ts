/**
 * The layers of src/, and the one rule between them: a module imports only from
 * its own layer and the layers below it. The pure model at the bottom imports
 * nothing of the site; route data sits on the model, the interface's languages
 * and the search module; build-time and Astro-bound code on all of them; pages,
 * layouts, components and the browser's search code on top. A forbidden import
 * fails here, naming the file and what it imports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The layers, bottom first, each with the folders (or files) it holds and the layers it may import. */
const LAYERS = [
  { name: 'model', holds: ['src/model/'], uses: [] },
  { name: 'i18n', holds: ['src/i18n/'], uses: ['model'] },
  { name: 'search', holds: ['src/search/'], uses: ['model', 'i18n'] },
  { name: 'routes', holds: ['src/routes/'], uses: ['model', 'i18n', 'search'] },
  {
    name: 'build',
    holds: ['src/build/', 'src/search/index/', 'src/content.config.ts'],
    uses: ['model', 'i18n', 'search', 'routes'],
  },
  { name: 'import', holds: ['src/import/'], uses: ['model', 'i18n', 'build'] },
  { name: 'client', holds: ['src/search/client/'], uses: ['model', 'i18n', 'search', 'routes'] },
  {
    name: 'markup',
    holds: ['src/components/', 'src/layouts/', 'src/search/components/'],
    uses: ['model', 'i18n', 'search', 'routes', 'client'],
  },
  { name: 'pages', holds: ['src/pages/'], uses: ['model', 'i18n', 'search', 'routes', 'build', 'markup'] },
] as const;

type LayerName = (typeof LAYERS)[number]['name'];

/** The layer of a file: the one whose folder is the longest prefix of its path. */
function layerOf(file: string): LayerName | undefined {
  let best: { name: LayerName; length: number } | undefined;
  for (const layer of LAYERS) {
    for (const prefix of layer.holds) {
      if (file.startsWith(prefix) && (!best || prefix.length > best.length))
        best = { name: layer.name, length: prefix.length };
    }
  }
  return best?.name;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** The files of src/ a file imports (relative imports only; packages are not layers). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom|\bimport|\bimport\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  return specs.map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
}

const FILES = [...sourceFiles('src'), 'src/content.config.ts'].filter((f, i, all) => all.indexOf(f) === i);

describe('the layers of src/', () => {
  it('place every source file in a layer', () => {
    expect(FILES.filter((f) => layerOf(f) === undefined && f !== 'src/env.d.ts')).toEqual([]);
  });

  it('import only from their own layer and the layers they stand on', () => {
    const forbidden: string[] = [];
    for (const file of FILES) {
      const from = layerOf(file);
      if (!from) continue;
      const allowed = new Set<string>([from, ...LAYERS.find((l) => l.name === from)!.uses]);
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to && !allowed.has(to)) forbidden.push(`${file} (${from}) imports ${target} (${to})`);
      }
    }
    expect(forbidden).toEqual([]);
  });

  it('keep the pure model free of Astro and of the file system', () => {
    const impure = FILES.filter((f) => layerOf(f) === 'model').flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      return [
        ...text.matchAll(
          /from\s+['"](astro:[^'"]+|node:fs[^'"]*|node:worker_threads|node:child_process)['"]/g,
        ),
      ].map((m) => `${file} imports ${m[1]}`);
    });
    expect(impure).toEqual([]);
  });

  it('find a forbidden import when there is one', () => {
    const from = layerOf('src/model/archive.ts');
    const to = layerOf('src/routes/paths.ts');
    expect([from, to]).toEqual(['model', 'routes']);
    expect(LAYERS.find((l) => l.name === 'model')!.uses).not.toContain('routes');
    expect(layerOf('src/search/index/write.ts')).toBe('build');
    expect(layerOf('src/search/client/archive-search.ts')).toBe('client');
  });
});
