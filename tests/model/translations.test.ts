/**
 * Versions of an article in other languages (src/model/translations.ts): the
 * links go both ways and through each other, and every refusal names the file
 * and the field.
 */
import { describe, expect, it } from 'vitest';
import { linkTranslations, type TranslationSource } from '../../src/model/translations';

const article = (id: string, lang: string, translations: string[] = []): TranslationSource => ({
  id,
  file: `content/articles/${id}.md`,
  lang,
  translations,
});

describe('linkTranslations', () => {
  it('links a version both ways: A names B, so B lists A', () => {
    const { versions, errors } = linkTranslations([
      article('2024/05/ru', 'ru', ['2024/05/kk']),
      article('2024/05/kk', 'kk'),
    ]);
    expect(errors).toEqual([]);
    expect(versions.get('2024/05/ru')).toEqual(['2024/05/kk']);
    expect(versions.get('2024/05/kk')).toEqual(['2024/05/ru']);
  });

  it('links the versions an article names to each other too, ordered by language', () => {
    const { versions } = linkTranslations([
      article('ru', 'ru', ['kk', 'en']),
      article('kk', 'kk'),
      article('en', 'en'),
      article('alone', 'en'),
    ]);
    expect(versions.get('kk')).toEqual(['en', 'ru']);
    expect(versions.get('en')).toEqual(['kk', 'ru']);
    expect(versions.get('ru')).toEqual(['en', 'kk']);
    expect(versions.has('alone')).toBe(false);
  });

  it('takes a link named from both sides once', () => {
    const { versions, errors } = linkTranslations([article('ru', 'ru', ['kk']), article('kk', 'kk', ['ru'])]);
    expect(errors).toEqual([]);
    expect(versions.get('ru')).toEqual(['kk']);
  });

  it('refuses a link to an article that does not exist, naming file and field', () => {
    const { errors } = linkTranslations([article('2024/05/ru', 'ru', ['2024/05/none'])]);
    expect(errors).toEqual([
      'content/articles/2024/05/ru.md: translations[0]: no article "2024/05/none" (an article\'s id is its file\'s path under articles/, without .md)',
    ]);
  });

  it('refuses a version in the article’s own language, itself included', () => {
    const { errors, versions } = linkTranslations([article('a', 'ru', ['b', 'a']), article('b', 'ru-RU')]);
    expect(errors).toEqual([
      'content/articles/a.md: translations[0]: "b" is in the article\'s own language (ru); a version in another language is needed',
      'content/articles/a.md: translations[1]: "a" is in the article\'s own language (ru); a version in another language is needed',
    ]);
    expect(versions.size).toBe(0);
  });

  it('refuses a second version in one language, also when it comes through another version', () => {
    const { errors } = linkTranslations([
      article('a-en', 'en', ['b-kk', 'c-kk']),
      article('b-kk', 'kk'),
      article('c-kk', 'kk'),
      article('d-ru', 'ru', ['b-kk']),
      article('e-ru', 'ru', ['a-en']),
    ]);
    expect(errors).toEqual([
      'content/articles/a-en.md: translations[1]: "c-kk" would give the article two versions in one language (kk): "c-kk" and "b-kk"',
      'content/articles/e-ru.md: translations[0]: "a-en" would give the article two versions in one language (ru): "d-ru" and "e-ru"',
    ]);
  });
});
