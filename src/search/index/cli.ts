/**
 * The second step of `npm run build`: `tsx src/search/index/cli.ts [--site dist]`
 * writes the search index of the site `astro build` wrote, in the shards its
 * plan names (see write.ts); shards whose pages are unchanged since the last build are copied
 * from the build cache (`ARCHIVE_CACHE_DIR`, see cache.ts). `--years 2015,2016`
 * rewrites only the shards holding those years and leaves the others as they are. Exit code 1, with Pagefind's errors, when it cannot.
 */
import { parseArgs } from 'node:util';
import { resolveCacheDir } from '../../model/env';
import { parseYearList } from '../shards';
import { writeSearchIndex } from './write';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, years: { type: 'string' } },
});
const site = values.site;
try {
  const years = values.years === undefined ? undefined : parseYearList(values.years);
  const started = performance.now();
  const { outputPath, pages, written, reused, shards } = await writeSearchIndex(site, {
    forceLanguage: 'en',
    cacheDir: resolveCacheDir(process.env['ARCHIVE_CACHE_DIR']),
    ...(years ? { years } : {}),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const count = (n: number): string => (n === 1 ? '1 shard' : `${n} shards`);
  const which = years
    ? `${written.length} of ${count(shards.length)}: ${written.map((shard) => shard.id).join(', ')}`
    : reused.length > 0
      ? `${count(shards.length)}, ${reused.length} unchanged since the last build`
      : count(shards.length);
  console.log(
    `[search index] ${pages} article pages read, index written to ${outputPath} in ${seconds} s (${which})`,
  );
} catch (error) {
  console.error(`[search index] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
