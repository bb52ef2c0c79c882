/**
 * What the article schema refuses so that nothing downstream is corrupted:
 * characters XML and HTML forbid, entries listed twice, an update before the
 * publication, placeholder names for a source or a byline, and source
 * addresses the published JSON Schema would not accept.
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { DATA_SCHEMAS, jsonSchemaOf } from '../../src/model/open-data';
import { articleSchema, forbiddenCharacter, sourceSchema, validateWith } from '../../src/model/schema';

const FILE = 'content/articles/2021/05/example.md';
const good = {
  title: 'Head of State had telephone talk with Tajik President',
  summary: 'President Kassym-Jomart Tokayev had a telephone conversation.',
  published: '2021-05-02T08:10:00+06:00',
  source: { name: 'Kazinform', url: 'https://www.inform.kz/en/example', licence: 'CC BY 4.0' },
  author: 'Kudrenok Tatyana',
  dateline: 'NUR-SULTAN',
  kind: 'call',
  leaders: ['kassym-jomart-tokayev'],
  countries: ['kazakhstan', 'tajikistan'],
  places: ['Dushanbe'],
  tags: ['Kyrgyz-Tajik border conflict'],
};

function errorsOf(changes: Record<string, unknown>): string[] {
  const result = validateWith(articleSchema, { ...good, ...changes }, FILE);
  return result.success ? [] : result.errors;
}

/** Characters XML 1.0 or HTML forbid in text, one of each kind. */
const FORBIDDEN = [
  ['NUL', '\u0000', 'U+0000'],
  ['BEL', '\u0007', 'U+0007'],
  ['vertical tab', '\u000b', 'U+000B'],
  ['escape', '\u001b', 'U+001B'],
  ['DEL', '\u007f', 'U+007F'],
  ['C1 control', '\u0085', 'U+0085'],
  ['C1 control', '\u009f', 'U+009F'],
  ['lone high surrogate', '\ud800', 'U+D800'],
  ['lone low surrogate', '\udfff', 'U+DFFF'],
  ['noncharacter', '\ufdd0', 'U+FDD0'],
  ['U+FFFE', '\ufffe', 'U+FFFE'],
  ['U+FFFF', '\uffff', 'U+FFFF'],
  ['plane 1 noncharacter', '\u{1fffe}', 'U+1FFFE'],
] as const;

describe('characters XML and HTML forbid', () => {
  const fields: [string, (text: string) => Record<string, unknown>][] = [
    ['title', (t) => ({ title: t })],
    ['summary', (t) => ({ summary: t })],
    ['author', (t) => ({ author: t })],
    ['dateline', (t) => ({ dateline: t })],
    ['source.name', (t) => ({ source: { ...good.source, name: t } })],
    ['source.licence', (t) => ({ source: { ...good.source, licence: t } })],
    ['tags.0', (t) => ({ tags: [t] })],
    ['places.0', (t) => ({ places: [t] })],
  ];

  it.each(FORBIDDEN)('are refused: %s, naming the file, the field and the character', (_, ch, code) => {
    for (const [field, change] of fields) {
      const errors = errorsOf(change(`Tokayev${ch} speaks`));
      expect(errors, field).toHaveLength(1);
      expect(errors[0]).toContain(`${FILE}: ${field}: holds ${code} at character 8`);
    }
  });

  it('leave tabs, line breaks, emoji and every script alone', () => {
    expect(forbiddenCharacter('Тоқаев\tи\nПутин\r\n 中文 🇰🇿 ½ \u00a0 \u200d')).toBeUndefined();
    expect(errorsOf({ title: 'Тоқаев и Си Цзиньпин 🇰🇿 — 中文', summary: 'Line\nbreak.' })).toEqual([]);
  });
});

