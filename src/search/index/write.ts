/**
 * Writes the Pagefind search index of a built site in shards of consecutive
 * years, each in its folder `<site>/pagefind/<id>/`, made from exactly the
 * article pages in `<site>`, as the shard plan the page build wrote into the
 * site says (`search/shards.json`, see ../shards.ts): the search page lists the
 * very same shards. Runs after `astro build` has
 * exited (see `npm run build`), so the index does not share memory with the page
 * build, and writes one shard after the other, closing Pagefind in between, so
 * its memory is bounded by the largest shard, not by the archive. Any indexing
 * error is thrown with what Pagefind reported.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ShardCache, fingerprintPages } from './cache';
import {
  parseShardPlan,
  planMismatches,
  SHARD_PLAN_FILE,
  shardGlob,
  shardsHolding,
  type SearchShard,
  type YearCount,
} from '../shards';
import { ARTICLES_DIR, SEARCH_DIR } from '../../model/site';

export interface SearchIndexOptions {
  /**
   * Index every page as this language (ISO 639-1), whatever its `<html lang>`.
   *
   * Pagefind otherwise writes one index per language and the browser searches only
   * the index of the search page's own language, so an English search page would
   * never find a Russian article. One index for the whole archive lets one search
   * box find every language. Words are stemmed by this language's rules only, so
   * Russian and Kazakh words are matched through the stem tokens their articles
   * carry (see ../stem/tokens.ts).
   */
  forceLanguage: string;
  /**
   * Rewrites only the shards that hold these years, for an incremental rebuild,
   * and leaves every other folder as it is. The shards are planned as a full run
   * would plan them from the same site; when the plan's other shards are not all
   * there, it has changed since the last full run, and this throws. By default
   * every shard is written and anything else in `<site>/pagefind/` is removed.
   */
  years?: readonly number[];
  /**
   * The build cache (see cache.ts): a full run copies from it every shard whose
   * pages are unchanged since it was written, and keeps there the shards it writes.
   */
  cacheDir?: string;
}

