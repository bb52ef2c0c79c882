/**
 * Leaders for unit tests, made through the real schema: what a test does not
 * care about (the names and titles in Russian and Kazakh, the source) is filled
 * in with placeholders that the schema accepts and no registry file holds.
 */
import { leaderSchema, type LeaderData, type Office } from '../../src/model/schema';

/** An office as a test writes it: what the schema requires beyond its title, role and days is optional. */
type TestOffice = Pick<Office, 'title' | 'role' | 'start'> &
  Partial<Omit<Office, 'title' | 'role' | 'start'>>;

/** A leader as a test writes it. */
export interface TestLeaderInput {
  name: string;
  country: string;
  offices: TestOffice[];
  names?: LeaderData['names'];
  aliases?: string[];
  namesakes?: LeaderData['namesakes'];
}

/** A valid leader entry with placeholders for the fields the test leaves out. */
export function testLeader(input: TestLeaderInput): LeaderData {
  return leaderSchema.parse({
    names: { ru: 'Тестовый лидер', kk: 'Тест көшбасшысы' },
    ...input,
    offices: input.offices.map((office) => ({
      titles: { ru: 'Тестовая должность', kk: 'Тест лауазымы' },
      source: 'test data, not a registry fact',
      ...office,
    })),
  });
}

/**
 * Kassym-Jomart Tokayev with the two offices tests of "the office at the time"
 * read: Chairman of the Senate until 19 March 2019, President from the 20th.
 */
export function tokayevEntry(): { id: string; data: LeaderData } {
  return {
    id: 'kassym-jomart-tokayev',
    data: testLeader({
      name: 'Kassym-Jomart Tokayev',
      country: 'kazakhstan',
      offices: [
        {
          title: 'Chairman of the Senate of Kazakhstan',
          role: 'other',
          start: '2013-10-16',
          end: '2019-03-19',
        },
        { title: 'President of Kazakhstan', role: 'head-of-state', start: '2019-03-20' },
      ],
    }),
  };
}
