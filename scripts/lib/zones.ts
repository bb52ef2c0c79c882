/**
 * UTC offsets of the few time zones the synthetic sources publish from, by rule,
 * for 2006 onwards. Written out instead of read from `Intl` so the corpus is the
 * same on every machine whatever its time-zone database.
 */

/** The zones the generator's sources use. */
export type ZoneName =
  | 'Asia/Almaty'
  | 'Europe/Moscow'
  | 'Asia/Dushanbe'
  | 'Asia/Bishkek'
  | 'Asia/Tashkent'
  | 'Asia/Shanghai'
  | 'America/New_York'
  | 'UTC';

/** The day of month of the last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** The day of month of the n-th Sunday of a month (month 1–12). */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

function moscow(ms: number): number {
  // Permanent +04:00 from 27 March 2011 to 26 October 2014, +03:00 since.
  if (ms >= Date.UTC(2014, 9, 25, 22)) return 180;
  if (ms >= Date.UTC(2011, 2, 26, 23)) return 240;
  // Before 2011: +03:00 with summer time (+04:00) from the last Sunday of March
  // to the last Sunday of October, switching at 23:00 UTC the evening before.
  const year = new Date(ms).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3) - 1, 23);
  const end = Date.UTC(year, 9, lastSunday(year, 10) - 1, 23);
  return ms >= start && ms < end ? 240 : 180;
}

function newYork(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  // 2007 onwards: second Sunday of March to first Sunday of November, at 02:00 local.
  const [start, end] =
    year >= 2007
      ? [Date.UTC(year, 2, nthSunday(year, 3, 2), 7), Date.UTC(year, 10, nthSunday(year, 11, 1), 6)]
      : [Date.UTC(year, 3, nthSunday(year, 4, 1), 7), Date.UTC(year, 9, lastSunday(year, 10), 6)];
  return ms >= start && ms < end ? -240 : -300;
}

/**
 * The offset east of UTC, in minutes, of `zone` at the instant `ms`.
 * @example offsetMinutes('Asia/Almaty', Date.UTC(2024, 5, 1)) // 300 (Kazakhstan moved to +05:00 on 1 March 2024)
 */
export function offsetMinutes(zone: ZoneName, ms: number): number {
  switch (zone) {
    case 'Asia/Almaty':
      return ms >= Date.UTC(2024, 1, 29, 18) ? 300 : 360;
    case 'Europe/Moscow':
      return moscow(ms);
    case 'Asia/Dushanbe':
    case 'Asia/Tashkent':
      return 300;
    case 'Asia/Bishkek':
      return 360;
    case 'Asia/Shanghai':
      return 480;
    case 'America/New_York':
      return newYork(ms);
    case 'UTC':
      return 0;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A local date-time in a zone, with the parts URLs and file names need. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** `2021-05-02T08:10:00+06:00` (or `…Z` in UTC). */
  iso: string;
  /** `2021-05-02`. */
  date: string;
}

/**
 * The wall-clock time of the instant `ms` in `zone`, formatted with its offset.
 * @example localTime('Asia/Almaty', Date.UTC(2021, 4, 2, 2, 10)).iso // '2021-05-02T08:10:00+06:00'
 */
export function localTime(zone: ZoneName, ms: number): LocalTime {
  const offset = offsetMinutes(zone, ms);
  const local = new Date(ms + offset * 60_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const day = local.getUTCDate();
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const abs = Math.abs(offset);
  const suffix =
    zone === 'UTC' ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { year, month, day, date, iso: `${date}T${time}${suffix}` };
}
