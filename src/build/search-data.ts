/**
 * The one shard plan of the search index, from the archive model and
 * `SEARCH_SHARD_PAGES` (Astro only: uses `getArchive`).
 */
import { getArchive } from './content';
import { resolveShardPages } from '../model/env';
import { planSearchShards, type ShardPlan } from '../search/shards';

/**
 * The one shard plan of the search index: planned from the archive's article
 * count per year with `SEARCH_SHARD_PAGES`, listed by the search page and
 * written into the site for the index step (src/pages/search/shards.json.ts).
 */
export async function getShardPlan(): Promise<ShardPlan> {
  const { years } = await getArchive();
  const maxPages = resolveShardPages(process.env['SEARCH_SHARD_PAGES']);
  return { maxPages, shards: planSearchShards(years, maxPages) };
}
