import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW, ROOT, VARIANTS, runImport, scratch } from './support';

const CALL = path.join(RAW, '004_62ba38e15f9afd11.txt');
const CALL_FILE = '2021/05/head-of-state-had-telephone-talk-with-tajik-president.md';

/** Every file under a folder, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

describe('npm run import', () => {
  it('documents itself with --help', async () => {
    const { code, stdout } = await runImport(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run import -- \[options\] <file\|folder\|->/);
    for (const option of ['--dry-run', '--force', '--title', '--date', '--source', '--lang', '--out']) {
      expect(stdout).toContain(option);
    }
  });

  it.each([
    [['--frobnicate', CALL], /Unknown option/],
    [[], /give a file, a folder or -/],
    [['no/such/file.txt'], /no such file or folder/],
    [['--date', 'yesterday', CALL], /--date "yesterday" is not a date/],
    [['--zone', 'Mars/Olympus', CALL], /not an IANA time zone/],
    [['--lang', 'English', CALL], /not a BCP 47 tag/],
    [['--title', 'One title', RAW], /apply to one article/],
  ])('exits with 2 on a usage error: %j', async (argv, message) => {
    const { code, stderr, stdout } = await runImport(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('writes nothing in a dry run and prints the file to stdout, the report to stderr', async () => {
    const out = scratch('dry-run');
    const { code, stdout, stderr } = await runImport(['--dry-run', '--out', out, CALL]);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(path.join(ROOT, 'content/articles', CALL_FILE), 'utf8'));
    expect(stderr).toMatch(/title +Head of State had telephone talk with Tajik President/);
    expect(stderr).toMatch(/published +2021-05-02T08:10:00\+06:00 \(Asia\/Almaty/);
    expect(stderr).toMatch(/paragraphs +3/);
    expect(stderr).toContain('dry run: nothing written');
    expect(filesUnder(out)).toEqual([]);
  });

  it('reads standard input given as -', async () => {
    const out = scratch('stdin');
    const { code } = await runImport(['--out', out, '-'], readFileSync(CALL));
    expect(code).toBe(0);
    expect(filesUnder(out)).toEqual([CALL_FILE]);
  });

  it('re-importing an article already in the archive changes nothing on disk', async () => {
    const out = scratch('reimport');
    expect((await runImport(['--out', out, CALL])).code).toBe(0);
    const file = path.join(out, CALL_FILE);
    const before = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };

    const again = await runImport(['--out', out, CALL]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`already in the archive, unchanged: ${path.relative(ROOT, file)}`);

    const renamed = await runImport(['--out', out, '--title', 'Tokayev and Rahmon discuss the border', CALL]);
    expect(renamed.code).toBe(1);
    expect(renamed.stderr).toMatch(
      /already in the archive as .*head-of-state-had-telephone-talk-with-tajik-president\.md \(same body\)/,
    );

    expect(filesUnder(out)).toEqual([CALL_FILE]);
    expect(readFileSync(file, 'utf8')).toBe(before.text);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });

  it('recognises the same source, date and headline even when the body was edited', async () => {
    const out = scratch('same-key');
    expect((await runImport(['--out', out, CALL])).code).toBe(0);
    const file = path.join(out, CALL_FILE);
    const edited = readFileSync(file, 'utf8').replace('Kazinform has learnt', 'as Kazinform learnt');
    const moved = path.join(out, '2021/05/call-with-rahmon.md');
    writeFileSync(moved, edited);
    writeFileSync(file, '');
    const { code, stderr } = await runImport(['--out', out, '--force', CALL]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /already in the archive as .*call-with-rahmon\.md \(same source, date and headline\)/,
    );
  });

  it('replaces a different file at the same path only with --force', async () => {
    const out = scratch('force');
    const file = path.join(out, CALL_FILE);
    expect((await runImport(['--out', out, CALL])).code).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('tags:', 'places:\n  - Akorda\ntags:'));

    const refused = await runImport(['--out', out, CALL]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists and differs: give --force/);
    expect(readFileSync(file, 'utf8')).toContain('places:');

    const forced = await runImport(['--out', out, '--force', CALL]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      readFileSync(path.join(ROOT, 'content/articles', CALL_FILE), 'utf8'),
    );
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('writes a different article with the same headline in the same month beside it, never over it', async () => {
    const input = scratch('same-headline-in');
    const out = scratch('same-headline-out');
    const report = (agency: string, day: string, text: string) => {
      const file = path.join(input, `${agency.toLowerCase()}-${day}.txt`);
      writeFileSync(
        file,
        `Tokayev holds talks with Putin\n\n${day} May 2024, 12:15\n\n${agency === 'TASS' ? 'MOSCOW. TASS' : 'ASTANA. KAZINFORM'} – ${text}\n`,
      );
      return file;
    };
    const kazinform = report(
      'Kazinform',
      '7',
      'President Kassym-Jomart Tokayev held talks with Russian President Vladimir Putin in the Kremlin on Tuesday.',
    );
    const tass = report(
      'TASS',
      '7',
      'Kazakh President Kassym-Jomart Tokayev and Russian President Vladimir Putin held talks in the Kremlin on Tuesday.',
    );
    const later = report(
      'TASS',
      '30',
      'Kazakh President Kassym-Jomart Tokayev and Russian President Vladimir Putin met in Minsk on Thursday.',
    );
    const base = '2024/05/tokayev-holds-talks-with-putin';
    expect((await runImport(['--out', out, kazinform])).code).toBe(0);
    const first = readFileSync(path.join(out, `${base}.md`), 'utf8');

    const other = await runImport(['--out', out, tass]);
    expect(other.code).toBe(0);
    expect(other.stderr).toMatch(
      /path +\S*tokayev-holds-talks-with-putin-tass\.md: \S*tokayev-holds-talks-with-putin\.md \(Kazinform, 2024-05-07T12:15:00\+05:00\) is another article with this headline/u,
    );
    expect(other.stderr).not.toContain('--force');
    expect((await runImport(['--out', out, later])).code).toBe(0);
    expect(filesUnder(out)).toEqual([`${base}-tass-30.md`, `${base}-tass.md`, `${base}.md`]);
    expect(readFileSync(path.join(out, `${base}.md`), 'utf8')).toBe(first);
    expect(readFileSync(path.join(out, `${base}-tass-30.md`), 'utf8')).toContain('met in Minsk');

    // Each, imported again, is found under its own name; only the same article, changed, asks for --force.
    const again = await runImport(['--out', out, later]);
    expect(again.stderr).toContain(
      `already in the archive, unchanged: ${path.relative(ROOT, path.join(out, `${base}-tass-30.md`))}`,
    );
    writeFileSync(kazinform, readFileSync(kazinform, 'utf8').replace('on Tuesday', 'on Tuesday evening'));
    const changed = await runImport(['--out', out, kazinform]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(
      /tokayev-holds-talks-with-putin\.md already exists and differs: give --force/u,
    );
    expect(filesUnder(out)).toHaveLength(3);
  });

  it('imports a folder: the good files are written, the bad one is reported, and the exit code is 1', async () => {
    const input = scratch('folder-in');
    const out = scratch('folder-out');
    for (const name of ['kazinform-ru.txt', 'binary.txt', 'tass-en.txt', 'no-author.txt']) {
      copyFileSync(path.join(VARIANTS, name), path.join(input, name));
    }
    writeFileSync(path.join(input, 'notes.md'), '# not raw text');
    const { code, stderr } = await runImport(['--out', out, input]);
    expect(code).toBe(1);
    expect(filesUnder(out)).toEqual([
      '2021/03/tokaev-provel-telefonnyy-razgovor-s-prezidentom-tadzhikistana.md',
      '2025/09/tokayev-putin-discuss-preparations-for-central-asia-russia-summit-by-phone.md',
    ]);
    expect(stderr).toMatch(/binary\.txt\n {2}refused: +the input is binary/);
    // A text that names no source is refused, never filed under a placeholder.
    expect(stderr).toMatch(/no-author\.txt: no source found in the text.*--source/);
    expect(stderr).toContain('2 imported, 2 refused');
    expect(stderr).not.toContain('notes.md');
  });

  it('runs as a program on Node with the exit codes it documents', () => {
    const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [tsx, 'src/import/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const dry = cli('--dry-run', '--force', CALL);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toBe(readFileSync(path.join(ROOT, 'content/articles', CALL_FILE), 'utf8'));
    expect(cli('--bogus').status).toBe(2);
    const refused = cli('--dry-run', path.join(VARIANTS, 'chrome-only.txt'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('no article text found');
  }, 60_000);
});
