/**
 * The calendar's formulas, each in one place: two-digit padding, a local
 * calendar day, a month's key and a UTC offset as readers see it. No imports,
 * so the browser's search bundle can use them without the schema (Zod) that
 * dates.ts reads.
 */

/**
 * Two-digit padding of months, days, hours and minutes.
 * @example pad2(5) // "05"
 */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A calendar date: the source's own day, in its own zone. */
export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/**
 * The calendar day as `YYYY-MM-DD`: the day an article is filed under, and the
 * day offices are read at.
 * @example localDay({ year: 2021, month: 5, day: 2 }) // "2021-05-02"
 */
export function localDay(date: CalendarDay): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/**
 * A month's key, `YYYY-MM`: how the archive and the search's month filter name a month.
 * @example monthKey(2021, 5) // "2021-05"
 */
export function monthKey(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/**
 * The UTC offset of a wall-clock time, with a true minus sign.
 * @example formatOffset(360) // 'UTC+06:00'
 * @example formatOffset(-210) // 'UTC−03:30'
 */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