/** What was written. */
export interface SearchIndexResult {
  /** `<site>/pagefind`, the folder of the shards. */
  outputPath: string;
  /** Article pages read into the shards written (Pagefind indexes the `data-pagefind-body` of each). */
  pages: number;
  /** The shards written, newest first. */
  written: SearchShard[];
  /** The shards copied unchanged from the build cache, newest first. */
  reused: SearchShard[];
  /** Every shard of the site's plan, newest first. */
  shards: SearchShard[];
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * The shard plan the page build wrote into the site, checked against the
 * article pages there: a plan that does not describe them (pages added or
 * removed since) would give the search page other shards than the index.
 */
function readShardPlan(siteDir: string): SearchShard[] {
  const file = path.join(siteDir, SHARD_PLAN_FILE);
  if (!existsSync(file)) {
    fail(`index ${siteDir}`, [
      `it has no shard plan (${SHARD_PLAN_FILE}): build its pages first (astro build)`,
    ]);
  }
  const { shards } = parseShardPlan(readFileSync(file, 'utf8'), file);
  const found = countArticlePages(siteDir);
  if (found.length === 0) fail(`index ${siteDir}`, [`it holds no article page (${ARTICLES_DIR}/**/*.html)`]);
  const problems = planMismatches(shards, found);
  if (problems.length > 0) {
    fail(`index ${siteDir} by its shard plan (${SHARD_PLAN_FILE})`, [
      ...problems,
      'build its pages again (astro build)',
    ]);
  }
  return shards;
}

/** The article pages of each year folder of a built site (`articles/<year>/**\/*.html`), newest first. */
function countArticlePages(siteDir: string): YearCount[] {
  const articles = path.join(siteDir, ARTICLES_DIR);
  if (!existsSync(articles)) return [];
  return readdirSync(articles, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && String(Number(entry.name)) === entry.name)
    .map((entry) => ({
      year: Number(entry.name),
      count: readdirSync(path.join(articles, entry.name), { recursive: true }).filter((file) =>
        String(file).endsWith('.html'),
      ).length,
    }))
    .filter((year) => year.count > 0)
    .sort((a, b) => b.year - a.year);
}

/**
 * Writes one shard with a Pagefind process of its own, closed before returning.
 * The shard is written beside its folder and then put in its place, so a failed
 * write leaves the previous one as it was. Returns the pages read.
 */
async function writeShard(siteDir: string, shard: SearchShard, forceLanguage: string): Promise<number> {
  const outputPath = path.resolve(siteDir, shard.dir);
  const staging = path.join(path.dirname(outputPath), `.${shard.id}.new`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({ forceLanguage });
    if (!created.index || created.errors.length > 0) fail('start', created.errors);
    const glob = shardGlob(shard);
    const added = await created.index.addDirectory({ path: siteDir, glob });
    if (added.errors.length > 0) fail(`index ${siteDir}`, added.errors);
    if (added.page_count === 0) fail(`index ${siteDir}`, [`it holds no article page (${glob})`]);
    const written = await created.index.writeFiles({ outputPath: staging });
    if (written.errors.length > 0) fail('write the index', written.errors);
    rmSync(outputPath, { recursive: true, force: true });
    renameSync(staging, outputPath);
    return added.page_count;
  } finally {
    await pagefind.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Indexes the article pages of the built site in `siteDir` into
 * `siteDir/pagefind/<shard>/`. Only articles are search results, so the
 * listings are not even read: at 10,000 articles that saves a third of the time
 * and a tenth of the memory.
 */
export async function writeSearchIndex(
  siteDir: string,
  { forceLanguage, years, cacheDir }: SearchIndexOptions,
): Promise<SearchIndexResult> {
  const shards = readShardPlan(siteDir);
  const outputPath = path.join(siteDir, SEARCH_DIR);
  const present = (shard: SearchShard): boolean =>
    existsSync(path.join(path.resolve(siteDir, shard.dir), 'pagefind-entry.json'));

  let chosen = shards;
  if (years) {
    const holding = shardsHolding(shards, years);
    if (holding.unknown.length > 0) {
      throw new Error(
        `${siteDir} has no article page of ${holding.unknown.join(', ')} (${ARTICLES_DIR}/<year>/): index the whole site instead`,
      );
    }
    const missing = shards.filter((shard) => !holding.shards.includes(shard) && !present(shard));
    if (missing.length > 0) {
      throw new Error(
        `the search shards of ${siteDir} have changed since its index was written (no ${missing.map((s) => s.dir).join(', ')}): index the whole site instead`,
      );
    }
    chosen = holding.shards;
  }

  let pages = 0;
  const written: SearchShard[] = [];
  const reused: SearchShard[] = [];
  const cache = cacheDir !== undefined && !years ? new ShardCache(cacheDir) : undefined;
  for (const shard of chosen) {
    const shardPath = path.resolve(siteDir, shard.dir);
    const fingerprint = cache
      ? fingerprintPages(
          siteDir,
          shard.years.map((year) => `${ARTICLES_DIR}/${year}`),
          { forceLanguage },
        )
      : '';
    if (cache?.restore(shard.id, fingerprint, shardPath)) {
      reused.push(shard);
      continue;
    }
    pages += await writeShard(siteDir, shard, forceLanguage);
    written.push(shard);
    cache?.save(shard.id, fingerprint, shardPath);
  }
  cache?.keepOnly(shards.map((shard) => shard.id));

  if (!years) {
    // Shards of an earlier plan, or an index of an earlier layout.
    const keep = new Set(shards.map((shard) => path.resolve(siteDir, shard.dir)));
    for (const name of readdirSync(outputPath)) {
      const entry = path.resolve(outputPath, name);
      if (!keep.has(entry)) rmSync(entry, { recursive: true, force: true });
    }
  }
  return { outputPath, pages, written, reused, shards };
}
