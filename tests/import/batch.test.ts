import { copyFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { RAW, VARIANTS, runImport, scratch } from './support';

/** Every file under a folder, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

describe('importing a folder of texts and pages', () => {
  it('imports the good files, refuses the bad ones with their reasons, and sums up', async () => {
    const input = scratch('batch-in');
    const out = scratch('batch-out');
    const files: [string, string][] = [
      ['pages/akorda-call.html', 'akorda-call.html'],
      ['pages/kazinform-call.html', 'kazinform-call.html'],
      ['zoneless-time.txt', 'zoneless-time.txt'],
      ['encodings/koi8-r.txt', 'koi8-r.txt'],
      ['kazinform-ru.txt', 'kazinform-ru.txt'],
      ['reuters-style.txt', 'reuters-style.txt'],
    ];
    for (const [from, to] of files) copyFileSync(path.join(VARIANTS, from), path.join(input, to));
    const { code, stderr } = await runImport(['--out', out, input]);

    expect(code).toBe(1);
    expect(filesUnder(out)).toEqual([
      '2021/03/tokaev-provel-telefonnyy-razgovor-s-prezidentom-tadzhikistana.md',
      '2022/03/kazakhstans-tokayev-says-no-plans-to-join-russia-belarus-union-state.md',
      '2024/03/head-of-state-holds-telephone-conversation-with-vladimir-putin.md',
      '2024/03/tokayev-and-putin-hold-phone-talks.md',
    ]);
    const summary = stderr.slice(stderr.indexOf('Summary:'));
    expect(summary).toMatch(/^Summary: 4 imported, 2 refused\n/);
    expect(summary).toMatch(/ {2}imported:\n {4}\S*akorda-call\.html\n {4}\S*kazinform-call\.html\n/);
    expect(summary).toMatch(/ {2}refused:\n {4}\S*koi8-r\.txt: the input is not UTF-8/);
    expect(summary).toMatch(/ {4}\S*zoneless-time\.txt: the text gives the time 14:05 .*--zone/);
    expect(summary).toMatch(
      /names matched to no entry.*\n(?: {4}.*\n)*? {4}leader\? "Volodymyr Zelenskiy" \(1 file\)/,
    );
    expect(summary).toContain('country? "Ukrainian" (1 file)');
    // The registry knows Mirziyoyev, so the Russian text's "Шавкат Мирзиёев" is matched, not listed.
    expect(summary).not.toContain('Мирзиёев');
  });

  it('says when an article reports an event already in the archive', async () => {
    const out = scratch('batch-event-out');
    const akorda = path.join(VARIANTS, 'pages/akorda-call.html');
    const kazinform = path.join(VARIANTS, 'pages/kazinform-call.html');
    expect((await runImport(['--out', out, akorda])).code).toBe(0);
    const { code, stderr } = await runImport(['--out', out, kazinform]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /same event +\S*2024\/03\/head-of-state-holds-telephone-conversation-with-vladimir-putin\.md \(Akorda, 2024-03-01T09:40:00\+05:00\): same day, leaders and kind/,
    );
    // A call between the same leaders on another day is another event.
    const other = await runImport([
      '--dry-run',
      '--out',
      out,
      '--date',
      '2024-03-02T10:15+05:00',
      '--title',
      'Tokayev and Putin talk again',
      kazinform,
    ]);
    expect(other.stderr).not.toContain('same event');
  });
});

describe('--url and provenance', () => {
  it('records the source URL given and the input’s SHA-256 and importer version', async () => {
    const out = scratch('url');
    const url = 'https://en.inform.kz/news/head-of-state-had-telephone-talk-with-tajik-president/';
    const { code, stdout } = await runImport([
      '--dry-run',
      '--out',
      out,
      '--url',
      url,
      path.join(RAW, '004_62ba38e15f9afd11.txt'),
    ]);
    expect(code).toBe(0);
    const { data } = parseFrontmatter(stdout);
    expect(data['source']).toEqual({ name: 'Kazinform', url });
    expect(data['provenance']).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(stdout.indexOf('provenance:')).toBeGreaterThan(stdout.indexOf('tags:'));
  });

  it('gives the same bytes for the same input, and another hash for another input', async () => {
    const out = scratch('provenance');
    const page = path.join(VARIANTS, 'pages/tass-call.html');
    const first = await runImport(['--dry-run', '--out', out, page]);
    const second = await runImport(['--dry-run', '--out', out, page]);
    expect(second.stdout).toBe(first.stdout);
    const other = await runImport(['--dry-run', '--out', out, path.join(VARIANTS, 'tass-en.txt')]);
    const hash = (text: string) => (parseFrontmatter(text).data['provenance'] as { sha256: string }).sha256;
    expect(hash(other.stdout)).not.toBe(hash(first.stdout));
  });

  it.each([
    [
      ['--url', 'ftp://example.org/x', path.join(RAW, '004_62ba38e15f9afd11.txt')],
      /--url "ftp:\/\/example.org\/x" is not an http\(s\) address/,
    ],
    [['--url', 'https://example.org/x', RAW], /--title, --date and --url apply to one article/],
  ])('refuses %j as a usage error', async (argv, message) => {
    const { code, stderr } = await runImport(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('a refused input leaves nothing behind', () => {
  it('writes no file and no temporary file for a refused input', async () => {
    const input = scratch('batch-nothing-in');
    const out = scratch('batch-nothing-out');
    copyFileSync(path.join(VARIANTS, 'zoneless-time.txt'), path.join(input, 'a.txt'));
    copyFileSync(path.join(VARIANTS, 'binary.txt'), path.join(input, 'b.txt'));
    const { code, stderr } = await runImport(['--out', out, input]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Summary: 0 imported, 2 refused$/m);
    expect(filesUnder(out)).toEqual([]);
    expect(readFileSync(path.join(input, 'a.txt'), 'utf8')).toContain('14:05');
  });
});
