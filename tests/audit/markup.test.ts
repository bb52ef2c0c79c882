import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build';
import { sharedSite } from '../support/shared-site';
import { htmlFiles } from '../support/dist';
import { startSiteServer, type SiteServer } from '../support/server';
import { pageKinds, pathOf } from './site-pages';

let root = '';
let archive = '';
beforeAll(() => {
  root = sharedSite();
  archive = sharedSite('/archive');
});

describe('HTML validity', () => {
  it('finds no html-validate error on any page, at the root or under /archive/', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const outDir of [root, archive]) {
      const files = htmlFiles(outDir);
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        const report = await validator.validateFile(path.join(outDir, file));
        for (const result of report.results) {
          for (const m of result.messages) {
            errors.push(
              `${path.relative(ROOT, result.filePath)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`,
            );
          }
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it('reports invalid markup when there is some (the validator is really checking)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"></p><p id="a"></p></body></html>',
      path.join(ROOT, 'probe.html'),
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('no-dup-id');
  });
});

/** What a page holds that a strict Content-Security-Policy would block, or that runs without a file. */
function inlineCode(html: string): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  $('script:not([src])').each((_, el) => {
    const type = $(el).attr('type');
    if (type !== 'application/ld+json') found.push(`inline <script${type ? ` type="${type}"` : ''}>`);
  });
  $('style').each(() => {
    found.push('inline <style>');
  });
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) found.push(`${name}= on <${(el as { name: string }).name}>`);
      if (name === 'style') found.push(`style= on <${(el as { name: string }).name}>`);
      if (
        ['href', 'src', 'action', 'formaction'].includes(name) &&
        /^\s*(javascript|vbscript):/i.test(value)
      ) {
        found.push(`${name}="${value.slice(0, 30)}"`);
      }
    }
  });
  return found;
}

