import { describe, expect, it } from 'vitest';
import { timelineSchema, type Office } from '../../src/model/schema';
import { findTimelineErrors, type TimelineCountry, type TimelineLeader } from '../../src/model/timeline';
import { testLeader } from '../support/leaders';

type Spec = Pick<Office, 'title' | 'role' | 'start'> & { end?: string };

/** A leader of Kazakhstan holding the given offices, as the loader hands it over. */
function leader(id: string, offices: Spec[], country = 'kazakhstan'): TimelineLeader {
  return {
    id,
    filePath: `content/leaders/${id}.yaml`,
    data: testLeader({ name: id, country, offices }),
  };
}

const president = (start: string, end?: string): Spec =>
  end === undefined
    ? { title: 'President of Kazakhstan', role: 'head-of-state', start }
    : { title: 'President of Kazakhstan', role: 'head-of-state', start, end };
const premier = (start: string, end?: string): Spec =>
  end === undefined
    ? { title: 'Prime Minister of Kazakhstan', role: 'head-of-government', start }
    : { title: 'Prime Minister of Kazakhstan', role: 'head-of-government', start, end };

/** Kazakhstan, covered from 16 December 1991 for its heads of state (and more when asked). */
function kazakhstan(timeline: Record<string, unknown> = {}): TimelineCountry {
  return {
    id: 'kazakhstan',
    filePath: 'content/countries/kazakhstan.yaml',
    data: {
      name: 'Kazakhstan',
      timeline: timelineSchema.parse({
        since: '1991-12-16',
        source: 'https://example.org/independence',
        roles: ['head-of-state'],
        ...timeline,
      }),
    },
  };
}

const uncovered: TimelineCountry = { id: 'kazakhstan', data: { name: 'Kazakhstan' } };

