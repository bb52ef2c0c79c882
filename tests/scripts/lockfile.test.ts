/**
 * The committed lock file holds every platform's build of the packages that
 * ship native binaries, so `npm ci` accepts it on Linux, macOS and Windows and
 * leaves a fresh clone unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingOptionalPackages, type LockFile } from '../../scripts/lib/lockfile';

const ROOT = path.resolve(import.meta.dirname, '../..');
const readLock = (file: string): LockFile =>
  JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as LockFile;

describe('missingOptionalPackages', () => {
  it('finds no optional package missing from the committed package-lock.json', () => {
    const lock = readLock('package-lock.json');
    expect(Object.keys(lock.packages ?? {}).length).toBeGreaterThan(100);
    expect(missingOptionalPackages(lock)).toEqual([]);
  });

  it('finds the other platforms’ packages missing from a lock file written on Linux alone', () => {
    // Astro's compiler and Pagefind as an earlier lock file recorded them: only the Linux builds.
    const missing = missingOptionalPackages(readLock('tests/fixtures/lockfiles/single-platform.json'));
    expect(missing.map((m) => `${m.dependent} → ${m.name}`)).toEqual([
      'node_modules/@astrojs/compiler-binding → @astrojs/compiler-binding-android-arm64',
      'node_modules/@astrojs/compiler-binding → @astrojs/compiler-binding-darwin-arm64',
      'node_modules/@astrojs/compiler-binding → @astrojs/compiler-binding-darwin-x64',
      'node_modules/@astrojs/compiler-binding → @astrojs/compiler-binding-linux-arm64-gnu',
      'node_modules/@astrojs/compiler-binding → @astrojs/compiler-binding-linux-arm64-musl',
      'node_modules/@astrojs/compiler-binding → @astrojs/compiler-binding-wasm32-wasi',
      'node_modules/@astrojs/compiler-binding → @astrojs/compiler-binding-win32-arm64-msvc',
      'node_modules/@astrojs/compiler-binding → @astrojs/compiler-binding-win32-x64-msvc',
      'node_modules/pagefind → @pagefind/darwin-arm64',
      'node_modules/pagefind → @pagefind/darwin-x64',
      'node_modules/pagefind → @pagefind/freebsd-x64',
      'node_modules/pagefind → @pagefind/windows-arm64',
      'node_modules/pagefind → @pagefind/windows-x64',
    ]);
  });

  it('finds an optional package where Node would: nested under its dependent or in an enclosing node_modules', () => {
    const lock: LockFile = {
      lockfileVersion: 3,
      packages: {
        '': { optionalDependencies: { top: '^1' } },
        'node_modules/top': { version: '1.0.0' },
        'node_modules/a': { optionalDependencies: { b: '^1', c: '^1', d: '^1' } },
        'node_modules/a/node_modules/b': { version: '1.0.0', optionalDependencies: { c: '^1', e: '^1' } },
        'node_modules/c': { version: '1.0.0' },
      },
    };
    expect(missingOptionalPackages(lock)).toEqual([
      { dependent: 'node_modules/a', name: 'd', range: '^1' },
      { dependent: 'node_modules/a/node_modules/b', name: 'e', range: '^1' },
    ]);
  });

  it('refuses a lock file without a packages section', () => {
    expect(() => missingOptionalPackages({ lockfileVersion: 1 })).toThrow(/lockfileVersion 2 or 3/);
  });
});
