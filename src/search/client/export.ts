/**
 * The export of a search's results, loaded by the search page only when the
 * reader presses an export button: fetches the record of every result (not
 * only those on screen), turns each into an {@link ExportRecord} and hands the
 * file to the browser as a download.
 */
import { EXPORT_FORMATS, type ExportRecord } from '../export';
import { displayValue } from '../filters';
import { SITE } from '../../model/site';
import type { PagefindResultData, SearchResults } from './pagefind';
import { searchedValue } from '../meta';

/** Records fetched at once. */
const CONCURRENCY = 8;

const byName = (values: readonly string[] | undefined): string[] =>
  [...(values ?? [])].sort((a, b) => a.localeCompare(b, 'en'));

/** What an export writes of one result's index record; `site` is the site's origin. */
export function exportRecord(data: PagefindResultData, site: string): ExportRecord {
  const author = data.meta['author'];
  return {
    title: data.meta['title'] ?? '',
    authors: author ? [author] : [],
    published: searchedValue(data.meta['datetime']) ?? '',
    source: data.meta['source'] ?? '',
    kind: (data.filters['kind'] ?? []).map((kind) => displayValue('kind', kind)).join(', '),
    leaders: byName(data.filters['leader']),
    countries: byName(data.filters['country']),
    language: data.filters['language']?.[0] ?? '',
    lang: searchedValue(data.meta['lang']) ?? '',
    url: new URL(data.url, site).href,
  };
}

/**
 * Fetches every result's record, in the search's order, a few at a time, and
 * downloads the file of `format`. Returns how many records it holds.
 */
export async function exportResults(
  found: SearchResults,
  format: string,
  { site, searchUrl }: { site: string; searchUrl: string },
): Promise<{ count: number; label: string }> {
  const writer = EXPORT_FORMATS.find((f) => f.key === format);
  if (!writer) throw new Error(`unknown export format "${format}"`);
  const results = await found.all();
  const records: ExportRecord[] = new Array<ExportRecord>(results.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < results.length; i = next++) {
      records[i] = exportRecord(await results[i]!.data(), site);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const text = writer.write(records, { siteName: SITE.name, searchUrl });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: `${writer.type};charset=utf-8` }));
  link.download = `search-results.${writer.extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return { count: records.length, label: writer.label };
}
