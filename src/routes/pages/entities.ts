/**
 * Leaders and countries: their indexes (`/leaders/`, `/countries/`), their pages
 * with a dashboard (`/leaders/<id>/`) and the pages of two of them named together
 * (`/leaders/<a>/with/<b>/`). The two sides share every function: what differs
 * between them is one row each of {@link ENTITY_KINDS}.
 */
import type { Locale } from '../../i18n';
import type { Article, ArchiveModel, Country, Leader } from '../../model/archive';
import { digestOf } from '../../model/cache-keys';
import { latestOffice, officeYears } from '../../model/offices';
import { paginate, type Page } from '../../model/pagination';
import {
  countByKind,
  countByYear,
  groupByYear,
  type Counterpart,
  type EntityRecord,
  type Pair,
  type Relations,
} from '../../model/relations';
import { activityOf, type Activity, type CountTable } from '../activity';
import { cardOf, type Card } from '../cards';
import {
  pageHead,
  pagedTitle,
  trail,
  type PageHead,
  type RouteContext,
  type Lazy,
  type StaticRoute,
} from '../context';
import { listingBody, pagerOf, trailOf, type Pager, type Trail } from '../listing';
import type { FeedRef } from '../meta';
import { countryName, leaderName, leaderWithOffice, officeTitle } from '../names';
import { pageSegment, type EntitySide, type Paths } from '../paths';
import type { TextKey } from '../../i18n';

/** A labelled fact under a page title; each item linked when it has an `href`. */
export interface FactItem {
  label: string;
  items: { text: string; href?: string }[];
}

/** A link with its words. */
export interface Link {
  href: string;
  label: string;
}

/** What the first page of a leader's or country's listing shows above the articles. */
export interface Dashboard {
  activity: Activity;
  /** The leaders and countries named most often with this one, under their heading. */
  counterparts: { heading: string; tables: CountTable[] };
  /** A leader's offices with their years (none for a country), under their heading. */
  offices: { heading: string; items: { title: string; years: string }[] };
}

/** A page of a leader's or a country's listing. */
export interface EntityRoute {
  head: PageHead;
  trail: Trail;
  heading: string;
  facts: FactItem[];
  search: Link;
  feed: FeedRef;
  /** The visible link to the feed. */
  follow: string;
  /** On the first page only: pages after it list the articles. */
  dashboard?: Dashboard;
  articlesHeading: string;
  cards: Card[];
  empty: string;
  pager?: Pager;
}

/** A page of two leaders' or two countries' record together. */
export interface PairRoute {
  head: PageHead;
  trail: Trail;
  heading: string;
  facts: FactItem[];
  search: Link;
  /** The counts by year and by kind, on the first page only. */
  activity?: Activity;
  /** This page's articles by year, newest year first. */
  timeline: { year: number; cards: Card[] }[];
  pager?: Pager;
}

/** A table of names linked to their pages, with a count each: the indexes of leaders, countries and topics. */
export interface EntityTable {
  caption: string;
  nameHeader: string;
  detailHeader?: string;
  countHeader: string;
  empty: string;
  rows: { href: string; name: string; lang?: string; detail?: string; count: number }[];
}

/** An index of leaders or countries. */
export interface EntityIndexRoute {
  head: PageHead;
  heading: string;
  lede: string;
  table: EntityTable;
}

/** A leader or a country. */
type Entity = Leader | Country;

/** What distinguishes the two sides: one row each. */
interface EntityKind<T extends Entity> {
  side: EntitySide;
  /** The search filter that takes this side's names (`leader=`, `country=`). */
  filter: 'leader' | 'country';
  /** The entities that at least one article names, by name. */
  withArticles: (archive: ArchiveModel) => T[];
  byId: (archive: ArchiveModel, id: string) => T | undefined;
  articles: (archive: ArchiveModel, id: string) => Article[];
  record: (relations: Relations<Article>, id: string) => EntityRecord | undefined;
  pairs: (relations: Relations<Article>) => ReadonlyMap<string, Pair<Article>>;
  /** The name in the interface's language. */
  name: (entity: T, locale: Locale) => string;
  /** The name the search filters the index by: the same in every language, so a link works for every reader. */
  filterValue: (entity: T) => string;
  /** The index's detail column: a leader's latest office, a country's ISO code. */
  detail: (entity: T, locale: Locale) => string;
  /** The facts under the name, before and after the article count. */
  facts: (entity: T, ctx: RouteContext) => { before: FactItem[]; after: FactItem[] };
  /** The head's description of the entity's page. */
  description: (entity: T, ctx: RouteContext) => string;
  /** The offices a dashboard lists. */
  offices: (entity: T, locale: Locale) => { title: string; years: string }[];
  /** The dashboard's captions: for this side's counterparts (linked to the pair pages), then the other side's. */
  captions: { same: TextKey; other: TextKey };
  texts: {
    index: TextKey;
    description: TextKey;
    lede: TextKey;
    detail: TextKey;
    crumb: TextKey;
    pairSide: TextKey;
  };
}

