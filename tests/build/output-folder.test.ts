import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolderProblem } from '../../src/build/output-folder';
import { TMP } from '../support/build';

describe('outputFolderProblem', () => {
  const dir = path.join(TMP, 'output-folder');

  it('accepts a folder it can write, creating it, and leaves nothing behind', () => {
    const target = path.join(dir, 'new', 'dist');
    expect(outputFolderProblem(target)).toBeUndefined();
    expect(readdirSync(target)).toEqual([]);
  });

  it('names a folder it cannot write, with the reason and what to do', () => {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    expect(outputFolderProblem(path.join(file, 'dist'))).toBe(
      `The output folder ${path.join(file, 'dist')} cannot be written (ENOTDIR): make it writable, or build elsewhere with --outDir <folder>.`,
    );
  });
});
