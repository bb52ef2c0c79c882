/**
 * Route data: what each page shows, computed from the loaded archive and its
 * relations, so that pages and layouts only arrange what they are given (as
 * Starlight's `utils/routing` builds its route data). Pure: the model in, plain
 * objects out; `src/build/content.ts` loads the model once per build.
 *
 * Only leaders and countries that at least one article names get a page, so a
 * registry entry without articles makes no page and no link.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Article, ArchiveModel, Country, Leader } from '../model/archive';
import type { CacheKeys } from '../model/cache-keys';
import { digestOf } from '../model/cache-keys';
import { yearChart, type YearChartGeometry } from '../model/chart';
import { formatMonth, type PublishedDate } from '../model/dates';
import { reportTimeline } from '../model/events';
import { citationMeta, citedItem, type MetaTag } from './meta';
import { latestOffice, officeYears } from '../model/offices';
import { provenanceOf, type ProvenanceFacts } from '../model/provenance';
import { paginate, type Page } from '../model/pagination';
import { pageSegment, type Paths } from './paths';
import {
  countByKind,
  countByYear,
  groupByYear,
  type Counterpart,
  type EntityRecord,
  type KindCount,
  type Pair,
  type PairSide,
  type Relations,
  type YearCount,
} from '../model/relations';
import { articleSearchRecord, type ArticleSearchRecord } from '../search/record';
import { KIND_LABELS } from '../model/site';
import { breadcrumbLd, newsArticleLd, type Crumb } from './structured-data';
import {
  articleVersions,
  versionAlternates,
  versionsOf,
  type Alternate,
  type ArticleVersions,
} from './versions';

/** Everything route data is computed from, loaded once per build. */
export interface RouteContext<E> {
  archive: ArchiveModel<E>;
  relations: Relations<Article<E>>;
  keys: CacheKeys<Article<E>>;
  paths: Paths;
  /** `SITE_URL`, for absolute URLs in JSON-LD. */
  site: string | URL;
  /** Articles per listing page. */
  pageSize: number;
}

/** A labelled fact under a page title; linked when `href` is given. */
export interface FactItem {
  label: string;
  items: { text: string; href?: string }[];
}

/** One row of a counts table. */
export interface CountRow {
  name: string;
  /** Where the name links: the pair page for a counterpart of the same side, else the entity's page. */
  href?: string;
  count: number;
}

/** A table of counts with its caption and column header. */
export interface CountTable {
  caption: string;
  nameHeader: string;
  rows: CountRow[];
}

/** The activity of an entity or a pair: articles per year (chart and table) and per kind. */
export interface Activity {
  chart: YearChartGeometry;
  years: YearCount[];
  kinds: CountTable;
}

/** What the first page of a leader's or country's listing shows above the articles. */
export interface Dashboard {
  activity: Activity;
  /** The leaders and countries named most often with this one. */
  counterparts: CountTable[];
  /** A leader's offices with their years (none for a country). */
  offices: { title: string; years: string }[];
}

/** A page of a leader's or a country's listing. */
export interface EntityRoute<A> {
  id: string;
  name: string;
  /** The `<title>`: the name, with the page number after page 1. */
  title: string;
  description: string;
  crumbs: Crumb[];
  facts: FactItem[];
  search: { href: string; label: string };
  feed: { title: string; href: string };
  page: Page<A>;
  /** The URL of page N of this listing. */
  hrefOf: (page: number) => string;
  /** On the first page only: pages after it list the articles. */
  dashboard?: Dashboard;
}

/** One side of a pair, with its page. */
export interface PairMember {
  id: string;
  name: string;
  href: string;
}

/** A page of a pair's record. */
export interface PairRoute<A> {
  side: PairSide;
  a: PairMember;
  b: PairMember;
  title: string;
  heading: string;
  description: string;
  crumbs: Crumb[];
  search: { href: string; label: string };
  page: Page<A>;
  /** This page's articles by year, newest year first. */
  timeline: { year: number; articles: A[] }[];
  hrefOf: (page: number) => string;
  /** The counts by year and by kind, on the first page only. */
  activity?: Activity;
}

