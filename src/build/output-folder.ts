/**
 * A build into a folder it cannot write fails at once with one sentence naming
 * the folder, instead of a stack trace from deep inside the bundler.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Why `dir` cannot take the build's output, or `undefined` when it can: creates
 * it if missing and writes and removes a probe file.
 */
export function outputFolderProblem(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return `The output folder ${dir} cannot be written (${code}): make it writable, or build elsewhere with --outDir <folder>.`;
  }
}

/** The integration: checks the output folder when a build starts. */
export function checkOutputFolder(): AstroIntegration {
  let outDir = '';
  return {
    name: 'output-folder',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        const problem = outputFolderProblem(outDir);
        if (problem === undefined) return;
        logger.error(problem);
        process.exit(1);
      },
    },
  };
}
