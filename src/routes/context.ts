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
import { absoluteUrl, createPaths, type Paths } from './paths';
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
  /** The interface languages the frame is published in, the default first. */
  locales: readonly Locale[];
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
  /**
   * The page in every language it exists in, itself included, with `x-default`
   * (`<link rel="alternate" hreflang>`); empty for a page that exists once.
   */
  versions: Version[];
}

/**
 * The `<title>` of a page: its own title followed by the site name.
 * @example fullTitle(getLocale('en'), 'Leaders') // 'Leaders · News Archive'
 */
export function fullTitle(locale: Locale, title: string): string {
  const site = locale.t('site.name');
  return title === site ? title : locale.t('head.title', { title, site });
}

/** A version of a page in another language: a `<link rel="alternate" hreflang>` and a link of the switcher. */
export interface Version {
  /** BCP 47, or `x-default` for the version a reader of no listed language gets. */
  hreflang: string;
  /** Absolute, as search engines want alternates. */
  href: string;
  /** The language named in itself: "Русский". */
  autonym?: string;
  /** The version the reader is on. */
  current?: boolean;
}

/** What a route module says of its page's head. */
export interface HeadSpec {
  /** The page's URL path, base included, for a page that exists once. */
  path?: string;
  /**
   * Where this page is in the URLs of any interface language (`(p) => p.leader(id)`),
   * for a page of the frame, which exists in every one: its versions are then
   * linked from its head and from the language switcher.
   */
  in?: (paths: Paths) => string;
  /** The versions of a page that exists once (an article and its translations), when it has others. */
  versions?: Version[];
  title: string;
  /** The site's description when omitted. */
  description?: string;
  feeds?: FeedRef[];
  jsonLd?: unknown[];
  /** The language of `<html>`, when not the interface's (see {@link PageHead.lang}). */
  lang?: string;
}

/** A page's head and frame in the context's language. */
export function pageHead(
  ctx: Pick<RouteContext, 'locale' | 'paths' | 'locales' | 'pathsIn' | 'site'>,
  spec: HeadSpec,
): PageHead {
  const { title, description, feeds = [], jsonLd } = spec;
  const versions = spec.versions ?? (spec.in ? frameVersions(ctx, spec.in) : []);
  const head: PageHead = {
    frame: frameOf(ctx, spec.in ? spec.in(ctx.paths) : (spec.path ?? ctx.paths.home()), versions),
    versions,
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
 * A page of the frame in every published interface language, and `x-default`:
 * the default language's, for readers of any other.
 */
export function frameVersions(
  ctx: Pick<RouteContext, 'locale' | 'locales' | 'pathsIn' | 'site'>,
  at: (paths: Paths) => string,
): Version[] {
  if (ctx.locales.length < 2) return [];
  const versions: Version[] = ctx.locales.map((locale) => ({
    hreflang: locale.code,
    href: absoluteUrl(at(ctx.pathsIn(locale.config.prefix)), ctx.site),
    autonym: locale.config.autonym,
    ...(locale.code === ctx.locale.code && { current: true }),
  }));
  return [...versions, { hreflang: 'x-default', href: versions[0]!.href }];
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
    const label = locale.month(to.year, to.month, 'alone');
    crumbs.push(last ? { label, href: paths.archiveMonth(to.year, to.month) } : { label });
  }
  if (last) crumbs.push(last);
  return trail(ctx, ...crumbs);
}

/**
 * Route data computed when its page is rendered. A paginated page kind has a
 * route per page in every interface language; made at once, a build would hold
 * all of them (at 10,000 articles in three languages, gigabytes) instead of the
 * one it renders.
 */
export type Lazy<T> = () => T;

/** What a static route gives Astro: its parameters, its props and its incremental-build key. */
export interface StaticRoute<P> {
  params: Record<string, string | undefined>;
  props: P;
  cacheKey?: string;
}

export { SITE };
