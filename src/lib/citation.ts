/**
 * "Cite this article": APA, Chicago and BibTeX, generated at build time by
 * Citation.js (citeproc-js with the official CSL styles) from one CSL-JSON item,
 * so that the three never disagree and no format is hand-written.
 */
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import chicagoPackage from '@citation/csl-style-chicago-fullnote-bibliography';
import type { Article } from './archive';

/** The Chicago Manual of Style (17th edition, notes and bibliography) from the CSL project. */
const CHICAGO = 'chicago-fullnote-bibliography';

// The style package is CommonJS with an `exports.default`; depending on the loader
// its default import is either the style or the module object around it.
const chicagoStyle: { content: string } =
  'content' in chicagoPackage ? chicagoPackage : (chicagoPackage as { default: { content: string } }).default;

const csl = plugins.config.get('@csl');
if (!csl.styles.has(CHICAGO)) csl.styles.add(CHICAGO, chicagoStyle.content);

// Keep names and titles in their own script (Cyrillic, Kazakh): the ASCII-only
// default would drop every letter it cannot transliterate. LaTeX's special
// characters are escaped in `toBibtexItem` instead. Entry keys are the item ids.
const bibtex = plugins.config.get('@bibtex');
bibtex.format.asciiOnly = false;
bibtex.format.useIdAsLabel = true;

/** An article cited three ways. */
export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

/**
 * The CSL-JSON item of an article: a newspaper article titled as published, in
 * the source as container, dated as the source dated it, at the archive's
 * permanent URL. A byline is kept as written (`literal`): the archive does not
 * guess which part of a name is the family name.
 */
export function toCslItem(article: Article, permanentUrl: string): CslItem {
  const { data, published } = article;
  const item: CslItem = {
    id: `${article.slug}-${published.year}`,
    type: 'article-newspaper',
    title: article.title,
    'container-title': data.source.name,
    issued: { 'date-parts': [[published.year, published.month, published.day]] },
    URL: permanentUrl,
    language: data.lang,
  };
  if (data.author) item.author = [{ literal: data.author }];
  return item;
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
 * The article's citations in APA (7th edition), Chicago (notes and
 * bibliography) and BibTeX.
 */
export function citeArticle(article: Article, permanentUrl: string): Citations {
  return formatCitations(toCslItem(article, permanentUrl));
}

/** The three citations of one CSL-JSON item (see {@link toCslItem}). */
export function formatCitations(item: CslItem): Citations {
  const cite = new Cite([item]);
  // One item: its bibliography has no order to sort (citeproc's sort keys cost a fifth of its time).
  const bibliography = (template: string): string =>
    cite.format('bibliography', { format: 'text', template, lang: 'en-US', nosort: true }).trim();
  return {
    apa: bibliography('apa'),
    chicago: bibliography(CHICAGO),
    bibtex: new Cite([toBibtexItem(item)]).format('bibtex').trim(),
  };
}
