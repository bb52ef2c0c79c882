import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../routes/paths';

/** Everything may be crawled; the sitemap is named with its absolute URL. */
export const GET: APIRoute = ({ site, url }) => {
  const sitemap = absoluteUrl(paths.sitemap(), site ?? url.origin);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
