import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH } from '../../src/import/compose';
import { placeArticle, sameArticle, urlKey, type ArchivedArticle } from '../../src/import/write';

/** An archived article with the facts that tell articles apart. */
function archived(relPath: string, facts: Partial<ArchivedArticle> = {}): ArchivedArticle {
  const published = facts.published ?? '2024-05-07T10:15:00+05:00';
  return {
    relPath,
    id: relPath.replace(/\.mdx?$/iu, ''),
    key: `${relPath}|key`,
    bodyKey: `${relPath}|body`,
    source: 'Kazinform',
    published,
    lang: 'en',
    leaders: [],
    countries: [],
    urlKey: urlKey(relPath, published),
    ...facts,
  };
}

/** A new article, as `placeArticle` reads it: its own body and identity. */
function incoming(relPath: string, facts: Partial<ArchivedArticle> = {}): ArchivedArticle {
  return archived(relPath, { key: 'new', bodyKey: 'new body', ...facts });
}

describe('sameArticle', () => {
  it('is one article for the same source and day, the same body or the same raw file', () => {
    const a = archived('2024/05/x.md', { sha256: 'aaa' });
    expect(sameArticle(a, { ...a, bodyKey: 'edited', sha256: 'bbb', source: ' kazinform ' })).toBe(true);
    expect(sameArticle(a, { ...a, source: 'TASS', published: '2024-05-30' })).toBe(true);
    expect(sameArticle(a, { ...a, source: 'TASS', bodyKey: 'other', sha256: 'aaa' })).toBe(true);
    expect(sameArticle(a, { ...a, source: 'TASS', bodyKey: 'other', sha256: 'bbb' })).toBe(false);
    expect(sameArticle(a, { ...a, published: '2024-05-30', bodyKey: 'other', sha256: 'bbb' })).toBe(false);
  });
});

describe('placeArticle', () => {
  const relPath = '2024/05/tokayev-holds-talks-with-putin.md';

  it('keeps the headline’s path when it is free or holds the same article', () => {
    expect(placeArticle([], incoming(relPath))).toEqual({ relPath, passed: [] });
    const same = archived(relPath);
    expect(placeArticle([same], incoming(relPath, { bodyKey: 'edited' }))).toEqual({ relPath, passed: [] });
  });

  it('adds the source, then the day, then a number, past different articles', () => {
    const kazinform = archived(relPath);
    const tass = archived('2024/05/tokayev-holds-talks-with-putin-tass.md', { source: 'TASS' });
    const late = incoming(relPath, { source: 'TASS', published: '2024-05-30T16:40:00+03:00' });
    expect(placeArticle([kazinform], late)).toEqual({
      relPath: '2024/05/tokayev-holds-talks-with-putin-tass.md',
      passed: [kazinform],
    });
    expect(placeArticle([kazinform, tass], late).relPath).toBe(
      '2024/05/tokayev-holds-talks-with-putin-tass-30.md',
    );
    const thirtieth = archived('2024/05/tokayev-holds-talks-with-putin-tass-30.md', {
      source: 'TASS',
      published: '2024-05-30T09:00:00+03:00',
    });
    expect(placeArticle([kazinform, tass, thirtieth], { ...late, sha256: 'other' }).relPath).toBe(
      '2024/05/tokayev-holds-talks-with-putin-tass-30.md',
    );
    expect(placeArticle([kazinform, tass, { ...thirtieth, source: 'Kabar' }], late).relPath).toBe(
      '2024/05/tokayev-holds-talks-with-putin-tass-30-2.md',
    );
  });

  it('leaves a file of another case or extension with the headline’s URL to the editor, and passes one on another path', () => {
    // A file an editor made, with the URL of the headline's own path: the import is refused (findUrlTwin).
    const twin = archived('2024/05/Tokayev-Holds-Talks-With-Putin.mdx');
    expect(placeArticle([twin], incoming(relPath, { source: 'TASS' })).relPath).toBe(relPath);
    const kazinform = archived(relPath);
    const tassTwin = archived('2024/05/Tokayev-Holds-Talks-With-Putin-TASS.MD', { source: 'Kabar' });
    expect(placeArticle([kazinform, tassTwin], incoming(relPath, { source: 'TASS' }))).toEqual({
      relPath: '2024/05/tokayev-holds-talks-with-putin-tass-07.md',
      passed: [kazinform, tassTwin],
    });
  });

  it('stops at a file it cannot read, which it cannot tell apart', () => {
    const unreadable = archived(relPath, { unreadable: true, source: '', published: '' });
    expect(placeArticle([unreadable], incoming(relPath, { source: 'TASS' })).relPath).toBe(relPath);
  });

  it('keeps a long headline’s path within the longest slug, the source whole', () => {
    const long = `2024/05/${'word-'.repeat(19)}words.md`;
    const placed = placeArticle([archived(long)], incoming(long, { source: 'Kabar news agency' }));
    const slug = placed.relPath.replace(/^2024\/05\/|\.md$/gu, '');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^word-word-.*-kabar-news-agency$/u);
  });
});
