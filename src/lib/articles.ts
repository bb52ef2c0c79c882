/**
 * Loads the content once per build and shares the derived lists. Pages, feeds
 * and the search page import from here and never call `getCollection` themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, findContentErrors, articleSlug, type ArchiveModel, type Article } from './archive';
import { parsePublished } from './dates';
import { paths } from './paths';

/** An article entry of the `articles` collection. */
export type ArticleEntry = CollectionEntry<'articles'>;
/** An article of this site, with its entry for `render()`. */
export type SiteArticle = Article<ArticleEntry>;

let loading: Promise<ArchiveModel<ArticleEntry>> | undefined;

async function load(): Promise<ArchiveModel<ArticleEntry>> {
  const [articles, leaders, countries] = await Promise.all([
    getCollection('articles'),
    getCollection('leaders'),
    getCollection('countries'),
  ]);
  const errors = findContentErrors(articles, leaders, countries, (a) =>
    paths.article({ slug: articleSlug(a.id), published: parsePublished(a.data.published) }),
  );
  if (errors.length > 0) {
    throw new Error(`The archive's content has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  }
  return buildArchive(articles, leaders, countries);
}

/** The archive model, loaded and checked once per build. */
export function getArchive(): Promise<ArchiveModel<ArticleEntry>> {
  loading ??= load();
  return loading;
}
