/**
 * Entry point of `npm run import`. See `run.ts` (or `--help`) for what it does.
 */
import { readInputStream } from './read';
import { run } from './run';
import { cleanUpOnInterrupt } from './signals';

cleanUpOnInterrupt();
const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: (limit) => readInputStream(process.stdin, limit),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
