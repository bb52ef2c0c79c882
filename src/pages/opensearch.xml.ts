import type { APIRoute } from 'astro';
import { openSearchXml } from '../routes/meta';
import { absoluteUrl, paths } from '../routes/paths';
import { SITE } from '../model/site';

/** The OpenSearch description every page links to: browsers offer the archive's search from it. */
export const GET: APIRoute = ({ site, url }) => {
  const origin = site ?? url.origin;
  const xml = openSearchXml({
    shortName: SITE.name,
    description: SITE.description,
    searchUrl: absoluteUrl(paths.search(), origin),
    selfUrl: absoluteUrl(paths.openSearch(), origin),
    iconUrl: absoluteUrl(paths.asset('favicon.svg'), origin),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
