/**
 * Shared helpers for the importer's tests: the repository's collections, fixture
 * files and a scratch folder per test under `.tmp/`.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCollections } from '../../src/import/collections';
import { createMatcher } from '../../src/import/entities';
import { run, type Io } from '../../src/import/run';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RAW = path.join(ROOT, 'tests/fixtures/raw');
export const VARIANTS = path.join(ROOT, 'tests/fixtures/import');

/** The matcher over the repository's own leaders and countries. */
export const matcher = (() => {
  const { leaders, countries } = loadCollections(path.join(ROOT, 'content'));
  return createMatcher(leaders, countries);
})();

/** A fixture's text, as UTF-8. */
export function fixture(name: string): string {
  return readFileSync(path.join(VARIANTS, name), 'utf8');
}

/** A fresh, empty scratch folder. */
export function scratch(name: string): string {
  const dir = path.join(ROOT, '.tmp', 'import-tests', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What a run of the command printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process, in the repository, with the given stdin. */
export async function runImport(argv: string[], stdin: Uint8Array = new Uint8Array()): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: async () => stdin,
    env: {},
    cwd: ROOT,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
