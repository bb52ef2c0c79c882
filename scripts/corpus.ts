/**
 * Writes a deterministic synthetic archive in the format of `content/`:
 *
 *   npm run corpus -- --articles 10000 --out .tmp/corpus-10k [--seed 1]
 *
 * then `ARCHIVE_CONTENT_DIR=.tmp/corpus-10k npm run build` builds the site from it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedFrom } from './lib/prng';
import { writeCorpus } from './lib/corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`--articles must be a positive integer, not "${values.articles}"`);
  process.exit(2);
}
if (!values.out) {
  console.error('usage: npm run corpus -- --articles N --out DIR [--seed S]');
  process.exit(2);
}

const started = performance.now();
const out = path.resolve(values.out);
try {
  const summary = writeCorpus({ articles, out, seed: seedFrom(values.seed) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (summary.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `Wrote ${summary.articles} articles (${summary.firstYear}–${summary.lastYear}), ${summary.leaders} leaders and ` +
      `${summary.countries} countries to ${out}: ${mb} MB in ${seconds} s (seed ${values.seed}).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
