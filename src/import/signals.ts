/**
 * What the importer does when it is interrupted: it removes the temporary files it
 * is writing, so an interrupted import leaves the archive as it was, and exits with
 * the usual code for the signal (130 for SIGINT, 143 for SIGTERM).
 */
import { removeTemporaryFiles } from './write';

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

/** Installs the handlers on `proc` (the running process). */
export function cleanUpOnInterrupt(proc: NodeJS.Process = process): void {
  for (const [signal, number] of Object.entries(SIGNALS)) {
    proc.once(signal, () => {
      removeTemporaryFiles();
      proc.stderr.write(`import: interrupted (${signal}); nothing half-written is left behind\n`);
      proc.exit(128 + number);
    });
  }
  proc.once('exit', removeTemporaryFiles);
}
