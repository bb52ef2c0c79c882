/**
 * The pages' static paths, from the route modules (src/routes/pages/) and the
 * interface's languages: a page of the archive's frame is made once per
 * language, under the language's prefix (the `[...locale]` parameter of its
 * route file, empty for the default language at the root). Astro-bound: the
 * route files' `getStaticPaths` call these.
 */
import { versionsOf } from '../routes/versions';
import { DEFAULT_LOCALE, getLocale, interfaceLocaleFor, type LocaleCode } from '../i18n';
import { neighbours, type Article } from '../model/archive';
import { groupReports, otherReports } from '../model/events';
import { pad2 } from '../model/calendar';
import { rankRelated } from '../model/related';
import { routeContext, type RouteContext, type StaticRoute } from '../routes/context';
import {
  articleRoute,
  type ArticleBody,
  type ArticleRoute,
  type Surroundings,
} from '../routes/pages/article';
import { articleBody, articleText, FRAME_LOCALES, getSiteContext } from './content';

const contexts = new Map<LocaleCode, Promise<RouteContext>>();

/** The route context of one interface language, made once per build. */
export function contextIn(code: LocaleCode): Promise<RouteContext> {
  let made = contexts.get(code);
  if (!made)
    contexts.set(code, (made = getSiteContext().then((site) => routeContext(site, getLocale(code)))));
  return made;
}

/** The `[...locale]` parameter of a language's pages: none at the root. */
const localeParam = (ctx: RouteContext): string | undefined => ctx.locale.config.prefix || undefined;

/** Every route of a kind of page, in every language of the frame. */
export async function localized<P>(
  routes: (ctx: RouteContext) => StaticRoute<P>[],
): Promise<StaticRoute<P>[]> {
  const all: StaticRoute<P>[] = [];
  for (const code of FRAME_LOCALES) {
    const ctx = await contextIn(code);
    for (const route of routes(ctx))
      all.push({ ...route, params: { ...route.params, locale: localeParam(ctx) } });
  }
  return all;
}

/** A page that exists once per language of the frame (an index, the search page): its route data in each. */
export function localizedPage<R>(route: (ctx: RouteContext) => R): Promise<StaticRoute<{ route: R }>[]> {
  return localized((ctx) => [{ params: {}, props: { route: route(ctx) } }]);
}

/**
 * The interface language of an article's page: the article's own language
 * where the frame speaks it, the default language otherwise.
 */
export function articleLocale(article: Article): LocaleCode {
  const code = interfaceLocaleFor(article.data.lang);
  return FRAME_LOCALES.includes(code) ? code : DEFAULT_LOCALE;
}

/**
 * Every article page: its parameters, the article and what the page shows
 * around it (related articles, other reports of its event, neighbours in time).
 * The page computes its route data when it renders, so a build never holds
 * every article page's data at once.
 */
export async function articlePages() {
  const { archive, keys } = await getSiteContext();
  const reports = groupReports(archive.articles);
  return archive.articles.map((article, index) => {
    const around: Surroundings = {
      related: rankRelated(article, { leaders: archive.byLeader, countries: archive.byCountry }),
      otherReports: otherReports(reports, article),
      versions: versionsOf(article, archive.articleById),
      ...neighbours(archive.articles, index),
    };
    return {
      params: {
        year: String(article.published.year),
        month: pad2(article.published.month),
        slug: article.slug,
      },
      props: { article, around },
      cacheKey: keys.article(article, around),
    };
  });
}

/**
 * An article page's route data, in its interface language, and its body; the
 * body's text gives the search record the stems of its words (src/search/stem/).
 */
export async function articlePage(
  article: Article,
  around: Surroundings,
): Promise<{ route: ArticleRoute; body: ArticleBody }> {
  const [ctx, body] = await Promise.all([contextIn(articleLocale(article)), articleBody(article)]);
  const html = 'html' in body ? body.html : undefined;
  return { route: articleRoute(article, around, ctx, html, articleText(article, body)), body };
}
