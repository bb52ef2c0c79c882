import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SITE_URL,
  resolveBasePath,
  resolveContentDir,
  resolveShardPages,
  resolveSiteUrl,
} from '../../src/model/env';
import { MAX_SHARD_PAGES } from '../../src/model/site';

describe('resolveBasePath', () => {
  it('defaults to the root', () => {
    expect(resolveBasePath(undefined)).toBe('/');
    expect(resolveBasePath('')).toBe('/');
    expect(resolveBasePath('/')).toBe('/');
  });

  it('normalises slashes around a sub-path', () => {
    expect(resolveBasePath('archive')).toBe('/archive');
    expect(resolveBasePath('/archive/')).toBe('/archive');
    expect(resolveBasePath('/news/archive')).toBe('/news/archive');
  });

  it('refuses anything that is not a plain path', () => {
    expect(() => resolveBasePath('/a/../b')).toThrow(/BASE_PATH/);
    expect(() => resolveBasePath('https://example.org/x')).toThrow(/BASE_PATH/);
    expect(() => resolveBasePath('/a b')).toThrow(/BASE_PATH/);
  });
});

describe('resolveSiteUrl', () => {
  it('defaults to the local preview server', () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
  });

  it('gives the origin, without a trailing slash', () => {
    expect(resolveSiteUrl('https://news.example.org/')).toBe('https://news.example.org');
    expect(resolveSiteUrl('http://localhost:8080')).toBe('http://localhost:8080');
  });

  it('refuses a path, naming BASE_PATH as the place for it, rather than cutting it off', () => {
    expect(() => resolveSiteUrl('https://news.example.org/archive/')).toThrow(
      'SITE_URL "https://news.example.org/archive/" has a path: give only the origin in SITE_URL ("https://news.example.org") and the path in BASE_PATH ("/archive")',
    );
    expect(() => resolveSiteUrl('https://news.example.org/?x=1')).toThrow(/SITE_URL .* has a path/);
  });

  it('refuses relative and non-web URLs with a message naming the variable', () => {
    expect(() => resolveSiteUrl('news.example.org')).toThrow(/SITE_URL/);
    expect(() => resolveSiteUrl('ftp://news.example.org')).toThrow(/SITE_URL/);
  });
});

describe('resolveContentDir', () => {
  it('defaults to content/ and drops a trailing slash', () => {
    expect(resolveContentDir(undefined)).toBe('content');
    expect(resolveContentDir('.tmp/corpus/')).toBe('.tmp/corpus');
  });
});

describe('resolveShardPages', () => {
  it('defaults to the site’s maximum of pages per search shard', () => {
    expect(resolveShardPages(undefined)).toBe(MAX_SHARD_PAGES);
    expect(resolveShardPages(' ')).toBe(MAX_SHARD_PAGES);
  });

  it('reads a positive whole number of pages', () => {
    expect(resolveShardPages('1')).toBe(1);
    expect(resolveShardPages(' 2500 ')).toBe(2500);
  });

  it('refuses anything else, naming the variable', () => {
    for (const raw of ['0', '-5', '1.5', '4k', '1e3', '99999999999999999999']) {
      expect(() => resolveShardPages(raw), raw).toThrow(
        /SEARCH_SHARD_PAGES ".*" is not a positive whole number/,
      );
    }
  });
});
