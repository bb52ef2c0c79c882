/** The home page: the newest articles first, 50 a page (`/`, `/page/2/`). */
import { paginate } from '../../model/pagination';
import { pageHead, pagedTitle, type RouteContext, type Lazy, type StaticRoute } from '../context';
import { listingBody, type ListingRoute } from '../listing';
import { pageSegment } from '../paths';

/** Every page of the newest-first listing. */
export function homeRoutes(ctx: RouteContext): StaticRoute<{ route: Lazy<ListingRoute> }>[] {
  const { archive, locale, paths, keys } = ctx;
  return paginate(archive.articles, ctx.pageSize).map((page) => {
    const site = locale.t('site.name');
    const heading = locale.t('home.heading');
    // Computed when its page is rendered: a build holds one page's route data at a time.
    const route = (): ListingRoute => {
      const route: ListingRoute = {
        head: pageHead(ctx, {
          in: (p) => p.home(page.number),
          title: page.number === 1 ? site : locale.t('home.pagedTitle', { page: locale.number(page.number) }),
        }),
        heading: page.number === 1 ? heading : pagedTitle(locale, heading, page.number),
        lede: locale.t('site.tagline'),
        ...listingBody(ctx, page, paths.home),
      };
      return route;
    };
    return {
      params: { page: pageSegment(page.number) },
      props: { route },
      cacheKey: keys.listing(page, locale.code),
    };
  });
}
