import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveBasePath, resolveContentDir, resolveSiteUrl } from '../../src/lib/env';

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

  it('keeps only the origin', () => {
    expect(resolveSiteUrl('https://news.example.org/some/path/')).toBe('https://news.example.org');
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
