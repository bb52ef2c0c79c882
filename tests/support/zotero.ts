/**
 * What Zotero saves from a page, modelled on its own code so tests can assert
 * the item a reader would get:
 * - `readEmbeddedMetadata` follows the Embedded Metadata translator
 *   (zotero/translators, "Embedded Metadata.js": `init`, `addHighwireMetadata`,
 *   `addLowQualityMetadata`) and the RDF translator's `detectType`/`importItem`
 *   it hands Dublin Core, PRISM and OpenGraph statements to ("RDF.js");
 * - `parseCoins` follows `parseContextObject` (zotero/utilities, openurl.js),
 *   which the COinS translator calls for each `<span class="Z3988">`.
 * Only the fields and rules a news article touches are modelled.
 */
import type { CheerioAPI } from 'cheerio';

/** The fields of a saved Zotero item the tests look at. */
export interface ZoteroItem {
  itemType?: string | undefined;
  title?: string | undefined;
  creators: string[];
  date?: string | undefined;
  publicationTitle?: string | undefined;
  language?: string | undefined;
  url?: string | undefined;
  abstractNote?: string | undefined;
  rights?: string | undefined;
}

/** The Zotero item types a page can name in `DC.type` (those a news archive might use). */
const ITEM_TYPES = new Set(['newspaperArticle', 'magazineArticle', 'journalArticle', 'webpage', 'blogPost']);

/** The RDF prefixes the translator knows without a `<link rel="schema.X">`. */
const PREFIXES = new Set(['bib', 'bibo', 'dc', 'dcterms', 'prism', 'og', 'article', 'book', 'so']);

/** Reads a page's `<meta>` tags as Zotero's Embedded Metadata translator does. */
export function readEmbeddedMetadata($: CheerioAPI): ZoteroItem {
  const statements = new Map<string, string[]>();
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  $('meta').each((_, el) => {
    const tag = $(el).attr('name') ?? $(el).attr('property');
    const value = $(el).attr('content');
    if (!tag || !value) return;
    for (const name of tag.split(/\s+/)) {
      const parts = name.split(/[.:_]/);
      let prefix = parts.length > 2 ? parts[1]!.toLowerCase() : undefined;
      let prefixLength = parts.length > 2 ? parts[0]!.length + parts[1]!.length + 1 : 0;
      if (!prefix || !PREFIXES.has(prefix)) {
        prefix = parts[0]!.toLowerCase();
        prefixLength = parts[0]!.length;
      }
      if (PREFIXES.has(prefix)) {
        let prop = name.slice(prefixLength + 1);
        prop = prop.charAt(0).toLowerCase() + prop.slice(1);
        const key = `${prefix}:${prop}`;
        statements.set(key, [...(statements.get(key) ?? []), value]);
        continue;
      }
      switch (name.slice(name.lastIndexOf('citation_'))) {
        case 'citation_journal_title':
          hwType = 'journalArticle';
          break;
        case 'citation_technical_report_institution':
          hwType = 'report';
          break;
        case 'citation_conference_title':
        case 'citation_conference':
          hwType = 'conferencePaper';
          break;
        case 'citation_book_title':
        case 'citation_inbook_title':
          hwType = 'bookSection';
          break;
        case 'citation_dissertation_institution':
          hwType = 'thesis';
          break;
        case 'citation_title':
        case 'citation_series_title':
          hwTypeGuess ??= 'journalArticle';
          break;
        case 'citation_isbn':
          hwTypeGuess = 'book';
          break;
      }
    }
  });
  const first = (key: string): string | undefined => statements.get(key)?.[0];

  // RDF.js detectType: t.zotero || t.bib || t.prism || t.eprints || t.og || t.dc || t.so || default || guesses.
  const ogType = first('og:type');
  const og = ogType === 'website' ? 'webpage' : ogType === 'book' ? 'book' : undefined;
  const ogGuess = ogType === 'article' ? 'journalArticle' : undefined;
  const dcType = first('dc:type');
  const dc = dcType && ITEM_TYPES.has(dcType) ? dcType : undefined;
  const rdfType =
    statements.size > 0 ? (og ?? dc ?? hwTypeGuess ?? 'webpage') : (hwTypeGuess ?? ogGuess ?? undefined);
  const itemType = hwType ?? rdfType;

  // Highwire fields (processFields) override what RDF found; the head's meta tags only.
  const hw = (name: string): string | undefined =>
    $(`head > meta[name$="${name}"]`).first().attr('content')?.replace(/\s+/g, ' ').trim() || undefined;
  const authors = $(`head > meta[name$="citation_author"]`)
    .map((_, el) => $(el).attr('content') ?? '')
    .get()
    .flatMap((value) => value.split(/\s*;\s*/))
    .map((name) => name.trim())
    .filter((name) => /[^\s,-.;]/.test(name));

  const publicationTitle =
    hw('citation_journal_title') ??
    first('prism:publicationName') ??
    first('dc:source') ??
    (itemType === 'newspaperArticle' || itemType === 'webpage' ? first('og:site_name') : undefined);
  return {
    itemType,
    title: hw('citation_title') ?? first('dc:title') ?? first('og:title') ?? $('title').text(),
    creators: authors,
    date:
      hw('citation_date') ??
      hw('citation_publication_date') ??
      first('og:published_time') ??
      first('article:published_time') ??
      first('dc:date'),
    publicationTitle,
    language: hw('citation_language') ?? first('dc:language') ?? $('html').attr('lang'),
    url: hw('citation_public_url') ?? first('og:url') ?? $('head > link[rel="canonical"]').attr('href'),
    abstractNote:
      hw('citation_abstract') ?? first('dc:description') ?? $('meta[name="description"]').attr('content'),
    rights: first('dc:rights'),
  };
}

