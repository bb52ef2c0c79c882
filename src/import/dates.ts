/**
 * Dates as news sites print them, and the UTC offset of a place at a moment, from
 * the time-zone database (Intl). Nothing here calls `new Date(string)` or depends
 * on the machine's zone.
 */
import { pad2 } from '../model/dates';

/** A calendar date (and maybe a wall-clock time) found in raw text. */
export interface FoundDate {
  year?: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second?: number };
  /** The UTC offset printed with the time ("GMT+6", "UTC+05:00"), in minutes east of UTC. */
  offsetMinutes?: number;
  /**
   * The time is an instant stated in UTC (a page's `2024-03-01T05:00:00Z`) rather than
   * the source's own clock: shown in the source's zone when it is known.
   */
  utc?: boolean;
  /** Where the match starts in the searched string. */
  index: number;
  /** The matched text. */
  text: string;
}

const MONTH_NAMES: [string, number][] = [];
function addMonths(names: string[]): void {
  names.forEach((group, i) => {
    for (const name of group.split('|')) MONTH_NAMES.push([name, i + 1]);
  });
}
// English (full and abbreviated), Russian (nominative and genitive), Kazakh.
addMonths([
  'january|jan',
  'february|feb',
  'march|mar',
  'april|apr',
  'may',
  'june|jun',
  'july|jul',
  'august|aug',
  'september|sept|sep',
  'october|oct',
  'november|nov',
  'december|dec',
]);
addMonths([
  'января|январь|янв',
  'февраля|февраль|фев',
  'марта|март|мар',
  'апреля|апрель|апр',
  'мая|май',
  'июня|июнь|июн',
  'июля|июль|июл',
  'августа|август|авг',
  'сентября|сентябрь|сен|сент',
  'октября|октябрь|окт',
  'ноября|ноябрь|ноя',
  'декабря|декабрь|дек',
]);
addMonths([
  'қаңтар|қаңтардағы',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
]);
MONTH_NAMES.sort((a, b) => b[0].length - a[0].length);
const MONTH_BY_NAME = new Map(MONTH_NAMES);
const MONTH = `(${MONTH_NAMES.map(([n]) => n).join('|')})\\.?`;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const TIME = '(\\d{1,2})[:.](\\d{2})(?:\\s*([ap])\\.?m\\.?)?';
/** The word for "year" after it: «2021 г.», «2021 года», «2019 ж.», «2019 жылғы», «2019 жыл». */
const YEAR_SUFFIX = '(?:\\s*(?:г\\.|года|год|ж\\.|жылғы|жыл))?';
/**
 * Between a date and the time after it: a space or comma, "at", "в", or a bar, slash,
 * dot or dash as sites print them ("12.03.2024 / 12:40", "March 12, 2024 - 12:40");
 * after one of those marks only a time with a colon is read, not a number such as "10.45".
 */
const THEN_TIME = '(?:,?\\s+(?:at\\s+|в\\s+|\\|\\s*)?|\\s*[|/·•–—-]\\s*(?=\\d{1,2}:))';
/** Between a time and the date after it: "12:40, 12 March 2024", "12:40 / 12.03.2024". */
const THEN_DATE = '(?:,?\\s+|\\s*[|/·•–—-]\\s*)';

interface RawDate {
  year: number | undefined;
  month: number;
  day: number;
  time: FoundDate['time'] | undefined;
}

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => RawDate;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