const leaderKind: EntityKind<Leader> = {
  side: 'leaders',
  filter: 'leader',
  withArticles: (archive) => archive.leaders,
  byId: (archive, id) => archive.leaderById.get(id),
  articles: (archive, id) => archive.byLeader.get(id) ?? [],
  record: (relations, id) => relations.leaders.get(id),
  pairs: (relations) => relations.leaderPairs,
  name: (leader, locale) => leaderName(leader.data, locale),
  filterValue: (leader) => leader.data.name,
  detail: (leader, locale) => {
    const office = latestOffice(leader.data.offices);
    return office ? officeTitle(office, locale) : '';
  },
  facts(leader, ctx) {
    const { archive, locale, paths } = ctx;
    const office = latestOffice(leader.data.offices);
    const country = archive.byCountry.has(leader.data.country)
      ? archive.countryById.get(leader.data.country)
      : undefined;
    return {
      before: [
        ...(office
          ? [{ label: locale.t('leader.office'), items: [{ text: officeTitle(office, locale) }] }]
          : []),
        ...(country
          ? [
              {
                label: locale.t('leader.country'),
                items: [{ text: countryName(country.data, locale), href: paths.country(country.id) }],
              },
            ]
          : []),
      ],
      after: [],
    };
  },
  description(leader, ctx) {
    const { locale } = ctx;
    const office = latestOffice(leader.data.offices);
    const name = leaderWithOffice(
      leaderName(leader.data, locale),
      office && officeTitle(office, locale),
      locale,
    );
    return locale.t('leader.description', { name });
  },
  offices: (leader, locale) =>
    leader.data.offices.map((o) => ({ title: officeTitle(o, locale), years: officeYears(o) })),
  captions: { same: 'dashboard.leadersWithLeader', other: 'dashboard.countriesWithLeader' },
  texts: {
    index: 'leaders.title',
    description: 'leaders.description',
    lede: 'leaders.lede',
    detail: 'leaders.detail',
    crumb: 'crumb.leaders',
    pairSide: 'pair.leaders',
  },
};

const countryKind: EntityKind<Country> = {
  side: 'countries',
  filter: 'country',
  withArticles: (archive) => archive.countries,
  byId: (archive, id) => archive.countryById.get(id),
  articles: (archive, id) => archive.byCountry.get(id) ?? [],
  record: (relations, id) => relations.countries.get(id),
  pairs: (relations) => relations.countryPairs,
  name: (country, locale) => countryName(country.data, locale),
  filterValue: (country) => country.data.name,
  detail: (country) => country.data.iso,
  facts(country, ctx) {
    const { archive, locale, paths } = ctx;
    const leaders = archive.leaders.filter((l) => l.data.country === country.id);
    return {
      before: [{ label: locale.t('country.iso'), items: [{ text: country.data.iso }] }],
      after:
        leaders.length > 0
          ? [
              {
                label: locale.t('country.leaders'),
                items: leaders
                  .map((l) => ({ text: leaderName(l.data, locale), href: paths.leader(l.id) }))
                  .sort((a, b) => locale.compare(a.text, b.text)),
              },
            ]
          : [],
    };
  },
  description: (country, ctx) =>
    ctx.locale.t('country.description', { name: countryName(country.data, ctx.locale) }),
  offices: () => [],
  captions: { same: 'dashboard.countriesWithCountry', other: 'dashboard.leadersWithCountry' },
  texts: {
    index: 'countries.title',
    description: 'countries.description',
    lede: 'countries.lede',
    detail: 'countries.detail',
    crumb: 'crumb.countries',
    pairSide: 'pair.countries',
  },
};

/** The two sides of the registry that have pages, one row each. */
export const ENTITY_KINDS: { leaders: EntityKind<Leader>; countries: EntityKind<Country> } = {
  leaders: leaderKind,
  countries: countryKind,
};

/** The other side: a leader's dashboard lists countries too, and a country's leaders. */
const otherSide = (side: EntitySide): EntitySide => (side === 'leaders' ? 'countries' : 'leaders');

