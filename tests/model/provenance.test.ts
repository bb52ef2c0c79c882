import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../src/model/dates';
import { provenanceOf, waybackTimestamp, waybackUrl } from '../../src/model/provenance';

const SHA = 'a'.repeat(64);

describe('waybackTimestamp', () => {
  it('writes the instant in UTC as YYYYMMDDhhmmss', () => {
    expect(waybackTimestamp(Date.UTC(2021, 4, 2, 2, 10, 5))).toBe('20210502021005');
  });

  it('converts a local time with its offset to UTC, even across midnight', () => {
    // 00:30 in Nur-Sultan (UTC+06:00) is 18:30 UTC the day before.
    expect(waybackTimestamp(parsePublished('2021-05-02T00:30:00+06:00').epochMs)).toBe('20210501183000');
  });

  it('takes a plain date as its UTC midnight', () => {
    expect(waybackTimestamp(parsePublished('2025-10-09').epochMs)).toBe('20251009000000');
  });

  it('refuses an instant that is not a number of milliseconds', () => {
    expect(() => waybackTimestamp(Number.NaN)).toThrow(/not a valid instant/);
  });
});

describe('waybackUrl', () => {
  it('asks the Wayback Machine for the copy nearest the publication', () => {
    expect(
      waybackUrl('https://www.inform.kz/en/a-1', parsePublished('2021-05-02T08:10:00+06:00').epochMs),
    ).toBe('https://web.archive.org/web/20210502021000/https://www.inform.kz/en/a-1');
  });

  it('keeps the query string of the source address', () => {
    expect(waybackUrl('https://example.org/news?id=7&lang=en', Date.UTC(2020, 0, 1))).toBe(
      'https://web.archive.org/web/20200101000000/https://example.org/news?id=7&lang=en',
    );
  });
});

describe('provenanceOf', () => {
  it('shows only the source name when that is all the article records', () => {
    expect(provenanceOf({ source: { name: 'Akorda' } }, Date.UTC(2025, 9, 9))).toEqual({
      sourceName: 'Akorda',
    });
  });

  it('gives the source address, licence, import record and archived copy when they are known', () => {
    const epochMs = parsePublished('2021-05-02T08:10:00+06:00').epochMs;
    expect(
      provenanceOf(
        {
          source: { name: 'Kazinform', url: 'https://www.inform.kz/en/a-1', licence: 'CC BY 4.0' },
          provenance: { sha256: SHA, importer: '1.2.0' },
        },
        epochMs,
      ),
    ).toEqual({
      sourceName: 'Kazinform',
      sourceUrl: 'https://www.inform.kz/en/a-1',
      licence: 'CC BY 4.0',
      sha256: SHA,
      importer: '1.2.0',
      archiveUrl: 'https://web.archive.org/web/20210502021000/https://www.inform.kz/en/a-1',
    });
  });

  it('links no archived copy when the source address is unknown', () => {
    const facts = provenanceOf(
      { source: { name: 'Kazinform' }, provenance: { sha256: SHA, importer: '1.2.0' } },
      0,
    );
    expect(facts.archiveUrl).toBeUndefined();
    expect(facts.sha256).toBe(SHA);
  });
});
