import { describe, expect, it } from 'vitest';
import { describeLeader, latestOffice, officeAt, officeYears } from '../../src/model/offices';
import { leaderSchema, type Office } from '../../src/model/schema';

const tokayev: Office[] = [
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
    const both: Office[] = [
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
    const former: Office[] = [
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

describe('the leader schema', () => {
  const base = { name: 'X', country: 'kazakhstan' };

  it('refuses an office that ends before it starts', () => {
    const result = leaderSchema.safeParse({
      ...base,
      offices: [{ title: 'President', role: 'head-of-state', start: '2020-01-01', end: '2019-01-01' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['offices', 0, 'end']);
  });

  it('refuses two offices of one role at once, and accepts offices that touch', () => {
    const overlapping = leaderSchema.safeParse({
      ...base,
      offices: [
        { title: 'President', role: 'head-of-state', start: '2000-01-01', end: '2010-01-01' },
        { title: 'President', role: 'head-of-state', start: '2009-01-01' },
      ],
    });
    expect(overlapping.success).toBe(false);
    expect(overlapping.error?.issues[0]?.message).toMatch(/overlaps offices\[0\]/);
    const touching = leaderSchema.safeParse({
      ...base,
      offices: [
        { title: 'President', role: 'head-of-state', start: '2000-01-01', end: '2010-01-01' },
        { title: 'President', role: 'head-of-state', start: '2010-01-01' },
      ],
    });
    expect(touching.success).toBe(true);
  });

  it('refuses a day that does not exist', () => {
    const result = leaderSchema.safeParse({
      ...base,
      offices: [{ title: 'President', role: 'head-of-state', start: '2019-02-30' }],
    });
    expect(result.success).toBe(false);
  });
});