function clock(h?: string, min?: string, ampm?: string): FoundDate['time'] {
  if (h === undefined || min === undefined) return undefined;
  let hour = Number(h);
  const minute = Number(min);
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

const rx = (source: string) => new RegExp(NOT_LETTER_BEFORE + source + NOT_LETTER_AFTER, 'iu');

const PATTERNS: Pattern[] = [
  {
    // 2025-10-09, 2025-10-09T14:10, 2025-10-09 14:10
    re: rx(`(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s]+${TIME})?`),
    read: (m) => ({ year: num(m[1]), month: Number(m[2]), day: Number(m[3]), time: clock(m[4], m[5], m[6]) }),
  },
  {
    // 2025/10/09 14:10, 2025.10.09 (year first)
    re: rx(`(\\d{4})[/.](\\d{2})[/.](\\d{2})(?:[T\\s]+${TIME})?`),
    read: (m) => ({ year: num(m[1]), month: Number(m[2]), day: Number(m[3]), time: clock(m[4], m[5], m[6]) }),
  },
  {
    // 21:38, 28 May 2025 / 14:10 15 марта 2021
    re: rx(`${TIME}${THEN_DATE}(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4})${YEAR_SUFFIX})?`),
    read: (m) => ({
      year: num(m[6]),
      month: MONTH_BY_NAME.get((m[5] ?? '').toLowerCase()) ?? 0,
      day: Number(m[4]),
      time: clock(m[1], m[2], m[3]),
    }),
  },
  {
    // 2 May 2021, 08:10 / 15 марта 2021 г., 14:10 / 20 September 2021 / 26 SEP, 14:30
    re: rx(`(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4})${YEAR_SUFFIX})?(?:${THEN_TIME}${TIME})?`),
    read: (m) => ({
      year: num(m[3]),
      month: MONTH_BY_NAME.get((m[2] ?? '').toLowerCase()) ?? 0,
      day: Number(m[1]),
      time: clock(m[4], m[5], m[6]),
    }),
  },
  {
    // May 2, 2021, 8:10 am / September 26
    re: rx(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?:${THEN_TIME}${TIME})?`),
    read: (m) => ({
      year: num(m[3]),
      month: MONTH_BY_NAME.get((m[1] ?? '').toLowerCase()) ?? 0,
      day: Number(m[2]),
      time: clock(m[4], m[5], m[6]),
    }),
  },
  {
    // 2021 жылғы 2 мамыр (Kazakh order)
    re: rx(`(\\d{4})\\s*(?:ж\\.|жылғы)\\s+(\\d{1,2})\\s+${MONTH}(?:,?\\s+${TIME})?`),
    read: (m) => ({
      year: num(m[1]),
      month: MONTH_BY_NAME.get((m[3] ?? '').toLowerCase()) ?? 0,
      day: Number(m[2]),
      time: clock(m[4], m[5], m[6]),
    }),
  },
  {
    // 15.03.2021 14:10 / 14:10 15.03.2021 (day first)
    re: rx(`(?:${TIME}${THEN_DATE})?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:${THEN_TIME}${TIME})?`),
    read: (m) => ({
      year: num(m[6]),
      month: Number(m[5]),
      day: Number(m[4]),
      time: clock(m[1], m[2], m[3]) ?? clock(m[7], m[8], m[9]),
    }),
  },
];

/** An offset printed after a time: "GMT+6", "(UTC+05:00)", "GMT". */
const PRINTED_OFFSET = /^\s*\(?(?:GMT|UTC)(?:\s*([+\-−])(\d{1,2})(?::?(\d{2}))?)?\)?(?![\p{L}\p{N}])/iu;

/** The offset printed at the start of `after` (what follows a time), in minutes east of UTC. */
function printedOffset(after: string): { minutes: number; text: string } | undefined {
  const zone = PRINTED_OFFSET.exec(after);
  if (!zone) return undefined;
  const sign = zone[1] === '-' || zone[1] === '−' ? -1 : 1;
  return { minutes: zone[1] ? sign * (Number(zone[2]) * 60 + Number(zone[3] ?? 0)) : 0, text: zone[0] };
}

/** True when the day exists in that month (of that year, when known). */
export function isRealDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year ?? 2024; // a leap year, so 29 February without a year is allowed
  return day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}

/**
 * Finds the earliest date in `text`, in any of the forms news sites use.
 * @example findDate('2 May 2021, 08:10')?.time // { hour: 8, minute: 10 }
 */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const { year, month, day, time } = read(m);
    if (!isRealDay(year, month, day)) continue;
    if (year !== undefined && (year < 1900 || year > 2200)) continue;
    const found: FoundDate = { month, day, index: m.index, text: m[0] };
    if (year !== undefined) found.year = year;
    if (time !== undefined) {
      found.time = time;
      const zone = printedOffset(text.slice(m.index + m[0].length));
      if (zone) {
        found.offsetMinutes = zone.minutes;
        found.text += zone.text;
      }
    }
    if (
      !best ||
      found.index < best.index ||
      (found.index === best.index && found.text.length > best.text.length)
    ) {
      best = found;
    }
  }
  return best;
}

/** Words that may stand beside a date on a line that only gives the date. */
const DATE_LABELS =
  /^(?:date|dated|published|posted|updated|last updated|modified|on|at|дата|опубликовано|обновлено|изменено|жарияланды|жаңартылды|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|views?|просмотр\p{L}*|ago|назад|бұрын|seconds?|minutes?|hours?|days?|weeks?|months?|years?|мин\p{L}*|час\p{L}*|дн\p{L}*|день|лет|год\p{L}*|жыл\p{L}*|сағат|күн)$/iu;

/** A line that gives a date and little else. */
export interface DateLine {
  date: FoundDate;
  /** The line says the date is an update ("Updated: …", "Обновлено"). */
  updated: boolean;
  /** The place the line gives before or after the date ("Москва, 5 апреля 2023 года"), as written. */
  place?: string;
  /** The update the line gives after the date: "17:20 15.09.2022 (обновлено: 19:02 15.09.2022)". */
  update?: FoundDate;
}

/** A label of an update, and what follows it. */
const UPDATE_LABEL =
  /(?<![\p{L}\p{N}])(?:last updated|updated|modified|обновлено|изменено|жаңартылды)(?![\p{L}\p{N}])/iu;

/** A place written as a name beside a date, one to three words: "Москва", "Nur-Sultan", "Ак Орда". */
const PLACE_BESIDE = /^[\s,.–—-]*(\p{Lu}[\p{Ll}’'-]+(?:[ -]\p{Lu}[\p{Ll}’'-]+){0,2})[\s,.–—-]*$/u;

/**
 * Reads a line that is only a date ("2 May 2021, 08:10", "Published: 21:38, 28 May 2025",
 * "Обновлено 15.03.2021 14:10 | Views 120"). Lines with more text than that are not date lines.
 */
export function readDateLine(line: string): DateLine | undefined {
  const date = findDate(line);
  if (!date) return undefined;
  const wordsOf = (text: string) => text.split(/[\s|:,.•·/()\-–—]+/u).filter((w) => /\p{L}/u.test(w));
  const head = line.slice(0, date.index);
  const tail = line.slice(date.index + date.text.length);
  // A place on one side of the date ("Москва, 5 апреля 2023 года", "2 May 2021, Astana"), labels on the other.
  const placeIn = (text: string): string | undefined => {
    const place = date.year !== undefined ? PLACE_BESIDE.exec(text)?.[1] : undefined;
    return place !== undefined && !wordsOf(place).every((w) => DATE_LABELS.test(w)) ? place : undefined;
  };
  const placeBefore = placeIn(head);
  const placeAfter = placeBefore === undefined ? placeIn(tail) : undefined;
  const before = placeBefore === undefined ? wordsOf(head) : [];
  const rest = [...before, ...(placeAfter === undefined ? wordsOf(tail) : [])];
  if (rest.length > 6 || !rest.every((w) => DATE_LABELS.test(w))) return undefined;
  const place = placeBefore ?? placeAfter;
  const updated = before.some((w) => /^(?:updated|modified|обновлено|изменено|жаңартылды)$/iu.test(w));
  // An update printed after the date on the same line, with its own date.
  const label = updated ? null : UPDATE_LABEL.exec(tail);
  const update = label ? findDate(tail.slice(label.index + label[0].length)) : undefined;
  return {
    date,
    updated,
    ...(place !== undefined ? { place } : {}),
    ...(update?.year !== undefined ? { update } : {}),
  };
}

/** A line that gives only a time: "17:30", "at 5:30 pm", "17:30 (GMT+3)", "Время: 14:10". */
const TIME_LINE = /^(?:(?:at|time|время|в|уақыты)\s*:?\s*)?(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?/iu;

/**
 * Completes a date that has no time with the time a line next to it gives alone,
 * as pages print them ("March 5, 2024" above "17:30"). Returns the date unchanged
 * when it has a time already or the line is more than a time.
 * @example withTimeLine(findDate('March 5, 2024')!, '17:30').time // { hour: 17, minute: 30 }
 */
export function withTimeLine(date: FoundDate, line: string): FoundDate {
  if (date.time) return date;
  const m = TIME_LINE.exec(line.trim());
  const time = m ? clock(m[1], m[2], m[3]) : undefined;
  if (!m || !time) return date;
  const after = line.trim().slice(m[0].length);
  const zone = printedOffset(after);
  if (after.slice(zone?.text.length ?? 0).trim() !== '') return date;
  const found: FoundDate = { ...date, time, text: `${date.text} ${line.trim()}` };
  if (zone) found.offsetMinutes = zone.minutes;
  return found;
}

/** True when a line gives nothing but a time (see {@link withTimeLine}). */
export function isTimeLine(line: string): boolean {
  return withTimeLine({ month: 1, day: 1, index: 0, text: '' }, line).time !== undefined;
}

/**
 * Reads a date at the very start of a line ("date 2025-10-09 In his speech…") and
 * returns it with the rest of the line.
 */
export function readDatePrefix(line: string): { date: FoundDate; rest: string } | undefined {
  const m = /^(?:(?:date|dated|published|posted|дата|опубликовано)\s*:?\s*)?/iu.exec(line);
  const start = m?.[0].length ?? 0;
  const date = findDate(line.slice(start));
  if (!date || date.index !== 0 || date.year === undefined) return undefined;
  const rest = line
    .slice(start + date.text.length)
    .replace(/^[\s|:,.\-–—]+/u, '')
    .trimStart();
  if (rest === '') return undefined;
  return { date, rest };
}

/** Throws a RangeError unless `zone` is an IANA time zone the runtime knows. */
export function assertTimeZone(zone: string): void {
  new Intl.DateTimeFormat('en', { timeZone: zone });
}

const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in `zone` at the instant `epochMs`, from the time-zone database. */
export function offsetAt(zone: string, epochMs: number): number {
  let format = OFFSET_FORMATS.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    OFFSET_FORMATS.set(zone, format);
  }
  const name = format.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(name);
  if (!m) throw new Error(`unexpected time-zone name "${name}" for ${zone}`);
  if (!m[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/**
 * Every UTC offset under which a wall-clock time existed in `zone`: one, usually;
 * two when the clocks went back and showed that time twice; none when they jumped
 * over it. From the time-zone database (Intl).
 * @example localOffsets('Asia/Almaty', 2024, 3, 1, 10, 0) // [300]
 * @example localOffsets('Asia/Almaty', 2024, 2, 29, 23, 30) // [360, 300]: Kazakhstan went from +06:00 to +05:00 at midnight
 */
export function localOffsets(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): number[] {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const day24 = 24 * 3_600_000;
  const candidates = new Set([asUtc - day24, asUtc, asUtc + day24].map((t) => offsetAt(zone, t)));
  return [...candidates]
    .filter((offset) => offsetAt(zone, asUtc - offset * 60_000) === offset)
    .sort((a, b) => b - a);
}

/**
 * The UTC offset of a wall-clock time in `zone` (for a time skipped or repeated by a
 * clock change, the offset in force just before it).
 * @example offsetForLocalTime('Asia/Almaty', 2021, 5, 2, 8, 10) // 360
 * @example offsetForLocalTime('Asia/Almaty', 2025, 5, 28, 21, 38) // 300
 */
export function offsetForLocalTime(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): number {
  const offsets = localOffsets(zone, year, month, day, hour, minute);
  if (offsets.length === 1) return offsets[0]!;
  return offsetAt(zone, Date.UTC(year, month - 1, day, hour, minute) - 24 * 3_600_000);
}

/**
 * The `published` value of an instant as the clocks of `zone` showed it.
 * @example instantInZone(Date.UTC(2025, 8, 26, 11, 30), 'Europe/Moscow') // '2025-09-26T14:30:00+03:00'
 */
export function instantInZone(epochMs: number, zone: string): string {
  const offsetMinutes = offsetAt(zone, epochMs);
  const local = new Date(epochMs + offsetMinutes * 60_000);
  return publishedValue(
    {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      time: { hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds() },
      offsetMinutes,
    },
    undefined,
  );
}

/** `+06:00` / `-03:30` / `+00:00` */
export function formatIsoOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * The frontmatter `published` value: a plain date, or the local time with the
 * offset the text printed, else the offset of `zone` at that moment.
 * @example publishedValue({ year: 2021, month: 5, day: 2, time: { hour: 8, minute: 10 } }, 'Asia/Almaty')
 * // '2021-05-02T08:10:00+06:00'
 */
export function publishedValue(
  date: {
    year: number;
    month: number;
    day: number;
    time?: { hour: number; minute: number; second?: number | undefined } | undefined;
    offsetMinutes?: number | undefined;
  },
  zone: string | undefined,
): string {
  const day = `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
  if (!date.time || (!zone && date.offsetMinutes === undefined)) return day;
  const offset =
    date.offsetMinutes ??
    offsetForLocalTime(zone ?? 'UTC', date.year, date.month, date.day, date.time.hour, date.time.minute);
  const { hour, minute, second = 0 } = date.time;
  return `${day}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${formatIsoOffset(offset)}`;
}
