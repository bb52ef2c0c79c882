/**
 * The one form of a line of text that every output shares: the schema gives
 * titles and names in it, and the search's URL state, the BibTeX writer and the
 * citations read and write text in it. No imports: the search page's browser
 * bundle uses it (src/search/url-state.ts), and the citation worker loads it on
 * Node (bibtex.ts).
 */

/**
 * A line of text with every run of white space (line breaks, tabs, no-break
 * and ideographic spaces…) as one space, and none at either end. Pagefind
 * collapses white space in the values of its filters and metadata, and HTML in
 * what it shows: text in this form is read back the same by the search index,
 * its menus, the URL of a search and every export.
 * @example collapseWhiteSpace(' Kazinform \n\u00a0News ') // 'Kazinform News'
 */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The longest name the archive takes as a value of a search filter (a source,
 * a leader, a country), in characters: the schema refuses a longer one, and
 * the search reads a filter value from a URL up to this length, so that every
 * name a menu offers is read whole from its link.
 */
export const MAX_NAME_LENGTH = 200;
