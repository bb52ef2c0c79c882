import { describe, expect, it } from 'vitest';
import {
  describeLeader,
  latestOffice,
  leaderName,
  officeAt,
  officeTitle,
  officeYears,
} from '../../src/model/offices';
import { leaderSchema, type Office } from '../../src/model/schema';

/** What the helpers read of an office. */
type Dated = Pick<Office, 'title' | 'role' | 'start' | 'end'>;

const tokayev: Dated[] = [
  {
    title: 'Prime Minister of Kazakhstan',
    role: 'head-of-government',
    start: '1999-10-01',
    end: '2002-01-28',
  },
  { title: 'Chairman of the Senate of Kazakhstan', role: 'other', start: '2013-10-16', end: '2019-03-19' },
  { title: 'President of Kazakhstan', role: 'head-of-state', start: '2019-03-20' },
];

describe('officeAt', () => {
  it('names the office held on the day', () => {
    expect(officeAt(tokayev, '2017-06-01')?.title).toBe('Chairman of the Senate of Kazakhstan');
    expect(officeAt(tokayev, '2021-05-02')?.title).toBe('President of Kazakhstan');
  });

  it('counts the first and last days as in office', () => {
    expect(officeAt(tokayev, '2019-03-19')?.title).toBe('Chairman of the Senate of Kazakhstan');
    expect(officeAt(tokayev, '2019-03-20')?.title).toBe('President of Kazakhstan');
    expect(officeAt(tokayev, '1999-10-01')?.title).toBe('Prime Minister of Kazakhstan');
  });

  it('names no office for a day no listed office covers', () => {
    expect(officeAt(tokayev, '2005-01-01')).toBeUndefined();
    expect(officeAt(tokayev, '1990-01-01')).toBeUndefined();
  });

  it('prefers the head of state when one person holds two offices that day', () => {
    const both: Dated[] = [
      { title: 'Chairman of the Cabinet of Ministers', role: 'head-of-government', start: '1992-05-18' },
      { title: 'President of Turkmenistan', role: 'head-of-state', start: '1991-10-27' },
    ];
    expect(officeAt(both, '2000-01-01')?.title).toBe('President of Turkmenistan');
  });
});

describe('latestOffice and describeLeader', () => {
  it('describe a leader by the office held now', () => {
    expect(latestOffice(tokayev)?.title).toBe('President of Kazakhstan');
    expect(describeLeader({ name: 'Kassym-Jomart Tokayev', offices: tokayev })).toBe(
      'Kassym-Jomart Tokayev, President of Kazakhstan',
    );
  });

  it('describe a former leader by the last office held', () => {
    const former: Dated[] = [
      { title: 'Prime Minister', role: 'head-of-government', start: '1990-01-01', end: '1995-01-01' },
      { title: 'President', role: 'head-of-state', start: '1995-01-02', end: '2000-01-01' },
    ];
    expect(latestOffice(former)?.title).toBe('President');
  });
});

describe('officeYears', () => {
  it('writes the span of years', () => {
    expect(officeYears(tokayev[0]!)).toBe('1999–2002');
    expect(officeYears(tokayev[2]!)).toBe('2019–');
    expect(officeYears({ start: '2007-01-11', end: '2007-12-01' })).toBe('2007');
  });
});

