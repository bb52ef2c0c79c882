/**
 * Every text carries its language (WCAG 3.1.1 and 3.1.2): on every page of a
 * build of Russian, Kazakh and English articles, in every interface language,
 * no text sits under a `lang` that its script contradicts — Cyrillic under
 * English, Kazakh letters under Russian, an English sentence under Russian or
 * Kazakh. Texts hidden from readers (aria-hidden, hidden) are not read aloud
 * and are left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/dist';
import { sharedFixtureSite } from '../support/shared-site';

let dist = '';
beforeAll(() => {
  dist = sharedFixtureSite('shared-languages');
});

const CYRILLIC = /[\u0400-\u04FF]/;
/** Letters Kazakh writes and Russian does not. */
const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
/** An English passage: three or more Latin words, not a name or two. */
const LATIN_WORDS = /[A-Za-z][A-Za-z'’]+/g;

/** Why a text cannot be in `lang`, or undefined when it can. */
export function contradiction(text: string, lang: string): string | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  // A file name or an address (articles.schema.json) is no English passage.
  const latin = (text.replace(/[\w-]+(?:\.[\w-]+)+/g, ' ').match(LATIN_WORDS) ?? []).length;
  if (primary === 'en' && CYRILLIC.test(text)) return 'Cyrillic text under lang="en"';
  if (primary === 'ru' && KAZAKH.test(text)) return 'Kazakh letters under lang="ru"';
  if ((primary === 'ru' || primary === 'kk') && latin >= 3 && !CYRILLIC.test(text))
    return `English words under lang="${primary}"`;
  return undefined;
}

/** The texts of a page that contradict the language they sit under. */
function problemsOf(html: string): string[] {
  // What `<noscript>` holds is read as markup, as a browser without scripts shows it.
  const $ = cheerio.load(html, { scriptingEnabled: false });
  $('script, style, [hidden], [aria-hidden="true"], .visually-hidden[aria-hidden]').remove();
  const found: string[] = [];
  const langOf = (node: AnyNode): string => $(node).closest('[lang]').attr('lang') ?? '';
  const check = (text: string, node: AnyNode, where: string): void => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    const why = contradiction(t, langOf(node));
    if (why) found.push(`${why}: ${where}“${t.slice(0, 70)}”`);
  };
  $('body *')
    .contents()
    .each((_, node) => {
      if (node.type === 'text') check(node.data, node, `<${(node.parent as Element).name}> `);
    });
  $('[aria-label], [title], [alt], [placeholder]').each((_, el) => {
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder'])
      if ($(el).attr(attr)) check($(el).attr(attr)!, el, `${attr}=`);
  });
  $('head title, head meta[name="description"]').each((_, el) =>
    check($(el).attr('content') ?? $(el).text(), el, `<${el.name}> `),
  );
  return found;
}

describe('the language of every text', () => {
  it('knows a contradiction when it sees one', () => {
    expect(contradiction('Токаев провёл переговоры', 'en')).toBeDefined();
    expect(contradiction('Тоқаев келіссөздер жүргізді', 'ru')).toBeDefined();
    expect(contradiction('Tokayev and Putin discuss trade', 'kk')).toBeDefined();
    expect(contradiction('Kazinform', 'ru')).toBeUndefined();
    expect(contradiction('articles.schema.json', 'kk')).toBeUndefined();
    expect(contradiction('Токаев', 'ru')).toBeUndefined();
    expect(contradiction('Тоқаев', 'kk')).toBeUndefined();
  });

  it('is marked wherever it differs from its page, on every page in every interface language', () => {
    const problems: string[] = [];
    const pages = htmlFiles(dist);
    expect(pages.filter((f) => f.startsWith('ru/')).length).toBeGreaterThan(5);
    expect(pages.filter((f) => f.startsWith('kk/')).length).toBeGreaterThan(5);
    for (const file of pages) {
      for (const problem of problemsOf(readFileSync(path.join(dist, file), 'utf8')))
        problems.push(`${file}: ${problem}`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });
});
