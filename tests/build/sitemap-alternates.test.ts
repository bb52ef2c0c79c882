/** The sitemap's alternates, read back from a built page's head (src/build/sitemap-alternates.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headAlternates, pageFile, sitemapAlternates } from '../../src/build/sitemap-alternates';

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
