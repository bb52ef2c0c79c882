import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, formatOffset, parsePublished } from '../../src/model/dates';

describe('parsePublished', () => {
  it('keeps the wall-clock time and the offset the source gave', () => {
    const date = parsePublished('2021-05-02T08:10:00+06:00');
    expect(date).toMatchObject({ year: 2021, month: 5, day: 2, offsetMinutes: 360 });
    expect(date.time).toEqual({ hour: 8, minute: 10, second: 0 });
  });

  it('computes the instant in UTC from the offset', () => {
    expect(parsePublished('2021-05-02T08:10:00+06:00').epochMs).toBe(Date.UTC(2021, 4, 2, 2, 10));
    expect(parsePublished('2021-05-01T23:30-03:30').epochMs).toBe(Date.UTC(2021, 4, 2, 3, 0));
    expect(parsePublished('2021-05-02T02:10:00Z').epochMs).toBe(Date.UTC(2021, 4, 2, 2, 10));
  });

  it('reads a plain date as that calendar day, without a time', () => {
    const date = parsePublished('2025-10-09');
    expect(date).toMatchObject({ year: 2025, month: 10, day: 9 });
    expect(date.time).toBeUndefined();
    expect(date.epochMs).toBe(Date.UTC(2025, 9, 9));
  });

  it('refuses values that are not ISO dates', () => {
    expect(() => parsePublished('2 May 2021')).toThrow(/not an ISO 8601/);
  });
});

describe('formatting in the source zone', () => {
  it('shows the local date of the source, not of the machine', () => {
    // 00:30 in Almaty is still the previous day in UTC: the page must show the source's day.
    expect(formatDate(parsePublished('2021-05-02T00:30:00+06:00'))).toBe('2 May 2021');
  });

  it('shows time and offset when the source gave a time', () => {
    expect(formatDateTime(parsePublished('2021-05-02T08:10:00+06:00'))).toBe('2 May 2021, 08:10 (UTC+06:00)');
    expect(formatDateTime(parsePublished('2020-01-15T17:05:00-03:30'))).toBe(
      '15 January 2020, 17:05 (UTC−03:30)',
    );
  });

  it('shows only the date when the source gave no time', () => {
    expect(formatDateTime(parsePublished('2025-10-09'))).toBe('9 October 2025');
  });

  it('names months and offsets the way readers write them', () => {
    expect(formatMonth(2025, 12)).toBe('December 2025');
    expect(formatOffset(0)).toBe('UTC+00:00');
    expect(formatOffset(330)).toBe('UTC+05:30');
  });
});
