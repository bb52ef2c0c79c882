/**
 * `npm test`: the static checks (`astro check`, ESLint, Prettier) run one after
 * the other beside Vitest instead of before it, at the lowest priority, so they
 * fill the moments the test files leave a core idle and, what they have not done
 * by then, the core Lighthouse leaves idle at the end. Vitest prints as it goes;
 * the checks' output follows it. Every process of the run shares Node's compile
 * cache. Fails when any step fails.
 *
 *   npm test [-- <vitest arguments>]
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/build';

const VITEST = path.join(ROOT, 'node_modules/vitest/vitest.mjs');

/** The static checks, in order, as `npm run` scripts. */
const CHECKS = ['check', 'lint', 'format:check'];

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
    // Before npm starts the script: the script's processes inherit the priority. The lowest
    // (19) rather than a lower one (10): the checks then hardly ever take a core from the test
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
  const outcomes: Outcome[] = [];
  for (const script of CHECKS) {
    outcomes.push(await run(`npm run ${script}`, 'npm', ['run', '--silent', script], { nice: true }));
  }
  return outcomes;
}

// Node keeps the compiled code of the modules it loads (Astro, Vite, Playwright…) on disk,
// so the many processes of a run (builds, workers, checks) compile each module once.
process.env['NODE_COMPILE_CACHE'] ??= path.join(ROOT, 'node_modules/.cache/node-compile-cache');

const started = Date.now();
const [tests, statics] = await Promise.all([
  run('vitest run', process.execPath, [VITEST, 'run', ...process.argv.slice(2)], { show: true }),
  checks(),
]);
for (const { name, status, output } of statics) {
  console.log(`\n> ${name}${status === 0 ? '' : ` (failed, exit status ${status})`}\n`);
  process.stdout.write(output);
}
const outcomes = [...statics, tests];
const failed = outcomes.filter((o) => o.status !== 0).map((o) => o.name);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `\n${failed.length ? `Failed: ${failed.join(', ')}` : `Passed: ${outcomes.map((o) => o.name).join(', ')}`} (${seconds} s)`,
);
process.exitCode = failed.length ? 1 : 0;
