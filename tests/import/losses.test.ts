/**
 * The importer loses nothing without a word: every paragraph of the source is
 * kept, a page it cannot read in time is refused with a reason, and no file it
 * writes takes the URL of an article already in the archive.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nestingDepth } from '../../src/import/html';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { runImport, scratch } from './support';

const HEAD = [
  'Tokayev and Putin discuss trade by phone',
  '',
  'NUR-SULTAN. KAZINFORM - President Kassym-Jomart Tokayev had a telephone conversation with President Vladimir Putin of Russia, the Akorda press service said.',
  '',
  'The two presidents discussed trade and energy cooperation between the countries in detail.',
  '',
];

/** Imports a text (dry run, into an empty archive) and returns its body's paragraphs and front matter. */
async function imported(text: string, options: string[] = []) {
  const input = scratch('losses-in');
  const file = path.join(input, 'article.txt');
  writeFileSync(file, text);
  const result = await runImport([
    '--dry-run',
    '--date',
    '2021-05-02',
    '--out',
    scratch('losses-out'),
    ...options,
    file,
  ]);
  const parsed = result.stdout ? parseFrontmatter(result.stdout) : { data: {}, body: '' };
  return { ...result, data: parsed.data, paragraphs: parsed.body.trim().split('\n\n') };
}

/**
 * Imports a saved page (dry run) holding the headline, HEAD's paragraphs and then the
 * HTML `after`, from a file in scratch folder `name`; returns the exit code and the body.
 */
async function importedPage(name: string, after: string) {
  const paragraphs = HEAD.slice(2)
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('');
  const html =
    '<!doctype html><html><head><title>Tokayev and Putin discuss trade by phone</title></head><body><article>' +
    `<h1>Tokayev and Putin discuss trade by phone</h1>${paragraphs}${after}</article></body></html>`;
  const file = path.join(scratch(name), 'page.html');
  writeFileSync(file, html);
  const result = await runImport(['--dry-run', '--date', '2021-05-02', '--out', scratch('losses-out'), file]);
  return { code: result.code, body: result.stdout ? parseFrontmatter(result.stdout).body.trim() : '' };
}

describe('the last paragraph', () => {
  it.each([
    ['without a final full stop', 'The leaders agreed to meet again soon in Moscow'],
    [
      'ending in a quotation',
      '"We will keep working together," Tokayev said. "Our countries are close partners"',
    ],
    ['ending in a quotation in guillemets', 'Tokayev quoted Abai: «Work hard»'],
    ['ending in a closing quote after the stop', 'He added: “We agreed on everything.”'],
    ['short, and ending in a question', 'What comes next?'],
  ])('is kept %s, not dropped nor read as tags', async (_, last) => {
    const { code, paragraphs, data } = await imported([...HEAD, last, ''].join('\n'));
    expect(code).toBe(0);
    expect(paragraphs.at(-1)).toBe(last.replaceAll('"', '"'));
    expect(paragraphs).toHaveLength(3);
    expect(data['tags']).toEqual([]);
  });

  it('is kept before the page’s next section, which is left out', async () => {
    const { paragraphs, data } = await imported(
      [
        ...HEAD,
        'The leaders agreed to meet again soon in Moscow',
        '',
        'Related news',
        'Tokayev visits Tashkent',
      ].join('\n'),
    );
    expect(paragraphs.at(-1)).toBe('The leaders agreed to meet again soon in Moscow');
    expect(data['tags']).toEqual([]);
  });

  it('is kept in a saved page too', async () => {
    const { code, body } = await importedPage(
      'losses-html',
      '<p>The leaders agreed to meet again soon in Moscow</p>',
    );
    expect(code).toBe(0);
    expect(body.endsWith('The leaders agreed to meet again soon in Moscow')).toBe(true);
  });

  it('still leaves a line of tag links after the body to the tags', async () => {
    const { paragraphs, data } = await imported(
      [...HEAD, 'President of Kazakhstan Russia Akorda presidential residence', ''].join('\n'),
    );
    expect(paragraphs).toHaveLength(2);
    expect(data['tags']).toEqual(['President of Kazakhstan', 'Russia', 'Akorda presidential residence']);
  });
});

