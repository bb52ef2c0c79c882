import { describe, expect, it } from 'vitest';
import {
  findDate,
  isTimeLine,
  offsetForLocalTime,
  publishedValue,
  readDateLine,
  readDatePrefix,
  withTimeLine,
} from '../../src/import/dates';

const pick = (text: string) => {
  const d = findDate(text);
  return d && { year: d.year, month: d.month, day: d.day, time: d.time };
};

describe('findDate', () => {
  it.each([
    ['2 May 2021, 08:10', { year: 2021, month: 5, day: 2, time: { hour: 8, minute: 10 } }],
    ['21:38, 28 May 2025', { year: 2025, month: 5, day: 28, time: { hour: 21, minute: 38 } }],
    ['date 2025-10-09', { year: 2025, month: 10, day: 9, time: undefined }],
    ['20 September 2021', { year: 2021, month: 9, day: 20, time: undefined }],
    ['September 26', { year: undefined, month: 9, day: 26, time: undefined }],
    ['15 марта 2021, 14:10', { year: 2021, month: 3, day: 15, time: { hour: 14, minute: 10 } }],
    ['15 марта 2021 г., 14:10', { year: 2021, month: 3, day: 15, time: { hour: 14, minute: 10 } }],
    ['15.03.2021 14:10', { year: 2021, month: 3, day: 15, time: { hour: 14, minute: 10 } }],
    ['May 2, 2021 8:10 PM', { year: 2021, month: 5, day: 2, time: { hour: 20, minute: 10 } }],
    ['26 SEP 2025, 14:30', { year: 2025, month: 9, day: 26, time: { hour: 14, minute: 30 } }],
    ['2021 жылғы 2 мамыр, 08:10', { year: 2021, month: 5, day: 2, time: { hour: 8, minute: 10 } }],
    // A bar, slash or dash between the date and the time, either way round.
    ['12:40 / 12.03.2024', { year: 2024, month: 3, day: 12, time: { hour: 12, minute: 40 } }],
    ['12.03.2024 | 12:40', { year: 2024, month: 3, day: 12, time: { hour: 12, minute: 40 } }],
    ['Tuesday, March 12, 2024 - 12:40', { year: 2024, month: 3, day: 12, time: { hour: 12, minute: 40 } }],
    ['12:40 | 12 марта 2024', { year: 2024, month: 3, day: 12, time: { hour: 12, minute: 40 } }],
    ['2024/03/12 12:40', { year: 2024, month: 3, day: 12, time: { hour: 12, minute: 40 } }],
  ])('reads "%s"', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it('reads no time from a number after a dash, and no day from a date whose order is unclear', () => {
    expect(pick('12 March 2024 – 10.45 million tenge were paid')).toEqual({
      year: 2024,
      month: 3,
      day: 12,
      time: undefined,
    });
    // 12/03/2024 is 12 March in Astana and December 3 in Washington.
    expect(findDate('12/03/2024')).toBeUndefined();
  });

  it('keeps an offset printed after the time', () => {
    expect(findDate('March 3, 2022 10:15 AM GMT+6')).toMatchObject({
      time: { hour: 10, minute: 15 },
      offsetMinutes: 360,
    });
    expect(findDate('3 March 2022, 04:15 (UTC)')?.offsetMinutes).toBe(0);
    expect(findDate('3 March 2022, 04:15')?.offsetMinutes).toBeUndefined();
  });

  it('ignores days that do not exist and words that only look like months', () => {
    expect(findDate('31 February 2021')).toBeUndefined();
    expect(findDate('the Mayor said 2 things')).toBeUndefined();
  });
});

describe('readDateLine', () => {
  it('accepts a line that only gives a date, with a label or a weekday', () => {
    expect(readDateLine('Published: 21:38, 28 May 2025')?.date.day).toBe(28);
    expect(readDateLine('Sunday, 2 May 2021, 08:10 | Views 1520')?.date.month).toBe(5);
  });

  it('accepts a place beside a dated day, as a line of its own, and gives the place', () => {
    expect(readDateLine('Москва, 5 апреля 2023 года')).toMatchObject({
      date: { year: 2023, month: 4, day: 5 },
      place: 'Москва',
    });
    expect(readDateLine('2 May 2021, Nur-Sultan')?.place).toBe('Nur-Sultan');
    expect(readDateLine('Sunday, 2 May 2021')?.place).toBeUndefined();
    expect(readDateLine('Путин прибыл 5 апреля 2023 года')).toBeUndefined();
    expect(readDateLine('Москва, 5 апреля')).toBeUndefined();
  });

  it('accepts a Kazakh date with «жыл» after the year, and not a sentence that goes on after it', () => {
    expect(readDateLine('3 Сәуір 2019 жыл')?.date).toMatchObject({ year: 2019, month: 4, day: 3 });
    expect(readDateLine('3 сәуір, 2019 жыл')?.date).toMatchObject({ year: 2019, month: 4, day: 3 });
    expect(readDateLine('22 Қыркүйек 2023 жыл, 10:15')?.date).toMatchObject({
      year: 2023,
      month: 9,
      day: 22,
      time: { hour: 10, minute: 15 },
    });
    expect(readDateLine('Жарияланды: 22 қыркүйек 2023 жыл')?.date.day).toBe(22);
    expect(readDateLine('3 сәуір 2019 жылы Тоқаев Мәскеуге ресми сапармен барды')).toBeUndefined();
    expect(readDateLine('Келісім 3 сәуір 2019 жылы Мәскеуде жасалды')).toBeUndefined();
  });

  it('marks an update and refuses a sentence that mentions a date', () => {
    expect(readDateLine('Updated: 3 May 2021, 10:00')?.updated).toBe(true);
    expect(readDateLine('March 3, 2022 10:15 AM GMT+6 Updated 3 years ago')?.updated).toBe(false);
    expect(readDateLine('The summit opened on 2 May 2021 in the capital')).toBeUndefined();
  });
});

describe('withTimeLine', () => {
  const day = () => findDate('March 5, 2024')!;

  it('completes a date with the time a line gives alone, and its printed offset', () => {
    expect(withTimeLine(day(), '17:30').time).toEqual({ hour: 17, minute: 30 });
    expect(withTimeLine(day(), 'at 5:30 pm').time).toEqual({ hour: 17, minute: 30 });
    expect(withTimeLine(day(), '17:30 (GMT+3)')).toMatchObject({
      time: { hour: 17, minute: 30 },
      offsetMinutes: 180,
    });
    expect(isTimeLine('Время: 14:10')).toBe(true);
  });

  it('leaves the date alone when the line says more than a time, or the date has one', () => {
    expect(withTimeLine(day(), '17:30 Moscow talks end').time).toBeUndefined();
    expect(withTimeLine(day(), '25:10').time).toBeUndefined();
    expect(withTimeLine(day(), '3.5 million').time).toBeUndefined();
    expect(withTimeLine(findDate('2 May 2021, 08:10')!, '17:30').time).toEqual({ hour: 8, minute: 10 });
    expect(isTimeLine('The meeting began at 17:30.')).toBe(false);
  });
});

describe('readDatePrefix', () => {
  it('splits a date printed at the start of the first paragraph from its text', () => {
    const found = readDatePrefix('date 2025-10-09 In his speech, Tokayev thanked Rahmon.');
    expect(found?.date).toMatchObject({ year: 2025, month: 10, day: 9 });
    expect(found?.rest).toBe('In his speech, Tokayev thanked Rahmon.');
  });
});

describe('offsets from the time-zone database', () => {
  it('gives Kazakhstan +06:00 before 1 March 2024 and +05:00 since', () => {
    expect(offsetForLocalTime('Asia/Almaty', 2021, 5, 2, 8, 10)).toBe(360);
    expect(offsetForLocalTime('Asia/Almaty', 2024, 2, 29, 12, 0)).toBe(360);
    expect(offsetForLocalTime('Asia/Almaty', 2025, 5, 28, 21, 38)).toBe(300);
  });

  it('follows daylight saving time where a zone has it', () => {
    expect(offsetForLocalTime('Europe/Berlin', 2021, 1, 10, 12, 0)).toBe(60);
    expect(offsetForLocalTime('Europe/Berlin', 2021, 7, 10, 12, 0)).toBe(120);
    expect(offsetForLocalTime('America/New_York', 2021, 7, 10, 12, 0)).toBe(-240);
  });

  it('writes a plain date when there is no time, and never invents one', () => {
    expect(publishedValue({ year: 2025, month: 10, day: 9 }, 'Asia/Almaty')).toBe('2025-10-09');
    expect(publishedValue({ year: 2025, month: 10, day: 9, time: { hour: 9, minute: 5 } }, undefined)).toBe(
      '2025-10-09',
    );
    expect(
      publishedValue({ year: 2021, month: 5, day: 2, time: { hour: 8, minute: 10 } }, 'Asia/Almaty'),
    ).toBe('2021-05-02T08:10:00+06:00');
  });
});
