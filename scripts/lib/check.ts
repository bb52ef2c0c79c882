/**
 * `astro check` beside running builds, for `npm test`. On its own, `astro check`
 * first syncs the project's content into `.astro/` (the generated types, and the
 * lists of content modules and assets), the folder every build of the checkout
 * rewrites; at the same time as a build, the two processes' writes collide (an
 * `UnknownFilesystemError` on `.astro/content-assets.mjs`) and the check reads
 * types a build is halfway through writing. So here the sync takes its turn with
 * the builds ({@link lockDotAstro}), its types are copied to a folder of this
 * check's own, and the check then runs without syncing, on a tsconfig that reads
 * the copy instead of `.astro/`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ASTRO, lockDotAstro, ROOT, TMP } from './build';

/** This check's own folder: the copy of `.astro/` and the tsconfig that reads it. */
export const CHECK_DIR = path.join(TMP, 'check');

/** A command for `spawn`: the project's Node and its arguments. */
export interface Command {
  command: string;
  args: string[];
  /** Whether builds wait while it runs (then it should not run at a low priority). */
  holdsLock: boolean;
}

/** Runs a command and resolves with its exit status and output. */
export type Runner = (command: Command) => Promise<{ status: number; output: string }>;

/**
 * Writes the tsconfig of the check: the project's own, with `.astro/types.d.ts`
 * replaced by the copy in {@link CHECK_DIR}. Returns its path.
 */
function writeCheckConfig(dir = CHECK_DIR): string {
  const tsconfig = path.join(dir, 'tsconfig.json');
  const fromCheck = (file: string) => path.relative(dir, path.join(ROOT, file)).split(path.sep).join('/');
  // `files` rather than `include`: an excluded folder (`.tmp/`) still excludes what `include` names.
  const config = {
    extends: fromCheck('tsconfig.json'),
    files: ['astro/types.d.ts'],
    include: [fromCheck('**/*')],
    exclude: ['dist', 'node_modules', '.tmp'].map(fromCheck),
  };
  writeFileSync(tsconfig, `${JSON.stringify(config, null, 2)}\n`);
  return tsconfig;
}

/**
 * Syncs the content in turn with the builds, copies the types, and checks the
 * copy, in `dir`. Resolves with the exit status and the output of both steps.
 */
export async function checkBesideBuilds(
  run: Runner,
  dir = CHECK_DIR,
): Promise<{ status: number; output: string }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const release = lockDotAstro();
  let sync;
  try {
    sync = await run({ command: process.execPath, args: [ASTRO, 'sync'], holdsLock: true });
    if (sync.status === 0) cpSync(path.join(ROOT, '.astro'), path.join(dir, 'astro'), { recursive: true });
  } finally {
    release();
  }
  if (sync.status !== 0) return sync;
  const check = await run({
    command: process.execPath,
    args: [ASTRO, 'check', '--noSync', '--tsconfig', writeCheckConfig(dir)],
    holdsLock: false,
  });
  return { status: check.status, output: `${sync.output}${check.output}` };
}