describe('a line of chrome inside the body', () => {
  it('is left out with a note naming it, and a paragraph that only begins like one is kept', async () => {
    const { code, paragraphs, stderr } = await imported(
      [
        ...HEAD,
        'Photo: Akorda press service',
        '',
        'Share of renewable energy in Kazakhstan rose to 6.4 percent in 2024, the minister said.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.at(-1)).toBe(
      'Share of renewable energy in Kazakhstan rose to 6.4 percent in 2024, the minister said.',
    );
    expect(stderr).toContain('left out of the body as page chrome: "Photo: Akorda press service"');
  });
});

describe('the lines above the body', () => {
  it('name a headline-like line left out in a note, and no menu', async () => {
    const { code, data, stderr } = await imported(
      ['Politics  World  Economy  Society  Sport', 'Tokayev and Putin talks in Moscow', '', ...HEAD].join(
        '\n',
      ),
    );
    expect(code).toBe(0);
    expect(data['title']).toBe('Tokayev and Putin discuss trade by phone');
    expect(stderr).toContain('a line above the body was left out: "Tokayev and Putin talks in Moscow"');
    expect(stderr).not.toContain('Politics');
  });
});

describe('a site that names itself by its address', () => {
  /** Imports `lines` (dry run, no option) and returns the exit code, the front matter and the report. */
  async function asIs(lines: string[]) {
    const file = path.join(scratch('losses-site'), 'article.txt');
    writeFileSync(file, lines.join('\n'));
    const result = await runImport(['--dry-run', '--out', scratch('losses-out'), file]);
    return { ...result, data: result.stdout ? parseFrontmatter(result.stdout).data : {} };
  }
  const kk = [
    'Tengrinews.kz',
    'Қазақстанда биыл 22 миллион тоннадан астам астық жиналды',
    '25 қазан 2022, 11:30',
    'Ауыл шаруашылығы министрлігінің мәліметінше, республика бойынша 22 миллион тоннадан астам астық жиналды.',
    'Пікірлер',
  ];

  it('gives the agency the importer knows, and its zone, from a footer naming the site; an unknown site is not guessed', async () => {
    const footers: [footer: string, name: string][] = [
      ['Tengrinews.kz © 2022. Барлық құқықтар қорғалған.', 'Tengrinews'],
      ['Orda.kz © 2022. Все права защищены.', 'Orda.kz'],
      ['© inform.kz, 2022', 'Kazinform'],
      ['© Kabar.kg 2022. Все права защищены.', 'Kabar'],
    ];
    for (const [footer, name] of footers) {
      const { code, data } = await asIs([...kk, footer]);
      expect(code).toBe(0);
      expect(data).toMatchObject({ source: { name }, published: '2022-10-25T11:30:00+06:00' });
    }
    const { code, stderr } = await asIs([...kk, 'Example.kz © 2022. Барлық құқықтар қорғалған.']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no time zone is known for Example\.kz/);
  });
});

describe('a site’s notice that its text is to be cited with a link', () => {
  // A sentence of the article that only begins like such a notice stays.
  const sentence =
    'Ссылка на первоисточник обязательна при публикации статистики, напомнили в Бюро национальной статистики.';

  it.each([
    'Ссылка на 24.kg обязательна!',
    'При цитировании ссылка на Kazinform обязательна.',
    'Reproduction of materials is allowed only with a link to Kabar.',
    'Материалды көшіріп басқанда сілтеме міндетті',
    'Материалдарды пайдаланғанда Tengrinews.kz сайтына сілтеме жасау міндетті.',
  ])('is left out of the end of the body with a note naming it: %s', async (notice) => {
    const { code, paragraphs, stderr } = await imported(
      [...HEAD, sentence, notice, 'Related news', 'Tokayev visits Tashkent'].join('\n'),
    );
    expect(code).toBe(0);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.at(-1)).toBe(sentence);
    expect(stderr).toContain(`left out of the body as page chrome: "${notice}"`);
    expect(stderr).not.toContain(`page chrome: "${sentence}"`);
  });
});

