import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localOffsets, offsetForLocalTime } from '../../src/import/dates';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { VARIANTS, runImport, scratch } from './support';

const EMPTY = scratch('zones-empty');

async function dryRun(name: string, options: string[] = []) {
  const result = await runImport(['--dry-run', '--out', EMPTY, ...options, path.resolve(VARIANTS, name)]);
  return { ...result, data: result.stdout ? parseFrontmatter(result.stdout).data : undefined };
}

describe('Kazakhstan’s switch to UTC+5 on 1 March 2024, from the time-zone database', () => {
  it('Node’s ICU moves Asia/Almaty from +06:00 to +05:00 at midnight local time', () => {
    // 2024-02-29T17:59Z is 23:59 at +06:00; a minute later the clocks show 23:00 at +05:00.
    const show = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Almaty',
        timeZoneName: 'longOffset',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(iso));
    expect(show('2024-02-29T17:59:00Z')).toBe('23:59 GMT+06:00');
    expect(show('2024-02-29T18:00:00Z')).toBe('23:00 GMT+05:00');
  });

  it.each([
    [2024, 2, 29, 12, 0, [360]],
    [2024, 2, 29, 22, 59, [360]],
    [2024, 2, 29, 23, 30, [360, 300]],
    [2024, 3, 1, 0, 30, [300]],
    [2024, 3, 1, 10, 15, [300]],
  ])('%i-%i-%i %i:%i existed at offsets %j', (y, mo, d, h, mi, offsets) => {
    expect(localOffsets('Asia/Almaty', y, mo, d, h, mi)).toEqual(offsets);
  });

  it('finds no offset for a time the clocks skipped', () => {
    // Berlin, 31 March 2024: 02:00 became 03:00.
    expect(localOffsets('Europe/Berlin', 2024, 3, 31, 2, 30)).toEqual([]);
    expect(offsetForLocalTime('Europe/Berlin', 2024, 3, 31, 2, 30)).toBe(60);
  });

  it('stamps a time the day before the switch +06:00 and the day of the switch +05:00', async () => {
    const before = await dryRun('zoneless-time.txt', ['--zone', 'Asia/Almaty', '--source', 'Example Daily']);
    expect(before.data?.['published']).toBe('2024-02-29T14:05:00+06:00');
    const after = await dryRun('zoneless-time.txt', [
      '--zone',
      'Asia/Almaty',
      '--source',
      'Example Daily',
      '--date',
      '2024-03-01T14:05',
    ]);
    expect(after.data?.['published']).toBe('2024-03-01T14:05:00+05:00');
  });

  it('refuses a time the clocks showed twice, asking for the offset', async () => {
    const { code, stderr } = await dryRun('zoneless-time.txt', [
      '--zone',
      'Asia/Almaty',
      '--date',
      '2024-02-29T23:30',
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /2024-02-29 23:30 happened twice in Asia\/Almaty.*--date 2024-02-29T23:30 with the offset/,
    );
  });
});

describe('a time is kept or the import is refused', () => {
  it('takes the zone from an agency the body names ("Kazinform reports"), the time given before the date', async () => {
    // The text names no source of its own: an outlet of no known zone is given with --source.
    const { code, data, stderr } = await dryRun('agency-in-body.txt', ['--source', 'Example Daily']);
    expect(code).toBe(0);
    expect(data).toMatchObject({ published: '2024-02-29T14:05:00+06:00', source: { name: 'Example Daily' } });
    expect(stderr).toMatch(/\(Asia\/Almaty, from agency Kazinform named in the text\)/);
  });

  it('refuses a time with no zone, naming the time and asking for --zone', async () => {
    const { code, stdout, stderr } = await dryRun('zoneless-time.txt');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/refused: +the text gives the time 14:05 \("14:05, 29 February 2024"\).*--zone/);
  });

  it('does not guess when the text names agencies of different zones', async () => {
    const input = scratch('zones-two-agencies');
    const file = path.join(input, 'two.txt');
    const { readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      readFileSync(path.join(VARIANTS, 'agency-in-body.txt'), 'utf8').replace(
        'Kazinform reports.',
        'Kazinform reports, citing TASS.',
      ),
    );
    const { code, stderr } = await dryRun(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/gives the time 14:05/);
  });
});

describe('encodings', () => {
  it.each(['utf-8.txt', 'utf-8-bom.txt', 'utf-16le-bom.txt', 'utf-16be-bom.txt', 'windows-1251.txt'])(
    'reads %s into the same article',
    async (name) => {
      const { code, stdout, data } = await dryRun(`encodings/${name}`);
      expect(code).toBe(0);
      expect(data).toMatchObject({
        title: 'Токаев и Путин обсудили подготовку к саммиту в Душанбе',
        published: '2025-10-09T11:20:00+05:00',
        source: { name: 'Kazinform' },
        author: 'Иванова Анна',
        dateline: 'АСТАНА',
        leaders: ['kassym-jomart-tokayev', 'vladimir-putin'],
      });
      expect(stdout).toContain('саммиту «Центральная Азия – Россия» в Душанбе');
    },
  );

  it.each([
    ['koi8-r.txt', /not UTF-8 \(first bad byte at offset 0\), UTF-16 with a byte-order mark or Windows-1251/],
    ['latin-1.txt', /not UTF-8 \(first bad byte at offset 19\)/],
    ['utf-16le-no-bom.txt', /UTF-16 text without a byte-order mark/],
  ])('refuses %s with a clear message', async (name, reason) => {
    const { code, stdout, stderr } = await dryRun(`encodings/${name}`);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
  });
});
