/**
 * The lock builds of one checkout take turns with at the Astro step (scripts/lib/build.ts).
 * These tests hold the real lock for a moment: a build of another test file waits meanwhile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOT_ASTRO_LOCK as LOCK, lockDotAstro } from '../../scripts/lib/build';

describe('lockDotAstro', () => {
  it('is held until released', () => {
    const release = lockDotAstro();
    expect(existsSync(LOCK)).toBe(true);
    release();
    expect(existsSync(LOCK)).toBe(false);
  });

  it('waits while a running process holds it, and says which', () => {
    const release = lockDotAstro();
    try {
      // This process is running: a second taker waits, then gives up.
      const started = Date.now();
      expect(() => lockDotAstro({ waitMs: 300 })).toThrow(`held by process ${process.pid}`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    } finally {
      release();
    }
  });

  it('takes over a lock whose process has ended', () => {
    const release = lockDotAstro();
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path.join(LOCK, 'pid'), String(ended));
    const again = lockDotAstro({ waitMs: 5_000 });
    expect(existsSync(LOCK)).toBe(true);
    again();
    release();
    expect(existsSync(LOCK)).toBe(false);
  });
});
