/**
 * What the article and registry schemas refuse or normalise so that nothing
 * downstream is corrupted: characters XML and HTML forbid, bidirectional
 * controls left open, text that shows nothing, white space the search index
 * would collapse, list separators in tags and names, entries listed twice, an
 * update before the publication, placeholder names for a source or a byline,
 * and source addresses the published JSON Schema would not accept.
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { DATA_SCHEMAS, jsonSchemaOf } from '../../src/model/open-data';
import {
  articleSchema,
  countryFileSchema,
  countrySchema,
  forbiddenCharacter,
  leaderSchema,
  sourceSchema,
  validateWith,
} from '../../src/model/schema';
import { MAX_NAME_LENGTH } from '../../src/model/text';
import { parseSearchState, searchQuery } from '../../src/search/url-state';

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

/** A leader entry of the registry the schema accepts, as a file gives it. */
const LEADER = {
  name: 'Kassym-Jomart Tokayev',
  names: { ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев' },
  country: 'kazakhstan',
  offices: [
    {
      title: 'President of Kazakhstan',
      titles: { ru: 'Президент Республики Казахстан', kk: 'Қазақстан Республикасының Президенті' },
      role: 'head-of-state',
      start: '2019-03-20',
      source: 'https://www.akorda.kz/en/',
      note: 'Sworn in the day after his predecessor resigned.',
    },
  ],
  aliases: ['Tokayev', 'Токаев'],
  namesakes: [{ name: 'Mukhtar Tokayev', forms: ['Мухтар Токаев'], who: 'A namesake for the importer.' }],
};
const LEADER_FILE = 'content/leaders/kassym-jomart-tokayev.yaml';
const COUNTRY_FILE = 'content/countries/kazakhstan.yaml';

/** The errors of the leader entry with one field set by `change` (a copy of the entry is changed in place). */
function leaderErrorsOf(change: (leader: typeof LEADER) => void): string[] {
  const leader = structuredClone(LEADER);
  change(leader);
  const result = validateWith(leaderSchema, leader, LEADER_FILE);
  return result.success ? [] : result.errors;
}

/** A country file of the registry the schema accepts, with a timeline. */
const COUNTRY = {
  iso: 'KZ',
  name: 'Kazakhstan',
  demonyms: ['Kazakh', 'қазақ'],
  aliases: ['Republic of Kazakhstan'],
  timeline: {
    since: '1991-12-16',
    source: 'https://www.akorda.kz/en/',
    roles: ['head-of-state'],
    vacancies: [{ role: 'head-of-state', start: '1991-12-16', end: '1991-12-17', note: 'A note.' }],
    combined: [{ start: '1991-12-16', note: 'A provision.' }],
  },
};

function countryErrorsOf(change: (country: typeof COUNTRY) => void): string[] {
  const country = structuredClone(COUNTRY);
  change(country);
  const result = validateWith(countryFileSchema, country, COUNTRY_FILE);
  return result.success ? [] : result.errors;
}

describe('characters XML and HTML forbid in the registry of leaders and countries', () => {
  it('accept the entries as written', () => {
    expect(leaderErrorsOf(() => {})).toEqual([]);
    expect(countryErrorsOf(() => {})).toEqual([]);
  });

  const leaderFields: [string, (leader: typeof LEADER, text: string) => void][] = [
    ['name', (l, t) => (l.name = t)],
    ['aliases.1', (l, t) => (l.aliases[1] = t)],
    ['names.native.name', (l, t) => Object.assign(l.names, { native: { lang: 'tg', name: t } })],
    ['offices.0.title', (l, t) => (l.offices[0]!.title = t)],
    ['offices.0.note', (l, t) => (l.offices[0]!.note = t)],
    ['offices.0.source', (l, t) => (l.offices[0]!.source = t)],
    ['namesakes.0.name', (l, t) => (l.namesakes[0]!.name = t)],
    ['namesakes.0.forms.0', (l, t) => (l.namesakes[0]!.forms[0] = t)],
    ['namesakes.0.who', (l, t) => (l.namesakes[0]!.who = t)],
  ];
  const countryFields: [string, (country: typeof COUNTRY, text: string) => void][] = [
    ['name', (c, t) => (c.name = t)],
    ['demonyms.1', (c, t) => (c.demonyms[1] = t)],
    ['aliases.0', (c, t) => (c.aliases[0] = t)],
    ['timeline.source', (c, t) => (c.timeline.source = t)],
    ['timeline.vacancies.0.note', (c, t) => (c.timeline.vacancies[0]!.note = t)],
    ['timeline.combined.0.note', (c, t) => (c.timeline.combined[0]!.note = t)],
  ];

  it.each(FORBIDDEN)('are refused: %s, naming the file, the field and the character', (_, ch, code) => {
    for (const [field, change] of leaderFields) {
      const errors = leaderErrorsOf((leader) => change(leader, `Tokayev${ch} speaks`));
      expect(errors, field).toEqual([
        expect.stringContaining(`${LEADER_FILE}: ${field}: holds ${code} at character 8`),
      ]);
    }
    for (const [field, change] of countryFields) {
      const errors = countryErrorsOf((country) => change(country, `Kazakh${ch}stan`));
      expect(errors, field).toEqual([
        expect.stringContaining(`${COUNTRY_FILE}: ${field}: holds ${code} at character 7`),
      ]);
    }
  });

  it('are refused in the names CLDR gives a country of the site’s collection too', () => {
    const result = validateWith(
      countrySchema,
      { name: 'Kazakhstan', iso: 'KZ', names: { en: 'Kazakhstan', ru: 'Казахстан\u0085', kk: 'Қазақстан' } },
      'kazakhstan',
    );
    expect(result.success ? [] : result.errors).toEqual([
      expect.stringContaining('kazakhstan: names.ru: holds U+0085 at character 10'),
    ]);
  });
});

describe('bidirectional controls', () => {
  it('are refused when one is left open, naming the control and what closes it', () => {
    expect(errorsOf({ title: 'Tokayev \u202Eslevart' })).toEqual([
      `${FILE}: title: holds U+202E (right-to-left override) at character 9, which is not closed and would reorder the text shown after this one; close it with U+202C or remove it`,
    ]);
    expect(errorsOf({ author: '\u2067مرحبا' })[0]).toContain(
      'author: holds U+2067 (right-to-left isolate) at character 1, which is not closed',
    );
    expect(leaderErrorsOf((l) => (l.name = 'Tokayev\u202B'))[0]).toContain(
      `${LEADER_FILE}: name: holds U+202B (right-to-left embedding) at character 8, which is not closed`,
    );
  });

  it('are refused when one closes nothing, or closes what it does not open', () => {
    expect(errorsOf({ summary: 'Ends\u202C here.' })[0]).toContain(
      'summary: holds U+202C (pop directional formatting) at character 5 with nothing open for it to close',
    );
    // An isolate closed by the control of an embedding is still open.
    expect(errorsOf({ tags: ['\u2066x\u202C'] })[0]).toContain(
      'tags.0: holds U+2066 (left-to-right isolate) at character 1',
    );
  });

  it('are accepted when each is closed inside what encloses it', () => {
    expect(
      errorsOf({
        title: 'Talks on \u2067مرحبا\u2069 and \u202Bשלום \u2066x\u2069\u202C',
        summary: '\u202Dabc\u202C',
      }),
    ).toEqual([]);
  });
});

describe('text that shows nothing', () => {
  it.each([
    ['zero width spaces', '\u200B\u200B', 'U+200B'],
    ['a word joiner and a zero width non-joiner', '\u2060\u200C', 'U+2060, U+200C'],
    ['the Mongolian vowel separator', '\u180E', 'U+180E'],
    ['a Hangul filler', '\u3164', 'U+3164'],
    ['a soft hyphen and a joiner between spaces', ' \u00AD \u200D ', 'U+00AD, U+200D'],
  ])('is refused as empty: %s', (_, value, codes) => {
    const message = `must not be empty: it holds only characters that show nothing (${codes}); remove them`;
    expect(errorsOf({ title: value })).toEqual([`${FILE}: title: ${message}`]);
    expect(errorsOf({ summary: value })).toEqual([`${FILE}: summary: ${message}`]);
    expect(errorsOf({ source: { name: value } })).toEqual([`${FILE}: source.name: ${message}`]);
    expect(errorsOf({ author: value })).toEqual([`${FILE}: author: ${message}`]);
    expect(leaderErrorsOf((l) => (l.name = value))).toEqual([`${LEADER_FILE}: name: ${message}`]);
    expect(countryErrorsOf((c) => (c.name = value))).toEqual([`${COUNTRY_FILE}: name: ${message}`]);
  });

  it('leaves text with something to show alone, joiners in emoji and bidirectional marks included', () => {
    expect(errorsOf({ title: '👩‍👩‍👧', author: '\u200Fשלום', tags: ['x\u200B'] })).toEqual([]);
  });
});

describe('white space in titles and names', () => {
  it('is collapsed to single spaces, as the search index collapses it, and trimmed', () => {
    const parsed = articleSchema.parse({
      ...good,
      title: 'The talks\nended \t well\u00A0today\u2028',
      source: { name: 'Kazinform \r\n News' },
      author: 'Kudrenok\u3000 Tatyana',
      tags: ['Central\n Asia'],
      places: ['Nur-\u00A0Sultan'],
    });
    expect(parsed).toMatchObject({
      title: 'The talks ended well today',
      source: { name: 'Kazinform News' },
      author: 'Kudrenok Tatyana',
      tags: ['Central Asia'],
      places: ['Nur- Sultan'],
    });
    const leader = leaderSchema.parse({
      ...LEADER,
      name: ' Kassym-Jomart\n  Tokayev ',
      aliases: ['Tokayev\t K.'],
    });
    expect([leader.name, leader.aliases]).toEqual(['Kassym-Jomart Tokayev', ['Tokayev K.']]);
    expect(
      leaderSchema.parse({
        ...LEADER,
        offices: [{ ...LEADER.offices[0], title: 'President\nof Kazakhstan' }],
      }).offices[0]!.title,
    ).toBe('President of Kazakhstan');
    expect(countryFileSchema.parse({ ...COUNTRY, name: 'Kazakh\u00A0 Republic' }).name).toBe(
      'Kazakh Republic',
    );
  });

  it('is kept in a summary, which may run over several lines', () => {
    expect(articleSchema.parse({ ...good, summary: 'First line.\nSecond  line.' }).summary).toBe(
      'First line.\nSecond  line.',
    );
  });
});

describe('list separators', () => {
  it('are refused in a tag, naming the character: the open data joins tags with "; "', () => {
    expect(errorsOf({ tags: ['Energy', 'alpha; beta'] })).toEqual([
      `${FILE}: tags.1: holds ";" at character 6: the open data and the exports separate the items of a list with "," and ";", so a reader would take it for two; write two tags, or the tag without it`,
    ]);
    expect(errorsOf({ tags: ['Science, technology'] })[0]).toContain('tags.0: holds "," at character 8');
  });

  it("are refused in a leader's and a country's name: the exports join them as keywords", () => {
    expect(leaderErrorsOf((l) => (l.name = 'Tokayev, Kassym-Jomart'))).toEqual([
      `${LEADER_FILE}: name: holds "," at character 8: the open data and the exports separate the items of a list with "," and ";", so a reader would take it for two; write the name as readers know it, such as "Kassym-Jomart Tokayev"`,
    ]);
    expect(countryErrorsOf((c) => (c.name = 'Korea; South'))[0]).toContain(
      `${COUNTRY_FILE}: name: holds ";" at character 6`,
    );
    expect(validateWith(countrySchema, { name: 'Korea, South', iso: 'KR' }, 'south-korea').success).toBe(
      false,
    );
  });

  it('are left alone where a value is never an item of a list', () => {
    expect(
      errorsOf({
        title: 'Talks; trade, energy',
        author: 'Doe, John',
        source: { name: 'Kazinform; Astana, KZ' },
      }),
    ).toEqual([]);
    expect(leaderErrorsOf((l) => (l.aliases = ['Tokayev, K.-J.']))).toEqual([]);
  });
});

describe('the length of a name chosen in the search filters', () => {
  const longest = `${'a'.repeat(MAX_NAME_LENGTH - 1)}🇰`;

  it('is at most what the search reads from a link, so a chosen name is read whole', () => {
    expect(errorsOf({ source: { name: longest } })).toEqual([]);
    expect(leaderErrorsOf((l) => (l.name = longest))).toEqual([]);
    expect(countryErrorsOf((c) => (c.name = longest))).toEqual([]);
    for (const key of ['source', 'leader', 'country'] as const) {
      expect(parseSearchState(searchQuery({ [key]: longest })).values[key]).toEqual([longest]);
    }
  });

  it('refuses a longer source, leader or country name, naming the field', () => {
    const message = `must be at most ${MAX_NAME_LENGTH} characters long: the search reads a name chosen in its filters from a link up to that length`;
    expect(errorsOf({ source: { name: `${longest}a` } })).toEqual([`${FILE}: source.name: ${message}`]);
    expect(leaderErrorsOf((l) => (l.name = `${longest}a`))).toEqual([`${LEADER_FILE}: name: ${message}`]);
    expect(countryErrorsOf((c) => (c.name = `${longest}a`))).toEqual([`${COUNTRY_FILE}: name: ${message}`]);
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
