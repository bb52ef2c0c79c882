/**
 * The sites the browser tests of search run against, built in one place so the
 * way they are built can be changed for all: the default site is the run's shared build, the
 * others are built once per test file.
 * `default` is the archive in `content/`; `research` the fixture archive
 * `tests/fixtures/archives/research/`, with enough articles for filters, date
 * ranges and exports; `shards` a small archive whose index has a shard per year.
 */
import path from 'node:path';
import { buildSiteOrThrow, ROOT } from '../support/build';
import { sharedSite } from '../support/shared-site';

/** The archives the search tests use. */
export type SearchSiteName = 'default' | 'research';

const CONTENT: Record<SearchSiteName, string | undefined> = {
  default: undefined,
  research: path.join(ROOT, 'tests/fixtures/archives/research'),
};

/** Builds an archive for a test file, at the root or under `base`; returns the output folder. */
export function searchSite(archive: SearchSiteName, { name, base }: { name: string; base?: string }): string {
  // The default site is the run's shared build (tests/support/shared-site.ts).
  if (archive === 'default') return sharedSite(base);
  const contentDir = CONTENT[archive];
  return buildSiteOrThrow({ name, ...(base ? { base } : {}), ...(contentDir ? { contentDir } : {}) });
}