describe('inline code', () => {
  it('finds no inline script (other than JSON-LD), inline style or event handler anywhere in the build', () => {
    const found: string[] = [];
    for (const outDir of [root, archive]) {
      for (const file of htmlFiles(outDir)) {
        for (const what of inlineCode(readFileSync(path.join(outDir, file), 'utf8')))
          found.push(`${file}: ${what}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('would notice each kind of inline code', () => {
    expect(
      inlineCode(
        '<script>x()</script><script type="module">y()</script><style>p{}</style>' +
          '<img src="a.png" onerror="z()"><p style="color:red"><a href="javascript:alert(1)">a</a>' +
          '<script type="application/ld+json">{}</script><script src="/a.js"></script>',
      ),
    ).toEqual([
      'inline <script>',
      'inline <script type="module">',
      'inline <style>',
      'onerror= on <img>',
      'style= on <p>',
      'href="javascript:alert(1)"',
    ]);
  });
});

describe('structured data and head metadata', () => {
  const head = (outDir: string, sitePath: string) =>
    cheerio.load(readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8'));

  it('gives every page a title, description, canonical URL, OpenGraph and Twitter tags, language and site feed', () => {
    for (const file of htmlFiles(root).filter((f) => f !== '404.html')) {
      const $ = cheerio.load(readFileSync(path.join(root, file), 'utf8'));
      expect($('title').text().trim(), file).not.toBe('');
      expect($('html').attr('lang'), file).toMatch(/^[a-z]{2,3}/);
      expect($('meta[name="description"]').attr('content'), file).toBeTruthy();
      expect($('link[rel="canonical"]').attr('href'), file).toMatch(/^https?:\/\//);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) {
        expect($(`meta[property="${property}"]`).attr('content'), `${file} ${property}`).toBeTruthy();
      }
      expect($('meta[name="twitter:card"]').attr('content'), file).toBe('summary');
      expect($('link[rel="alternate"][type="application/rss+xml"]').last().attr('href'), file).toBe(
        '/rss.xml',
      );
    }
  });

  it('gives an article a NewsArticle and a BreadcrumbList that parse as JSON', () => {
    const article = pathOf(pageKinds(root), 'article');
    const $ = head(root, article);
    const blocks = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).html() ?? '') as { '@type': string; datePublished?: string })
      .get();
    expect(blocks.map((b) => b['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(blocks[0]!.datePublished).toBe($('article time').first().attr('datetime'));
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
  });

  it('offers a citation block below an article, kept out of the search index', () => {
    const $ = head(root, pathOf(pageKinds(root), 'article'));
    const block = $('.citation');
    expect(block.closest('[data-pagefind-ignore]').length).toBe(1);
    expect(
      block
        .find('summary')
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['APA', 'Chicago', 'BibTeX']);
    const canonical = $('link[rel="canonical"]').attr('href')!;
    for (const pre of block.find('pre').toArray()) expect($(pre).text()).toContain(canonical);
  });

  it('links leader and country pages to their own feeds, in the head and on the page', () => {
    const kinds = pageKinds(root);
    for (const [kind, prefix] of [
      ['leader', '/leaders/'],
      ['country', '/countries/'],
    ] as const) {
      const sitePath = pathOf(kinds, kind);
      const $ = head(root, sitePath);
      const feed = `${sitePath}rss.xml`;
      expect(feed.startsWith(prefix)).toBe(true);
      expect($(`link[rel="alternate"][href="${feed}"]`).length).toBe(1);
      expect($(`main a[href="${feed}"]`).length).toBe(1);
    }
  });
});

describe('feeds', () => {
  /** The items of a feed in the build, with their link and dates. */
  function items(outDir: string, file: string) {
    const $ = cheerio.load(readFileSync(path.join(outDir, file), 'utf8'), { xml: true });
    return $('item')
      .map((_, item) => ({
        link: $(item).children('link').text(),
        pubDate: $(item).children('pubDate').text(),
        dcDate: $(item).children('dc\\:date').text(),
        creator: $(item).children('dc\\:creator').text(),
      }))
      .get();
  }

  it('dates every item of the site feed as its page does, offset included, and credits it', () => {
    const list = items(root, 'rss.xml');
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(50);
    for (const item of list) {
      const sitePath = new URL(item.link).pathname;
      const $ = cheerio.load(readFileSync(path.join(root, sitePath, 'index.html'), 'utf8'));
      expect(item.dcDate, item.link).toBe($('article time').first().attr('datetime'));
      expect(item.pubDate, item.link).toMatch(/GMT$/);
      expect(item.creator, item.link).not.toBe('');
    }
  });

  it('gives every leader and country a feed of the articles its page lists', () => {
    for (const prefix of ['leaders', 'countries']) {
      const ids = htmlFiles(root)
        .filter((f) => new RegExp(`^${prefix}/[^/]+/index\\.html$`).test(f))
        .map((f) => f.split('/')[1]!);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const feed = items(root, `${prefix}/${id}/rss.xml`).map((i) => new URL(i.link).pathname);
        const $ = cheerio.load(readFileSync(path.join(root, prefix, id, 'index.html'), 'utf8'));
        const listed = $('main a[href^="/articles/"]')
          .map((_, a) => $(a).attr('href'))
          .get()
          .filter((href, i, all) => all.indexOf(href) === i);
        expect(feed, `${prefix}/${id}`).toEqual(listed.slice(0, 50));
      }
    }
  });
});

describe('security headers', () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await startSiteServer(root);
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** The rules of `public/_headers`: path pattern → header name (lower case) → value. */
  function headersFile(): Map<string, Map<string, string>> {
    const rules = new Map<string, Map<string, string>>();
    let current: Map<string, string> | undefined;
    for (const line of readFileSync(path.join(ROOT, 'public/_headers'), 'utf8').split('\n')) {
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      if (!/^\s/.test(line)) {
        current = new Map();
        rules.set(line.trim(), current);
      } else {
        const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
        current?.set(name.toLowerCase(), value.trim());
      }
    }
    return rules;
  }

  /** The headers nginx adds through `deploy/security-headers.conf`. */
  function nginxHeaderNames(): string[] {
    const conf = readFileSync(path.join(ROOT, 'deploy/security-headers.conf'), 'utf8');
    return [...conf.matchAll(/^\s*add_header\s+(\S+)/gm)].map((m) => m[1]!.toLowerCase());
  }

  it('ships the _headers file with the build', () => {
    expect(readFileSync(path.join(root, '_headers'), 'utf8')).toBe(
      readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'),
    );
  });

  it('has a strict policy: no inline scripts, WebAssembly for search, no framing', () => {
    const csp = headersFile().get('/*')?.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('serves pages from nginx with exactly the headers _headers gives them, and a short cache', async () => {
    const rules = headersFile().get('/*')!;
    for (const url of [server.url, `${server.url}no-such-page/`]) {
      const response = await fetch(url);
      await response.arrayBuffer();
      for (const [name, value] of rules)
        expect(`${name}: ${response.headers.get(name)}`).toBe(`${name}: ${value}`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    }
    const documented = new Set([...rules.keys(), 'cache-control']);
    expect(nginxHeaderNames().filter((name) => !documented.has(name))).toEqual([]);
  });

  it('serves hashed assets with a year-long immutable cache, as _headers says, and the same security headers', async () => {
    const rules = headersFile();
    const html = await (await fetch(server.url)).text();
    const asset = /href="(\/_astro\/[^"]+)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const response = await fetch(server.origin + asset!);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(rules.get('/_astro/*')?.get('cache-control'));
    expect(response.headers.get('cache-control')).toContain('immutable');
    for (const [name, value] of rules.get('/*')!) expect(response.headers.get(name)).toBe(value);
  });

  it('serves every data file with the type and charset _headers gives it, as nginx does', async () => {
    const rules = headersFile();
    /** The `Content-Type` _headers gives a file, from its `/*.<extension>` rule. */
    const typeOf = (file: string) => rules.get(`/*${path.extname(file)}`)?.get('content-type');
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(csv|jsonl|json|xml|txt)$/.test(e.name))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    // One of each kind: the open data, the feeds and sitemaps, the search's plan, robots.txt.
    for (const pattern of [
      /^data\/.*\.csv$/,
      /^data\/.*\.jsonl$/,
      /^data\/.*\.json$/,
      /^rss\.xml$/,
      /^robots\.txt$/,
    ]) {
      expect(
        files.some((f) => pattern.test(f)),
        String(pattern),
      ).toBe(true);
    }
    for (const file of files) {
      const type = typeOf(file);
      expect(type, file).toMatch(/; charset=utf-8$/);
      const response = await fetch(`${server.url}${file}`);
      await response.arrayBuffer();
      expect(`${file}: ${response.headers.get('content-type')}`).toBe(`${file}: ${type}`);
    }
  });

  it('answers 404 for dotfiles and host configuration files, never their content', async () => {
    writeFileSync(path.join(root, '.env'), 'SECRET=dotfile');
    mkdirSync(path.join(root, '.git'), { recursive: true });
    writeFileSync(path.join(root, '.git/config'), 'SECRET=git');
    writeFileSync(path.join(root, 'articles/.htaccess'), 'SECRET=htaccess');
    writeFileSync(path.join(root, '_redirects'), 'SECRET=redirects');
    // The build is shared by the whole run: the planted files go once the requests are made.
    try {
      for (const file of ['.env', '.git/config', 'articles/.htaccess', '_headers', '_redirects']) {
        const response = await fetch(`${server.url}${file}`);
        const body = await response.text();
        expect(`${file}: ${response.status}`).toBe(`${file}: 404`);
        expect(body).not.toContain('SECRET');
        expect(body).not.toContain('Content-Security-Policy');
      }
    } finally {
      for (const planted of ['.env', '.git', 'articles/.htaccess', '_redirects']) {
        rmSync(path.join(root, planted), { recursive: true, force: true });
      }
    }
  });

  it('keeps a missing file under /_astro/ out of long caches: a 404 revalidated on every visit', async () => {
    const response = await fetch(`${server.origin}/_astro/not-yet-deployed.js`);
    await response.arrayBuffer();
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('redirects a path without its slash with a relative Location', async () => {
    const response = await fetch(`${server.url}search`, { redirect: 'manual' });
    await response.arrayBuffer();
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/search/');
  });

  it('sends Strict-Transport-Security for a year, leaving includeSubDomains to the deployer', async () => {
    const response = await fetch(server.url);
    await response.arrayBuffer();
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(headersFile().get('/*')?.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('compresses feeds, sitemaps and JSON', async () => {
    const shard = readdirSync(path.join(root, 'pagefind'), { withFileTypes: true }).find((d) =>
      d.isDirectory(),
    );
    for (const file of [
      'rss.xml',
      'sitemap-index.xml',
      'sitemap-0.xml',
      `pagefind/${shard?.name}/pagefind-entry.json`,
    ]) {
      const response = await fetch(`${server.url}${file}`, { headers: { 'accept-encoding': 'gzip' } });
      await response.arrayBuffer();
      expect(`${file}: ${response.status} ${response.headers.get('content-encoding')}`).toBe(
        `${file}: 200 gzip`,
      );
    }
  });
});
