import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../build/content';
import { entityFeedSpec, rssResponse } from '../../../routes/feeds';
import { paths, type EntitySide } from '../../../routes/paths';
import { entitiesWithPages } from '../../../routes/pages/entities';
import type { Country, Leader } from '../../../model/archive';

export const getStaticPaths = (async () => {
  // Only for those that articles name: an entry without articles has no page and no feed.
  const archive = await getArchive();
  return (['leaders', 'countries'] as const).flatMap((side) =>
    entitiesWithPages(archive, side).map((entity) => ({
      params: { side, id: entity.id },
      props: { side, entity },
    })),
  );
}) satisfies GetStaticPaths;

/** One leader's or country's feed: the newest articles involving them. */
export const GET: APIRoute<{ side: EntitySide; entity: Leader | Country }> = async ({ props, site, url }) => {
  const archive = await getArchive();
  return rssResponse(entityFeedSpec(props.side, props.entity, archive, paths, site ?? url.origin));
};