describe('the body around a table or a list', () => {
  it('keeps a table’s cells and the paragraphs after them in a saved page', async () => {
    const { code, body } = await importedPage(
      'losses-table',
      '<p>Trade between the countries, by sector:</p><table><tr><td>Energy</td><td>4.5 billion dollars</td></tr></table>' +
        '<ul><li>Grain exports</li><li>Machinery imports</li></ul>' +
        '<p>The next meeting will take place in Astana in the autumn.</p>',
    );
    expect(code).toBe(0);
    expect(body.split('\n\n').slice(2)).toEqual([
      'Trade between the countries, by sector:',
      'Energy',
      '4.5 billion dollars',
      'Grain exports',
      'Machinery imports',
      'The next meeting will take place in Astana in the autumn.',
    ]);
  });

  it('names running text it leaves out after the end of the body', async () => {
    const { code, paragraphs, stderr } = await imported(
      [
        ...HEAD,
        'Energy',
        'Transport',
        'Agriculture',
        'Education',
        'The next meeting will take place in Astana in the autumn.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    expect(paragraphs).toHaveLength(2);
    expect(stderr).toContain(
      'the body ends before running text that was left out: "The next meeting will take place in Astana in the autumn."',
    );
  });
});

describe('a deeply nested page', () => {
  const deep = (levels: number): string =>
    '<!doctype html><html><head><title>Deep</title></head><body>' +
    '<div>'.repeat(levels) +
    `<h1>Tokayev and Putin discuss trade by phone</h1>${HEAD.slice(2)
      .filter(Boolean)
      .map((p) => `<p>${p}</p>`)
      .join('')}` +
    '</div>'.repeat(levels) +
    '</body></html>';

  it('is refused within seconds, saying why, with no stack trace', async () => {
    const html = deep(3000);
    expect(html.length).toBeGreaterThan(33_000);
    const input = scratch('deep-in');
    const file = path.join(input, 'deep.html');
    writeFileSync(file, html);
    const started = Date.now();
    const result = await runImport(['--dry-run', '--date', '2021-05-02', '--out', scratch('deep-out'), file]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /refused: +the page nests its elements 3,00\d levels deep, more than the 128/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('of the depth of real pages is read', async () => {
    const input = scratch('deep-ok');
    const file = path.join(input, 'ok.html');
    writeFileSync(file, deep(60));
    const result = await runImport(['--dry-run', '--date', '2021-05-02', '--out', scratch('deep-out'), file]);
    expect(result.code).toBe(0);
  });

  it('is measured from its tags, paragraphs and list items left open or not', () => {
    expect(nestingDepth('<div><section><p>a</p></section></div>')).toBe(2);
    expect(nestingDepth('<div>' + '<p>never closed'.repeat(500) + '</div>')).toBe(1);
    expect(nestingDepth('<div><br><img src=x><input/><script>"<div><div>"</script></div>')).toBe(1);
    expect(nestingDepth('<!-- <div><div> --><div></div>')).toBe(1);
  });
});

describe('a file whose URL an archived article has', () => {
  const text = [...HEAD].join('\n');
  const target = '2021/05/tokayev-and-putin-discuss-trade-by-phone';

  it.each([
    ['an .mdx article', `${target}.mdx`],
    ['an article whose name differs in case', '2021/05/Tokayev-And-Putin-Discuss-Trade-By-Phone.md'],
    ['an article with the extension in capitals', `${target}.MD`],
    ['an article of the same month in another folder', 'moved/tokayev-and-putin-discuss-trade-by-phone.md'],
  ])('is never written beside %s', async (_, existing) => {
    const out = scratch('twin-out');
    mkdirSync(path.dirname(path.join(out, existing)), { recursive: true });
    writeFileSync(
      path.join(out, existing),
      "---\ntitle: Another headline\nsummary: Another.\npublished: '2021-05-20'\nsource:\n  name: TASS\nkind: call\n---\nAnother text.\n",
    );
    const input = scratch('twin-in');
    writeFileSync(path.join(input, 'article.txt'), text);
    for (const force of [[], ['--force']]) {
      const result = await runImport([
        '--date',
        '2021-05-02',
        '--out',
        out,
        ...force,
        path.join(input, 'article.txt'),
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `would have the URL of ${path.relative(process.cwd(), path.join(out, existing))}`,
      );
    }
    const written = readdirSync(out, { recursive: true }).map(String);
    expect(written.filter((f) => /\.mdx?$/i.test(f))).toEqual([existing]);
  });
});
