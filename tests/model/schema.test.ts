import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  countrySchema,
  isValidPublished,
  leaderSchema,
  validateWith,
} from '../../src/model/schema';

const FILE = 'content/articles/2021/05/example.md';
const good = {
  title: 'Head of State had telephone talk with Tajik President',
  summary: 'President Kassym-Jomart Tokayev had a telephone conversation.',
  published: '2021-05-02T08:10:00+06:00',
  source: { name: 'Kazinform', url: 'https://www.inform.kz/en/example' },
  author: 'Kudrenok Tatyana',
  dateline: 'NUR-SULTAN',
  kind: 'call',
  leaders: ['kassym-jomart-tokayev'],
  countries: ['kazakhstan', 'tajikistan'],
  tags: ['Kyrgyz-Tajik border conflict'],
};

/** Validates `good` with some fields replaced (undefined removes a field). */
function check(changes: Record<string, unknown>) {
  const data: Record<string, unknown> = { ...good, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete data[key];
  return validateWith(articleSchema, data, FILE);
}

function errorsOf(changes: Record<string, unknown>): string[] {
  const result = check(changes);
  if (result.success) throw new Error('expected the frontmatter to be refused');
  return result.errors;
}

describe('article frontmatter', () => {
  it('accepts a complete article and fills in defaults', () => {
    const result = check({});
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.lang).toBe('en');
  });

  it('accepts a plain date and an article with no leaders, countries or tags', () => {
    const result = check({
      published: '2025-10-09',
      leaders: undefined,
      countries: undefined,
      tags: undefined,
    });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toMatchObject({ leaders: [], countries: [], tags: [] });
  });

  it.each([
    ['a missing title', { title: undefined }, 'title: is required'],
    ['an empty title', { title: '  ' }, 'title: must not be empty'],
    ['a missing published date', { published: undefined }, 'published: is required'],
    ['a malformed date', { published: '2 May 2021' }, 'published: is not a valid date'],
    ['an impossible day', { published: '2021-02-30' }, 'published: is not a valid date'],
    [
      'a date-time without its offset',
      { published: '2021-05-02T08:10:00' },
      'published: is not a valid date',
    ],
    [
      'an unquoted YAML date',
      { published: new Date('2021-05-02T02:10:00Z') },
      'published: must be a quoted string',
    ],
    ['an unknown kind', { kind: 'rumour' }, 'kind: must be one of'],
    ['a source without a name', { source: { url: 'https://example.org' } }, 'source.name:'],
    ['no source', { source: undefined }, 'source: is required'],
    ['a source URL that is not http', { source: { name: 'X', url: 'javascript:alert(1)' } }, 'source.url:'],
    [
      'a leader id that is not a slug',
      { leaders: ['Kassym-Jomart Tokayev'] },
      'leaders.0: must be the id of a file in leaders/',
    ],
    ['a malformed language tag', { lang: 'English' }, 'lang: must be a BCP 47 tag'],
    // YAML reads `author: 007` as the number 7: the message says to quote it.
    ['a byline YAML read as a number', { author: 7 }, 'author: must be text: quote it ("…")'],
    ['an empty title in YAML', { title: null }, 'title: is required'],
  ])('refuses %s, naming the file and the field', (_name, changes, expected) => {
    const errors = errorsOf(changes);
    expect(errors.some((e) => e.startsWith(`${FILE}: `) && e.includes(expected))).toBe(true);
  });
});

describe('isValidPublished', () => {
  it('checks the calendar, the clock and the offset', () => {
    expect(isValidPublished('2024-02-29')).toBe(true);
    expect(isValidPublished('2023-02-29')).toBe(false);
    expect(isValidPublished('2021-05-02T24:00:00+06:00')).toBe(false);
    expect(isValidPublished('2021-05-02T08:10+15:00')).toBe(false);
    expect(isValidPublished('2021-05-02T08:10Z')).toBe(true);
  });
});

describe('leader and country data', () => {
  it('accepts a leader with aliases in several scripts', () => {
    const result = validateWith(
      leaderSchema,
      {
        name: 'Emomali Rahmon',
        names: { ru: 'Эмомали Рахмон', kk: 'Эмомали Рахмон', native: { lang: 'tg', name: 'Эмомалӣ Раҳмон' } },
        offices: [
          {
            title: 'President of Tajikistan',
            titles: { ru: 'Президент Республики Таджикистан', kk: 'Тәжікстан Республикасының Президенті' },
            role: 'head-of-state',
            start: '1994-11-16',
            source: 'https://simple.wikipedia.org/wiki/President_of_Tajikistan',
          },
        ],
        country: 'tajikistan',
        aliases: ['Рахмон'],
      },
      'content/leaders/emomali-rahmon.yaml',
    );
    expect(result.success).toBe(true);
  });

  it('refuses a country without a two-letter ISO code, naming the file and field', () => {
    const result = validateWith(
      countrySchema,
      { name: 'Kazakhstan', iso: 'KAZ' },
      'content/countries/kazakhstan.yaml',
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.errors[0]).toMatch(/^content\/countries\/kazakhstan\.yaml: iso: must be an ISO 3166-1/);
  });
});
