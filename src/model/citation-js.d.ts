/**
 * Types for the parts of Citation.js and citeproc-js the site uses (the packages ship none).
 * See https://citation.js.org/api/0.7/ and https://citeproc-js.readthedocs.io/en/latest/running.html
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item; see https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html */
  export interface CslItem {
    id: string;
    type: string;
    title: string;
    'container-title'?: string;
    author?: ({ literal: string } | { family: string; given?: string })[];
    issued?: { 'date-parts': [[number, number?, number?]] };
    URL?: string;
    language?: string;
    publisher?: string;
    'citation-key'?: string;
  }

  export interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
    /** Skip sorting the bibliography's entries (citeproc's sort keys): nothing to sort in a one-item bibliography. */
    nosort?: boolean;
  }

  export class Cite {
    constructor(data: CslItem | CslItem[]);
    format(
      format: 'bibliography' | 'citation' | 'bibtex' | 'biblatex' | 'data',
      options?: FormatOptions,
    ): string;
  }

  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: {
          add(name: string, xml: string): void;
          has(name: string): boolean;
          get(name: string): string | undefined;
        };
        locales: { get(lang: string): string | undefined };
      };
      get(name: '@bibtex'): {
        format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean };
      };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';

declare module 'citeproc' {
  import type { CslItem } from '@citation-js/core';

  namespace CSL {
    /** What the engine asks its host for: items by id, and locales (CSL locale XML) by tag. */
    interface Sys {
      retrieveItem(id: string): CslItem;
      retrieveLocale(lang: string): string | object;
    }

    /** A processor for one style. */
    class Engine {
      constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
      setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
      /** Puts exactly these items in the registry, in this order when `nosort` is set. */
      updateItems(ids: string[], nosort?: boolean): string[];
      /** The bibliography of the registry: its formatting parameters and one string per entry. */
      makeBibliography(): [params: object, entries: string[]];
      registry: { setsortkeys(): void };
      disambiguate: { run(key: string): void };
    }

    /** citeproc-js's reader of a parsed style: the style as a tree of plain objects. */
    class XmlJSON {
      dataObj: object;
      /** The nodes under `tree` named `name` (with `name="nameAttribute"` if given), in document order, added to `found`. */
      getNodesByName(tree: object, name: string, nameAttribute?: string, found?: object[]): object[];
    }
  }

  const CSL: { Engine: typeof CSL.Engine; XmlJSON: typeof CSL.XmlJSON };
  export default CSL;
}