/** The OpenGraph and reference-manager facts of an article page's head. */
export interface ArticleMeta {
  published: string;
  modified: string | undefined;
  section: string;
  tags: string[];
  /** The tags reference managers read (Highwire, Dublin Core, PRISM). */
  citation: MetaTag[];
}

/** What a static route gives Astro: its parameters, its props and its incremental-build key. */
export interface StaticRoute<P> {
  params: Record<string, string | undefined>;
  props: P;
  cacheKey: string;
}

const pageTitle = (name: string, page: number): string => (page === 1 ? name : `${name}, page ${page}`);

/** The activity of a list of articles, charted for `subject`. */
export function activityOf(
  subject: string,
  byYear: readonly YearCount[],
  byKind: readonly KindCount[],
): Activity {
  return {
    chart: yearChart(byYear, { subject }),
    years: [...byYear],
    kinds: {
      caption: `Articles involving ${subject} by kind`,
      nameHeader: 'Kind',
      rows: byKind.map(({ kind, count }) => ({ name: KIND_LABELS[kind], count })),
    },
  };
}

/** The leaders that at least one article names, in the archive's order (by name). */
export function leadersWithArticles<E>(ctx: Pick<RouteContext<E>, 'archive'>): Leader[] {
  return ctx.archive.leaders.filter((l) => ctx.archive.byLeader.has(l.id));
}

/** The countries that at least one article names, by name. */
export function countriesWithArticles<E>(ctx: Pick<RouteContext<E>, 'archive'>): Country[] {
  return ctx.archive.countries.filter((c) => ctx.archive.byCountry.has(c.id));
}

function leaderRows<E>(ctx: RouteContext<E>, list: readonly Counterpart[], pairWith?: string): CountRow[] {
  return list.flatMap(({ id, count }) => {
    const leader = ctx.archive.leaderById.get(id);
    if (!leader) return [];
    const href = pairWith ? ctx.paths.leaderPair(pairWith, id) : ctx.paths.leader(id);
    return [{ name: leader.data.name, href, count }];
  });
}

function countryRows<E>(ctx: RouteContext<E>, list: readonly Counterpart[], pairWith?: string): CountRow[] {
  return list.flatMap(({ id, count }) => {
    const country = ctx.archive.countryById.get(id);
    if (!country) return [];
    const href = pairWith ? ctx.paths.countryPair(pairWith, id) : ctx.paths.country(id);
    return [{ name: country.data.name, href, count }];
  });
}

function leaderDashboard<E>(ctx: RouteContext<E>, leader: Leader, record: EntityRecord): Dashboard {
  const name = leader.data.name;
  return {
    activity: activityOf(name, record.byYear, record.byKind),
    counterparts: [
      {
        caption: `Leaders named most often with ${name}; each links to their record together`,
        nameHeader: 'Leader',
        rows: leaderRows(ctx, record.leaders, leader.id),
      },
      {
        caption: `Countries named most often in articles involving ${name}`,
        nameHeader: 'Country',
        rows: countryRows(ctx, record.countries),
      },
    ].filter((t) => t.rows.length > 0),
    offices: leader.data.offices.map((o) => ({ title: o.title, years: officeYears(o) })),
  };
}

function countryDashboard<E>(ctx: RouteContext<E>, country: Country, record: EntityRecord): Dashboard {
  const name = country.data.name;
  return {
    activity: activityOf(name, record.byYear, record.byKind),
    counterparts: [
      {
        caption: `Countries named most often with ${name}; each links to their record together`,
        nameHeader: 'Country',
        rows: countryRows(ctx, record.countries, country.id),
      },
      {
        caption: `Leaders named most often in articles involving ${name}`,
        nameHeader: 'Leader',
        rows: leaderRows(ctx, record.leaders),
      },
    ].filter((t) => t.rows.length > 0),
    offices: [],
  };
}

