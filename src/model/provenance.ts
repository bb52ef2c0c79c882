/**
 * Where an article came from, as readers, the JSON-LD and the open data show it:
 * the source, its licence, the raw text's checksum, the importer's version, and
 * the Internet Archive's copy of the source page. Only what the content records:
 * nothing is guessed.
 */
import type { ArticleData } from './schema';

/** The Internet Archive's Wayback Machine: `<base><timestamp>/<url>` finds the copy nearest the timestamp. */
export const WAYBACK_BASE = 'https://web.archive.org/web/';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The Wayback Machine's 14-digit timestamp (`YYYYMMDDhhmmss`) of an instant, in UTC.
 * @example waybackTimestamp(Date.UTC(2021, 4, 2, 2, 10)) // '20210502021000'
 */
export function waybackTimestamp(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) throw new Error(`${epochMs} is not a valid instant`);
  return (
    pad(d.getUTCFullYear(), 4) +
    pad(d.getUTCMonth() + 1) +
    pad(d.getUTCDate()) +
    pad(d.getUTCHours()) +
    pad(d.getUTCMinutes()) +
    pad(d.getUTCSeconds())
  );
}

/**
 * The address of the Internet Archive's copy of `url` nearest the instant
 * `epochMs` (the publication): the Wayback Machine redirects to the closest
 * capture it holds.
 * @example waybackUrl('https://example.org/a', Date.UTC(2021, 4, 2, 2, 10))
 * // 'https://web.archive.org/web/20210502021000/https://example.org/a'
 */
export function waybackUrl(url: string, epochMs: number): string {
  return `${WAYBACK_BASE}${waybackTimestamp(epochMs)}/${url}`;
}

/** What the archive knows of an article's origin, as plain values for the page and the data. */
export interface ProvenanceFacts {
  /** The publisher, as readers know it. */
  sourceName: string;
  /** The address of the original article, when known. */
  sourceUrl?: string;
  /** The terms the source publishes under, when known. */
  licence?: string;
  /** The SHA-256 of the raw text the article was imported from (imported articles only). */
  sha256?: string;
  /** The version of the importer that wrote the article (imported articles only). */
  importer?: string;
  /** The Internet Archive's copy of the source page nearest the publication, when the source URL is known. */
  archiveUrl?: string;
}

/**
 * The provenance facts of an article: its source and licence, its import record
 * when the importer wrote it, and the Wayback Machine's copy of the source page
 * at the publication instant when the source's URL is known.
 * @example provenanceOf({ source: { name: 'Akorda' } }, 0) // { sourceName: 'Akorda' }
 */
export function provenanceOf(
  data: Pick<ArticleData, 'source' | 'provenance'>,
  publishedEpochMs: number,
): ProvenanceFacts {
  const facts: ProvenanceFacts = { sourceName: data.source.name };
  if (data.source.url) {
    facts.sourceUrl = data.source.url;
    facts.archiveUrl = waybackUrl(data.source.url, publishedEpochMs);
  }
  if (data.source.licence) facts.licence = data.source.licence;
  if (data.provenance) {
    facts.sha256 = data.provenance.sha256;
    facts.importer = data.provenance.importer;
  }
  return facts;
}
