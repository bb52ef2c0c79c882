/**
 * The CSL-JSON item of an article, apart from citation.ts: the build makes the
 * items of every article on its main thread to look them up in the citation
 * cache, and the worker threads load citeproc-js and Citation.js to cite them.
 */
import type { CslItem } from '@citation-js/core';
import type { Article } from './archive';
import { citationKey } from './bibtex';
import { collapseWhiteSpace } from './text';

/**
 * The CSL-JSON item of an article: a newspaper article titled as published, in
 * the source as container, dated as the source dated it, at the archive's
 * permanent URL. A byline is kept as written (`literal`): the archive does not
 * guess which part of a name is the family name. Its id is the article's
 * citation key (`citationKey`), the BibTeX key of the page and of the export.
 * Titles and names are given on one line ({@link collapseWhiteSpace}), as the
 * BibTeX writer gives them: citeproc-js's title case loses the word after a
 * line break ("The talks\nended well" became “The Talks Well.”).
 */
export function toCslItem(article: Article, permanentUrl: string): CslItem {
  const { data, published } = article;
  const item: CslItem = {
    id: citationKey(article.slug, published.year, published.month),
    type: 'article-newspaper',
    title: collapseWhiteSpace(article.title),
    'container-title': collapseWhiteSpace(data.source.name),
    issued: { 'date-parts': [[published.year, published.month, published.day]] },
    URL: permanentUrl,
    language: data.lang,
  };
  if (data.author) item.author = [{ literal: collapseWhiteSpace(data.author) }];
  return item;
}