/** Every page of every leader's listing, the first with the leader's dashboard. */
export function leaderRoutes<E>(ctx: RouteContext<E>): StaticRoute<{ route: EntityRoute<Article<E>> }>[] {
  const { archive, relations, keys, paths } = ctx;
  return leadersWithArticles(ctx).flatMap((leader) => {
    const name = leader.data.name;
    const office = latestOffice(leader.data.offices);
    const country = archive.byCountry.has(leader.data.country)
      ? archive.countryById.get(leader.data.country)
      : undefined;
    const record = relations.leaders.get(leader.id);
    const dashboard = record && leaderDashboard(ctx, leader, record);
    const dashboardKey = dashboard ? digestOf(dashboard) : null;
    const facts: FactItem[] = [
      ...(office ? [{ label: 'Office', items: [{ text: office.title }] }] : []),
      ...(country
        ? [{ label: 'Country', items: [{ text: country.data.name, href: paths.country(country.id) }] }]
        : []),
    ];
    const hrefOf = (n: number): string => paths.leader(leader.id, n);
    return paginate(archive.byLeader.get(leader.id) ?? [], ctx.pageSize).map((page) => {
      const route: EntityRoute<Article<E>> = {
        id: leader.id,
        name,
        title: pageTitle(name, page.number),
        description: `Articles involving ${office ? `${name}, ${office.title}` : name}: activity by year and kind, the leaders and countries named with them, offices held.`,
        crumbs: [
          { label: 'Home', href: paths.home() },
          { label: 'Leaders', href: paths.leaders() },
          { label: name },
        ],
        facts: [...facts, { label: 'Articles', items: [{ text: String(page.count) }] }],
        search: { href: paths.search({ leader: name }), label: `Search within articles involving ${name}` },
        feed: { title: `Articles involving ${name} (RSS)`, href: paths.leaderFeed(leader.id) },
        page,
        hrefOf,
      };
      if (page.number === 1 && dashboard) route.dashboard = dashboard;
      return {
        params: { id: leader.id, page: pageSegment(page.number) },
        props: { route },
        cacheKey: keys.listing(page, leader.id, route.facts, page.number === 1 ? dashboardKey : null),
      };
    });
  });
}

/** Every page of every country's listing, the first with the country's dashboard. */
export function countryRoutes<E>(ctx: RouteContext<E>): StaticRoute<{ route: EntityRoute<Article<E>> }>[] {
  const { archive, relations, keys, paths } = ctx;
  const leaderPages = leadersWithArticles(ctx);
  return countriesWithArticles(ctx).flatMap((country) => {
    const name = country.data.name;
    const record = relations.countries.get(country.id);
    const dashboard = record && countryDashboard(ctx, country, record);
    const dashboardKey = dashboard ? digestOf(dashboard) : null;
    const leaders = leaderPages.filter((l) => l.data.country === country.id);
    const hrefOf = (n: number): string => paths.country(country.id, n);
    return paginate(archive.byCountry.get(country.id) ?? [], ctx.pageSize).map((page) => {
      const route: EntityRoute<Article<E>> = {
        id: country.id,
        name,
        title: pageTitle(name, page.number),
        description: `Articles involving ${name}: activity by year and kind, the countries and leaders named with it.`,
        crumbs: [
          { label: 'Home', href: paths.home() },
          { label: 'Countries', href: paths.countries() },
          { label: name },
        ],
        facts: [
          { label: 'ISO code', items: [{ text: country.data.iso }] },
          { label: 'Articles', items: [{ text: String(page.count) }] },
          ...(leaders.length > 0
            ? [
                {
                  label: 'Leaders',
                  items: leaders.map((l) => ({ text: l.data.name, href: paths.leader(l.id) })),
                },
              ]
            : []),
        ],
        search: { href: paths.search({ country: name }), label: `Search within articles involving ${name}` },
        feed: { title: `Articles involving ${name} (RSS)`, href: paths.countryFeed(country.id) },
        page,
        hrefOf,
      };
      if (page.number === 1 && dashboard) route.dashboard = dashboard;
      return {
        params: { id: country.id, page: pageSegment(page.number) },
        props: { route },
        cacheKey: keys.listing(page, country.id, route.facts, page.number === 1 ? dashboardKey : null),
      };
    });
  });
}

