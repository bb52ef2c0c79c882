/**
 * The calendar words the build hands the search page's scripts, so that a
 * browser whose ICU lacks a language's data (Chromium and Kazakh) still
 * writes its dates as the build does.
 */
import { describe, expect, it } from 'vitest';
import { calendarWords, createLocale, keepUnitsWithNumbers, type CalendarWords } from '../../src/i18n/locale';
import { getLocale } from '../../src/i18n';

describe('calendarWords', () => {
  it('writes each month’s templates in the language, with the day and the year as placeholders', () => {
    const kk = calendarWords('kk');
    expect(kk.day[4]).toBe('{year} ж. {day} мамыр');
    expect(kk.month[4]).toBe('{year} ж. мамыр');
    expect(kk.short[4]).toBe('мам.');
    expect(calendarWords('ru').day[4]).toBe('{day} мая {year} г.');
    expect(calendarWords('en').month[2]).toBe('March {year}');
  });
});

describe('a Locale given calendar words', () => {
  it('writes dates and months from them, as the build writes them', () => {
    for (const code of ['en', 'ru', 'kk'] as const) {
      const given = createLocale(code, {}, calendarWords(code));
      const own = createLocale(code, {});
      expect(given.date({ year: 2021, month: 5, day: 2 })).toBe(own.date({ year: 2021, month: 5, day: 2 }));
      expect(given.month(2023, 12)).toBe(own.month(2023, 12));
    }
    expect(createLocale('kk', {}, calendarWords('kk')).date({ year: 2021, month: 5, day: 2 })).toBe(
      '2021 ж. 2 мамыр',
    );
  });

  it('takes the words it is given over its own ICU', () => {
    const words = (text: string): string[] => Array.from({ length: 12 }, (_, i) => `${text}${i + 1}`);
    const calendar: CalendarWords = {
      day: words('{day}.{year}.'),
      month: words('{year}/'),
      short: words('s'),
      shortYear: words('{year}s'),
      name: words('m'),
    };
    const locale = createLocale('en', {}, calendar);
    expect(locale.date({ year: 2021, month: 5, day: 2 })).toBe('2.2021.5');
    expect(locale.month(2021, 3)).toBe('2021/3');
    expect(locale.monthName(7)).toBe('m7');
  });
});

describe('keepUnitsWithNumbers', () => {
  it('joins a year to the abbreviation Intl writes after it, and leaves the other spaces', () => {
    const may = (code: 'en' | 'ru' | 'kk'): string =>
      keepUnitsWithNumbers(getLocale(code).month(2021, 5, 'alone'));
    expect(may('ru')).toBe('Май 2021\u00A0г.');
    expect(may('kk')).toBe('2021\u00A0ж. мамыр');
    expect(may('en')).toBe('May 2021');
  });

  it('leaves a number before a word that is not an abbreviation', () => {
    expect(keepUnitsWithNumbers('5 статей, 2021 год')).toBe('5 статей, 2021 год');
  });
});
