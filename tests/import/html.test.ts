import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIsoDate } from '../../src/import/html';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { articleSchema } from '../../src/model/schema';
import { findUnsafeMarkup } from '../../src/model/safety';
import { VARIANTS, runImport, scratch } from './support';

const EMPTY = scratch('html-empty');
const PAGES = path.join(VARIANTS, 'pages');

async function dryRun(file: string, options: string[] = []) {
  const result = await runImport(['--dry-run', '--out', EMPTY, ...options, file]);
  const parsed = result.stdout ? parseFrontmatter(result.stdout) : undefined;
  return { ...result, data: parsed?.data, body: parsed?.body ?? '' };
}

/** Text of the page's chrome that must never reach an article. */
const CHROME =
  /INJECTED|Subscribe to|Share on|Share:|WhatsApp|USD 449|Weather|Popular|Related news|Other news|More news|Read also|Kazakhstan moves to a single time zone|Caspian Sea|Olzhas Bektenov|CIS summit|cookies|All rights reserved|Home|Politics|Documents|Search/;

describe('saved web pages', () => {
  it('reads a Kazinform-like page: JSON-LD dates and author, canonical URL, dateline, no chrome', async () => {
    const { code, data, body } = await dryRun(path.join(PAGES, 'kazinform-call.html'));
    expect(code).toBe(0);
    expect(articleSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({
      title: 'Tokayev and Putin hold phone talks',
      published: '2024-03-01T10:15:00+05:00',
      updated: '2024-03-01T12:02:00+05:00',
      source: {
        name: 'Kazinform',
        url: 'https://en.inform.kz/news/tokayev-and-putin-hold-phone-talks-2024/',
      },
      author: 'Aigerim Sultanova',
      dateline: 'ASTANA',
      kind: 'call',
      leaders: ['kassym-jomart-tokayev', 'vladimir-putin'],
      tags: ['Kazakhstan', 'Russia', 'phone talks'],
    });
    const paragraphs = body.trim().split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^President Kassym-Jomart Tokayev held a telephone conversation/);
    expect(paragraphs[2]).toMatch(/highest level\.$/);
    expect(body).not.toMatch(CHROME);
    expect(body).not.toContain('KAZINFORM –');
  });

  it('reads an Akorda-like page: a local <time datetime> placed in the site’s zone after the switch to +05:00', async () => {
    const { code, data, body, stderr } = await dryRun(path.join(PAGES, 'akorda-call.html'));
    expect(code).toBe(0);
    expect(data).toMatchObject({
      title: 'Head of State holds telephone conversation with Vladimir Putin',
      published: '2024-03-01T09:40:00+05:00',
      source: {
        name: 'Akorda',
        url: 'https://www.akorda.kz/en/head-of-state-holds-telephone-conversation-with-vladimir-putin-1-march-2024',
      },
      kind: 'call',
    });
    expect(data).not.toHaveProperty('author');
    expect(body.trim().split('\n\n')).toHaveLength(3);
    expect(body).not.toMatch(CHROME);
    expect(stderr).toMatch(/\(Asia\/Almaty, from source Akorda\)/);
  });

  it('reads a TASS-like page: a UTC article:published_time shown on the agency’s clock, article:tag tags', async () => {
    const { code, data, body } = await dryRun(path.join(PAGES, 'tass-call.html'));
    expect(code).toBe(0);
    expect(data).toMatchObject({
      title: 'Tokayev, Putin discuss preparations for Central Asia-Russia summit by phone',
      published: '2025-09-26T14:30:00+03:00',
      source: { name: 'TASS', url: 'https://tass.com/politics/2021234' },
      dateline: 'ASTANA',
      tags: ['Kazakhstan', 'Russia'],
    });
    expect(body.startsWith('Kazakh President Kassym-Jomart Tokayev and Russian President')).toBe(true);
    expect(body).not.toMatch(CHROME);
    expect(body).not.toContain('/TASS/');
  });

  it('reads the date a page prints under its headline when its markup states none', async () => {
    const file = path.join(PAGES, 'printed-date.html');
    // The page gives a time and no zone: refused until --zone gives one.
    const refused = await dryRun(file);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('the text gives the time 18:42 ("15.03.2024 18:42")');
    const { code, data, body } = await dryRun(file, ['--zone', 'Asia/Tashkent']);
    expect(code).toBe(0);
    expect(data).toMatchObject({
      title: 'Shavkat Mirziyoyev holds talks with President of Kazakhstan',
      published: '2024-03-15T18:42:00+05:00',
      leaders: ['shavkat-mirziyoyev', 'kassym-jomart-tokayev'],
    });
    expect(body.trim().split('\n\n')).toHaveLength(3);
    // A date further down the page, another story's, is never taken.
    const noDate = scratch('printed-date');
    const without = path.join(noDate, 'undated.html');
    writeFileSync(
      without,
      readFileSync(file, 'utf8').replace('<div class="date">15.03.2024 18:42</div>', ''),
    );
    const undated = await dryRun(without);
    expect(undated.code).not.toBe(0);
    expect(undated.stderr).toContain('no publication date found');
  });

  it('escapes markup the page shows as text, so the article stays text', async () => {
    const input = scratch('html-markup-in');
    const file = path.join(input, 'page.html');
    const page = readFileSync(path.join(PAGES, 'akorda-call.html'), 'utf8').replace(
      'The sides discussed',
      'Readers pasted &lt;img src=x onerror=alert(1)&gt; and <b>bold</b> text. The sides discussed',
    );
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, page);
    const { code, body } = await dryRun(file);
    expect(code).toBe(0);
    expect(findUnsafeMarkup(body)).toEqual([]);
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; and bold text.');
  });

  it('reads a <br> inside a paragraph as a line break, never as nothing', async () => {
    const input = scratch('html-br');
    const file = path.join(input, 'page.html');
    writeFileSync(
      file,
      readFileSync(path.join(PAGES, 'akorda-call.html'), 'utf8').replace(
        /<p>The sides discussed/u,
        '<p>The President said the sides agreed:<br>— to raise trade;<br>— to build a road.</p>' +
          '<p>Tokayev read a poem: «Steppe of mine<br>wide and<br>\n  free», the guests applauded.</p>$&',
      ),
    );
    const { code, body } = await dryRun(file);
    expect(code).toBe(0);
    const paragraphs = body.trim().split('\n\n');
    // A line after a colon or a stop is a line of its own, as in a text: each item of a list.
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'The President said the sides agreed:',
        '— to raise trade;',
        '— to build a road.',
        // A line that goes on with the sentence joins it with a space.
        'Tokayev read a poem: «Steppe of mine wide and free», the guests applauded.',
      ]),
    );
    expect(body).not.toMatch(/agreed:—|trade;—|minewide|andfree/u);
  });

  it('reads a page from standard input, recognised by its markup', async () => {
    const { code, data } = await runImport(
      ['--dry-run', '--out', EMPTY, '-'],
      readFileSync(path.join(PAGES, 'tass-call.html')),
    ).then((r) => ({ ...r, data: parseFrontmatter(r.stdout).data }));
    expect(code).toBe(0);
    expect(data['published']).toBe('2025-09-26T14:30:00+03:00');
  });

  it('refuses a page with no article text', async () => {
    const input = scratch('html-empty-page');
    copyFileSync(path.join(PAGES, 'akorda-call.html'), path.join(input, 'x.txt'));
    const file = path.join(input, 'menu.html');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      '<!doctype html><html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
    );
    const { code, stderr, stdout } = await dryRun(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no article text found in the page/);
  });
});

describe('readIsoDate', () => {
  it('reads the forms pages state times in', () => {
    expect(readIsoDate('2024-03-01T10:15:00+05:00')).toMatchObject({
      year: 2024,
      month: 3,
      day: 1,
      time: { hour: 10, minute: 15, second: 0 },
      offsetMinutes: 300,
    });
    expect(readIsoDate('2025-09-26T11:30:00.000Z')).toMatchObject({ offsetMinutes: 0, utc: true });
    expect(readIsoDate('2024-03-01T09:40')).not.toHaveProperty('offsetMinutes');
    expect(readIsoDate('2024-03-01')).not.toHaveProperty('time');
    expect(readIsoDate('2024-03-01T25:40')).toBeUndefined();
    expect(readIsoDate('yesterday')).toBeUndefined();
  });
});