/** The row of one side, typed loosely enough to be used for either. */
const kindOf = (side: EntitySide): EntityKind<Entity> => ENTITY_KINDS[side] as unknown as EntityKind<Entity>;

/** The rows of a counts table of counterparts on `side`, linked to the pair pages when `pairWith` is given. */
function counterpartRows(
  ctx: RouteContext,
  side: EntitySide,
  list: readonly Counterpart[],
  pairWith?: string,
) {
  const kind = kindOf(side);
  return list.flatMap(({ id, count }) => {
    const entity = kind.byId(ctx.archive, id);
    if (!entity) return [];
    const href = pairWith ? ctx.paths.pair(side, pairWith, id) : ctx.paths.entity(side, id);
    return [{ name: kind.name(entity, ctx.locale), href, count }];
  });
}

function dashboardOf(ctx: RouteContext, side: EntitySide, entity: Entity, record: EntityRecord): Dashboard {
  const { locale } = ctx;
  const kind = kindOf(side);
  const name = kind.name(entity, locale);
  const other = otherSide(side);
  const listOf = (s: EntitySide): readonly Counterpart[] =>
    s === 'leaders' ? record.leaders : record.countries;
  const header = (s: EntitySide): string =>
    locale.t(s === 'leaders' ? 'dashboard.leader' : 'dashboard.country');
  return {
    activity: activityOf(locale, [name], record.byYear, record.byKind),
    counterparts: {
      heading: locale.t('dashboard.together'),
      tables: [
        {
          caption: locale.t(kind.captions.same, { name }),
          nameHeader: header(side),
          countHeader: locale.t('entities.articles'),
          rows: counterpartRows(ctx, side, listOf(side), entity.id),
        },
        {
          caption: locale.t(kind.captions.other, { name }),
          nameHeader: header(other),
          countHeader: locale.t('entities.articles'),
          rows: counterpartRows(ctx, other, listOf(other)),
        },
      ].filter((t) => t.rows.length > 0),
    },
    offices: { heading: locale.t('dashboard.offices'), items: kind.offices(entity, locale) },
  };
}

/** Every page of every leader's or country's listing, the first with its dashboard. */
export function entityRoutes(
  ctx: RouteContext,
  side: EntitySide,
): StaticRoute<{ route: Lazy<EntityRoute> }>[] {
  const { archive, relations, keys, locale, paths } = ctx;
  const kind = kindOf(side);
  return kind.withArticles(archive).flatMap((entity) => {
    const name = kind.name(entity, locale);
    const record = kind.record(relations, entity.id);
    const dashboard = record && dashboardOf(ctx, side, entity, record);
    const dashboardKey = dashboard ? digestOf(dashboard) : null;
    const facts = kind.facts(entity, ctx);
    const feed = { title: locale.t('entity.feed', { name }), href: paths.entityFeed(side, entity.id) };
    const hrefOf = (n: number): string => paths.entity(side, entity.id, n);
    return paginate(kind.articles(archive, entity.id), ctx.pageSize).map((page: Page<Article>) => {
      const pageFacts: EntityRoute['facts'] = [
        ...facts.before,
        { label: locale.t('fact.articles'), items: [{ text: locale.number(page.count) }] },
        ...facts.after,
      ];
      // Computed when its page is rendered: a build holds one page's route data at a time.
      const route = (): EntityRoute => {
        const route: EntityRoute = {
          head: pageHead(ctx, {
            in: (p) => p.entity(side, entity.id, page.number),
            title: pagedTitle(locale, name, page.number),
            description: kind.description(entity, ctx),
            feeds: [feed],
          }),
          trail: trailOf(
            ctx,
            trail(ctx, { label: locale.t(kind.texts.crumb), href: paths.entities(side) }, { label: name }),
          ),
          heading: name,
          facts: pageFacts,
          search: {
            href: paths.search({ [kind.filter]: kind.filterValue(entity) }),
            label: locale.t('entity.search', { name }),
          },
          feed,
          follow: locale.t('entity.follow', { name }),
          articlesHeading: locale.t('entity.articles'),
          ...listingBody(ctx, page, hrefOf),
        };
        if (page.number === 1 && dashboard) route.dashboard = dashboard;
        return route;
      };
      return {
        params: { side, id: entity.id, page: pageSegment(page.number) },
        props: { route },
        cacheKey: keys.listing(
          page,
          locale.code,
          entity.id,
          pageFacts,
          page.number === 1 ? dashboardKey : null,
        ),
      };
    });
  });
}

