/**
 * No interface text outside the dictionaries: the site built with the
 * pseudo-locale (src/i18n/pseudo.ts: English accented, dates and names from
 * CLDR's Greek) is crawled page kind by page kind, and every word still written
 * in plain ASCII letters must be the archive's content — a headline, a name, a
 * source, a tag, a file — or sit in an element that says it is in another
 * language. A label, heading, button or sentence written in a component
 * instead of a dictionary fails here, naming the page and the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_FORMATS, ARTICLE_COLUMNS } from '../../src/model/open-data';
import { CITATION_FORMATS } from '../../src/model/citation';
import { parseFrontmatter } from '../../src/model/frontmatter';
import yaml from 'js-yaml';
import { buildSiteOrThrow, ROOT } from '../support/build';
import { pageKinds } from '../audit/site-pages';
import { fileFor } from '../support/dist';
import { pseudo } from '../../src/i18n/pseudo';

const PREFIX = 'en-xa';
let dist = '';
/** Every word of the archive's content: front matter of the articles, the registry's names and titles. */
const CONTENT = new Set<string>();

const words = (text: string): string[] => text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];

/**
 * What the site shows of a registry file: names, aliases, demonyms and office titles.
 * Its sources, notes and timeline are prose for editors, not page text, so their
 * words are not content.
 */
function shown(data: unknown): unknown {
  if (!data || typeof data !== 'object') return [];
  const d = data as Record<string, unknown>;
  const offices = Array.isArray(d['offices']) ? (d['offices'] as Record<string, unknown>[]) : [];
  const namesakes = Array.isArray(d['namesakes']) ? (d['namesakes'] as Record<string, unknown>[]) : [];
  return [
    d['name'],
    d['names'],
    d['aliases'],
    d['demonyms'],
    offices.map((o) => [o['title'], o['titles']]),
    namesakes.map((n) => [n['name'], n['forms']]),
  ].filter((v) => v !== undefined);
}

function collectContent(): void {
  const add = (value: unknown): void => {
    if (typeof value === 'string') for (const w of words(value)) CONTENT.add(w);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  for (const folder of ['content/articles', 'content/leaders', 'content/countries']) {
    for (const entry of readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      if (entry.name.endsWith('.md') || entry.name.endsWith('.mdx')) add(parseFrontmatter(text).data);
      else add(shown(yaml.load(text)));
    }
  }
  // Names of standards and formats, file names and the data's column names are not translated.
  add(Object.values(DATA_FORMATS).map((f) => f.label));
  add(CITATION_FORMATS.map((f) => f.label));
  add(ARTICLE_COLUMNS.map((c) => c.key));
  add(['json', 'csv', 'jsonl', 'schema', 'articles', 'leaders', 'countries', 'null']);
}

/** The plain-ASCII words of a page that are neither content nor in an element of another language. */
function untranslated(html: string): string[] {
  // What `<noscript>` holds is read as markup, as a browser without scripts shows it.
  const $ = cheerio.load(html, { scriptingEnabled: false });
  $('script, style, pre, code, time, [hidden], .Z3988').remove();
  const pageLang = $('html').attr('lang');
  const found = new Set<string>();
  const check = (text: string | undefined): void => {
    for (const w of words(text ?? '')) if (!CONTENT.has(w) && !/^[A-Z]{2,3}$/.test(w)) found.add(w);
  };
  const inOwnLanguage = (node: AnyNode): boolean => {
    const lang = $(node).closest('[lang]').attr('lang');
    return lang === pageLang;
  };
  $('body *')
    .contents()
    .each((_, node) => {
      if (node.type === 'text' && inOwnLanguage(node)) check(node.data);
    });
  $('[aria-label], [title], [placeholder], [alt], meta[name="description"], title').each((_, el) => {
    if (!inOwnLanguage(el)) return;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) check($(el).attr(attr));
  });
  check($('title').text());
  check($('meta[name="description"]').attr('content'));
  return [...found].sort();
}

beforeAll(() => {
  collectContent();
  dist = buildSiteOrThrow({ name: 'pseudo-locale', env: { ARCHIVE_PSEUDO_LOCALE: '1' } });
});

describe('the pseudo-locale', () => {
  it('accents every letter of a text and keeps its placeholders', () => {
    expect(pseudo('Search {site}')).toBe('⟦Šéáŕçĥ {site}⟧');
    expect(words(pseudo('Every leader the archive’s articles involve'))).toEqual([]);
  });

  it('is built when a test asks for it (ARCHIVE_PSEUDO_LOCALE=1), under its own prefix', () => {
    expect(readdirSync(dist)).toContain(PREFIX);
  });

  it('leaves no interface text in plain English on any kind of page', () => {
    const kinds = pageKinds(dist, PREFIX).filter((k) => k.path.startsWith(`/${PREFIX}/`));
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['home', 'leader', 'country pair', 'search', 'codebook']),
    );
    const problems: string[] = [];
    for (const { kind, path: sitePath } of kinds) {
      const file = fileFor(dist, sitePath, '/');
      if (!file) continue;
      const left = untranslated(readFileSync(file, 'utf8'));
      if (left.length > 0) problems.push(`${kind} (${sitePath}): ${left.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('finds a text written in a component instead of a dictionary', () => {
    const html = `<html lang="en-XA"><body><h2>${pseudo('Activity')}</h2><p>Offices held</p></body></html>`;
    expect(untranslated(html)).toEqual(['Offices', 'held']);
  });
});
