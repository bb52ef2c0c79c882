/**
 * The shard plan of the search index, written into the site for the index step
 * (src/search/index/write.ts), which indexes exactly these shards: the search
 * page lists the same plan.
 */
import type { APIRoute } from 'astro';
import { getShardPlan } from '../../build/search-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getShardPlan(), null, 2));
