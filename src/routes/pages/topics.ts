/** Topics: the index of the sources' tags (`/tags/`) and each tag's articles (`/tags/<slug>/`). */
import type { Locale } from '../../i18n';
import { paginate } from '../../model/pagination';
import {
  pageHead,
  pagedTitle,
  trail,
  type PageHead,
  type RouteContext,
  type Lazy,
  type StaticRoute,
} from '../context';
import { textLang } from '../cards';
import { listingBody, trailOf, type ListingRoute } from '../listing';
import { pageSegment } from '../paths';
import { entityTable, type EntityTable } from './entities';

/** A tag's `lang`, when its name is not in the page's language. */
const langOf = (lang: string, locale: Locale): { lang?: string } => {
  const t = textLang(lang, locale);
  return t.lang ? { lang: t.lang } : {};
};

/** The topics' index: every tag with its count, most used first. */
export interface TopicsRoute {
  head: PageHead;
  heading: string;
  lede: string;
  table: EntityTable;
}

/** The topics' index page. */
export function topicsRoute(ctx: RouteContext): TopicsRoute {
  const { archive, locale, paths } = ctx;
  const title = locale.t('topics.title');
  const description = locale.t('topics.description');
  const rows = [...archive.byTag]
    .map(([slug, group]) => ({
      href: paths.tag(slug),
      name: group.name,
      ...langOf(group.lang, locale),
      count: group.articles.length,
    }))
    .sort((a, b) => b.count - a.count || locale.compare(a.name, b.name));
  return {
    head: pageHead(ctx, { in: (p) => p.tags(), title, description }),
    heading: title,
    lede: description,
    table: entityTable(ctx, rows, title),
  };
}

/** Every page of every topic's listing. */
export function topicRoutes(ctx: RouteContext): StaticRoute<{ route: Lazy<ListingRoute> }>[] {
  const { archive, locale, paths, keys } = ctx;
  return [...archive.byTag].flatMap(([slug, group]) => {
    const lang = langOf(group.lang, locale);
    const hrefOf = (n: number): string => paths.tag(slug, n);
    return paginate(group.articles, ctx.pageSize).map((page) => {
      // Computed when its page is rendered: a build holds one page's route data at a time.
      const route = (): ListingRoute => {
        const route: ListingRoute = {
          head: pageHead(ctx, {
            in: (p) => p.tag(slug, page.number),
            title: pagedTitle(locale, locale.t('topic.title', { name: group.name }), page.number),
            description: locale.t('topic.description', { name: group.name }),
          }),
          trail: trailOf(
            ctx,
            trail(
              ctx,
              { label: locale.t('crumb.topics'), href: paths.tags() },
              { label: group.name, ...lang },
            ),
          ),
          heading: group.name,
          ...(lang.lang && { headingLang: lang.lang }),
          lede: locale.plural('topic.lede', page.count),
          ...listingBody(ctx, page, hrefOf),
        };
        return route;
      };
      return {
        params: { slug, page: pageSegment(page.number) },
        props: { route },
        cacheKey: keys.listing(page, locale.code, slug, group.name),
      };
    });
  });
}
