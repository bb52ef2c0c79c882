import { defineCollection, reference } from 'astro:content';
import { articleLoader } from './build/article-loader';
import { countryLoader } from './build/country-loader';
import { leaderLoader } from './build/leader-loader';
import { countrySchema, makeArticleSchema, makeLeaderSchema } from './model/schema';
import { resolveContentDir } from './model/env';

const contentDir = resolveContentDir(process.env.ARCHIVE_CONTENT_DIR);

/**
 * News articles: Markdown by default, MDX for the few that need components
 * (`.md` and `.mdx` files whose names do not start with `_` or `.`; the loader
 * reports every other file of the folder). The store keeps neither their
 * Markdown (the build's safety check reads it from the files, src/build/content.ts)
 * nor their HTML (sanitised, in files of the build cache, see
 * src/build/article-loader.ts): only their front matter.
 */
const articles = defineCollection({
  loader: articleLoader({ base: `${contentDir}/articles` }),
  schema: makeArticleSchema((collection) => reference(collection)),
});

/**
 * The people the articles involve, one YAML file each, `<id>.yaml`; the loader
 * names every file it refuses at once (src/build/leader-loader.ts).
 */
const leaders = defineCollection({
  loader: leaderLoader({ base: `${contentDir}/leaders` }),
  schema: makeLeaderSchema((collection) => reference(collection)),
});

/**
 * Every country of ISO 3166-1, named from CLDR; a YAML file in `countries/` adds
 * demonyms and other names (src/build/country-loader.ts). Only countries with
 * articles get pages (src/model/archive.ts).
 */
const countries = defineCollection({
  loader: countryLoader({ base: `${contentDir}/countries` }),
  schema: countrySchema,
});

export const collections = { articles, leaders, countries };
