import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCountryFiles } from '../../src/build/country-loader';
import { ISO_3166_1_CODES, countryNames, mergeCountries, type CountryFile } from '../../src/model/countries';
import { countryFileSchema } from '../../src/model/schema';

const file = (id: string, data: unknown): CountryFile => ({
  id,
  file: `content/countries/${id}.yaml`,
  data: countryFileSchema.parse(data),
});

describe('ISO_3166_1_CODES', () => {
  it('lists the 249 assigned codes once each, and no region that is not a country', () => {
    expect(ISO_3166_1_CODES).toHaveLength(249);
    expect(new Set(ISO_3166_1_CODES).size).toBe(249);
    for (const code of ['KZ', 'UZ', 'TR', 'AQ', 'PS', 'TW']) expect(ISO_3166_1_CODES).toContain(code);
    for (const code of ['EU', 'EZ', 'UN', 'QO', 'XK', 'ZZ', 'SU', 'YU', 'AN', 'AC', 'IC', 'TA'])
      expect(ISO_3166_1_CODES).not.toContain(code);
  });
});

describe('countryNames', () => {
  it('gives the CLDR names in English, Russian and Kazakh', () => {
    expect(countryNames('KZ')).toEqual({ en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' });
    expect(countryNames('UZ')).toEqual({ en: 'Uzbekistan', ru: 'Узбекистан', kk: 'Өзбекстан' });
  });

  it('refuses a code CLDR does not name', () => {
    expect(() => countryNames('AA')).toThrow(/no en name for the region "AA"/);
  });
});

describe('mergeCountries', () => {
  it('makes an entry of every country, its id the slug of the English name', () => {
    const { entries, errors } = mergeCountries([]);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(249);
    expect(entries.find((e) => e.data.iso === 'TR')).toMatchObject({
      id: 'turkiye',
      data: { name: 'Türkiye' },
    });
    expect(entries.find((e) => e.data.iso === 'MN')?.data.aliases).toEqual(['Монголия', 'Моңғолия']);
  });

  it('takes the id from the file and adds its demonyms and aliases after the CLDR names', () => {
    const { entries } = mergeCountries([
      file('turkey', {
        iso: 'TR',
        name: 'Turkey',
        demonyms: ['Turkish'],
        aliases: ['Türkiye', 'Турецкая Республика'],
      }),
    ]);
    const tr = entries.find((e) => e.data.iso === 'TR');
    expect(tr).toEqual({
      id: 'turkey',
      file: 'content/countries/turkey.yaml',
      data: {
        name: 'Turkey',
        iso: 'TR',
        names: { en: 'Türkiye', ru: 'Турция', kk: 'Түркия' },
        demonyms: ['Turkish'],
        aliases: ['Türkiye', 'Турция', 'Түркия', 'Турецкая Республика', 'Turkish'],
      },
    });
    expect(entries.some((e) => e.id === 'turkiye')).toBe(false);
  });

  it("shows a file's Russian or Kazakh name instead of CLDR's, keeping CLDR's as an alias", () => {
    const { entries, errors } = mergeCountries([
      file('kyrgyzstan', {
        iso: 'KG',
        names: { ru: 'Кыргызстан', source: 'https://example.org/constitution' },
      }),
    ]);
    expect(errors).toEqual([]);
    const kg = entries.find((e) => e.id === 'kyrgyzstan')?.data;
    expect(kg?.names).toEqual({ en: 'Kyrgyzstan', ru: 'Кыргызстан', kk: 'Қырғызстан' });
    expect(kg?.aliases).toEqual(expect.arrayContaining(['Кыргызстан', 'Киргизия', 'Қырғызстан']));
    // Without a file, CLDR's.
    expect(mergeCountries([]).entries.find((e) => e.id === 'kyrgyzstan')?.data.names?.ru).toBe('Киргизия');
  });

  it('refuses a name of its own without a source, or a source without a name, naming the field', () => {
    const bad = (names: unknown) =>
      countryFileSchema
        .safeParse({ iso: 'KG', names })
        .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(bad({ ru: 'Кыргызстан' })).toEqual([
      'names.source: is required: the address or reference of a source that names the country so',
    ]);
    expect(bad({ source: 'https://example.org/constitution' })).toEqual([
      'names: must give the name in ru or kk',
    ]);
    expect(bad({ ru: 'Кыргызстан\u202E', source: 'https://example.org/constitution' })?.[0]).toMatch(
      /^names\.ru: /,
    );
  });

  it("carries the registry's timeline of a country file, and none for a country without one", () => {
    const timeline = {
      since: '1991-12-16',
      source: 'https://example.org/independence',
      roles: ['head-of-state'],
      vacancies: [],
      combined: [],
    };
    const { entries } = mergeCountries([file('kazakhstan', { iso: 'KZ', timeline })]);
    expect(entries.find((e) => e.id === 'kazakhstan')?.data.timeline).toEqual(timeline);
    expect(entries.find((e) => e.id === 'mongolia')?.data).not.toHaveProperty('timeline');
  });

  it('names the file and the field of a code that is not a country, or a country given twice', () => {
    const { errors } = mergeCountries([
      file('europe', { iso: 'EU' }),
      file('kazakhstan', { iso: 'KZ' }),
      file('qazaqstan', { iso: 'KZ' }),
    ]);
    expect(errors).toEqual([
      'content/countries/europe.yaml: iso: "EU" is not an ISO 3166-1 alpha-2 country code',
      'content/countries/qazaqstan.yaml: iso: KZ is already the country of content/countries/kazakhstan.yaml',
    ]);
  });

  it('refuses a file whose name is the id of another country', () => {
    const { errors } = mergeCountries([file('kazakhstan', { iso: 'KG' })]);
    expect(errors).toEqual(['KZ: the id "kazakhstan" is already that of KG']);
  });
});

describe('readCountryFiles', () => {
  const dir = path.resolve(import.meta.dirname, '../../.tmp/unit-country-files');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every YAML file but those starting with _, and names each bad field', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'uzbekistan.yaml'), 'iso: UZ\ndemonyms: [Uzbek]\n');
    writeFileSync(path.join(dir, '_draft.yaml'), 'iso: nope\n');
    expect(readCountryFiles(dir, 'countries')).toEqual([
      {
        id: 'uzbekistan',
        file: 'countries/uzbekistan.yaml',
        data: { iso: 'UZ', demonyms: ['Uzbek'], aliases: [] },
      },
    ]);
    writeFileSync(path.join(dir, 'russia.yaml'), 'iso: Russia\n');
    expect(() => readCountryFiles(dir, 'countries')).toThrow(
      /countries\/russia\.yaml: iso: must be an ISO 3166-1 alpha-2 code/,
    );
  });

  it('refuses a control character YAML writes in a name, naming the file and field', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // YAML's "\\b" is U+0008, a backspace.
    writeFileSync(path.join(dir, 'kazakhstan.yaml'), 'iso: KZ\nname: "Kaz\\bakhstan"\ndemonyms: [Kazakh]\n');
    expect(() => readCountryFiles(dir, 'countries')).toThrow(
      'countries/kazakhstan.yaml: name: holds U+0008 at character 4, a control character or noncharacter that XML and HTML forbid; remove it',
    );
  });

  it('has no files in a folder that does not exist', () => {
    expect(readCountryFiles(path.join(dir, 'missing'))).toEqual([]);
  });
});
