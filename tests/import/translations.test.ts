/**
 * The importer proposes a new article's versions in other languages (same
 * leaders and countries, another language, the same day or a day apart) and
 * writes them into `translations` only when asked (`--link-translations`).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkableCandidates, translationCandidates } from '../../src/import/translations';
import { ROOT, runImport, scratch } from './support';

const fact = (id: string, lang: string, published: string, leaders = ['a', 'b'], countries = ['kz']) => ({
  id,
  lang,
  published,
  leaders,
  countries,
});

describe('translationCandidates', () => {
  const archive = [
    fact('kk-same-day', 'kk', '2024-03-15T10:15:00+05:00'),
    fact('en-next-day', 'en', '2024-03-16T09:00:00+05:00'),
    fact('en-two-days', 'en', '2024-03-17T09:00:00+05:00'),
    fact('ru-same-language', 'ru', '2024-03-15T11:00:00+05:00'),
    fact('kk-other-leaders', 'kk', '2024-03-15T11:00:00+05:00', ['a']),
    fact('kk-other-countries', 'kk', '2024-03-15T11:00:00+05:00', ['a', 'b'], ['kz', 'kg']),
  ];
  const article = fact('ru-new', 'ru-RU', '2024-03-15T12:00:00+03:00', ['b', 'a']);

  it('proposes articles of another language, a day apart at most, with the same leaders and countries', () => {
    expect(translationCandidates(archive, article).map((c) => c.id)).toEqual(['en-next-day', 'kk-same-day']);
    // The day before counts too: the new article may be the translation.
    expect(translationCandidates(archive, { ...article, published: '2024-03-17' }).map((c) => c.id)).toEqual([
      'en-next-day',
      'en-two-days',
    ]);
  });

  it('proposes nothing for an article naming no leader or country', () => {
    expect(translationCandidates(archive, { ...article, leaders: [], countries: [] })).toEqual([]);
  });

  it('links one candidate per language, and leaves a language with two to the editor', () => {
    const { linked, ambiguous } = linkableCandidates([
      fact('kk', 'kk', '2024-03-15'),
      fact('en-1', 'en', '2024-03-15'),
      fact('en-2', 'en-GB', '2024-03-16'),
    ]);
    expect(linked.map((c) => c.id)).toEqual(['kk']);
    expect(ambiguous.map((c) => c.id)).toEqual(['en-1', 'en-2']);
  });
});

describe('npm run import --link-translations', () => {
  const KAZAKH = '2024/03/memleket-basshysy-qyrghyzstan-prezidentimen-telefon-arqyly-soylesti';
  const RAW =
    'Токаев провёл телефонный разговор с Жапаровым\n\nАСТАНА. Президент Казахстана Касым-Жомарт Токаев провёл телефонный разговор с Президентом Кыргызстана Садыром Жапаровым.\n\nГлавы государств обсудили торгово-экономическое сотрудничество Казахстана и Кыргызстана.\n';

  /** An archive holding the Kazakh report of the call, and the Russian report's raw text. */
  function setUp(name: string): { out: string; raw: string } {
    const dir = scratch(name);
    const out = path.join(dir, 'articles');
    mkdirSync(path.join(out, '2024/03'), { recursive: true });
    cpSync(
      path.join(ROOT, 'tests/fixtures/archives/relations-imported/articles', `${KAZAKH}.md`),
      path.join(out, `${KAZAKH}.md`),
    );
    const raw = path.join(dir, 'call-ru.txt');
    writeFileSync(raw, RAW);
    return { out, raw };
  }
  const argv = (out: string, raw: string, ...more: string[]) => [
    '--out',
    out,
    '--lang',
    'ru',
    '--source',
    'Kazinform',
    '--date',
    '2024-03-15T11:00+05:00',
    ...more,
    raw,
  ];

  it('lists the candidate and writes no link without the option', async () => {
    const { out, raw } = setUp('translations-list');
    const { code, stderr } = await runImport(argv(out, raw));
    expect(code).toBe(0);
    expect(stderr).toContain(`version?   ${KAZAKH} (kk, 2024-03-15T10:15:00+05:00)`);
    expect(stderr).toContain('give --link-translations');
    const file = readFileSync(
      path.join(out, '2024/03/tokaev-provyol-telefonnyy-razgovor-s-zhaparovym.md'),
      'utf8',
    );
    expect(file).not.toContain('translations');
  });

  it('writes the candidate into translations when asked', async () => {
    const { out, raw } = setUp('translations-link');
    const { code, stderr } = await runImport(argv(out, raw, '--link-translations'));
    expect(code).toBe(0);
    expect(stderr).toContain('written into translations');
    const file = readFileSync(
      path.join(out, '2024/03/tokaev-provyol-telefonnyy-razgovor-s-zhaparovym.md'),
      'utf8',
    );
    expect(file).toContain(`translations:\n  - ${KAZAKH}\n`);
  });
});
