/**
 * The archive by date: the index of years and months (`/archive/`), a year's
 * months (`/archive/2021/`) and a month's articles (`/archive/2021/05/`).
 */
import { monthKey, type ArchiveYear } from '../../model/archive';
import { pad2 } from '../../model/calendar';
import { paginate } from '../../model/pagination';
import {
  dateTrail,
  pageHead,
  pagedTitle,
  type PageHead,
  type RouteContext,
  type Lazy,
  type StaticRoute,
} from '../context';
import { listingBody, trailOf, type ListingRoute, type Trail } from '../listing';
import { pageSegment } from '../paths';

/** A linked label with a count beside it: a year or a month of the archive. */
export interface CountLink {
  href: string;
  label: string;
  count: number;
}

/** The index of the archive: every year with its months. */
export interface ArchiveIndexRoute {
  head: PageHead;
  heading: string;
  lede: string;
  years: { id: string; year: CountLink; months: CountLink[] }[];
}

/** A year of the archive: its months. */
export interface ArchiveYearRoute {
  head: PageHead;
  trail: Trail;
  heading: string;
  lede: string;
  months: CountLink[];
}

/** The archive's index page. */
export function archiveIndexRoute(ctx: RouteContext): ArchiveIndexRoute {
  const { archive, locale, paths } = ctx;
  const title = locale.t('archive.title');
  return {
    head: pageHead(ctx, { in: (p) => p.archive(), title, description: locale.t('archive.description') }),
    heading: title,
    lede: locale.plural('archive.lede', archive.articles.length),
    years: archive.years.map((y) => ({
      id: `y${y.year}`,
      year: { href: paths.archiveYear(y.year), label: String(y.year), count: y.count },
      months: y.months.map((m) => ({
        href: paths.archiveMonth(y.year, m.month),
        label: locale.monthName(m.month, 'alone'),
        count: m.count,
      })),
    })),
  };
}

/** Every year's page. */
export function archiveYearRoutes(ctx: RouteContext): StaticRoute<{ route: ArchiveYearRoute }>[] {
  const { archive, locale, paths } = ctx;
  return archive.years.map((year: ArchiveYear) => ({
    params: { year: String(year.year) },
    props: {
      route: {
        head: pageHead(ctx, {
          in: (p) => p.archiveYear(year.year),
          title: locale.t('year.title', { year: year.year }),
          description: locale.t('year.description', { year: year.year }),
        }),
        trail: trailOf(ctx, dateTrail(ctx, { year: year.year })),
        heading: String(year.year),
        lede: locale.plural('year.lede', year.count),
        months: year.months.map((m) => ({
          href: paths.archiveMonth(year.year, m.month),
          label: locale.month(year.year, m.month, 'alone'),
          count: m.count,
        })),
      },
    },
  }));
}

/** Every page of every month's listing. */
export function archiveMonthRoutes(ctx: RouteContext): StaticRoute<{ route: Lazy<ListingRoute> }>[] {
  const { archive, locale, paths, keys } = ctx;
  return archive.years.flatMap(({ year, months }) =>
    months.flatMap(({ month }) => {
      // In the heading alone («Май 2021 г.»), within the title's and description's sentences as written there.
      const label = locale.month(year, month);
      const heading = locale.month(year, month, 'alone');
      const hrefOf = (n: number): string => paths.archiveMonth(year, month, n);
      return paginate(archive.byMonth.get(monthKey(year, month)) ?? [], ctx.pageSize).map((page) => {
        // Computed when its page is rendered: a build holds one page's route data at a time.
        const route = (): ListingRoute => {
          const route: ListingRoute = {
            head: pageHead(ctx, {
              in: (p) => p.archiveMonth(year, month, page.number),
              title: pagedTitle(locale, locale.t('month.title', { month: label }), page.number),
              description: locale.t('month.description', { month: label }),
            }),
            trail: trailOf(ctx, dateTrail(ctx, { year, month })),
            heading,
            lede: locale.plural('month.lede', page.count),
            ...listingBody(ctx, page, hrefOf),
          };
          return route;
        };
        return {
          params: { year: String(year), month: pad2(month), page: pageSegment(page.number) },
          props: { route },
          cacheKey: keys.listing(page, locale.code, year, month),
        };
      });
    }),
  );
}
