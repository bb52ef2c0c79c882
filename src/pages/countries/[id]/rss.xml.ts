import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/articles';
import type { Country } from '../../../lib/archive';
import { countryFeedSpec, feedOptions } from '../../../lib/feeds';
import { paths } from '../../../lib/paths';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.countries.map((country) => ({ params: { id: country.id }, props: { country } }));
}) satisfies GetStaticPaths;

/** One country's feed: the newest articles involving it. */
export const GET: APIRoute<{ country: Country }> = async ({ props, site, url }) => {
  const archive = await getArchive();
  const spec = countryFeedSpec(props.country, archive.byCountry.get(props.country.id) ?? [], paths);
  return rss(feedOptions(spec, site ?? url.origin, paths));
};