describe('leaderName and officeTitle', () => {
  const leader = {
    name: 'Emomali Rahmon',
    names: { ru: 'Эмомали Рахмон', kk: 'Эмомали Рахмон', native: { lang: 'tg', name: 'Эмомалӣ Раҳмон' } },
  };
  const office = {
    title: 'President of Kazakhstan',
    titles: { ru: 'Президент Республики Казахстан', kk: 'Қазақстан Республикасының Президенті' },
  };

  it('give the name and title in Russian and Kazakh, also for a regional tag', () => {
    expect(leaderName(leader, 'ru')).toBe('Эмомали Рахмон');
    expect(
      leaderName(
        { name: 'Kassym-Jomart Tokayev', names: { ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев' } },
        'kk-KZ',
      ),
    ).toBe('Қасым-Жомарт Тоқаев');
    expect(officeTitle(office, 'kk')).toBe('Қазақстан Республикасының Президенті');
    expect(officeTitle(office, 'RU')).toBe('Президент Республики Казахстан');
  });

  it('give the native form in its own language', () => {
    expect(leaderName(leader, 'tg')).toBe('Эмомалӣ Раҳмон');
  });

  it('fall back to English for English and for any language the registry does not give', () => {
    expect(leaderName(leader, 'en')).toBe('Emomali Rahmon');
    expect(leaderName(leader, 'fr')).toBe('Emomali Rahmon');
    expect(leaderName({ name: 'X' }, 'ru')).toBe('X');
    expect(officeTitle(office, 'de')).toBe('President of Kazakhstan');
    expect(officeTitle({ title: 'President' }, 'kk')).toBe('President');
  });
});

describe('the leader schema', () => {
  const base = { name: 'X', names: { ru: 'Икс', kk: 'Икс' }, country: 'kazakhstan' };
  const office = (o: Record<string, unknown>) => ({
    titles: { ru: 'Президент', kk: 'Президент' },
    source: 'https://example.org/decree',
    ...o,
  });

  it('refuses an office that ends before it starts', () => {
    const result = leaderSchema.safeParse({
      ...base,
      offices: [
        office({ title: 'President', role: 'head-of-state', start: '2020-01-01', end: '2019-01-01' }),
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['offices', 0, 'end']);
  });

  it('refuses two offices of one role at once, and accepts offices that touch', () => {
    const overlapping = leaderSchema.safeParse({
      ...base,
      offices: [
        office({ title: 'President', role: 'head-of-state', start: '2000-01-01', end: '2010-01-01' }),
        office({ title: 'President', role: 'head-of-state', start: '2009-01-01' }),
      ],
    });
    expect(overlapping.success).toBe(false);
    expect(overlapping.error?.issues[0]?.message).toMatch(/overlaps offices\[0\]/);
    const touching = leaderSchema.safeParse({
      ...base,
      offices: [
        office({ title: 'President', role: 'head-of-state', start: '2000-01-01', end: '2010-01-01' }),
        office({ title: 'President', role: 'head-of-state', start: '2010-01-01' }),
      ],
    });
    expect(touching.success).toBe(true);
  });

  it('refuses a day that does not exist', () => {
    const result = leaderSchema.safeParse({
      ...base,
      offices: [office({ title: 'President', role: 'head-of-state', start: '2019-02-30' })],
    });
    expect(result.success).toBe(false);
  });

  const issues = (data: unknown) => {
    const result = leaderSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('requires a source for every office, an address or a written reference', () => {
    const start = { title: 'President', role: 'head-of-state', start: '2019-03-20', titles: base.names };
    expect(issues({ ...base, offices: [start] })).toEqual([
      expect.stringMatching(/^offices\.0\.source: is required/),
    ]);
    expect(issues({ ...base, offices: [{ ...start, source: 'Decree No. 1 of 20 March 2019' }] })).toEqual([]);
    expect(
      issues({
        ...base,
        offices: [{ ...start, source: ['https://akorda.kz/ru/1', 'Kazinform, 20 March 2019'] }],
      }),
    ).toEqual([]);
    expect(issues({ ...base, offices: [{ ...start, source: 'javascript:alert(1)' }] })).toEqual([
      expect.stringMatching(/^offices\.0\.source: must be an http\(s\) address/),
    ]);
    expect(issues({ ...base, offices: [{ ...start, source: [] }] })).toEqual([
      expect.stringMatching(/^offices\.0\.source/),
    ]);
  });

  it('requires the names and every title in Russian and Kazakh, each in its own alphabet', () => {
    const o = office({ title: 'President', role: 'head-of-state', start: '2019-03-20' });
    expect(issues({ name: 'X', country: 'kazakhstan', offices: [o] })).toEqual([
      expect.stringMatching(/^names: is required: the name in Russian and Kazakh/),
    ]);
    expect(issues({ ...base, offices: [{ ...o, titles: { ru: 'Президент' } }] })).toEqual([
      expect.stringMatching(/^offices\.0\.titles\.kk: is required/),
    ]);
    // Kazakh letters are not Russian; Latin is neither.
    expect(
      issues({ ...base, names: { ru: 'Қасым-Жомарт Тоқаев', kk: 'Қасым-Жомарт Тоқаев' }, offices: [o] }),
    ).toEqual([expect.stringMatching(/^names\.ru: must be written in the Russian alphabet/)]);
    expect(issues({ ...base, names: { ru: 'Токаев', kk: 'Tokayev' }, offices: [o] })).toEqual([
      expect.stringMatching(/^names\.kk: must be written in the Kazakh Cyrillic alphabet/),
    ]);
    // Tajik letters are not Kazakh: the Tajik form is the native one.
    expect(
      issues({ ...base, names: { ru: 'Эмомали Рахмон', kk: 'Эмомалӣ Раҳмон' }, offices: [o] }),
    ).toHaveLength(1);
  });

  it('takes a native form only in a language of its own, written otherwise than in Russian', () => {
    const o = office({ title: 'President', role: 'head-of-state', start: '2019-03-20' });
    const names = { ru: 'Эмомали Рахмон', kk: 'Эмомали Рахмон' };
    expect(
      issues({ ...base, names: { ...names, native: { lang: 'tg', name: 'Эмомалӣ Раҳмон' } }, offices: [o] }),
    ).toEqual([]);
    expect(
      issues({ ...base, names: { ...names, native: { lang: 'tg', name: 'Эмомали Рахмон' } }, offices: [o] }),
    ).toEqual([expect.stringMatching(/^names\.native: is the Russian form/)]);
    expect(
      issues({ ...base, names: { ...names, native: { lang: 'ru', name: 'Эмомали' } }, offices: [o] }),
    ).toEqual([expect.stringMatching(/^names\.native\.lang: must be one of/)]);
  });

  it('lists namesakes with the forms texts use and who they are', () => {
    const o = office({ title: 'President', role: 'head-of-state', start: '2019-03-20' });
    const namesake = { name: 'Dariga Nazarbayeva', forms: ['Дарига Назарбаева'], who: 'his daughter' };
    expect(issues({ ...base, offices: [o], namesakes: [namesake] })).toEqual([]);
    expect(issues({ ...base, offices: [o], namesakes: [{ ...namesake, forms: [] }] })).toEqual([
      expect.stringMatching(/^namesakes\.0\.forms: must list the name/),
    ]);
    expect(leaderSchema.parse({ ...base, offices: [o] }).namesakes).toEqual([]);
  });
});