function pairRoutesOf<E>(
  ctx: RouteContext<E>,
  pairs: ReadonlyMap<string, Pair<Article<E>>>,
  member: (id: string) => PairMember | undefined,
  pairHref: (a: string, b: string, page?: number) => string,
  searchOf: (a: string, b: string) => string,
  indexCrumb: Crumb,
): StaticRoute<{ route: PairRoute<Article<E>> }>[] {
  return [...pairs.values()].flatMap((pair) => {
    const a = member(pair.a);
    const b = member(pair.b);
    if (!a || !b) return [];
    const heading = `${a.name} and ${b.name}`;
    const activity = activityOf(heading, countByYear(pair.articles), countByKind(pair.articles));
    const activityKey = digestOf(activity);
    const hrefOf = (n: number): string => pairHref(a.id, b.id, n);
    return paginate(pair.articles, ctx.pageSize).map((page) => {
      const route: PairRoute<Article<E>> = {
        side: pair.side,
        a,
        b,
        title: pageTitle(heading, page.number),
        heading,
        description: `Every article naming both ${a.name} and ${b.name}, by year, with counts by year and by kind.`,
        crumbs: [
          { label: 'Home', href: ctx.paths.home() },
          indexCrumb,
          { label: a.name, href: a.href },
          { label: `With ${b.name}` },
        ],
        search: {
          href: searchOf(a.name, b.name),
          label: `Search within articles naming both ${a.name} and ${b.name}`,
        },
        page,
        timeline: groupByYear(page.items),
        hrefOf,
      };
      if (page.number === 1) route.activity = activity;
      return {
        params: { id: a.id, other: b.id, page: pageSegment(page.number) },
        props: { route },
        cacheKey: ctx.keys.listing(page, pair.side, a, b, page.number === 1 ? activityKey : null),
      };
    });
  });
}

/** Every page of every pair of leaders named together, at `/leaders/<a>/with/<b>/` (ids in order). */
export function leaderPairRoutes<E>(ctx: RouteContext<E>): StaticRoute<{ route: PairRoute<Article<E>> }>[] {
  const { archive, paths } = ctx;
  return pairRoutesOf(
    ctx,
    ctx.relations.leaderPairs,
    (id) => {
      const leader = archive.leaderById.get(id);
      return leader && { id, name: leader.data.name, href: paths.leader(id) };
    },
    paths.leaderPair,
    (a, b) => paths.search({ leader: [a, b] }),
    { label: 'Leaders', href: paths.leaders() },
  );
}

/** Every page of every pair of countries named together, at `/countries/<a>/with/<b>/`. */
export function countryPairRoutes<E>(ctx: RouteContext<E>): StaticRoute<{ route: PairRoute<Article<E>> }>[] {
  const { archive, paths } = ctx;
  return pairRoutesOf(
    ctx,
    ctx.relations.countryPairs,
    (id) => {
      const country = archive.countryById.get(id);
      return country && { id, name: country.data.name, href: paths.country(id) };
    },
    paths.countryPair,
    (a, b) => paths.search({ country: [a, b] }),
    { label: 'Countries', href: paths.countries() },
  );
}

/** The rows of the leaders' index: every leader with a page, with the latest office and the count. */
export function leaderIndexRows<E>(ctx: Pick<RouteContext<E>, 'archive' | 'paths'>) {
  return leadersWithArticles(ctx).map((leader) => ({
    href: ctx.paths.leader(leader.id),
    name: leader.data.name,
    detail: latestOffice(leader.data.offices)?.title ?? '',
    count: ctx.archive.byLeader.get(leader.id)?.length ?? 0,
  }));
}

