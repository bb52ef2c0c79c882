/**
 * What every page's route data is computed from, and what every page gives its
 * layout. A build makes one {@link SiteContext} (the archive, its relations, the
 * cache keys, the site's address) and, from it, one {@link RouteContext} per
 * interface language: the same archive seen through that language's Locale and
 * URLs. Route modules (src/routes/pages/) take a RouteContext and return plain
 * objects; layouts and components only render them.
 */
import type { ArchiveModel, Article } from '../model/archive';
import type { CacheKeys } from '../model/cache-keys';
import { SITE } from '../model/site';
import type { Relations } from '../model/relations';
import type { Locale } from '../i18n';
import { frameOf, type Frame } from './frame';
import type { FeedRef } from './meta';
import { createPaths, type Paths } from './paths';
import type { Crumb } from './structured-data';

/** What a build computes once, whatever the interface language. */
export interface SiteContext {
  archive: ArchiveModel;
  relations: Relations<Article>;
  keys: CacheKeys<Article>;
  /** `SITE_URL`, for absolute URLs. */
  site: string | URL;
  /** `BASE_PATH`, normalised (`/` or `/archive`). */
  base: string;
  /** Articles per listing page. */
  pageSize: number;
}

/** The site seen in one interface language. */
export interface RouteContext extends SiteContext {
  locale: Locale;
  /** The site's URLs, the frame's pages in this language. */
  paths: Paths;
  /** The site's URLs for every interface language, to link a page's versions. */
  pathsIn: (prefix: string) => Paths;
}

/**
 * The context of one interface language.
 * @example routeContext(site, getLocale('ru')).paths.leaders() // "/ru/leaders/"
 */
export function routeContext(site: SiteContext, locale: Locale): RouteContext {
  const made = new Map<string, Paths>();
  const pathsIn = (prefix: string): Paths => {
    let paths = made.get(prefix);
    if (!paths) made.set(prefix, (paths = createPaths(site.base, prefix)));
    return paths;
  };
  return { ...site, locale, paths: pathsIn(locale.config.prefix), pathsIn };
}

/** What the `<head>` and the frame of a page show: BaseLayout renders it. */
export interface PageHead {
  /** The frame around the page, in its interface language. */
  frame: Frame;
  /** The page's own title, as OpenGraph gives it. */
  title: string;
  /** The `<title>`: the page's title and the site's name ({@link fullTitle}). */
  documentTitle: string;
  description: string;
  /** The interface language: `<html lang>`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Feeds of this page, offered before the site feed. */
  feeds: FeedRef[];
  /** Structured data for search engines. */
  jsonLd?: unknown[];
}

/**
 * The `<title>` of a page: its own title followed by the site name.
 * @example fullTitle(getLocale('en'), 'Leaders') // 'Leaders · News Archive'
 */
export function fullTitle(locale: Locale, title: string): string {
  const site = locale.t('site.name');
  return title === site ? title : locale.t('head.title', { title, site });
}

/** What a route module says of its page's head. */
export interface HeadSpec {
  /** The page's URL path, base included. */
  path: string;
  title: string;
  /** The site's description when omitted. */
  description?: string;
  feeds?: FeedRef[];
  jsonLd?: unknown[];
  /** The language of `<html>`, when not the interface's (see {@link PageHead.lang}). */
  lang?: string;
}

/** A page's head and frame in the context's language. */
export function pageHead(ctx: Pick<RouteContext, 'locale' | 'paths'>, spec: HeadSpec): PageHead {
  const { title, description, feeds = [], jsonLd } = spec;
  const head: PageHead = {
    frame: frameOf(ctx, spec.path),
    title,
    documentTitle: fullTitle(ctx.locale, title),
    description: description ?? ctx.locale.t('site.description'),
    lang: spec.lang ?? ctx.locale.code,
    dir: ctx.locale.config.dir,
    feeds,
  };
  if (jsonLd) head.jsonLd = jsonLd;
  return head;
}

/**
 * The title of page N of a listing: the title alone on page 1.
 * @example pagedTitle(getLocale('en'), 'Kazakhstan', 2) // 'Kazakhstan, page 2'
 */
export function pagedTitle(locale: Locale, title: string, page: number): string {
  return page === 1 ? title : locale.t('title.paged', { title, page: locale.number(page) });
}

/** The trail's first steps: Home, then each given crumb. */
export function trail(ctx: Pick<RouteContext, 'locale' | 'paths'>, ...crumbs: Crumb[]): Crumb[] {
  return [{ label: ctx.locale.t('crumb.home'), href: ctx.paths.home() }, ...crumbs];
}

/** The trail down the date archive: Home › Archive › 2021 › May 2021, each linked unless it is the page itself. */
export function dateTrail(
  ctx: Pick<RouteContext, 'locale' | 'paths'>,
  to: { year: number; month?: number },
  last?: Crumb,
): Crumb[] {
  const { locale, paths } = ctx;
  const crumbs: Crumb[] = [{ label: locale.t('crumb.archive'), href: paths.archive() }];
  const yearLinked = to.month !== undefined || last !== undefined;
  crumbs.push(
    yearLinked ? { label: String(to.year), href: paths.archiveYear(to.year) } : { label: String(to.year) },
  );
  if (to.month !== undefined) {
    const label = locale.month(to.year, to.month);
    crumbs.push(last ? { label, href: paths.archiveMonth(to.year, to.month) } : { label });
  }
  if (last) crumbs.push(last);
  return trail(ctx, ...crumbs);
}

/** What a static route gives Astro: its parameters, its props and its incremental-build key. */
export interface StaticRoute<P> {
  params: Record<string, string | undefined>;
  props: P;
  cacheKey?: string;
}

export { SITE };
