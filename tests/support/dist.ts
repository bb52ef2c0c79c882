/**
 * Reading a build's output: its pages as parsed HTML, and whether a site URL
 * resolves to a file, the way a static host would serve it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

/** Every HTML file of a build, as paths relative to its folder. */
export function htmlFiles(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) return walk(full);
      return d.name.endsWith('.html') ? [path.relative(outDir, full)] : [];
    });
  return walk(outDir).sort();
}

/** Loads a page by its site path (`/leaders/` → `leaders/index.html`). */
export function loadPage(outDir: string, sitePath: string): cheerio.CheerioAPI {
  const file = fileFor(outDir, sitePath, '/');
  if (!file) throw new Error(`no page for ${sitePath} in ${outDir}`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/**
 * The file a static host serves for a URL path under `base`, or undefined.
 * `/archive/leaders/` → `<outDir>/leaders/index.html`.
 */
export function fileFor(outDir: string, urlPath: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!urlPath.startsWith(prefix) && urlPath !== base) return undefined;
  const rel = decodeURIComponent(urlPath.slice(prefix.length).split(/[?#]/)[0] ?? '');
  const candidate = path.join(outDir, rel);
  if (!candidate.startsWith(outDir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Visible text of a selection, with white space folded. */
export function text($: cheerio.CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}