/** Reads an OpenURL ContextObject (a COinS `title`) as Zotero's `parseContextObject` does. */
export function parseCoins(co: string): ZoteroItem | undefined {
  const parts = co.split('&');
  const format = parts.find((p) => p.startsWith('rft_val_fmt='))?.slice('rft_val_fmt='.length);
  const formats: Record<string, string> = {
    'info:ofi/fmt:kev:mtx:journal': 'journalArticle',
    'info:ofi/fmt:kev:mtx:book': 'book',
    'info:ofi/fmt:kev:mtx:dc': 'webpage',
  };
  const start = format === undefined ? undefined : formats[decodeURIComponent(format)];
  if (!start) return undefined;
  const item: ZoteroItem = { itemType: start, creators: [] };
  for (const part of parts) {
    const [key, raw = ''] = part.split('=');
    // Zotero reads "+" (and an encoded "+") as a space.
    const value = decodeURIComponent(raw.replace(/\+|%2[bB]/g, ' '));
    if (!value) continue;
    const journalLike = ['journalArticle', 'bookSection', 'conferencePaper'].includes(item.itemType ?? '');
    if (key === 'rft.atitle' && journalLike) item.title = value;
    else if (key === 'rft.jtitle' && item.itemType === 'journalArticle') item.publicationTitle = value;
    else if (key === 'rft.title') {
      if (journalLike) item.publicationTitle = value;
      else item.title = value;
    } else if (key === 'rft.date') item.date = value;
    else if (key === 'rft.au' || key === 'rft.creator') item.creators.push(value);
    else if (key === 'rft.identifier' && /^https?:\/\//.test(value)) item.url = value;
    else if (key === 'rft.description') item.abstractNote = value;
    else if (key === 'rft.rights') item.rights = value;
    else if (key === 'rft.language') item.language = value;
    else if (key === 'rft.type' && ITEM_TYPES.has(value)) item.itemType = value;
    else if (key === 'rft.source') item.publicationTitle = value;
  }
  return item;
}
