import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../build/content';
import type { Country } from '../../../model/archive';
import { countryFeedSpec, feedOptions } from '../../../routes/feeds';
import { paths } from '../../../routes/paths';
import { countriesWithArticles } from '../../../routes/routes';

export const getStaticPaths = (async () => {
  // Only for those that articles name: an entry without articles has no page and no feed.
  return countriesWithArticles({ archive: await getArchive() }).map((country) => ({
    params: { id: country.id },
    props: { country },
  }));
}) satisfies GetStaticPaths;

/** One country's feed: the newest articles involving it. */
export const GET: APIRoute<{ country: Country }> = async ({ props, site, url }) => {
  const archive = await getArchive();
  const spec = countryFeedSpec(props.country, archive.byCountry.get(props.country.id) ?? [], paths);
  return rss(feedOptions(spec, site ?? url.origin));
};
