/**
 * The kinds of page a build has, each with one real example found in the build
 * output (so the audits follow the content rather than a hard-coded list).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A page kind and the site path (without the base) of one page of that kind. */
export interface PageKind {
  kind: string;
  path: string;
}

function firstDir(dir: string, depth: number): string | undefined {
  if (!existsSync(dir)) return undefined;
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'page')
    .map((d) => d.name)
    .sort();
  for (const name of names) {
    if (depth === 1) return name;
    const rest = firstDir(path.join(dir, name), depth - 1);
    if (rest) return `${name}/${rest}`;
  }
  return undefined;
}

/** One page of every kind the build has: home, article, listings, search, open data, and the 404 page. */
export function pageKinds(outDir: string): PageKind[] {
  const kinds: PageKind[] = [{ kind: 'home', path: '/' }];
  const add = (kind: string, prefix: string, depth: number): void => {
    const found = firstDir(path.join(outDir, prefix), depth);
    if (found) kinds.push({ kind, path: `/${prefix}/${found}/` });
  };
  add('article', 'articles', 3);
  kinds.push({ kind: 'leaders', path: '/leaders/' });
  add('leader', 'leaders', 1);
  add('leader pair', 'leaders', 3);
  kinds.push({ kind: 'countries', path: '/countries/' });
  add('country', 'countries', 1);
  add('country pair', 'countries', 3);
  kinds.push({ kind: 'topics', path: '/tags/' });
  add('topic', 'tags', 1);
  kinds.push({ kind: 'archive', path: '/archive/' });
  add('archive year', 'archive', 1);
  add('archive month', 'archive', 2);
  kinds.push({ kind: 'search', path: '/search/' });
  kinds.push({ kind: 'data', path: '/data/' });
  kinds.push({ kind: 'codebook', path: '/data/codebook/' });
  const pages = kinds.filter((k) => existsSync(path.join(outDir, k.path, 'index.html')));
  // Any unknown address: the server answers with the site's 404 page.
  return [...pages, { kind: 'not found', path: '/no-such-page/' }];
}

/** The site path of one page of `kind`; throws when the build has none. */
export function pathOf(kinds: readonly PageKind[], kind: string): string {
  const found = kinds.find((k) => k.kind === kind);
  if (!found) throw new Error(`the build has no ${kind} page`);
  return found.path;
}
