import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { articleSchema } from '../../src/model/schema';
import { findUnsafeMarkup } from '../../src/model/safety';
import { VARIANTS, runImport, scratch } from './support';

/** An empty archive, so that no variation is refused as a copy of a committed article. */
const EMPTY = scratch('variations-empty');

/** Imports a fixture with --dry-run into an empty archive and returns the parsed article and the report. */
async function dryRun(name: string, options: string[] = []) {
  const result = await runImport(['--dry-run', '--out', EMPTY, ...options, path.resolve(VARIANTS, name)]);
  const parsed = result.stdout ? parseFrontmatter(result.stdout) : undefined;
  return { ...result, data: parsed?.data, body: parsed?.body ?? '' };
}

describe('variations of the raw material', () => {
  it('reads a Russian article: month names, dateline, author, leaders and countries in their case forms', async () => {
    const { data, body, code, stderr } = await dryRun('kazinform-ru.txt');
    expect(code).toBe(0);
    expect(data).toMatchObject({
      title: 'Токаев провел телефонный разговор с Президентом Таджикистана',
      published: '2021-03-15T14:10:00+06:00',
      source: { name: 'Kazinform' },
      author: 'Иванова Анна',
      dateline: 'НУР-СУЛТАН',
      lang: 'ru',
      kind: 'call',
      leaders: ['kassym-jomart-tokayev', 'emomali-rahmon', 'shavkat-mirziyoyev'],
      countries: ['tajikistan', 'kazakhstan', 'kyrgyzstan', 'uzbekistan'],
    });
    expect(body.startsWith('Президент Казахстана Касым-Жомарт Токаев провел')).toBe(true);
    expect(body).not.toMatch(/Новости по теме|Популярное|Курсы валют/);
    expect(stderr).toContain('/2021/03/tokaev-provel-telefonnyy-razgovor-s-prezidentom-tadzhikistana.md');
    expect(stderr).not.toMatch(/unmatched +(?:leader|country)\? "(?:Шавкат Мирзиёев|Узбекистана)"/);
  });

  it('transliterates a Kazakh headline into the file name, Kazakh letters included', async () => {
    const { data, stderr, code } = await dryRun('kazinform-kk.txt');
    expect(code).toBe(0);
    expect(data).toMatchObject({
      lang: 'kk',
      source: { name: 'Kazinform' },
      published: '2021-05-02T08:10:00+06:00',
    });
    expect(stderr).toContain(
      '2021/05/qazaqstan-prezidenti-tazhikstan-basshysymen-telefon-arqyly-soylesti.md',
    );
  });

  it('reads a TASS dateline and stamps the time in the agency’s own zone', async () => {
    const { data, body } = await dryRun('tass-en.txt');
    expect(data).toMatchObject({
      published: '2025-09-26T14:30:00+03:00',
      source: { name: 'TASS' },
      dateline: 'ASTANA',
      kind: 'call',
      tags: ['Kazakhstan', 'Russia'],
    });
    expect(body.startsWith('Kazakh President Kassym-Jomart Tokayev and Russian President')).toBe(true);
    expect(body).not.toMatch(/Read also|More news|All rights reserved|\/TASS\//);
  });

  it('handles chrome in another order: date first, photo credit and author before the body', async () => {
    // The text names no source: given with --source (an outlet of no known zone).
    const { data, body, stderr } = await dryRun('chrome-reordered.txt', ['--source', 'Example Daily']);
    expect(data).toMatchObject({
      title: 'Tokayev holds talks with Uzbek President in Astana',
      published: '2025-05-28T21:38:00+05:00',
      author: 'John Smith',
      source: { name: 'Example Daily' },
      kind: 'meeting',
    });
    expect(body.split('\n\n')).toHaveLength(2);
    expect(body).not.toMatch(/Read also|Related articles|Photo:/);
    // "at the Akorda": the presidential residence's press service stamps Astana time.
    expect(stderr).toMatch(
      /published +2025-05-28T21:38:00\+05:00 \(Asia\/Almaty, from agency Akorda named in the text\)/,
    );
  });

  it('keeps the time when --zone names the zone the text does not', async () => {
    const { data } = await dryRun('zoneless-time.txt', [
      '--zone',
      'Asia/Almaty',
      '--source',
      'Example Daily',
    ]);
    expect(data?.['published']).toBe('2024-02-29T14:05:00+06:00');
  });

  it('reads a wire story: byline, a time printed with its offset, and the credits after the body', async () => {
    const { data, body, stderr } = await dryRun('reuters-style.txt');
    expect(data).toMatchObject({
      title: "Kazakhstan's Tokayev says no plans to join Russia-Belarus union state",
      author: 'Mariya Gordeyeva',
      published: '2022-03-03T10:15:00+06:00',
      source: { name: 'Reuters' },
      dateline: 'ALMATY',
    });
    expect(body.split('\n\n')).toHaveLength(3);
    expect(body).not.toMatch(/Reporting by|Our Standards/);
    expect(stderr).toMatch(/unmatched +leader\? "Volodymyr Zelenskiy"/);
  });

  it('reads an official site with no dateline, curly quotes and a credit line at the end', async () => {
    const { data, body } = await dryRun('akorda-style.txt');
    expect(data).toMatchObject({
      title: 'Head of State receives Prime Minister Olzhas Bektenov',
      published: '2024-09-26',
      // From its credit line, "Akorda press service" (and "© 2024 Akorda").
      source: { name: 'Akorda' },
      kind: 'meeting',
    });
    expect(body.split('\n\n')).toHaveLength(3);
    expect(body).toContain(
      '“It is necessary to ensure the timely launch of the heating season,” the President said.',
    );
    expect(body).not.toMatch(/Share|Print version|Akorda press service|All rights reserved/);
  });

  it.each([
    [
      'akorda-style-ru.txt',
      'ru',
      '«Необходимо обеспечить своевременный запуск отопительного сезона», – сказал Президент.',
    ],
    [
      'akorda-style-kk.txt',
      'kk',
      '«Жылыту маусымын уақытылы бастауды қамтамасыз ету қажет», – деді Президент.',
    ],
  ])(
    'reads the same official page in Russian or Kazakh (%s): its credit line in the genitive, a meeting',
    async (file, lang, last) => {
      const { data, body } = await dryRun(file);
      expect(data).toMatchObject({
        published: '2024-09-26',
        // «Пресс-служба Акорды», «Ақорданың баспасөз қызметі»: the agency the importer knows.
        source: { name: 'Akorda' },
        lang,
        kind: 'meeting',
        leaders: ['olzhas-bektenov', 'kassym-jomart-tokayev'],
      });
      expect(body.split('\n\n')).toHaveLength(3);
      expect(body.trim().split('\n\n').at(-1)).toBe(last);
      expect(body).not.toMatch(
        /Поделиться|Версия для печати|Пресс-служба|Бөлісу|Басып шығару|баспасөз қызметі/,
      );
    },
  );

  it('drops a Russian page\'s photo credit and "read also" line from the body, and keeps its flattened tags\' names whole', async () => {
    const { data, body } = await dryRun('kazinform-ru-photo-tags.txt');
    expect(data).toMatchObject({
      source: { name: 'Kazinform' },
      author: 'Айгерим Сапарова',
      kind: 'meeting',
      // «Теги: Касым-Жомарт Токаев Шавкат Мирзиёев Узбекистан», its links flattened into text.
      tags: ['Касым-Жомарт Токаев', 'Шавкат Мирзиёев', 'Узбекистан'],
    });
    expect(body.trim().split('\n\n')).toHaveLength(3);
    expect(body).not.toMatch(/Фото|Читайте также/);
  });

  it("drops a Kazakh page's photo credit from the body", async () => {
    const { data, body } = await dryRun('kazinform-kk-photo.txt');
    expect(data).toMatchObject({ source: { name: 'Kazinform' }, lang: 'kk', kind: 'meeting' });
    expect(body.trim().split('\n\n')).toHaveLength(3);
    expect(body).not.toMatch(/Фото/);
  });

  it('keeps the whole text of a page that prints its date and time below the lead', async () => {
    // No agency or dateline gives the zone of its 17:30: refused until --zone gives it.
    const refused = await dryRun('kremlin-style.txt');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('the text gives the time 17:30');
    const { data, body } = await dryRun('kremlin-style.txt', [
      '--zone',
      'Europe/Moscow',
      '--source',
      'Kremlin',
    ]);
    expect(data).toMatchObject({
      title: 'Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev',
      published: '2024-03-05T17:30:00+03:00',
      kind: 'call',
      leaders: ['kassym-jomart-tokayev', 'vladimir-putin'],
    });
    expect(body.trimEnd().split('\n\n')).toEqual([
      'Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.',
      'The two leaders discussed current issues of Russian-Kazakhstani cooperation in trade, the economy and energy.',
      'Kassym-Jomart Tokayev congratulated Vladimir Putin on the upcoming holiday.',
      'The presidents agreed to maintain contacts.',
    ]);
  });

  it('reads the datelines of Kabar and Khovar: a place written as a name, a day in digits, the agency after it', async () => {
    const kabar = await dryRun('kabar-style.txt');
    expect(kabar.data).toMatchObject({
      published: '2024-03-12T12:40:00+06:00',
      source: { name: 'Kabar' },
      dateline: 'Bishkek',
      leaders: ['sadyr-japarov', 'emomali-rahmon'],
    });
    expect(kabar.body.startsWith('President of Kyrgyzstan Sadyr Japarov had a telephone conversation')).toBe(
      true,
    );
    const khovar = await dryRun('khovar-style.txt');
    expect(khovar.data).toMatchObject({
      published: '2023-02-14',
      source: { name: 'Khovar' },
      dateline: 'DUSHANBE',
    });
    expect(
      khovar.body.startsWith('President of the Republic of Tajikistan Emomali Rahmon today received'),
    ).toBe(true);
  });

  it('writes an update time in the same zone as the publication time', async () => {
    const input = scratch('updated-in');
    const text = readFileSync(path.join(VARIANTS, 'bom-crlf.txt'), 'utf8').replace(
      '2 May 2021, 08:10',
      '2 May 2021, 08:10\r\nUpdated: 3 May 2021, 10:00',
    );
    writeFileSync(path.join(input, 'updated.txt'), text);
    const { data } = await dryRun(path.join(input, 'updated.txt'));
    expect(data).toMatchObject({
      published: '2021-05-02T08:10:00+06:00',
      updated: '2021-05-03T10:00:00+06:00',
    });
  });

  it('imports an article with no author and an explicit tags line', async () => {
    const { data } = await dryRun('no-author.txt', ['--source', 'Kabar']);
    expect(data).not.toHaveProperty('author');
    expect(data).toMatchObject({
      dateline: 'BISHKEK',
      published: '2021-09-20',
      tags: ['Kazakhstan', 'Kyrgyzstan', 'state visit'],
    });
  });

  it('refuses an article with no date unless --date gives one', async () => {
    const refused = await dryRun('no-date.txt');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no publication date found.*--date/);
    const dated = await dryRun('no-date.txt', ['--date', '2021-09-09', '--source', 'Akorda']);
    expect(dated.code).toBe(0);
    expect(dated.data).toMatchObject({
      published: '2021-09-09',
      title: 'Tokayev congratulates Rahmon on Independence Day',
    });
  });

  it('reads a file with a BOM and Windows line endings like any other', async () => {
    const { data, body, stdout } = await dryRun('bom-crlf.txt');
    expect(data).toMatchObject({
      title: 'Head of State had telephone talk with Tajik President',
      author: 'Kudrenok Tatyana',
    });
    expect(stdout).not.toMatch(/\r|\uFEFF/);
    expect(body.split('\n\n')).toHaveLength(2);
  });

  it('joins hard-wrapped lines into paragraphs and drops a label before the headline', async () => {
    const { data, body } = await dryRun('hard-wrapped.txt');
    expect(data).toMatchObject({ title: 'Tokayev addresses the nation on the economy', kind: 'speech' });
    expect(body.split('\n\n')).toHaveLength(2);
  });

  it('escapes <script> and <img onerror> so the site accepts the body and shows it as text', async () => {
    const { body, data, code } = await dryRun('html-in-body.txt');
    expect(code).toBe(0);
    expect(findUnsafeMarkup(body)).toEqual([]);
    expect(body).toContain('&lt;script&gt;alert("xss")&lt;/script&gt;');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(data?.['summary']).toBe(
      'Visitors found the text <script>alert("xss")</script> pasted into a comment under an article about Tajikistan, the editors said.',
    );
  });

  it.each([
    ['binary.txt', /binary/],
    ['encodings/koi8-r.txt', /not UTF-8 .*Windows-1251/],
    ['chrome-only.txt', /no article text found/],
  ])('refuses %s with a reason', async (name, reason) => {
    const { code, stderr, stdout } = await dryRun(name);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
  });

  it('imports 1 MB of text into a valid article', async () => {
    const paragraph =
      'President Kassym-Jomart Tokayev told the deputies that the reforms of the Kazakh economy would continue.';
    const lines = ['Tokayev addresses a very long session of parliament', '', '1 September 2022', ''];
    for (let size = 0; size < 1024 * 1024; size += paragraph.length + 2) lines.push(paragraph, '');
    const result = await runImport(
      ['--dry-run', '--source', 'Kazinform', '--out', EMPTY, '-'],
      new TextEncoder().encode(lines.join('\n')),
    );
    expect(result.code).toBe(0);
    const { data, body } = parseFrontmatter(result.stdout);
    expect(articleSchema.safeParse(data).success).toBe(true);
    expect(body.length).toBeGreaterThan(1000 * 1000);
  });
});
