/**
 * Types for the parts of Citation.js the site uses (the packages ship none).
 * See https://citation.js.org/api/0.7/
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
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
      };
      get(name: '@bibtex'): {
        format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean };
      };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
