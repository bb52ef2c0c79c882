/**
 * The kinds of page a build has, from the page-kind manifest (src/routes/manifest.ts),
 * each with one real example found in the build output: the audits visit every kind
 * the site declares, so a new kind cannot escape them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../src/i18n/locales';
import { PAGE_KINDS } from '../../src/routes/manifest';

/** A page kind and the site path (without the base) of one page of that kind. */
export interface PageKind {
  kind: string;
  path: string;
}

/** The first path under `dir` that matches the pattern's segments (`*` for any one segment but `page`). */
function firstMatch(dir: string, segments: readonly string[]): string | undefined {
  if (segments.length === 0) return existsSync(path.join(dir, 'index.html')) ? '' : undefined;
  const [head, ...rest] = segments;
  const names =
    head === '*'
      ? existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true })
            .filter((d) => d.isDirectory() && d.name !== 'page')
            .map((d) => d.name)
            .sort()
        : []
      : [head!];
  for (const name of names) {
    const found = firstMatch(path.join(dir, name), rest);
    if (found !== undefined) return `${name}/${found}`;
  }
  return undefined;
}

/**
 * One page of every HTML kind the manifest lists that the build has, in the
 * interface language of `prefix` (`''` at the root) for the frame's kinds, and
 * the 404 page, which the server answers an unknown address with.
 */
export function pageKinds(outDir: string, prefix = ''): PageKind[] {
  const kinds: PageKind[] = [];
  for (const kind of PAGE_KINDS) {
    if (!('example' in kind)) continue;
    const base = kind.localized && prefix ? `${prefix}/` : '';
    const segments = `${base}${kind.example}`.split('/').filter(Boolean);
    const found = firstMatch(outDir, segments);
    if (found !== undefined) kinds.push({ kind: kind.kind, path: `/${found}` });
  }
  return [...kinds, { kind: 'not found', path: `/${prefix ? `${prefix}/` : ''}no-such-page/` }];
}

/** The site path of one page of `kind`; throws when the build has none. */
export function pathOf(kinds: readonly PageKind[], kind: string): string {
  const found = kinds.find((k) => k.kind === kind);
  if (!found) throw new Error(`the build has no ${kind} page`);
  return found.path;
}

/**
 * One page of every kind in every interface language the build publishes: the
 * frame's kinds under each language's prefix, the pages that exist once (an
 * article) once, and the 404 page once.
 */
export function pageKindsInEveryLanguage(outDir: string): PageKind[] {
  const all: PageKind[] = [];
  for (const locale of LOCALES) {
    if (locale.prefix && !existsSync(path.join(outDir, locale.prefix))) continue;
    for (const found of pageKinds(outDir, locale.prefix)) {
      if (all.some((k) => k.path === found.path)) continue;
      if (found.kind === 'not found' && locale.prefix) continue;
      all.push({ kind: locale.prefix ? `${found.kind} (${locale.code})` : found.kind, path: found.path });
    }
  }
  return all;
}
