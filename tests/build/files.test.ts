import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder, relativePath } from '../../src/build/files';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists every file below a folder, relative and sorted, without the folders themselves', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'files-'));
    mkdirSync(path.join(dir, 'articles/2021/05'), { recursive: true });
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'index.html'), '');
    writeFileSync(path.join(dir, 'articles/2021/05/talk.html'), '');
    expect(filesUnder(dir)).toEqual(['articles/2021/05/talk.html', 'index.html']);
  });

  it('lists nothing for a folder that does not exist', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'files-'));
    expect(filesUnder(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('relativePath', () => {
  it('names a file below a folder with / between segments, and the folder itself as empty', () => {
    const root = path.join(tmpdir(), 'site');
    expect(relativePath(root, path.join(root, 'search', 'index.html'))).toBe('search/index.html');
    expect(relativePath(root, root)).toBe('');
    expect(relativePath(path.join(root, 'dist'), path.join(root, 'content', 'a.md'))).toBe('../content/a.md');
  });
});
