/**
 * Shared fixtures of the model's tests: the URLs a test archive resolves with
 * (the site at the root of the default origin), as the build hands them, and
 * article entries made through the real schema (leaders: ./leaders.ts).
 */
import type { ArticleEntryLike } from '../../src/model/archive';
import { DEFAULT_SITE_URL } from '../../src/model/env';
import { articleSchema, type ArticleInput } from '../../src/model/schema';
import type { UrlContext } from '../../src/model/urls';
import { createPaths } from '../../src/routes/paths';

/** The URL context of a site at the root of `http://localhost:4321`. */
export const URLS: UrlContext = { paths: createPaths('/'), site: DEFAULT_SITE_URL };

/**
 * An article entry made through the real schema, as the content layer gives
 * one: what a test leaves out is a plain report of 1 January 2021 from Kazinform,
 * titled and summarised after its id.
 */
export function articleEntry(id: string, data: Partial<ArticleInput> = {}, body = 'Text.'): ArticleEntryLike {
  const parsed = articleSchema.parse({
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    source: { name: 'Kazinform' },
    kind: 'report',
    published: '2021-01-01',
    ...data,
  });
  return { id, filePath: `content/articles/${id}.md`, body, data: parsed };
}
