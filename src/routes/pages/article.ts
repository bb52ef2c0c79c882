/**
 * An article's page (`/articles/2021/05/<slug>/`): the text as its source
 * published it, its facts, leaders and countries, provenance, citations, the
 * other reports of its event, related articles and its neighbours in time.
 * An article page exists once; its frame speaks the interface language the
 * build gives it, and the article's own text keeps the article's language.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Article } from '../../model/archive';
import { reportTimeline } from '../../model/events';
import { provenanceOf } from '../../model/provenance';
import { articleSearchRecord, type ArticleSearchRecord } from '../../search/record';
import { chipsOf, dateText, textLang, type Chip, type DateText, type TextLang } from '../cards';
import { dateTrail, pageHead, type PageHead, type RouteContext } from '../context';
import { trailOf, type Trail } from '../listing';
import { citationMeta, citedItem, type MetaTag } from '../meta';
import { kindLabel } from '../names';
import { breadcrumbLd, newsArticleLd } from '../structured-data';
import { articleVersions, versionAlternates, versionsOf, type ArticleVersions } from '../versions';
import type { Link } from './entities';

/** The OpenGraph and reference-manager facts of an article page's head. */
export interface ArticleMeta {
  published: string;
  modified: string | undefined;
  section: string;
  tags: string[];
  /** The tags reference managers read (Highwire, Dublin Core, PRISM). */
  citation: MetaTag[];
}

/** A fact of the article's header: a text, a link, or a date. */
export interface ArticleFact {
  label: string;
  /** The text's language, when it is the article's and not the page's (a byline, a dateline). */
  lang?: string;
  text?: string;
  href?: string;
  date?: DateText;
}

/** A labelled row of the Provenance block. */
export interface ProvenanceRow {
  label: string;
  text: string;
  href?: string;
  /** Shown as code: an address or a checksum. */
  code?: boolean;
}

/** Another report of the article's event, or the article itself in its place. */
export interface ReportItem {
  title: string;
  href: string;
  source: string;
  date: DateText;
  /** The article the page is about, listed unlinked in its place. */
  current?: string;
  lang?: string;
}

/** Everything an article page shows besides its body and citations. */
export interface ArticleRoute {
  head: PageHead;
  article: ArticleMeta;
  trail: Trail;
  /** The language of the article's own text, when it is not the page's. */
  text: TextLang;
  kind: string;
  title: string;
  /** The summary under the headline; absent when the body opens with the same words. */
  standfirst?: string;
  facts: ArticleFact[];
  dateline?: string;
  chips: { label: string; items: Chip[] };
  topics: { label: string; items: (Link & { lang?: string })[] };
  search: ArticleSearchRecord;
  /** "This article in: Русский · Қазақша": its versions in other languages (../versions.ts); none without any. */
  versions: ArticleVersions | undefined;
  provenance: { heading: string; rows: ProvenanceRow[] };
  citeHeading: string;
  reports?: { heading: string; order: string; items: ReportItem[] };
  related: { heading: string; items: { href: string; title: string; date: DateText; lang?: string }[] };
  nav?: {
    label: string;
    older?: Link & { title: string; lang?: string };
    newer?: Link & { title: string; lang?: string };
  };
}

/** An article's body, ready to place: Markdown as HTML, MDX as a component that renders with the given components. */
export type ArticleBody = { html: string } | { Content: AstroComponentFactory };

/** What an article page shows around the article: computed once for the whole archive. */
export interface Surroundings {
  related: Article[];
  otherReports?: Article[];
  /** Its versions in other languages (they change the page when their titles change). */
  versions?: Article[];
  older?: Article | undefined;
  newer?: Article | undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: tags dropped, character references read, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref: string, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name.toLowerCase()] ?? ref),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether an article's body opens with its summary: a source's lead sentence is
 * often both, and the page then shows it once, in the body.
 * @example opensWith('<p>Tokayev met Putin. They spoke.</p>', 'Tokayev met Putin.') // true
 */
export function opensWith(html: string, summary: string): boolean {
  const first = /<p[\s>][\s\S]*?<\/p>/i.exec(html);
  if (!first) return false;
  const opening = textOf(first[0]);
  const lead = summary.replace(/\s+/g, ' ').trim();
  return lead.length > 0 && opening.startsWith(lead);
}

/**
 * The route data of one article page. `bodyHtml`, when the body is Markdown,
 * tells whether it opens with the summary (see {@link opensWith}); `bodyText`
 * is the body as readers read it, without markup, for the stems its search
 * record indexes.
 */
