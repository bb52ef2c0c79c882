/**
 * The imported relations archive (`tests/fixtures/archives/relations-imported`) is
 * provably the importer's output: importing the raw texts of
 * `tests/fixtures/import/relations-raw/` against the shipped registry gives its
 * articles byte for byte, and its registry files are the shipped ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { ROOT, VARIANTS, runImport, scratch, type RunResult } from './support';

const RAW_DIR = path.join(VARIANTS, 'relations-raw');
const ARCHIVE = path.join(ROOT, 'tests/fixtures/archives/relations-imported');
const SEEDS = [
  '2021/05/head-of-state-had-telephone-talk-with-tajik-president.md',
  '2025/10/tokayev-speaks-at-central-asia-russia-summit-in-dushanbe.md',
];

/** The files under `dir`, as sorted paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

let out = '';
let result: RunResult;
beforeAll(async () => {
  out = scratch('relations-raw');
  result = await runImport(['--out', out, path.relative(ROOT, RAW_DIR)]);
}, 60_000);

describe('the imported relations archive', () => {
  it('imports every raw text and refuses none', () => {
    const raw = readdirSync(RAW_DIR).filter((name) => /\.(txt|html)$/.test(name));
    expect(raw.length).toBeGreaterThanOrEqual(12);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Summary: ${raw.length} imported, 0 refused`);
    expect(result.stderr).not.toContain('unmatched');
  });

  it('holds exactly what the import writes, byte for byte, and the two seeds', () => {
    const written = filesUnder(out);
    expect(filesUnder(path.join(ARCHIVE, 'articles'))).toEqual([...written, ...SEEDS].sort());
    for (const file of written) {
      expect(readFileSync(path.join(ARCHIVE, 'articles', file), 'utf8'), file).toBe(
        readFileSync(path.join(out, file), 'utf8'),
      );
    }
    for (const seed of SEEDS) {
      expect(readFileSync(path.join(ARCHIVE, 'articles', seed), 'utf8'), seed).toBe(
        readFileSync(path.join(ROOT, 'content/articles', seed), 'utf8'),
      );
    }
  });

  it('uses the shipped registry files, unchanged, for every leader and country it names', () => {
    for (const folder of ['leaders', 'countries']) {
      for (const file of filesUnder(path.join(ARCHIVE, folder))) {
        expect(readFileSync(path.join(ARCHIVE, folder, file), 'utf8'), `${folder}/${file}`).toBe(
          readFileSync(path.join(ROOT, 'content', folder, file), 'utf8'),
        );
      }
    }
    const leaders = new Set(filesUnder(path.join(ARCHIVE, 'leaders')).map((f) => f.replace(/\.yaml$/, '')));
    for (const file of filesUnder(path.join(ARCHIVE, 'articles'))) {
      const { data } = parseFrontmatter(readFileSync(path.join(ARCHIVE, 'articles', file), 'utf8'));
      for (const id of data['leaders'] as string[]) expect(leaders, `${file}: ${id}`).toContain(id);
    }
  });

  it('covers several kinds and pairs, before and after March 2019 and March 2024', () => {
    const articles = filesUnder(path.join(ARCHIVE, 'articles')).map(
      (file) => parseFrontmatter(readFileSync(path.join(ARCHIVE, 'articles', file), 'utf8')).data,
    );
    expect(new Set(articles.map((a) => a['kind']))).toEqual(
      new Set(['call', 'meeting', 'visit', 'speech', 'statement', 'interview']),
    );
    const published = articles.map((a) => String(a['published']));
    expect(published.some((p) => p < '2019-03-20')).toBe(true);
    expect(published.some((p) => p > '2019-03-20' && p < '2024-03-01')).toBe(true);
    expect(published.some((p) => p > '2024-03-01')).toBe(true);
    expect(new Set(articles.map((a) => a['lang']))).toEqual(new Set(['en', 'ru', 'kk']));
  });
});
