/** The sitemap's alternates, read back from a built page's head (src/build/sitemap-alternates.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headAlternates, pageFile, readHead, sitemapAlternates } from '../../src/build/sitemap-alternates';

const HEAD = `<!doctype html><html lang="en"><head>
<link rel="alternate" type="application/rss+xml" title="Feed" href="/rss.xml">
<link rel="alternate" hreflang="kk" href="https://x.org/kk/a/?q=1&amp;p=2">
<link href='https://x.org/ru/a/' hreflang='ru' rel='alternate'>
</head><body><link rel="alternate" hreflang="de" href="https://x.org/de/"></body></html>`;

describe('headAlternates', () => {
  it('reads the head’s language alternates in order, attributes in any order and quoting, not feeds or the body', () => {
    expect(headAlternates(HEAD)).toEqual([
      { lang: 'kk', url: 'https://x.org/kk/a/?q=1&p=2' },
      { lang: 'ru', url: 'https://x.org/ru/a/' },
    ]);
  });
});

describe('pageFile', () => {
  it('finds the file a URL was built to, under the base', () => {
    expect(pageFile('https://x.org/archive/articles/a/', '/out', '/archive')).toBe(
      '/out/articles/a/index.html',
    );
    expect(pageFile('https://x.org/', '/out', '/')).toBe('/out/index.html');
  });
});

describe('readHead', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'read-head-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a page up to its </head>, whole characters across its reads, and a page without one whole', () => {
    // A head longer than one read, of two-byte letters at every offset, so one is split between reads.
    const title = 'Қазақстан және Ресей '.repeat(2000);
    const head = `<html lang="kk"><head><title>${title}</title></HEAD>`;
    writeFileSync(path.join(dir, 'long.html'), `${head}<body>${'Мәтін '.repeat(50_000)}</body></html>`);
    expect(readHead(path.join(dir, 'long.html'))).toBe(head);
    writeFileSync(path.join(dir, 'bare.html'), '<p>Сөз</p>');
    expect(readHead(path.join(dir, 'bare.html'))).toBe('<p>Сөз</p>');
  });
});

describe('sitemapAlternates', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitemap-alternates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a sitemap item the alternates its page names, and leaves other items as they are', async () => {
    mkdirSync(path.join(dir, 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'a/index.html'), HEAD);
    writeFileSync(path.join(dir, 'index.html'), '<html><head></head></html>');
    const { integration, serialize } = sitemapAlternates();
    const done = integration.hooks['astro:config:done'] as (options: unknown) => Promise<void> | void;
    await done({ config: { outDir: new URL(`file://${dir}/`), base: '/' } });
    expect(serialize({ url: 'https://x.org/a/' }).links).toEqual(headAlternates(HEAD));
    expect(serialize({ url: 'https://x.org/' })).toEqual({ url: 'https://x.org/' });
    expect(serialize({ url: 'https://x.org/rss.xml' })).toEqual({ url: 'https://x.org/rss.xml' });
  });
});
