/**
 * Entry point of `npm run import`. See `run.ts` (or `--help`) for what it does.
 */
import { buffer } from 'node:stream/consumers';
import { run } from './run';

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
