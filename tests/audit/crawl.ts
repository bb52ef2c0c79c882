/**
 * A link checker that crawls a served build over HTTP, the way a reader's
 * browser resolves links: relative to the page, under the base path the site is
 * deployed at. Serving `dist/` at `/` would hide every broken `/archive/` link.
 */
import * as cheerio from 'cheerio';

/** A link that does not resolve, with the page it is on. */
export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

export interface CrawlResult {
  /** Every HTML page reached, as absolute URLs without fragment. */
  pages: string[];
  /** Every other internal resource fetched (styles, scripts, feeds…). */
  resources: string[];
  broken: BrokenLink[];
}

interface Fetched {
  status: number;
  type: string;
  ids?: Set<string>;
  links?: { href: string; fragmentOnly: boolean }[];
}

const LINK_SELECTORS = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['form[action]', 'action'],
  ['iframe[src]', 'src'],
] as const;

async function load(url: string): Promise<Fetched> {
  const response = await fetch(url, { redirect: 'manual' });
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== 200 || !type.includes('text/html')) {
    await response.arrayBuffer();
    return { status: response.status, type };
  }
  const $ = cheerio.load(await response.text());
  const ids = new Set<string>();
  $('[id]').each((_, el) => {
    ids.add($(el).attr('id') ?? '');
  });
  $('a[name]').each((_, el) => {
    ids.add($(el).attr('name') ?? '');
  });
  const links: { href: string; fragmentOnly: boolean }[] = [];
  for (const [selector, attr] of LINK_SELECTORS) {
    $(selector).each((_, el) => {
      const href = $(el).attr(attr);
      if (href !== undefined) links.push({ href, fragmentOnly: href.startsWith('#') });
    });
  }
  return { status: response.status, type, ids, links };
}

/**
 * Crawls from `startUrl`, following every link that stays under `scope` (the
 * site's address with its base path). Every internal link must answer 200 and
 * every `#fragment` must name an element of its target page. Links to the same
 * origin outside `scope` are reported: under a sub-path they would leave the site.
 */
export async function crawl(
  startUrl: string,
  scope: string,
  extra: readonly string[] = [],
): Promise<CrawlResult> {
  const origin = new URL(scope).origin;
  const cache = new Map<string, Promise<Fetched>>();
  const get = (url: string): Promise<Fetched> => {
    let pending = cache.get(url);
    if (!pending) {
      pending = load(url);
      cache.set(url, pending);
    }
    return pending;
  };
  const broken: BrokenLink[] = [];
  const pages = new Set<string>();
  const resources = new Set<string>();
  const queue: string[] = [startUrl, ...extra];
  const seen = new Set<string>(queue);

  while (queue.length > 0) {
    const batch = queue.splice(0, 16);
    await Promise.all(
      batch.map(async (pageUrl) => {
        const page = await get(pageUrl);
        if (page.status !== 200) {
          broken.push({ from: '(start)', href: pageUrl, reason: `status ${page.status}` });
          return;
        }
        if (!page.links) {
          resources.add(pageUrl);
          return;
        }
        pages.add(pageUrl);
        for (const { href } of page.links) {
          let target: URL;
          try {
            target = new URL(href, pageUrl);
          } catch {
            broken.push({ from: pageUrl, href, reason: 'not a URL' });
            continue;
          }
          if (target.protocol !== 'http:' && target.protocol !== 'https:') {
            if (target.protocol !== 'mailto:')
              broken.push({ from: pageUrl, href, reason: `${target.protocol} link` });
            continue;
          }
          if (target.origin !== origin) continue;
          const fragment = decodeURIComponent(target.hash.slice(1));
          target.hash = '';
          const address = target.href;
          if (!address.startsWith(scope)) {
            broken.push({ from: pageUrl, href, reason: `leaves the site's base ${new URL(scope).pathname}` });
            continue;
          }
          const fetched = await get(address);
          if (fetched.status !== 200) {
            broken.push({ from: pageUrl, href, reason: `status ${fetched.status}` });
            continue;
          }
          if (fragment && !fetched.ids?.has(fragment)) {
            broken.push({ from: pageUrl, href, reason: `no element with id "${fragment}"` });
          }
          if (!seen.has(address)) {
            seen.add(address);
            queue.push(address);
          }
        }
      }),
    );
  }
  return { pages: [...pages].sort(), resources: [...resources].sort(), broken };
}
