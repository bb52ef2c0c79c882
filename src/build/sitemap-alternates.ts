/**
 * The sitemap's alternates (`<xhtml:link rel="alternate" hreflang>`), read
 * back from each built page's own head: a page that names itself in other
 * languages with `<link rel="alternate" hreflang="…" href="…">` (an article's
 * versions, see src/routes/versions.ts; later, the interface's language
 * versions of every page) gets the same links in the sitemap, with nothing to
 * keep in step. `@astrojs/sitemap` calls {@link SitemapAlternates.serialize}
 * for every URL once the pages are written; the integration tells it where
 * they were written.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';

/** One alternate of a page: its language and absolute URL. */
export interface PageAlternate {
  lang: string;
  url: string;
}

const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

const decode = (value: string): string =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/**
 * The `<link rel="alternate" hreflang href>` of a page's head, in their order.
 * Feeds (`rel="alternate"` without `hreflang`) are not alternates.
 * @example headAlternates('<head><link rel="alternate" hreflang="kk" href="https://x/kk/"></head>')
 *   // [{ lang: 'kk', url: 'https://x/kk/' }]
 */
export function headAlternates(html: string): PageAlternate[] {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const found: PageAlternate[] = [];
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const m of tag.matchAll(ATTRIBUTE)) {
      attributes.set((m[1] ?? '').toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const lang = attributes.get('hreflang');
    const url = attributes.get('href');
    if (rel.includes('alternate') && lang && url) found.push({ lang, url });
  }
  return found;
}

/**
 * The file a sitemap URL was built to (`build.format: 'directory'`):
 * `https://site/base/articles/x/` → `<outDir>/articles/x/index.html`.
 */
export function pageFile(url: string, outDir: string, base: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const inSite = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
  return path.join(outDir, inSite, inSite === '' || inSite.endsWith('/') ? 'index.html' : '');
}

/** Bytes read at a time while looking for a page's `</head>`. */
const CHUNK = 16 * 1024;

/**
 * The start of a built page up to and including its `</head>` (the whole file
 * when it has none): the sitemap needs a page's head, and reading the bodies of
 * every page, 1.2 GB at 10,000 articles, is what made the sitemap the build's
 * peak of memory and time.
 */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, total);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      // Decoded from the start each time, so that a character split between chunks is whole once the next arrives.
      const text = Buffer.concat(chunks, total).toString('utf8');
      const end = text.search(/<\/head>/i);
      if (end !== -1) return text.slice(0, end + '</head>'.length);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * A copy of `text` that shares no memory with the string it was cut from: V8
 * keeps the whole of a string alive while any piece cut from it lives, and the
 * sitemap holds every page's alternates until it is written.
 */
const own = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** The integration that learns where pages are written, and the sitemap's `serialize`. */
export interface SitemapAlternates {
  integration: AstroIntegration;
  serialize: (item: SitemapItem) => SitemapItem;
}

/** Alternates for `@astrojs/sitemap`: put `integration` before `sitemap({ serialize })`. */
export function sitemapAlternates(): SitemapAlternates {
  let outDir = '';
  let base = '/';
  return {
    integration: {
      name: 'news-archive:sitemap-alternates',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          base = config.base;
        },
      },
    },
    serialize: (item) => {
      let head: string;
      try {
        head = readHead(pageFile(item.url, outDir, base));
      } catch {
        // Not a page of the build (an endpoint): no alternates to read.
        return item;
      }
      const links = headAlternates(head).map(({ lang, url }) => ({ lang: own(lang), url: own(url) }));
      return links.length > 0 ? { ...item, links } : item;
    },
  };
}
