import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORTER_VERSION } from '../../src/import/version';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { provenanceSchema } from '../../src/model/schema';
import { ROOT, RAW, runImport, scratch } from './support';

const SEEDS = [
  {
    raw: '004_62ba38e15f9afd11.txt',
    options: [],
    article: 'content/articles/2021/05/head-of-state-had-telephone-talk-with-tajik-president.md',
  },
  {
    raw: '000_f3c44854c9170bc8.txt',
    // The raw text names no source: it is Kazinform's English service's, at this address.
    options: [
      '--title',
      'Tokayev speaks at Central Asia–Russia Summit in Dushanbe',
      '--source',
      'Kazinform',
      '--url',
      'https://qazinform.com/news/central-asias-potential-recognized-by-worlds-leading-countries-says-kazakh-president-1f4242',
    ],
    article: 'content/articles/2025/10/tokayev-speaks-at-central-asia-russia-summit-in-dushanbe.md',
  },
];

describe('the seeds', () => {
  it.each(SEEDS)('importing $raw reproduces the committed article byte for byte', async (seed) => {
    const out = scratch(`seed-${seed.raw}`);
    const result = await runImport([...seed.options, '--out', out, path.join(RAW, seed.raw)]);
    expect(result.stderr).toContain('wrote');
    expect(result.code).toBe(0);
    const written = readFileSync(path.join(out, seed.article.replace('content/articles/', '')), 'utf8');
    expect(written).toBe(readFileSync(path.join(ROOT, seed.article), 'utf8'));
  });

  it.each(SEEDS)('$article records the SHA-256 of its raw text and the importer version', (seed) => {
    const { data } = parseFrontmatter(readFileSync(path.join(ROOT, seed.article), 'utf8'));
    const sha256 = createHash('sha256')
      .update(readFileSync(path.join(RAW, seed.raw)))
      .digest('hex');
    expect(provenanceSchema.parse(data['provenance'])).toEqual({ sha256, importer: IMPORTER_VERSION });
  });

  it('the call keeps its dateline, agency, author, time and tags', async () => {
    const { stdout, code } = await runImport([
      '--dry-run',
      '--force',
      path.join(RAW, '004_62ba38e15f9afd11.txt'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("published: '2021-05-02T08:10:00+06:00'\n");
    expect(stdout).toContain('source:\n  name: Kazinform\nauthor: Kudrenok Tatyana\ndateline: NUR-SULTAN\n');
    expect(stdout).toContain('\n---\nPresident Kassym-Jomart Tokayev had a telephone conversation');
    expect(stdout).not.toMatch(/Currency|Related news|Popular|Новости по теме|KAZINFORM -/);
    expect(stdout.endsWith('preparation for the summit.\n')).toBe(true);
  });

  it('the speech without --title is refused and the reason names the option', async () => {
    const { stderr, code } = await runImport(['--dry-run', path.join(RAW, '000_f3c44854c9170bc8.txt')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no headline found.*--title/);
  });
});
