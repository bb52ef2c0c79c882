import type { APIRoute } from 'astro';
import { getArchive } from '../build/content';
import { feedOptions, rssResponse, siteFeedSpec } from '../routes/feeds';
import { paths } from '../routes/paths';

/** The site feed: the newest articles of the whole archive. */
export const GET: APIRoute = async ({ site, url }) => {
  const archive = await getArchive();
  return rssResponse(feedOptions(siteFeedSpec(archive.articles, paths), site ?? url.origin));
};
