import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP } from '../support/build';
import { SHARED_SITE_URL, sharedSite } from '../support/shared-site';
import { htmlFiles } from '../support/dist';
import { startSiteServer, type SiteServer } from '../support/server';
import { crawl, type CrawlResult } from './crawl';

const SITE_URL = SHARED_SITE_URL;

/** The `<loc>` addresses of an XML sitemap or sitemap index. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
}

for (const base of ['', '/archive']) {
  describe(`the build served ${base ? `under ${base}/` : 'at the root'}`, () => {
    let outDir = '';
    let server: SiteServer;
    let result: CrawlResult;
    /** Moves an absolute URL of the site (SITE_URL) to the test server. */
    const served = (url: string) => url.replace(SITE_URL, server.origin);

    beforeAll(async () => {
      outDir = sharedSite(base);
      server = await startSiteServer(outDir, base ? { base } : {});
      const feeds = ['rss.xml', 'robots.txt', 'sitemap-index.xml'].map((f) => server.url + f);
      result = await crawl(server.url, server.url, feeds);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('has no internal link, stylesheet, form or fragment that fails to resolve', () => {
      expect(result.broken).toEqual([]);
    });

    it('reaches every page of the build by following links from the home page', () => {
      const reached = new Set(result.pages.map((u) => new URL(u).pathname));
      const prefix = base ? `${base}/` : '/';
      const unreached = htmlFiles(outDir)
        .filter((f) => f !== '404.html')
        .map((f) => prefix + f.replace(/index\.html$/, ''))
        .filter((p) => !reached.has(p));
      expect(unreached).toEqual([]);
    });

    it('lists in its sitemap only pages that exist, under the base path, with absolute URLs', async () => {
      const index = await (await fetch(server.url + 'sitemap-index.xml')).text();
      const sitemaps = locs(index);
      expect(sitemaps.length).toBeGreaterThan(0);
      const pages: string[] = [];
      for (const sitemap of sitemaps) {
        expect(sitemap.startsWith(`${SITE_URL}${base}/`)).toBe(true);
        const response = await fetch(served(sitemap));
        expect(response.status).toBe(200);
        pages.push(...locs(await response.text()));
      }
      expect(pages).toContain(`${SITE_URL}${base}/`);
      for (const page of pages) {
        expect(page.startsWith(`${SITE_URL}${base}/`)).toBe(true);
        expect(result.pages).toContain(served(page));
      }
    });

    it('names the sitemap in robots.txt with its absolute URL', async () => {
      const robots = await (await fetch(server.url + 'robots.txt')).text();
      expect(robots).toContain(`Sitemap: ${SITE_URL}${base}/sitemap-index.xml`);
    });

    it('links every item of its feeds to a page that exists', async () => {
      const feedUrls = [server.url + 'rss.xml'];
      const home = await (await fetch(server.url)).text();
      expect(home).toContain(`<link rel="alternate" type="application/rss+xml"`);
      // One feed per leader and country, beside its page at the root (the pages under a
      // language's prefix link to the same feed).
      for (const page of result.pages.filter(
        (p) => p.startsWith(server.url) && /^(leaders|countries)\/[^/]+\/$/.test(p.slice(server.url.length)),
      )) {
        feedUrls.push(page + 'rss.xml');
      }
      expect(feedUrls.length).toBeGreaterThan(2);
      for (const feedUrl of feedUrls) {
        const response = await fetch(feedUrl);
        expect(response.status, feedUrl).toBe(200);
        const xml = await response.text();
        const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
        for (const link of links) expect(result.pages).toContain(served(link));
      }
    });
  });
}

describe('the link checker', () => {
  it('reports missing pages, missing fragments and links that leave the base path', async () => {
    const dir = path.join(TMP, 'crawl-fixture');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'a'), { recursive: true });
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><title>x</title><h1 id="top">x</h1>' +
        '<a href="a/">ok</a><a href="a/#here">ok</a><a href="#top">ok</a>' +
        '<a href="missing/">1</a><a href="a/#nowhere">2</a><a href="/elsewhere/">3</a>',
    );
    writeFileSync(path.join(dir, 'a', 'index.html'), '<!doctype html><title>a</title><p id="here">a</p>');
    const server = await startSiteServer(dir, { base: '/archive' });
    try {
      const result = await crawl(server.url, server.url);
      expect(result.pages).toEqual([server.url, `${server.url}a/`]);
      expect(result.broken.map((b) => [b.href, b.reason])).toEqual([
        ['missing/', 'status 404'],
        ['a/#nowhere', 'no element with id "nowhere"'],
        ['/elsewhere/', "leaves the site's base /archive/"],
      ]);
    } finally {
      await server.stop();
    }
  });
});
