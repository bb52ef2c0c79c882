/**
 * "Cite this article": APA, Chicago and BibTeX, generated at build time from
 * one CSL-JSON item: APA and Chicago by citeproc-js with the official CSL styles
 * (as packaged by Citation.js), BibTeX by the archive's BibTeX writer
 * (bibtex.ts), the one the search's export uses, so that an article has one
 * citation key everywhere, its date as biblatex reads it and braces that
 * balance whatever its title holds.
 */
import { plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicagoPackage from '@citation/csl-style-chicago-fullnote-bibliography';
import CSL from 'citeproc';
// With its extension: the citation worker runs this file on Node, which resolves no bare paths.
import { bibtexEntry } from './bibtex.ts';

/** The Chicago Manual of Style (17th edition, notes and bibliography) from the CSL project. */
const CHICAGO = 'chicago-fullnote-bibliography';
/** The locale every citation is written in. */
const LOCALE = 'en-US';

// The style package is CommonJS with an `exports.default`; depending on the loader
// its default import is either the style or the module object around it.
const chicagoStyle: { content: string } =
  'content' in chicagoPackage ? chicagoPackage : (chicagoPackage as { default: { content: string } }).default;

/**
 * citeproc-js finds a macro by walking the whole style for it each time the
 * style calls it, hundreds of times while it compiles a style: a third of the
 * time a worker takes to load the two styles. The nodes it finds for a macro
 * name in a style are kept, by style tree, and given again; citeproc never adds
 * or removes a macro once the style is parsed, and every other search walks the
 * tree as before.
 */
const xmlJson = CSL.XmlJSON.prototype;
const findNodes = xmlJson.getNodesByName;
const macrosFound = new WeakMap<object, Map<string, object[]>>();
xmlJson.getNodesByName = function (this: CSL.XmlJSON, tree, name, nameAttribute, found) {
  if (name !== 'macro' || !nameAttribute || found || tree !== this.dataObj || typeof tree !== 'object') {
    return findNodes.call(this, tree, name, nameAttribute, found);
  }
  let byName = macrosFound.get(tree);
  if (!byName) macrosFound.set(tree, (byName = new Map()));
  let nodes = byName.get(nameAttribute);
  if (!nodes) byName.set(nameAttribute, (nodes = findNodes.call(this, tree, name, nameAttribute)));
  return [...nodes];
};

const csl = plugins.config.get('@csl');
if (!csl.styles.has(CHICAGO)) csl.styles.add(CHICAGO, chicagoStyle.content);

/** A style's in-text citation element (CSL has exactly one, never nested). */
const CITATION_ELEMENT = /<citation\b[^>]*>[\s\S]*?<\/citation>/g;

/**
 * The style with its in-text citation layout replaced by a one-line one, its
 * bibliography unchanged. citeproc-js compiles every layout of a style when it
 * loads it, and the archive writes bibliography entries only: APA's in-text
 * layout, with its disambiguation rules, is half of APA's load time. Nothing of
 * the `<citation>` element reaches a bibliography entry (its options are the
 * in-text citation's own; tests/model/citation.test.ts compares the entries with
 * those Citation.js writes from the whole style).
 */
export function bibliographyOnly(xml: string, style: string): string {
  const found = xml.match(CITATION_ELEMENT) ?? [];
  if (found.length !== 1) {
    throw new Error(`CSL style "${style}": expected one <citation> element, found ${found.length}`);
  }
  return xml.replace(CITATION_ELEMENT, '<citation><layout><text variable="title"/></layout></citation>');
}

/**
 * A citeproc-js engine for one style that writes the bibliography entry of one
 * item at a time, as plain text. Built once per style (building one compiles
 * the style, half a second or more) and reused for every item.
 *
 * Its registry only ever holds the item being cited, so two of citeproc's steps
 * have nothing to work on and are skipped: sorting (there is one entry) and
 * disambiguation (there is no other item to tell it apart from). They are about
 * a third of the cost of an entry; the text is the same (tests/model/citation.test.ts
 * compares it with Citation.js's own bibliography).
 */
class OneItemBibliography {
  readonly #engine: CSL.Engine;
  #item: CslItem | undefined;

  constructor(style: string) {
    const xml = csl.styles.get(style);
    if (xml === undefined) throw new Error(`no CSL style "${style}"`);
    const sys: CSL.Sys = {
      retrieveItem: (id) => {
        if (this.#item?.id !== id) throw new Error(`no item "${id}" to cite`);
        return this.#item;
      },
      retrieveLocale: (lang) => csl.locales.get(lang) ?? csl.locales.get(lang.replace('-', '_')) ?? {},
    };
    this.#engine = new CSL.Engine(sys, bibliographyOnly(xml, style), LOCALE, true);
    this.#engine.setOutputFormat('text');
    this.#engine.registry.setsortkeys = () => undefined;
    this.#engine.disambiguate.run = () => undefined;
  }

  /** Items cited so far: each is registered under a new id (see `format`). */
  #count = 0;

  /**
   * The item's bibliography entry. citeproc-js keeps what it retrieved of an
   * id and never asks again: under its own id, an item changed since (an
   * article edited while the dev server runs) or another item with the same
   * id would be cited with the first one's data. Each call registers the item
   * under an id of its own, which no entry shows.
   */
  format(item: CslItem): string {
    const cited = { ...item, id: `item-${++this.#count}` };
    this.#item = cited;
    try {
      this.#engine.updateItems([cited.id], true);
      const [, entries] = this.#engine.makeBibliography();
      return entries.join('').trim();
    } finally {
      this.#item = undefined;
    }
  }
}

const engines = new Map<string, OneItemBibliography>();

/** The styles every article is cited in, besides BibTeX. */
const STYLES = ['apa', CHICAGO] as const;

/** Builds the engine of every style now rather than at the first citation (a worker does it while it waits for work). */
export function prepareCitationStyles(): void {
  for (const style of STYLES) engineOf(style);
}

function engineOf(style: string): OneItemBibliography {
  let engine = engines.get(style);
  if (!engine) engines.set(style, (engine = new OneItemBibliography(style)));
  return engine;
}

/**
 * The bibliography entry of `item` in `style`, from that style's engine (built
 * on first use). An item citeproc cannot format leaves its engine in an unknown
 * state: the engine is dropped, and the next item gets a new one.
 */
function bibliographyEntry(style: string, item: CslItem): string {
  try {
    return engineOf(style).format(item);
  } catch (error) {
    engines.delete(style);
    throw error;
  }
}

/** An article cited three ways. */
export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

/**
 * The BibTeX entry of a CSL-JSON item (an article's), keyed by the item's id:
 * the article's citation key (`citationKey`).
 */
export function toBibtex(item: CslItem): string {
  const [year = 0, month = 1, day = 1] = item.issued?.['date-parts']?.[0] ?? [];
  return bibtexEntry({
    key: item.id,
    title: item.title ?? '',
    authors: (item.author ?? []).map((name) =>
      'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' '),
    ),
    source: item['container-title'] ?? '',
    date: [Number(year), Number(month), Number(day)],
    url: item.URL ?? '',
    ...(item.language ? { lang: item.language } : {}),
  }).trim();
}

/**
 * The three citations of one CSL-JSON item (an article's: `toCslItem` in
 * csl-item.ts): APA (7th edition), Chicago (notes and bibliography) and BibTeX.
 */
export function formatCitations(item: CslItem): Citations {
  return {
    apa: bibliographyEntry(STYLES[0], item),
    chicago: bibliographyEntry(STYLES[1], item),
    bibtex: toBibtex(item),
  };
}

/**
 * The citation formats an article page offers, in its order: names of
 * standards, the same in every language.
 */
export const CITATION_FORMATS = [
  { key: 'apa', label: 'APA' },
  { key: 'chicago', label: 'Chicago' },
  { key: 'bibtex', label: 'BibTeX' },
] as const satisfies readonly { key: keyof Citations; label: string }[];
