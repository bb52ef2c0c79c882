import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LOCALES, createLocale, getLocale } from '../../src/i18n';
import { dictionaryProblems } from '../../src/i18n/check';
import { en } from '../../src/i18n/en';

describe('the dictionaries', () => {
  it.each(LOCALES.map((l) => [l.code, l.intl] as const))(
    '%s has every key of English, the plural forms of its language and the same placeholders',
    (code, intl) => {
      expect(dictionaryProblems(intl, DICTIONARIES[code], en)).toEqual([]);
    },
  );

  it('finds a missing key, an extra key, a missing plural form and a lost placeholder', () => {
    const rest: Record<string, unknown> = { ...DICTIONARIES.ru };
    delete rest['site.name'];
    const broken = {
      ...rest,
      'site.extra': 'лишний',
      'articles.count': { plural: { one: '{count} статья', other: 'статьи' } },
    };
    expect(dictionaryProblems('ru', broken, en).sort()).toEqual([
      'articles.count: gives the plural forms one, other; ru has few, many, one, other',
      'site.extra: not a key of the English dictionary',
      'site.name: missing',
    ]);
    expect(dictionaryProblems('en', { ...en, 'site.name': 'Archive of {what}' }, en)).toEqual([
      'site.name: "Archive of {what}" has unknown {what}',
    ]);
  });
});

describe('a Locale', () => {
  it('counts in the forms of its language', () => {
    const ru = getLocale('ru');
    expect([1, 2, 5, 21, 1000].map((n) => ru.plural('articles.count', n))).toEqual([
      '1 статья',
      '2 статьи',
      '5 статей',
      '21 статья',
      '1\u00a0000 статей', // CLDR groups thousands with a no-break space
    ]);
    expect(getLocale('en').plural('articles.count', 1)).toBe('1 article');
    expect(getLocale('en').plural('articles.count', 1234)).toBe('1,234 articles');
    expect(getLocale('kk').plural('articles.count', 5)).toBe('5 мақала');
  });

  it('writes days and months with CLDR’s names, a month standing alone in the nominative', () => {
    const day = { year: 2021, month: 5, day: 2 };
    expect(getLocale('en').date(day)).toBe('2 May 2021');
    expect(getLocale('ru').date(day)).toBe('2 мая 2021 г.');
    expect(getLocale('kk').date(day)).toBe('2021 ж. 2 мамыр');
    expect(getLocale('en').month(2021, 5)).toBe('May 2021');
    expect(getLocale('ru').month(2021, 5)).toBe('май 2021 г.');
    expect(getLocale('ru').monthName(3)).toBe('март');
    expect(getLocale('kk').monthName(3)).toBe('Наурыз'); // CLDR's stand-alone form is capitalised in Kazakh
  });

  it('capitalises a month or a language that stands alone where CLDR’s context transforms do', () => {
    // CLDR 48, main/ru/contextTransforms.json: titlecase-firstword for languages and months,
    // stand-alone and in menus; English's, Kazakh's and Greek's names stay as written.
    const ru = getLocale('ru');
    expect(ru.month(2021, 5, 'alone')).toBe('Май 2021 г.');
    expect(ru.month(2021, 5, 'text')).toBe('май 2021 г.');
    expect(ru.monthName(10, 'alone')).toBe('Октябрь');
    expect(ru.language('en', 'alone')).toBe('Английский');
    expect(ru.language('en')).toBe('английский');
    expect(ru.alone('months', 'янв. 2021 г.')).toBe('Янв. 2021 г.');
    expect(getLocale('kk').month(2021, 5, 'alone')).toBe('2021 ж. мамыр');
    expect(getLocale('kk').language('en', 'alone')).toBe('ағылшын тілі');
    expect(getLocale('en').language('ru', 'alone')).toBe('Russian');
    expect(getLocale('en-XA').month(2021, 5, 'alone')).toBe(getLocale('en-XA').month(2021, 5));
  });

  it('names countries and languages in its language, and sorts as its readers do', () => {
    expect(getLocale('kk').region('kz')).toBe('Қазақстан');
    expect(getLocale('ru').region('TJ')).toBe('Таджикистан');
    expect(getLocale('ru').language('kk')).toBe('казахский');
    expect(['Ә', 'Я', 'А', 'Б'].sort(getLocale('kk').compare)).toEqual(['А', 'Ә', 'Б', 'Я']);
  });

  it('refuses a text it lacks or a placeholder without a value, instead of showing a hole', () => {
    const partial = createLocale('en', { 'site.name': 'Archive of {what}' });
    expect(() => partial.t('site.tagline')).toThrow('no text "site.tagline" in the en dictionary');
    expect(() => partial.t('site.name')).toThrow('needs a value for {what}');
    expect(partial.t('site.name', { what: 'news' })).toBe('Archive of news');
  });
});

describe('the codebook in the dictionaries', () => {
  it('describes every column of the article files in English as the published JSON Schema does', async () => {
    const { ARTICLE_COLUMNS } = await import('../../src/model/open-data');
    const dictionary = DICTIONARIES.en as Record<string, unknown>;
    for (const column of ARTICLE_COLUMNS) {
      expect(dictionary[`codebook.col.${column.key}`]).toBe(column.description);
      expect(dictionary[`codebook.type.${column.key}`]).toBe(column.type);
    }
  });
});

describe('publishedLocales', () => {
  it('publishes every language but the pseudo-locale, or those a build lists, always with English', async () => {
    const { publishedLocales } = await import('../../src/i18n/locales');
    expect(publishedLocales()).toEqual(['en', 'ru', 'kk']);
    expect(publishedLocales({ pseudo: true })).toEqual(['en', 'ru', 'kk', 'en-XA']);
    expect(publishedLocales({ only: 'en, kk' })).toEqual(['en', 'kk']);
    expect(() => publishedLocales({ only: 'en,de' })).toThrow('ARCHIVE_LOCALES names "de"');
    expect(() => publishedLocales({ only: 'ru' })).toThrow('must include "en"');
  });
});
