/**
 * "Cite this article": APA, Chicago and BibTeX, generated at build time from
 * one CSL-JSON item by citeproc-js with the official CSL styles (as packaged by
 * Citation.js) and by Citation.js's BibTeX output, so that the three never
 * disagree and no format is hand-written.
 */
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import chicagoPackage from '@citation/csl-style-chicago-fullnote-bibliography';
import CSL from 'citeproc';

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

// Keep names and titles in their own script (Cyrillic, Kazakh): the ASCII-only
// default would drop every letter it cannot transliterate. LaTeX's special
// characters are escaped in `toBibtexItem` instead. Entry keys are the item ids.
const bibtex = plugins.config.get('@bibtex');
bibtex.format.asciiOnly = false;
bibtex.format.useIdAsLabel = true;

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

  /** The item's bibliography entry. */
  format(item: CslItem): string {
    this.#item = item;
    try {
      this.#engine.updateItems([item.id], true);
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
 * Escapes LaTeX's special characters.
 * @example escapeLatex('Q&A 50%') // 'Q\\&A 50\\%'
 */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

function toBibtexItem(item: CslItem): CslItem {
  const escaped: CslItem = { ...item, title: escapeLatex(item.title) };
  if (item['container-title']) escaped['container-title'] = escapeLatex(item['container-title']);
  if (item.author) {
    escaped.author = item.author.map((name) =>
      'literal' in name ? { literal: escapeLatex(name.literal) } : name,
    );
  }
  return escaped;
}

/**
 * The three citations of one CSL-JSON item (an article's: `toCslItem` in
 * csl-item.ts): APA (7th edition), Chicago (notes and bibliography) and BibTeX.
 */
export function formatCitations(item: CslItem): Citations {
  return {
    apa: bibliographyEntry(STYLES[0], item),
    chicago: bibliographyEntry(STYLES[1], item),
    bibtex: new Cite([toBibtexItem(item)]).format('bibtex').trim(),
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
