import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './build/article-loader';
import { countrySchema, makeArticleSchema, makeLeaderSchema } from './lib/schema';
import { resolveContentDir } from './lib/env';

const contentDir = resolveContentDir(process.env.ARCHIVE_CONTENT_DIR);

/**
 * News articles: Markdown by default, MDX for the few that need components. The
 * store keeps neither their Markdown (`retainBody`: the build's safety check reads
 * it from the files, src/lib/articles.ts) nor their HTML (in files of the build
 * cache, see src/build/article-loader.ts): only their front matter.
 */
const articles = defineCollection({
  loader: articleLoader({ pattern: '**/[^_]*.{md,mdx}', base: `${contentDir}/articles`, retainBody: false }),
  schema: makeArticleSchema((collection) => reference(collection)),
});

/** The people the articles involve, one YAML file each. */
const leaders = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${contentDir}/leaders` }),
  schema: makeLeaderSchema((collection) => reference(collection)),
});

/** The countries the articles involve, one YAML file each. */
const countries = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${contentDir}/countries` }),
  schema: countrySchema,
});

export const collections = { articles, leaders, countries };
