/**
 * The page-kind manifest: every kind of page the site has, listed once. It feeds
 * the header's navigation, the routes (src/build/pages.ts gives each kind its
 * route data), and the audits' page list (tests/audit/site-pages.ts), and a test
 * fails when a route file in src/pages/ has no kind here. Pure data.
 */
import type { TextKey } from '../i18n';
import type { Paths } from './paths';

/** One kind of page. */
export interface PageKind {
  /** The kind's name, as audits and tests call it. */
  kind: string;
  /** Its route file, under src/pages/. */
  file: string;
  /** Whether the page exists in every interface language (the archive's frame) or once (an article, a feed). */
  localized: boolean;
  /** The page's place in the header's navigation: its label and where it links. */
  nav?: { label: TextKey; href: (paths: Paths) => string };
  /**
   * Where an example of the kind is in a build, under the base and the language's
   * prefix, `*` standing for one path segment (the leader pages' is `leaders/` then
   * `*` then a slash). Absent for pages that are not HTML.
   */
  example?: string;
}

/** Every kind of page, in the order the audits visit them. */
export const PAGE_KINDS = [
  {
    kind: 'home',
    file: '[...locale]/[...page].astro',
    localized: true,
    nav: { label: 'nav.home', href: (p) => p.home() },
    example: '',
  },
  {
    kind: 'article',
    file: 'articles/[year]/[month]/[slug].astro',
    localized: false,
    example: 'articles/*/*/*/',
  },
  {
    kind: 'leaders',
    file: '[...locale]/[side]/index.astro',
    localized: true,
    nav: { label: 'nav.leaders', href: (p) => p.leaders() },
    example: 'leaders/',
  },
  { kind: 'leader', file: '[...locale]/[side]/[id]/[...page].astro', localized: true, example: 'leaders/*/' },
  {
    kind: 'leader pair',
    file: '[...locale]/[side]/[id]/with/[other]/[...page].astro',
    localized: true,
    example: 'leaders/*/with/*/',
  },
  {
    kind: 'countries',
    file: '[...locale]/[side]/index.astro',
    localized: true,
    nav: { label: 'nav.countries', href: (p) => p.countries() },
    example: 'countries/',
  },
  {
    kind: 'country',
    file: '[...locale]/[side]/[id]/[...page].astro',
    localized: true,
    example: 'countries/*/',
  },
  {
    kind: 'country pair',
    file: '[...locale]/[side]/[id]/with/[other]/[...page].astro',
    localized: true,
    example: 'countries/*/with/*/',
  },
  {
    kind: 'topics',
    file: '[...locale]/tags/index.astro',
    localized: true,
    nav: { label: 'nav.topics', href: (p) => p.tags() },
    example: 'tags/',
  },
  { kind: 'topic', file: '[...locale]/tags/[slug]/[...page].astro', localized: true, example: 'tags/*/' },
  {
    kind: 'archive',
    file: '[...locale]/archive/index.astro',
    localized: true,
    nav: { label: 'nav.archive', href: (p) => p.archive() },
    example: 'archive/',
  },
  {
    kind: 'archive year',
    file: '[...locale]/archive/[year]/index.astro',
    localized: true,
    example: 'archive/*/',
  },
  {
    kind: 'archive month',
    file: '[...locale]/archive/[year]/[month]/[...page].astro',
    localized: true,
    example: 'archive/*/*/',
  },
  { kind: 'search', file: '[...locale]/search/index.astro', localized: true, example: 'search/' },
  { kind: 'data', file: '[...locale]/data/index.astro', localized: true, example: 'data/' },
  {
    kind: 'codebook',
    file: '[...locale]/data/codebook/index.astro',
    localized: true,
    example: 'data/codebook/',
  },
  { kind: 'not found', file: '404.astro', localized: false },
  { kind: 'site feed', file: 'rss.xml.ts', localized: false },
  { kind: 'entity feed', file: '[side]/[id]/rss.xml.ts', localized: false },
  { kind: 'data file', file: 'data/[file].ts', localized: false },
  { kind: 'shard plan', file: 'search/shards.json.ts', localized: false },
  { kind: 'opensearch', file: 'opensearch.xml.ts', localized: false },
  { kind: 'robots', file: 'robots.txt.ts', localized: false },
] as const satisfies readonly PageKind[];

/** The name of a kind of page. */
export type PageKindName = (typeof PAGE_KINDS)[number]['kind'];

/** The header's navigation: the kinds with a place in it, in the header's order. */
export const NAVIGATION: readonly PageKindName[] = ['home', 'archive', 'leaders', 'countries', 'topics'];
