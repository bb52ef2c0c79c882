/**
 * The parts every listing shares: its trail, its pager and its cards, in the
 * interface's language. A listing page is a heading, a line under it, cards and
 * a pager; its route module says which articles, under which title.
 */
import type { Article } from '../model/archive';
import type { Page } from '../model/pagination';
import { cardOf, type Card } from './cards';
import type { PageHead, RouteContext } from './context';
import type { Crumb } from './structured-data';

/** The trail above a page, with its accessible name. */
export interface Trail {
  label: string;
  items: Crumb[];
}

/** The links between the pages of a listing. */
export interface Pager {
  label: string;
  /** "articles 51–100 of 230 · page 2 of 5" */
  status: string;
  newer?: { href: string; label: string };
  older?: { href: string; label: string };
}

/** A page of articles: the home page, a month, a topic. */
export interface ListingRoute {
  head: PageHead;
  trail?: Trail;
  heading: string;
  /** The heading's language, when it is not the page's (a topic's name). */
  headingLang?: string;
  lede: string;
  cards: Card[];
  /** What an empty listing says. */
  empty: string;
  pager?: Pager;
}

/** A trail with its name, from its crumbs. */
export function trailOf(ctx: Pick<RouteContext, 'locale'>, items: Crumb[]): Trail {
  return { label: ctx.locale.t('crumbs.label'), items };
}

/** The pager of page `page` of a listing whose page N is at `hrefOf(N)`; none for a listing of one page. */
export function pagerOf(
  ctx: Pick<RouteContext, 'locale'>,
  page: Pick<Page<unknown>, 'number' | 'total' | 'first' | 'last' | 'count'>,
  hrefOf: (page: number) => string,
): Pager | undefined {
  if (page.total <= 1) return undefined;
  const { locale } = ctx;
  const n = (x: number): string => locale.number(x);
  const pager: Pager = {
    label: locale.t('pager.label'),
    status: locale.t('pager.status', {
      first: n(page.first),
      last: n(page.last),
      count: n(page.count),
      page: n(page.number),
      pages: n(page.total),
    }),
  };
  if (page.number > 1) pager.newer = { href: hrefOf(page.number - 1), label: locale.t('pager.newer') };
  if (page.number < page.total)
    pager.older = { href: hrefOf(page.number + 1), label: locale.t('pager.older') };
  return pager;
}

/** The cards of a page of articles. */
export function cardsOf(
  articles: readonly Article[],
  ctx: Pick<RouteContext, 'archive' | 'locale' | 'paths'>,
): Card[] {
  return articles.map((article) => cardOf(article, ctx));
}

/** What every listing page of articles shows: its cards, the text for none, and its pager when it has more than one page. */
export type ListingBody = Pick<ListingRoute, 'cards' | 'empty' | 'pager'>;

/** The {@link ListingBody} of page `page` of a listing whose page N is at `hrefOf(N)`. */
export function listingBody(
  ctx: Pick<RouteContext, 'archive' | 'locale' | 'paths'>,
  page: Page<Article>,
  hrefOf: (page: number) => string,
): ListingBody {
  const body: ListingBody = { cards: cardsOf(page.items, ctx), empty: ctx.locale.t('articles.none') };
  const pager = pagerOf(ctx, page, hrefOf);
  if (pager) body.pager = pager;
  return body;
}
