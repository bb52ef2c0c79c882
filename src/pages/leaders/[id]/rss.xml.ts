import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../build/content';
import type { Leader } from '../../../model/archive';
import { feedOptions, leaderFeedSpec } from '../../../routes/feeds';
import { paths } from '../../../routes/paths';
import { leadersWithArticles } from '../../../routes/routes';

export const getStaticPaths = (async () => {
  // Only for those that articles name: an entry without articles has no page and no feed.
  return leadersWithArticles({ archive: await getArchive() }).map((leader) => ({
    params: { id: leader.id },
    props: { leader },
  }));
}) satisfies GetStaticPaths;

/** One leader's feed: the newest articles involving them. */
export const GET: APIRoute<{ leader: Leader }> = async ({ props, site, url }) => {
  const archive = await getArchive();
  const spec = leaderFeedSpec(props.leader, archive.byLeader.get(props.leader.id) ?? [], paths);
  return rss(feedOptions(spec, site ?? url.origin));
};