describe('findTimelineErrors', () => {
  it('accepts offices that follow one another, each beginning on the day the one before ends', () => {
    const leaders = [
      leader('first', [president('1990-04-24', '2019-03-20')]),
      leader('second', [president('2019-03-20')]),
    ];
    expect(findTimelineErrors(leaders, [kazakhstan()])).toEqual([]);
  });

  it('names both files of a gap between two holders', () => {
    const leaders = [
      leader('first', [president('1990-04-24', '2019-03-19')]),
      leader('second', [president('2019-03-20')]),
    ];
    const errors = findTimelineErrors(leaders, [kazakhstan()]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/leaders\/first\.yaml: Kazakhstan's head of state: /);
    expect(errors[0]).toContain('ends on 2019-03-19, but the next, content/leaders/second.yaml offices[0]');
    expect(errors[0]).toContain('begins on 2019-03-20');
    expect(errors[0]).toContain('timeline.vacancies');
  });

  it('names both files of two people holding one office on the same days, in any country', () => {
    const leaders = [leader('first', [president('1990-04-24')]), leader('second', [president('2019-03-20')])];
    for (const countries of [[kazakhstan()], [uncovered], []]) {
      const errors = findTimelineErrors(leaders, countries);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^content\/leaders\/second\.yaml: kazakhstan's head of state: content\/leaders\/second\.yaml offices\[0\] \("President of Kazakhstan", 2019-03-20 –\) overlaps content\/leaders\/first\.yaml offices\[0\]/i,
      );
    }
  });

  it('finds an office held inside another one, and an acting holder beside the full holder', () => {
    const leaders = [
      leader('first', [president('1991-12-16', '2000-01-01')]),
      leader('acting', [
        {
          title: 'Acting President of Kazakhstan',
          role: 'head-of-state',
          start: '1995-01-01',
          end: '1995-02-01',
        },
      ]),
      leader('second', [president('2000-01-01')]),
    ];
    const errors = findTimelineErrors(leaders, [kazakhstan()]);
    expect(errors).toEqual([
      expect.stringMatching(/^content\/leaders\/acting\.yaml: .* overlaps content\/leaders\/first\.yaml/),
    ]);
  });

  it('accepts a gap that the country file marks as vacant', () => {
    const leaders = [
      leader('first', [president('1991-12-16', '2000-01-01')]),
      leader('second', [president('2000-03-01')]),
    ];
    expect(findTimelineErrors(leaders, [kazakhstan()])).toHaveLength(1);
    const marked = kazakhstan({
      vacancies: [{ role: 'head-of-state', start: '2000-01-01', end: '2000-03-01', note: 'Nobody held it.' }],
    });
    expect(findTimelineErrors(leaders, [marked])).toEqual([]);
  });

  it('refuses a vacancy that covers a holder, and one that leaves a gap of its own', () => {
    const leaders = [
      leader('first', [president('1991-12-16', '2000-01-01')]),
      leader('second', [president('2000-03-01')]),
    ];
    const tooLong = kazakhstan({
      vacancies: [{ role: 'head-of-state', start: '2000-01-01', end: '2000-04-01', note: 'Too long.' }],
    });
    expect(findTimelineErrors(leaders, [tooLong])).toEqual([
      expect.stringMatching(
        /^content\/leaders\/second\.yaml: .* overlaps content\/countries\/kazakhstan\.yaml timeline\.vacancies\[0\]/,
      ),
    ]);
    const tooShort = kazakhstan({
      vacancies: [{ role: 'head-of-state', start: '2000-01-01', end: '2000-02-01', note: 'Too short.' }],
    });
    expect(findTimelineErrors(leaders, [tooShort])).toEqual([
      expect.stringMatching(
        /^content\/countries\/kazakhstan\.yaml: .* timeline\.vacancies\[0\] .* ends on 2000-02-01/,
      ),
    ]);
  });

  it('needs a holder on the first day covered and one holding the office today (or a vacancy without end)', () => {
    const late = [leader('first', [president('1995-01-01')])];
    expect(findTimelineErrors(late, [kazakhstan()])).toEqual([
      expect.stringMatching(
        /^content\/leaders\/first\.yaml: Kazakhstan's head of state: nobody is recorded on 1991-12-16/,
      ),
    ]);
    const ended = [leader('first', [president('1991-12-16', '2019-03-20')])];
    expect(findTimelineErrors(ended, [kazakhstan()])).toEqual([
      expect.stringMatching(/is the last recorded and ends on 2019-03-20/),
    ]);
    const abolished = kazakhstan({
      vacancies: [{ role: 'head-of-state', start: '2019-03-20', note: 'The office was abolished.' }],
    });
    expect(findTimelineErrors(ended, [abolished])).toEqual([]);
  });

  it('checks the gaps only for the roles and countries the registry covers', () => {
    const leaders = [
      leader('first', [president('1991-12-16')]),
      leader('pm', [premier('1995-01-01', '1996-01-01')]),
    ];
    expect(findTimelineErrors(leaders, [kazakhstan()])).toEqual([]);
    expect(findTimelineErrors(leaders, [uncovered])).toEqual([]);
    const both = kazakhstan({ roles: ['head-of-state', 'head-of-government'] });
    expect(findTimelineErrors(leaders, [both])).toHaveLength(2);
    expect(findTimelineErrors([leader('first', [president('1991-12-16')])], [both])).toEqual([
      'content/countries/kazakhstan.yaml: timeline.roles: no head of government of Kazakhstan is recorded; add the offices or take the role out',
    ]);
  });

  it('requires the same holders on the same days for both roles in a combined period', () => {
    const combined = kazakhstan({
      roles: ['head-of-state', 'head-of-government'],
      combined: [{ start: '1992-05-18', note: 'The President heads the Cabinet.' }],
    });
    const good = [
      leader('first', [premier('1991-12-16', '1992-05-18')]),
      leader('second', [president('1991-12-16'), premier('1992-05-18')]),
    ];
    expect(findTimelineErrors(good, [combined])).toEqual([]);
    const onlyState = [leader('first', [premier('1991-12-16')]), leader('second', [president('1991-12-16')])];
    const errors = findTimelineErrors(onlyState, [combined]);
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/leaders\/second\.yaml: content\/countries\/kazakhstan\.yaml: timeline\.combined\[0\].* has no head-of-government office/,
        ),
        expect.stringMatching(
          /^content\/leaders\/first\.yaml: content\/countries\/kazakhstan\.yaml: timeline\.combined\[0\].* has no head-of-state office/,
        ),
      ]),
    );
  });

  it('reads a country given as an Astro reference', () => {
    const ref = { ...leader('first', [president('1991-12-16')]) };
    ref.data = { ...ref.data, country: { id: 'kazakhstan' } };
    expect(findTimelineErrors([ref], [kazakhstan()])).toEqual([]);
  });
});
