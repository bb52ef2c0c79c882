/**
 * The frame every page shares: the skip link, the masthead, the navigation (from
 * the page-kind manifest), the header's search form, the footer and the head's
 * site-wide links, in the page's interface language.
 */
import type { Segment } from '../i18n';
import { NAVIGATION, PAGE_KINDS } from './manifest';
import type { RouteContext, Version } from './context';
import type { FeedRef } from './meta';

/** A link of the frame. */
export interface FrameLink {
  href: string;
  label: string;
  /** The page the reader is on, or a section of it. */
  current?: boolean;
}

/** What the frame shows around a page. */
export interface Frame {
  skip: string;
  brand: { href: string; name: string; tagline: string };
  nav: { label: string; links: FrameLink[] };
  /**
   * The header's search form, which submits to the search page without
   * JavaScript; none on the search page, whose own form is the one search box.
   */
  searchForm?: { action: string; label: string; placeholder: string; submit: string };
  footer: { about: Segment[]; siteName: string; links: FrameLink[] };
  /** The whole archive's feed, offered on every page. */
  siteFeed: FeedRef;
  openSearch: { href: string; title: string };
  favicon: string;
  /** The page in the other interface languages it exists in, each named in itself; none when it exists in one. */
  languages?: { label: string; links: { href: string; lang: string; autonym: string; current: boolean }[] };
}

/**
 * The frame of the page at `path` (its URL path, base included).
 * @example frameOf(ctx, '/leaders/').nav.links.find((l) => l.current)?.label // "Leaders"
 */
export function frameOf(
  ctx: Pick<RouteContext, 'locale' | 'paths'>,
  path: string,
  versions: readonly Version[] = [],
): Frame {
  const { locale, paths } = ctx;
  const site = locale.t('site.name');
  const home = paths.home();
  const links = NAVIGATION.map((name) => {
    const kind = PAGE_KINDS.find((k) => k.kind === name);
    if (!kind || !('nav' in kind)) throw new Error(`the page kind "${name}" has no place in the navigation`);
    const href = kind.nav.href(paths);
    const current = href === home ? path === href : path.startsWith(href);
    return { href, label: locale.t(kind.nav.label), ...(current && { current }) };
  });
  const languages = versions.filter((v) => v.autonym !== undefined);
  const frame: Frame = {
    skip: locale.t('frame.skip'),
    brand: { href: home, name: site, tagline: locale.t('site.tagline') },
    nav: { label: locale.t('frame.nav'), links },
    ...(path !== paths.search() && {
      searchForm: {
        action: paths.search(),
        label: locale.t('searchForm.label'),
        placeholder: locale.t('searchForm.placeholder'),
        submit: locale.t('searchForm.submit'),
      },
    }),
    footer: {
      about: locale.segments('footer.about'),
      siteName: site,
      links: [
        { href: paths.archive(), label: locale.t('footer.byDate') },
        { href: paths.leaders(), label: locale.t('footer.leaders') },
        { href: paths.countries(), label: locale.t('footer.countries') },
        { href: paths.search(), label: locale.t('footer.search') },
        { href: paths.data(), label: locale.t('footer.data') },
      ],
    },
    siteFeed: { title: locale.t('head.siteFeed', { site }), href: paths.feed() },
    openSearch: { href: paths.openSearch(), title: locale.t('head.openSearch', { site }) },
    favicon: paths.asset('favicon.svg'),
  };
  if (languages.length > 1) {
    frame.languages = {
      label: locale.t('frame.languages'),
      links: languages.map((v) => ({
        href: new URL(v.href).pathname,
        lang: v.hreflang,
        autonym: v.autonym!,
        current: v.current === true,
      })),
    };
  }
  return frame;
}
