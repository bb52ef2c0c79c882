/**
 * What the model needs of the site's URLs. The URLs themselves are built in one
 * module, src/routes/paths.ts, which the build hands the model (see
 * `buildArchive`); the model names only the shape, so it imports nothing above it.
 */

/** What an article's URL is made of. */
export interface ArticleUrlParts {
  /** The last URL segment (the article's file name). */
  slug: string;
  /** The publication date in the source's zone. */
  published: { year: number; month: number };
}

/** The URLs the archive model resolves once per article. */
export interface ArchiveUrls {
  article(parts: ArticleUrlParts): string;
  leader(id: string): string;
  country(id: string): string;
}

/** Where the archive's URLs point: the base path's URL builder and the site origin (`SITE_URL`). */
export interface UrlContext {
  paths: ArchiveUrls;
  site: string | URL;
}

/** Makes a site path absolute against `SITE_URL`. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
