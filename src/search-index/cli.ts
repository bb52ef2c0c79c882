/**
 * The second step of `npm run build`: `tsx src/search-index/cli.ts [--site dist]`
 * writes the search index of the site `astro build` wrote. Exit code 1, with
 * Pagefind's errors, when it cannot.
 */
import { parseArgs } from 'node:util';
import { writeSearchIndex } from './write';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site;
try {
  const started = performance.now();
  const { outputPath, pages } = await writeSearchIndex(site, { forceLanguage: 'en' });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`[search index] ${pages} article pages read, index written to ${outputPath} in ${seconds} s`);
} catch (error) {
  console.error(`[search index] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
