import { describe, expect, it } from 'vitest';
import { staleBundles, staleOutput } from '../../src/build/stale-output';

describe('staleOutput', () => {
  const files = [
    'index.html',
    'articles/2021/05/kept/index.html',
    'articles/2021/05/deleted/index.html',
    'leaders/removed/rss.xml',
    'leaders/kept/rss.xml',
    'favicon.svg',
    '_astro/index.Bx1.css',
    'pagefind/2021-2025/pagefind.js',
    'sitemap-index.xml',
    'sitemap-0.xml',
  ];
  const written = new Set(['index.html', 'articles/2021/05/kept/index.html', 'leaders/kept/rss.xml']);

  it('names what no route wrote this time, and only that', () => {
    expect(staleOutput(files, written, new Set(['favicon.svg']))).toEqual([
      'articles/2021/05/deleted/index.html',
      'leaders/removed/rss.xml',
    ]);
  });

  it('keeps copies of public/, bundles, the search index and the sitemap', () => {
    const stale = staleOutput(files, new Set(), new Set(['favicon.svg']));
    expect(stale).not.toContain('favicon.svg');
    expect(
      stale.some((f) => f.startsWith('_astro/') || f.startsWith('pagefind/') || f.startsWith('sitemap')),
    ).toBe(false);
    expect(stale).toContain('index.html');
  });
});

describe('staleBundles', () => {
  it('names the scripts and styles written before the build started, and no other file', () => {
    const since = 1_000_000;
    const files = [
      { file: '_astro/ArchiveSearch.old1.js', mtimeMs: since - 60_000 },
      { file: '_astro/BaseLayout.old2.css', mtimeMs: since - 1 },
      { file: '_astro/ArchiveSearch.new3.js', mtimeMs: since + 5_000 },
      { file: '_astro/photo.old4.webp', mtimeMs: since - 60_000 },
      { file: 'articles/2021/05/call/index.html', mtimeMs: since - 60_000 },
    ];
    expect(staleBundles(files, since)).toEqual([
      '_astro/ArchiveSearch.old1.js',
      '_astro/BaseLayout.old2.css',
    ]);
  });
});
