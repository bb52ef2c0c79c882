import { describe, expect, it } from 'vitest';
import { eventKey, groupReports, otherReports, type ReportLike } from '../../src/model/events';
import { parsePublished } from '../../src/model/dates';
import { articleSchema } from '../../src/model/schema';

/** A fake article, its front matter checked by the real schema. */
function report(id: string, published: string, leaders: string[], kind = 'call'): ReportLike {
  const data = articleSchema.parse({
    title: id,
    summary: `${id}.`,
    published,
    source: { name: 'Test' },
    kind,
    leaders,
  });
  const date = parsePublished(data.published);
  return { id, epochMs: date.epochMs, published: date, leaders: data.leaders, data };
}

describe('eventKey', () => {
  it('is the local day, the sorted leaders and the kind', () => {
    expect(
      eventKey({ published: '2024-03-01T09:40:00+05:00', leaders: ['putin', 'tokayev'], kind: 'call' }),
    ).toBe('2024-03-01|putin,tokayev|call');
    expect(eventKey({ published: '2024-03-01', leaders: ['tokayev', 'putin'], kind: 'call' })).toBe(
      '2024-03-01|putin,tokayev|call',
    );
  });

  it('names no event for an article without leaders or a general report', () => {
    expect(eventKey({ published: '2024-03-01', leaders: [], kind: 'call' })).toBeUndefined();
    expect(eventKey({ published: '2024-03-01', leaders: ['tokayev'], kind: 'report' })).toBeUndefined();
  });
});

describe('groupReports', () => {
  const akorda = report('akorda', '2024-03-01T09:40:00+05:00', ['kassym-jomart-tokayev', 'vladimir-putin']);
  const kazinform = report('kazinform', '2024-03-01T10:15:00+05:00', [
    'vladimir-putin',
    'kassym-jomart-tokayev',
  ]);
  // 08:30 in Moscow is 10:30 in Astana: TASS reported last, though its clock shows the earliest time.
  const tass = report('tass', '2024-03-01T08:30:00+03:00', ['kassym-jomart-tokayev', 'vladimir-putin']);
  const nextDay = report('next-day', '2024-03-02T10:00:00+05:00', [
    'kassym-jomart-tokayev',
    'vladimir-putin',
  ]);
  const meeting = report(
    'meeting',
    '2024-03-01T12:00:00+05:00',
    ['kassym-jomart-tokayev', 'vladimir-putin'],
    'meeting',
  );
  const alone = report('alone', '2024-03-01T11:00:00+05:00', ['kassym-jomart-tokayev']);

  it('groups reports of one event, earliest publication instant first', () => {
    const groups = groupReports([nextDay, tass, kazinform, meeting, akorda, alone]);
    expect([...groups.keys()]).toEqual(['2024-03-01|kassym-jomart-tokayev,vladimir-putin|call']);
    expect(groups.get('2024-03-01|kassym-jomart-tokayev,vladimir-putin|call')?.map((a) => a.id)).toEqual([
      'akorda',
      'kazinform',
      'tass',
    ]);
  });

  it('keeps calls on different days, and different kinds, apart', () => {
    const groups = groupReports([akorda, nextDay, meeting]);
    expect(groups.size).toBe(0);
  });

  it('lists the other reports of an article, and none for an article alone', () => {
    const groups = groupReports([akorda, kazinform, tass, nextDay]);
    expect(otherReports(groups, kazinform).map((a) => a.id)).toEqual(['akorda', 'tass']);
    expect(otherReports(groups, nextDay)).toEqual([]);
    expect(otherReports(groups, alone)).toEqual([]);
  });
});