/** Every page of every pair of leaders, or of countries, named together (ids in order). */
export function pairRoutes(ctx: RouteContext, side: EntitySide): StaticRoute<{ route: Lazy<PairRoute> }>[] {
  const { archive, relations, keys, locale, paths } = ctx;
  const kind = kindOf(side);
  return [...kind.pairs(relations).values()].flatMap((pair) => {
    const a = kind.byId(archive, pair.a);
    const b = kind.byId(archive, pair.b);
    if (!a || !b) return [];
    const names = { a: kind.name(a, locale), b: kind.name(b, locale) };
    const heading = locale.t('pair.heading', names);
    const activity = activityOf(
      locale,
      [names.a, names.b],
      countByYear(pair.articles),
      countByKind(pair.articles),
    );
    const activityKey = digestOf(activity);
    const hrefOf = (n: number): string => paths.pair(side, a.id, b.id, n);
    return paginate(pair.articles, ctx.pageSize).map((page) => {
      // Computed when its page is rendered: a build holds one page's route data at a time.
      const route = (): PairRoute => {
        const route: PairRoute = {
          head: pageHead(ctx, {
            in: (p) => p.pair(side, a.id, b.id, page.number),
            title: pagedTitle(locale, heading, page.number),
            description: locale.t('pair.description', names),
          }),
          trail: trailOf(
            ctx,
            trail(
              ctx,
              { label: locale.t(kind.texts.crumb), href: paths.entities(side) },
              { label: names.a, href: paths.entity(side, a.id) },
              { label: locale.t('pair.crumb', { name: names.b }) },
            ),
          ),
          heading,
          facts: [
            {
              label: locale.t(kind.texts.pairSide),
              items: [
                { text: names.a, href: paths.entity(side, a.id) },
                { text: names.b, href: paths.entity(side, b.id) },
              ],
            },
            { label: locale.t('pair.together'), items: [{ text: locale.number(page.count) }] },
          ],
          search: {
            href: paths.search({ [kind.filter]: [kind.filterValue(a), kind.filterValue(b)] }),
            label: locale.t('pair.search', names),
          },
          timeline: groupByYear(page.items).map(({ year, articles }) => ({
            year,
            cards: articles.map((article) => cardOf(article, ctx)),
          })),
        };
        if (page.number === 1) route.activity = activity;
        const pager = pagerOf(ctx, page, hrefOf);
        if (pager) route.pager = pager;
        return route;
      };
      return {
        params: { side, id: a.id, other: b.id, page: pageSegment(page.number) },
        props: { route },
        cacheKey: keys.listing(page, locale.code, pair.side, a, b, page.number === 1 ? activityKey : null),
      };
    });
  });
}

/** A table of linked names and counts, in the interface's language. */
export function entityTable(
  ctx: Pick<RouteContext, 'locale'>,
  rows: EntityTable['rows'],
  caption: string,
  detailHeader?: string,
): EntityTable {
  const { locale } = ctx;
  const table: EntityTable = {
    caption,
    nameHeader: locale.t('entities.name'),
    countHeader: locale.t('entities.articles'),
    empty: locale.t('list.none'),
    rows,
  };
  if (detailHeader) table.detailHeader = detailHeader;
  return table;
}

/** The index of one side: every entity with a page, with its detail and count. */
export function entityIndexRoute(ctx: RouteContext, side: EntitySide): EntityIndexRoute {
  const { archive, locale, paths } = ctx;
  const kind = kindOf(side);
  const title = locale.t(kind.texts.index);
  // In the alphabet of the page's language, by the names it shows (the archive keeps English order).
  const rows = kind
    .withArticles(archive)
    .map((entity) => ({
      href: paths.entity(side, entity.id),
      name: kind.name(entity, locale),
      detail: kind.detail(entity, locale),
      count: kind.articles(archive, entity.id).length,
    }))
    .sort((a, b) => locale.compare(a.name, b.name));
  return {
    head: pageHead(ctx, {
      in: (p) => p.entities(side),
      title,
      description: locale.t(kind.texts.description),
    }),
    heading: title,
    lede: locale.t(kind.texts.lede),
    table: entityTable(ctx, rows, title, locale.t(kind.texts.detail)),
  };
}

/** The entities of a side that have pages (and feeds). */
export function entitiesWithPages(archive: ArchiveModel, side: EntitySide): Entity[] {
  return kindOf(side).withArticles(archive);
}

export type { Paths };