export function articleRoute(
  article: Article,
  around: Surroundings,
  ctx: RouteContext,
  bodyHtml?: string,
  bodyText = '',
): ArticleRoute {
  const { locale, paths, site, archive } = ctx;
  const versions = versionsOf(article, archive.articleById);
  const { published, data } = article;
  const crumbs = dateTrail(ctx, published, { label: article.title });
  const kind = kindLabel(data.kind, locale);
  const text = textLang(data.lang, locale);
  const lang = (other: Article): { lang?: string } => {
    const t = textLang(other.data.lang, locale);
    return t.lang === undefined ? {} : { lang: t.lang };
  };
  const facts: ArticleFact[] = [
    { label: locale.t('article.published'), date: dateText(published, locale, true) },
    ...(article.updated
      ? [{ label: locale.t('article.updated'), date: dateText(article.updated, locale, true) }]
      : []),
    {
      label: locale.t('article.source'),
      text: data.source.name,
      ...(data.source.url && { href: data.source.url }),
    },
    ...(data.author ? [{ label: locale.t('article.author'), text: data.author, ...lang(article) }] : []),
    ...(data.dateline
      ? [{ label: locale.t('article.dateline'), text: data.dateline, ...lang(article) }]
      : []),
  ];
  const facts2 = provenanceOf(data, article.epochMs);
  const provenance: ProvenanceRow[] = [
    {
      label: locale.t('provenance.source'),
      text: facts2.sourceName,
      ...(facts2.sourceUrl && { href: facts2.sourceUrl }),
    },
    ...(facts2.sourceUrl
      ? [{ label: locale.t('provenance.address'), text: facts2.sourceUrl, code: true }]
      : []),
    { label: locale.t('provenance.licence'), text: facts2.licence ?? locale.t('provenance.noLicence') },
    ...(facts2.sha256 ? [{ label: locale.t('provenance.sha256'), text: facts2.sha256, code: true }] : []),
    ...(facts2.importer ? [{ label: locale.t('provenance.importer'), text: facts2.importer }] : []),
    ...(facts2.archiveUrl
      ? [
          {
            label: locale.t('provenance.archived'),
            text: locale.t('provenance.wayback'),
            href: facts2.archiveUrl,
          },
        ]
      : []),
  ];
  const timeline = reportTimeline(article, around.otherReports ?? []);
  const route: ArticleRoute = {
    head: pageHead(ctx, {
      path: article.url,
      title: article.title,
      description: article.summary,
      // An article exists once; its versions in other languages are its alternates.
      versions: versionAlternates(article, versions),
      jsonLd: [
        newsArticleLd(article, archive, { site, paths }, versions),
        breadcrumbLd(crumbs, article.permanentUrl, site),
      ],
    }),
    article: {
      published: published.iso,
      modified: article.updated?.iso,
      section: kind,
      tags: article.tags.map((t) => t.name),
      citation: citationMeta(citedItem(article, article.permanentUrl)),
    },
    trail: trailOf(ctx, crumbs),
    text,
    kind,
    title: article.title,
    ...(!(bodyHtml !== undefined && opensWith(bodyHtml, article.summary)) && { standfirst: article.summary }),
    facts,
    chips: { label: locale.t('article.chips'), items: chipsOf(article, ctx) },
    topics: {
      label: locale.t('article.topics'),
      items: article.tags.map((t) => ({ href: paths.tag(t.slug), label: t.name, ...lang(article) })),
    },
    search: articleSearchRecord(article, archive, bodyText),
    versions: articleVersions(versions, locale.code),
    provenance: { heading: locale.t('provenance.heading'), rows: provenance },
    citeHeading: locale.t('cite.heading'),
    related: {
      heading: locale.t('related.heading'),
      items: around.related.map((a) => ({
        href: paths.article(a),
        title: a.title,
        date: dateText(a.published, locale),
        ...lang(a),
      })),
    },
  };
  if (data.dateline) route.dateline = data.dateline;
  if (timeline.some((r) => !r.current)) {
    route.reports = {
      heading: locale.t('reports.heading'),
      order: locale.t('reports.order'),
      items: timeline.map(({ article: a, current }) => ({
        title: a.title,
        href: a.url,
        source: a.data.source.name,
        date: dateText(a.published, locale, true),
        ...(current && { current: locale.t('reports.current', { title: a.title }) }),
        ...lang(a),
      })),
    };
  }
  if (around.older || around.newer) {
    route.nav = { label: locale.t('articleNav.label') };
    if (around.older)
      route.nav.older = {
        href: paths.article(around.older),
        label: locale.t('articleNav.older'),
        title: around.older.title,
        ...lang(around.older),
      };
    if (around.newer)
      route.nav.newer = {
        href: paths.article(around.newer),
        label: locale.t('articleNav.newer'),
        title: around.newer.title,
        ...lang(around.newer),
      };
  }
  return route;
}
