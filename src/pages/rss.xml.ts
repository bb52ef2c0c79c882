import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/articles';
import { feedOptions, siteFeedSpec } from '../lib/feeds';
import { paths } from '../lib/paths';

/** The site feed: the newest articles of the whole archive. */
export const GET: APIRoute = async ({ site, url }) => {
  const archive = await getArchive();
  return rss(feedOptions(siteFeedSpec(archive.articles, paths), site ?? url.origin));
};
