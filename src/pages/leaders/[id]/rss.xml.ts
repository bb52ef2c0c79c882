import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/articles';
import type { Leader } from '../../../lib/archive';
import { feedOptions, leaderFeedSpec } from '../../../lib/feeds';
import { paths } from '../../../lib/paths';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.leaders.map((leader) => ({ params: { id: leader.id }, props: { leader } }));
}) satisfies GetStaticPaths;

/** One leader's feed: the newest articles involving them. */
export const GET: APIRoute<{ leader: Leader }> = async ({ props, site, url }) => {
  const archive = await getArchive();
  const spec = leaderFeedSpec(props.leader, archive.byLeader.get(props.leader.id) ?? [], paths);
  return rss(feedOptions(spec, site ?? url.origin, paths));
};
