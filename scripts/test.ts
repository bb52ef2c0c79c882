/**
 * `npm test`, in two steps, so that both cores stay busy:
 * - the test files of the built site (the `site` project), with the static checks
 *   (`astro check`, ESLint, Prettier) one after the other beside them at the lowest
 *   priority, where they take the moments the test files leave a core idle;
 * - then Lighthouse (`site-alone`), which keeps one core busy, with the unit and
 *   content tests (`unit`) on the other, also at the lowest priority, so that they
 *   hardly touch what Lighthouse measures.
 * The Vitest runs share the builds of this `npm test` (`SHARED_BUILD_RUN`, read by
 * tests/global-setup.ts). The site's runs print as they go; the unit tests' and
 * the checks' output follows. Every process shares Node's compile cache. Fails
 * when any step fails.
 *
 *   npm test                          the whole suite
 *   npm test -- <vitest arguments>    one Vitest run of what they name, with the checks beside it
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/build';
import { checkBesideBuilds } from './lib/check';

const VITEST = path.join(ROOT, 'node_modules/vitest/vitest.mjs');

/** The static checks after `astro check`, in order, as `npm run` scripts. */
const CHECKS = ['lint', 'format:check'];

interface Outcome {
  name: string;
  status: number;
  output: string;
}

/** Runs a command; its output is kept, or printed as it comes when `show` is set. */
function run(
  name: string,
  command: string,
  args: string[],
  { show = false, nice = false } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: show ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    // Before the command starts its own processes, which inherit the priority. The lowest (19)
    // rather than a lower one (10): the checks then hardly ever take a core from the test
    // files, and the run used less CPU in all (median of four runs on 2 cores, taken in turn:
    // 262 s and 442-469 s of CPU, against 297 s and 511-532 s at 10).
    if (nice && child.pid !== undefined) setPriority(child.pid, 19);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ name, status: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ name, status: code ?? 1, output }));
  });
}

async function checks(): Promise<Outcome[]> {
  // `npm run check`, taking turns with the builds at the content sync (scripts/lib/check.ts).
  const typeCheck = await checkBesideBuilds(({ command, args, holdsLock }) =>
    run('astro check', command, args, { nice: !holdsLock }),
  );
  const outcomes: Outcome[] = [{ name: 'npm run check', ...typeCheck }];
  for (const script of CHECKS) {
    outcomes.push(await run(`npm run ${script}`, 'npm', ['run', '--silent', script], { nice: true }));
  }
  return outcomes;
}

// Node keeps the compiled code of the modules it loads (Astro, Vite, Playwright…) on disk,
// so the many processes of a run (builds, workers, checks) compile each module once.
process.env['NODE_COMPILE_CACHE'] ??= path.join(ROOT, 'node_modules/.cache/node-compile-cache');

// One name for the shared builds of every Vitest run of this `npm test`.
process.env['SHARED_BUILD_RUN'] ??= `npm-test-${process.pid}-${Date.now()}`;

/** A Vitest run: printed as it goes, or kept and at the lowest priority when `nice`. */
const vitest = (args: string[], nice = false): Promise<Outcome> =>
  run(`vitest run ${args.join(' ')}`, process.execPath, [VITEST, 'run', ...args], { show: !nice, nice });

const started = Date.now();
const asked = process.argv.slice(2);
let tests: Outcome[];
let statics: Outcome[];
if (asked.length > 0) {
  const [outcome, checked] = await Promise.all([vitest(asked), checks()]);
  [tests, statics] = [[outcome], checked];
} else {
  const checking = checks();
  const files = await vitest(['--project', 'site']);
  const [lighthouse, unit] = await Promise.all([
    vitest(['--project', 'site-alone']),
    vitest(['--project', 'unit'], true),
  ]);
  process.stdout.write(unit.output);
  [tests, statics] = [[files, lighthouse, unit], await checking];
}
for (const { name, status, output } of statics) {
  console.log(`\n> ${name}${status === 0 ? '' : ` (failed, exit status ${status})`}\n`);
  process.stdout.write(output);
}
const outcomes = [...statics, ...tests];
const failed = outcomes.filter((o) => o.status !== 0).map((o) => o.name);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `\n${failed.length ? `Failed: ${failed.join(', ')}` : `Passed: ${outcomes.map((o) => o.name).join(', ')}`} (${seconds} s)`,
);
process.exitCode = failed.length ? 1 : 0;