/** The rows of the countries' index: every country with a page, with its ISO code and count. */
export function countryIndexRows<E>(ctx: Pick<RouteContext<E>, 'archive' | 'paths'>) {
  return countriesWithArticles(ctx).map((country) => ({
    href: ctx.paths.country(country.id),
    name: country.data.name,
    detail: country.data.iso,
    count: ctx.archive.byCountry.get(country.id)?.length ?? 0,
  }));
}

/** An article page's route data besides the article: its trail, head metadata and JSON-LD. */
export interface ArticleRoute<A> {
  article: A;
  kindLabel: string;
  crumbs: Crumb[];
  jsonLd: unknown[];
  meta: ArticleMeta;
  /** Where the text came from (the Provenance block). */
  provenance: ProvenanceFacts;
  /** What the article gives the search index besides its text. */
  search: ArticleSearchRecord;
  /** This article among the other reports of its event, in publication order (empty when none). */
  reports: EventReport[];
  /** The line linking to its versions in other languages (see ./versions.ts); none without any. */
  versions: ArticleVersions | undefined;
  /** The `<link rel="alternate" hreflang>` of its head: itself and its versions (none without any). */
  alternates: Alternate[];
  related: A[];
  older?: A | undefined;
  newer?: A | undefined;
}

/** One report of an event, as "Other reports of this event" lists it. */
export interface EventReport {
  title: string;
  href: string;
  source: string;
  published: PublishedDate;
  /** The article the page is about, listed unlinked in its place. */
  current: boolean;
}

/**
 * An article's body, ready to place: Markdown as HTML, MDX as a component
 * (Astro's `Content`) that renders with the given components.
 */
export type ArticleBody = { html: string } | { Content: AstroComponentFactory };

/**
 * The route data of one article page. `text` is the article's body as readers
 * read it, without markup, for the stems its search record indexes.
 */
export function articleRoute<A extends Article>(
  article: A,
  around: { related: A[]; otherReports?: A[]; older?: A | undefined; newer?: A | undefined },
  ctx: Pick<RouteContext<unknown>, 'archive' | 'paths' | 'site'>,
  text = '',
): ArticleRoute<A> {
  const { paths, site, archive } = ctx;
  const { published } = article;
  const crumbs: Crumb[] = [
    { label: 'Home', href: paths.home() },
    { label: 'Archive', href: paths.archive() },
    { label: String(published.year), href: paths.archiveYear(published.year) },
    {
      label: formatMonth(published.year, published.month),
      href: paths.archiveMonth(published.year, published.month),
    },
    { label: article.title },
  ];
  const kindLabel = KIND_LABELS[article.data.kind];
  const versions = versionsOf(article, archive.articleById);
  return {
    article,
    kindLabel,
    crumbs,
    jsonLd: [
      newsArticleLd(article, archive, { site, paths }, versions),
      breadcrumbLd(crumbs, article.permanentUrl, site),
    ],
    meta: {
      published: published.iso,
      modified: article.updated?.iso,
      section: kindLabel,
      tags: article.tags.map((t) => t.name),
      citation: citationMeta(citedItem(article, article.permanentUrl)),
    },
    provenance: provenanceOf(article.data, article.epochMs),
    search: articleSearchRecord(article, archive, text),
    reports: reportTimeline(article, around.otherReports ?? []).map(({ article: a, current }) => ({
      title: a.title,
      href: a.url,
      source: a.data.source.name,
      published: a.published,
      current,
    })),
    versions: articleVersions(versions),
    alternates: versionAlternates(article, versions),
    related: around.related,
    ...(around.older && { older: around.older }),
    ...(around.newer && { newer: around.newer }),
  };
}
