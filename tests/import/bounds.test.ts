import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/import/decode';
import { readInputFile, readInputStream } from '../../src/import/read';
import { ImportRefusal } from '../../src/import/refusal';
import { RAW, ROOT, runImport, scratch } from './support';

const CALL = path.join(RAW, '004_62ba38e15f9afd11.txt');
const CALL_FILE = '2021/05/head-of-state-had-telephone-talk-with-tajik-president.md';
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

describe('only regular files are read', () => {
  it('refuses a FIFO without opening it for reading (no writer: it would hang)', async () => {
    const dir = scratch('bounds-fifo');
    const fifo = path.join(dir, 'pipe.txt');
    mkfifo(fifo);
    const { code, stderr } = await runImport(['--dry-run', '--out', dir, fifo]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/refused: +a named pipe \(FIFO\) is not a file to import/);
  });

  it('refuses a FIFO among the files of a folder and imports the others', async () => {
    const dir = scratch('bounds-fifo-folder');
    const out = scratch('bounds-fifo-folder-out');
    mkfifo(path.join(dir, 'a-pipe.txt'));
    writeFileSync(path.join(dir, 'call.txt'), readFileSync(CALL));
    const { code, stderr } = await runImport(['--out', out, dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/a-pipe\.txt: a named pipe \(FIFO\) is not a file to import/);
    expect(existsSync(path.join(out, CALL_FILE))).toBe(true);
  });

  it('refuses /dev/zero as a device', async () => {
    const { code, stderr } = await runImport(['--dry-run', '/dev/zero']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/a character device is not a file to import/);
  });
});

describe('at most the size limit is read', () => {
  it('refuses a file over the limit before reading it', () => {
    const dir = scratch('bounds-big');
    const file = path.join(dir, 'big.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 4 * 1024 * 1024 * 1024); // a sparse 4 GB file
    closeSync(fd);
    expect(() => readInputFile(file)).toThrow(ImportRefusal);
    expect(() => readInputFile(file)).toThrow(`over ${MAX_INPUT_BYTES} bytes`);
  });

  it('reads a file of exactly the limit', () => {
    const dir = scratch('bounds-limit');
    const file = path.join(dir, 'limit.txt');
    writeFileSync(file, 'x'.repeat(1000));
    expect(readInputFile(file, 1000).length).toBe(1000);
    expect(() => readInputFile(file, 999)).toThrow('over 999 bytes');
  });

  it('stops reading an endless stream once it passes the limit', async () => {
    let served = 0;
    let destroyed = false;
    const endless = new Readable({
      read() {
        served += 65536;
        this.push(Buffer.alloc(65536, 0x41));
      },
      destroy(error, callback) {
        destroyed = true;
        callback(error);
      },
    });
    await expect(readInputStream(endless, 1_000_000)).rejects.toThrow('over 1000000 bytes');
    expect(destroyed).toBe(true);
    expect(served).toBeLessThan(1_000_000 + 20 * 65536);
  });

  it('refuses /dev/zero on standard input and exits instead of growing', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = spawnSync(process.execPath, [TSX, 'src/import/cli.ts', '--dry-run', '-'], {
        cwd: ROOT,
        stdio: [zero, 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/\(standard input\)\n {2}refused: +the input is over 8388608 bytes/);
    } finally {
      closeSync(zero);
    }
  }, 60_000);
});

describe('--date', () => {
  it.each(['2025-10-09T25:00', '2025-10-09T12:60', '2025-02-30', '2025-10-09T10:00+15:00', '2025-13-01'])(
    'refuses the impossible %s as a usage error',
    async (value) => {
      const { code, stderr } = await runImport(['--dry-run', '--date', value, CALL]);
      expect(code).toBe(2);
      expect(stderr).toContain(`--date "${value}" is not a real date`);
    },
  );

  it('refuses an impossible time written the way news sites write dates', async () => {
    const { code, stderr } = await runImport(['--dry-run', '--date', '9 October 2025, 25:10', CALL]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--date "9 October 2025, 25:10" has a time that does not exist/);
  });

  it('keeps a real time given with --date in the source’s zone', async () => {
    const out = scratch('bounds-date');
    const { code, stdout } = await runImport(['--dry-run', '--out', out, '--date', '2021-05-02T09:30', CALL]);
    expect(code).toBe(0);
    expect(stdout).toContain("published: '2021-05-02T09:30:00+06:00'");
  });
});

describe('--force keeps the replaced article', () => {
  it('copies the replaced file into import-backups beside the articles folder and says where', async () => {
    const content = scratch('bounds-force');
    const out = path.join(content, 'articles');
    expect((await runImport(['--out', out, CALL])).code).toBe(0);
    const file = path.join(out, CALL_FILE);
    const edited = readFileSync(file, 'utf8').replace('tags:', 'places:\n  - Akorda\ntags:');
    writeFileSync(file, edited);

    const { code, stderr } = await runImport(['--out', out, '--force', CALL]);
    expect(code).toBe(0);
    const backups = path.join(content, 'import-backups/2021/05');
    const [backup, ...more] = readdirSync(backups);
    expect(more).toEqual([]);
    expect(backup).toMatch(/^head-of-state-had-telephone-talk-with-tajik-president\.\d{8}T\d{6}Z\.md$/);
    expect(readFileSync(path.join(backups, backup!), 'utf8')).toBe(edited);
    expect(stderr).toContain(
      `kept       the replaced article as ${path.relative(ROOT, path.join(backups, backup!))}`,
    );
    expect(readFileSync(file, 'utf8')).not.toContain('places:');
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('makes no backup when the replaced file is unchanged', async () => {
    const content = scratch('bounds-force-same');
    const out = path.join(content, 'articles');
    expect((await runImport(['--out', out, CALL])).code).toBe(0);
    expect((await runImport(['--out', out, '--force', CALL])).code).toBe(0);
    expect(existsSync(path.join(content, 'import-backups'))).toBe(false);
  });
});

describe('an interrupted import', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'removes its temporary file on %s and exits with %i',
    async (signal, exitCode) => {
      const dir = scratch(`bounds-${signal}`);
      const target = path.join(dir, '2021/05/article.md');
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'tests/import/interrupted-writer.ts', target],
        {
          cwd: ROOT,
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const temp = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.endsWith('\n')) resolve(out.trim());
        });
        child.on('exit', () => reject(new Error(`the writer exited early: ${stderr}`)));
      });
      expect(existsSync(temp)).toBe(true);
      expect(path.basename(temp)).toMatch(/^\.article\.md\.\d+\.[0-9a-f]{8}\.tmp$/);
      const code = await new Promise<number | null>((resolve) => {
        child.on('exit', (c) => resolve(c));
        child.kill(signal);
      });
      expect(code).toBe(exitCode);
      expect(existsSync(temp)).toBe(false);
      expect(readdirSync(path.dirname(target))).toEqual([]);
      expect(stderr).toContain(`interrupted (${signal})`);
    },
    60_000,
  );
});
