/**
 * Publication dates as the source gave them: local wall-clock time plus UTC offset.
 * Nothing here depends on the machine's time zone.
 */
import { PUBLISHED_PATTERN } from './schema';
import { MONTH_NAMES } from './site';
import { formatOffset, pad2 } from './calendar';

/** A parsed `published`/`updated` value. */
export interface PublishedDate {
  /** The value exactly as written, valid for `<time datetime>`. */
  iso: string;
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** Wall-clock time in the source's zone, when the source gave one. */
  time?: { hour: number; minute: number; second: number };
  /** Minutes east of UTC, when the source gave a time. */
  offsetMinutes?: number;
  /** The instant in milliseconds since the epoch (a plain date counts as its UTC midnight). */
  epochMs: number;
}

/**
 * Parses an ISO 8601 date or offset date-time without `new Date(string)`.
 * @throws when the value does not match the schema's pattern.
 * @example parsePublished('2021-05-02T08:10:00+06:00').offsetMinutes // 360
 */
export function parsePublished(iso: string): PublishedDate {
  const m = PUBLISHED_PATTERN.exec(iso);
  if (!m) throw new Error(`"${iso}" is not an ISO 8601 date or offset date-time`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (m[4] === undefined) {
    return { iso, year, month, day, epochMs: Date.UTC(year, month - 1, day) };
  }
  const time = { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
  const zone = m[7] ?? 'Z';
  const offsetMinutes =
    zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const localMs = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second);
  return { iso, year, month, day, time, offsetMinutes, epochMs: localMs - offsetMinutes * 60_000 };
}

/** The English name of a month, 1–12. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new Error(`month ${month} is out of range`);
  return name;
}

export { pad2 };

export { formatOffset };

/**
 * The calendar date in the source's zone.
 * @example formatDate(parsePublished('2021-05-02T08:10:00+06:00')) // '2 May 2021'
 */
export function formatDate(date: PublishedDate): string {
  return `${date.day} ${monthName(date.month)} ${date.year}`;
}

/**
 * Date and time in the source's own zone, with the offset.
 * @example formatDateTime(parsePublished('2021-05-02T08:10:00+06:00')) // '2 May 2021, 08:10 (UTC+06:00)'
 */
export function formatDateTime(date: PublishedDate): string {
  if (!date.time || date.offsetMinutes === undefined) return formatDate(date);
  return `${formatDate(date)}, ${pad2(date.time.hour)}:${pad2(date.time.minute)} (${formatOffset(date.offsetMinutes)})`;
}

/** "May 2021" */
export function formatMonth(year: number, month: number): string {
  return `${monthName(month)} ${year}`;
}
