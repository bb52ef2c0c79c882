/**
 * `astro check` in `npm test` runs beside the builds of the suite (scripts/lib/check.ts):
 * its content sync takes its turn with them, and the check itself reads a copy of the
 * generated types, never `.astro/`, which the builds rewrite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOT_ASTRO_LOCK, ROOT, TMP } from '../../scripts/lib/build';
import { checkBesideBuilds, type Command } from '../../scripts/lib/check';

const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
// A folder of this test's own: `npm test` may be checking in the default one meanwhile.
const DIR = path.join(TMP, `check-test-${process.pid}`);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('astro check beside the builds', () => {
  it('syncs holding the lock of .astro/, then checks without syncing, on a program that reads its own copy of the types', async () => {
    const seen: { args: string[]; locked: boolean; holdsLock: boolean }[] = [];
    let listed: string[] = [];
    const result = await checkBesideBuilds(async ({ command, args, holdsLock }: Command) => {
      seen.push({ args, locked: existsSync(DOT_ASTRO_LOCK), holdsLock });
      if (args[1] === 'sync') {
        const sync = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
        return { status: sync.status ?? 1, output: sync.stdout };
      }
      // In place of the check, the files its program would read.
      const tsconfig = args[args.indexOf('--tsconfig') + 1] ?? '';
      const files = spawnSync(process.execPath, [TSC, '--listFilesOnly', '-p', tsconfig], {
        encoding: 'utf8',
      });
      listed = files.stdout
        .split('\n')
        .filter(Boolean)
        .map((f) => path.relative(ROOT, f));
      return { status: files.status ?? 1, output: '' };
    }, DIR);

    expect(result.status).toBe(0);
    expect(seen.map(({ args, locked, holdsLock }) => [args[1], locked, holdsLock])).toEqual([
      ['sync', true, true],
      ['check', false, false],
    ]);
    expect(seen[1]?.args).toContain('--noSync');
    const own = path.relative(ROOT, DIR);
    expect(listed).toContain(`${own}/astro/types.d.ts`);
    expect(listed).toContain(`${own}/astro/content.d.ts`);
    expect(listed).toContain('src/model/slug.ts');
    expect(listed).toContain('tests/scripts/check.test.ts');
    expect(listed.filter((f) => f.startsWith('.astro/'))).toEqual([]);
    expect(listed.filter((f) => f.startsWith('.tmp/') && !f.startsWith(`${own}/`))).toEqual([]);
  });
});
