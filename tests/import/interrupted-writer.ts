/**
 * A program for the interrupt test: it starts writing an article the way the
 * importer does (a registered temporary file beside it), prints the temporary
 * file's path, and waits to be interrupted.
 */
import { createTemporaryFile } from '../../src/import/write';
import { cleanUpOnInterrupt } from '../../src/import/signals';

cleanUpOnInterrupt();
const target = process.argv[2];
if (!target) throw new Error('usage: interrupted-writer.ts <article file>');
const temp = createTemporaryFile(target, 'half an article');
process.stdout.write(`${temp}\n`);
setInterval(() => undefined, 1000);