describe('entries listed twice', () => {
  it('are refused in leaders and countries, naming the index of each repeat', () => {
    expect(
      errorsOf({ leaders: ['kassym-jomart-tokayev', 'vladimir-putin', 'kassym-jomart-tokayev'] }),
    ).toEqual([`${FILE}: leaders.2: repeats entry 0 ("kassym-jomart-tokayev"): list each once`]);
    expect(errorsOf({ countries: ['kazakhstan', 'kazakhstan'] })).toEqual([
      `${FILE}: countries.1: repeats entry 0 ("kazakhstan"): list each once`,
    ]);
  });

  it('are refused in tags, where case, spacing and script do not make another tag', () => {
    expect(errorsOf({ tags: ['Astana', 'Energy', ' ASTANA'] })).toHaveLength(1);
    expect(errorsOf({ tags: ['Kazakhstan', 'Казахстан'] })).toHaveLength(1);
    expect(errorsOf({ tags: ['Central  Asia', 'central asia'] })[0]).toContain('tags.1: repeats entry 0');
    expect(errorsOf({ tags: ['C++', 'C#', 'C'] })).toEqual([]);
  });
});

describe('updated', () => {
  it('is refused before published, by instant when both have a time, else by day', () => {
    expect(errorsOf({ updated: '2021-05-02T02:09:00Z' })).toEqual([
      `${FILE}: updated: is before published (2021-05-02T08:10:00+06:00): a piece is updated after it is published`,
    ]);
    expect(errorsOf({ updated: '2021-05-01' })).toHaveLength(1);
    expect(errorsOf({ published: '2021-05-02', updated: '2021-05-01T23:00:00+06:00' })).toHaveLength(1);
  });

  it('is accepted at or after published, in another zone too', () => {
    expect(errorsOf({ updated: '2021-05-02T02:10:00Z' })).toEqual([]);
    expect(errorsOf({ updated: '2021-05-02' })).toEqual([]);
    expect(errorsOf({ published: '2021-05-02', updated: '2021-05-02T00:30:00+06:00' })).toEqual([]);
  });
});

describe('placeholder names', () => {
  it.each(['Unattributed', 'unknown', 'Anonymous', 'N/A', 'none', '-', '?'])(
    'are refused as the source or the byline: %j',
    (name) => {
      expect(errorsOf({ source: { name } })[0]).toMatch(
        /^content\/articles\/2021\/05\/example\.md: source\.name: /,
      );
      expect(errorsOf({ author: name })[0]).toMatch(/: author: .*leave author out/);
    },
  );

  it('leave real names that contain such words alone', () => {
    expect(errorsOf({ source: { name: 'Unknown Pleasures Weekly' }, author: 'Ivan Nonev' })).toEqual([]);
  });
});

describe('source addresses', () => {
  const ajv = new Ajv({ allErrors: true });
  const { schema, title } = DATA_SCHEMAS.articles;
  const published = jsonSchemaOf(schema, 'https://news.example.org/data/articles.schema.json', title);
  const urlRule = ajv.compile((published['properties'] as Record<string, object>)['source_url']!);

  /** Addresses an editor or the importer may give, in every form browsers accept. */
  const ACCEPTED = [
    'https://www.inform.kz/en/example',
    'https://Example.ORG/a?b=1&c=2#frag',
    'https://ru.sputnik.kz/20210502/токаев-путин.html',
    'https://пример.рф/путь/?q=тест',
    'https://example.org/a b/{c}|d^e`f',
    'http://example.org:8080/x/../y/%7E?x=[1]',
    'HTTPS://example.org',
    'https://[2001:db8::1]/path',
    'https://user@example.org/a',
  ];

  it.each(ACCEPTED)('accepts %j and writes it so the published JSON Schema accepts it too', (address) => {
    const parsed = sourceSchema.shape.url.safeParse(address);
    expect(parsed.success).toBe(true);
    const written = parsed.data!;
    expect(urlRule(written), `${written}: ${JSON.stringify(urlRule.errors)}`).toBe(true);
    // The same page: a browser reads the written address as the given one.
    expect(decodeURI(new URL(written).href)).toBe(decodeURI(new URL(address).href));
  });

  it('are checked by the published JSON Schema’s own rule, which refuses what the schema never writes', () => {
    expect(urlRule('https://example.org/a b')).toBe(false);
    expect(urlRule('https://пример.рф/')).toBe(false);
    expect(urlRule('ftp://example.org/')).toBe(false);
  });

  it.each([
    'ftp://example.org/x',
    'javascript:alert(1)',
    'example.org',
    '//example.org/x',
    'https://',
    'https://exa\nmple.org/',
    'https://example.org/\u0007',
    'mailto:a@b.c',
  ])('refuses %j', (address) => {
    expect(sourceSchema.shape.url.safeParse(address).success).toBe(false);
  });
});
