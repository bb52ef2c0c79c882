/**
 * Reading an input without trusting it: only regular files, checked before they are
 * opened for reading, and never more than the size limit, from a file or a stream.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { MAX_INPUT_BYTES } from './decode';
import { refuse } from './refusal';

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function tooLarge(limit: number): never {
  return refuse(`the input is over ${limit} bytes; a news article is far smaller`);
}

/**
 * Reads a regular file of at most `limit` bytes. Refuses (throws `ImportRefusal`)
 * a FIFO, a device, a socket or a folder before reading anything from it, and a
 * file larger than the limit after reading at most `limit + 1` bytes.
 */
export function readInputFile(file: string, limit = MAX_INPUT_BYTES): Uint8Array {
  const before = statSync(file);
  if (!before.isFile()) refuse(`${kindOf(before)} is not a file to import`);
  if (before.size > limit) tooLarge(limit);
  // O_NONBLOCK: should the path have been swapped for a FIFO since, opening it does not wait.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) refuse(`${kindOf(stats)} is not a file to import`);
    let buffer = Buffer.alloc(Math.min(limit + 1, stats.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) tooLarge(limit);
        // The file grew since it was checked: keep reading, never past the limit.
        const grown = Buffer.alloc(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a stream (standard input) up to `limit` bytes. As soon as more arrive, stops
 * reading, lets go of the stream and refuses.
 */
export async function readInputStream(
  stream: AsyncIterable<Uint8Array | string> & { destroy?: () => void },
  limit = MAX_INPUT_BYTES,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += bytes.length;
    if (length > limit) {
      stream.destroy?.();
      tooLarge(limit);
    }
    chunks.push(bytes);
  }
  return new Uint8Array(Buffer.concat(chunks, length));
}
