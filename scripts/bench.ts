/**
 * The archive at scale, measured: generates an archive of N articles, builds it
 * cold (pages, then the search index), times a cold search in Chromium and a
 * rebuild after editing one article, and builds the same Markdown with Hugo.
 *
 *   npm run bench -- --articles 10000 [--seed 1] [--skip-hugo] [--skip-search] [--skip-warm]
 *
 * Prints a table, then the same figures as JSON (also written to
 * `.tmp/bench/<N>-<seed>/result.json`). Not a test: figures, not assertions.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus';
import { folderSize, largestPage } from './lib/files';
import { measure, type Measured } from './lib/measure';
import { ASTRO, SEARCH_INDEX, TSX } from './lib/build';
import { seedFrom } from './lib/prng';
import { probeSearch, type SearchProbe } from './lib/search-probe';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'skip-hugo': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-warm': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive integer`);

const work = path.join(ROOT, '.tmp', 'bench', `${articles}-${values.seed}`);
const corpus = path.join(work, 'corpus');
const dist = path.join(work, 'dist');
const cache = path.join(work, 'astro-cache');
const hugoOut = path.join(work, 'hugo');
const log = (message: string): void => console.error(`[bench] ${message}`);

const MB = 1024 * 1024;
const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

// 1. The archive, generated once per size and seed.
const marker = path.join(work, 'corpus.json');
if (!existsSync(marker)) {
  rmSync(corpus, { recursive: true, force: true });
  log(`generating ${articles} articles…`);
  const summary = writeCorpus({ articles, out: corpus, seed: seedFrom(values.seed) });
  writeFileSync(marker, JSON.stringify(summary));
}
const corpusBytes = folderSize(corpus).bytes;

// 2. A cold build: no output, no content-layer cache.
const astroEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ARCHIVE_CONTENT_DIR: corpus,
  ARCHIVE_CACHE_DIR: cache,
  ASTRO_TELEMETRY_DISABLED: '1',
};
delete astroEnv['BASE_PATH'];
/** A full build as `npm run build` runs it: the pages, then the search index, each measured. */
interface FullBuild {
  pages: Measured;
  index: Measured;
  ms: number;
  /** The higher of the two steps' peaks: they run one after the other. */
  peakRss: number;
}

function failed(what: string, run: Measured): never {
  console.error(run.lines.map((l) => l.text).join('\n'));
  throw new Error(`${what} failed with status ${run.status}`);
}

async function fullBuild(what: string): Promise<FullBuild> {
  const pages = await measure(process.execPath, [ASTRO, 'build', '--outDir', dist], {
    cwd: ROOT,
    env: astroEnv,
    echo: values.verbose,
  });
  if (pages.status !== 0) failed(`${what} (pages)`, pages);
  const index = await measure(process.execPath, [TSX, SEARCH_INDEX, '--site', dist], {
    cwd: ROOT,
    env: astroEnv,
    echo: values.verbose,
  });
  if (index.status !== 0) failed(`${what} (search index)`, index);
  return { pages, index, ms: pages.ms + index.ms, peakRss: Math.max(pages.peakRss, index.peakRss) };
}

rmSync(dist, { recursive: true, force: true });
rmSync(cache, { recursive: true, force: true });
log(`cold build of ${articles} articles…`);
const cold = await fullBuild('the cold build');
const saveLog = (name: string, build: FullBuild): void =>
  writeFileSync(
    path.join(work, name),
    [...build.pages.lines, ...build.index.lines.map((l) => ({ ...l, at: l.at + build.pages.ms }))]
      .map((l) => `${(l.at / 1000).toFixed(2)} ${l.text}`)
      .join('\n'),
  );
saveLog('cold.log', cold);

const html = folderSize(dist, (f) => f.endsWith('.html'));
const articlePages = folderSize(path.join(dist, 'articles'), (f) => f.endsWith('index.html'));
const index = folderSize(path.join(dist, 'pagefind'));
const total = folderSize(dist);
const largest = largestPage(dist);

// 3. A cold search in a fresh browser.
const searches: SearchProbe[] = [];
if (!values['skip-search']) {
  const leader = path.basename(readdirSync(path.join(corpus, 'leaders')).sort()[0] ?? '', '.yaml');
  const surname = leader.split('-').at(-1) ?? 'talks';
  for (const query of [surname, 'water resources', 'Переговоры']) {
    log(`cold search for "${query}"…`);
    searches.push(await probeSearch(dist, query));
  }
}

// 4. A rebuild after editing one article (the cache and the output stay).
let warm: FullBuild | undefined;
if (!values['skip-warm']) {
  const month = path.join(corpus, 'articles', '2015', '06');
  const file = path.join(month, readdirSync(month).sort()[0] ?? '');
  const original = readFileSync(file, 'utf8');
  appendFileSync(file, '\nThis paragraph was added by the benchmark to time a rebuild.\n');
  log(`rebuild after editing ${path.relative(corpus, file)}…`);
  try {
    warm = await fullBuild('the rebuild');
  } finally {
    writeFileSync(file, original);
  }
  saveLog('warm.log', warm);
}

// 5. The same Markdown through Hugo.
let hugo: { run: Measured; pages: number; bytes: number; version: string } | undefined;
if (!values['skip-hugo']) {
  rmSync(hugoOut, { recursive: true, force: true });
  log('Hugo build…');
  const run = await measure(
    'hugo',
    ['--source', path.join(ROOT, 'bench/hugo'), '--contentDir', corpus, '--destination', hugoOut, '--quiet'],
    { cwd: ROOT },
  );
  if (run.status !== 0) failed('the Hugo build', run);
  const version = execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim().split(' ')[1] ?? '';
  hugo = {
    run,
    pages: folderSize(hugoOut, (f) => f.endsWith('.html')).files,
    bytes: folderSize(hugoOut).bytes,
    version,
  };
}

const version = (pkg: string): string =>
  (
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const result = {
  articles,
  seed: values.seed,
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    hugo: hugo?.version,
  },
  corpusBytes,
  cold: {
    ms: Math.round(cold.ms),
    pagesMs: Math.round(cold.pages.ms),
    indexMs: Math.round(cold.index.ms),
    peakRss: cold.peakRss,
    pagesPeakRss: cold.pages.peakRss,
    indexPeakRss: cold.index.peakRss,
  },
  pages: html.files,
  distBytes: total.bytes,
  indexBytes: index.bytes,
  indexFiles: index.files,
  bytesPerArticlePage: Math.round(articlePages.bytes / Math.max(1, articlePages.files)),
  largestPage: largest,
  search: searches,
  warm: warm ? { ms: Math.round(warm.ms), peakRss: warm.peakRss, ratioToCold: warm.ms / cold.ms } : undefined,
  hugo: hugo
    ? { ms: Math.round(hugo.run.ms), peakRss: hugo.run.peakRss, pages: hugo.pages, distBytes: hugo.bytes }
    : undefined,
  ratioToHugo: hugo ? cold.ms / hugo.run.ms : undefined,
};

mkdirSync(work, { recursive: true });
writeFileSync(path.join(work, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);

const rows: [string, string][] = [
  ['Articles', articles.toLocaleString('en')],
  ['Full build (pages + index)', `${sec(cold.ms)}, peak ${mb(cold.peakRss)}`],
  ['— pages', `${sec(cold.pages.ms)}, peak ${mb(cold.pages.peakRss)}`],
  ['— search index', `${sec(cold.index.ms)}, peak ${mb(cold.index.peakRss)}`],
  ['Pages built', html.files.toLocaleString('en')],
  ['dist/ size', mb(total.bytes)],
  ['Search index size', `${mb(index.bytes)} in ${index.files.toLocaleString('en')} files`],
  ['Bytes per article page', kb(result.bytesPerArticlePage)],
  ['Largest page', `${kb(largest.bytes)} (${largest.page})`],
  ...searches.map((s): [string, string] => [
    `Cold search "${s.query}"`,
    `${Math.round(s.msToFirstResult)} ms to first results, ${kb(s.bytesTotal)} transferred (${kb(s.bytesIndex)} index)`,
  ]),
  ...(warm
    ? [
        [
          'Rebuild after editing one article',
          `${sec(warm.ms)} (${(warm.ms / cold.ms).toFixed(2)} × cold)`,
        ] as [string, string],
      ]
    : []),
  ...(hugo
    ? [
        [
          'Hugo, same Markdown',
          `${sec(hugo.run.ms)}, peak ${mb(hugo.run.peakRss)}, ${hugo.pages.toLocaleString('en')} pages`,
        ] as [string, string],
        ['Full build / Hugo', `${(cold.ms / hugo.run.ms).toFixed(1)} ×`] as [string, string],
      ]
    : []),
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\n| ${'Measure'.padEnd(width)} | Result |\n| ${'-'.repeat(width)} | ------ |`);
for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
console.log(
  `\nMachine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB; Node ${process.version}, ` +
    `Astro ${result.machine.astro}, Pagefind ${result.machine.pagefind}${hugo ? `, Hugo ${hugo.version}` : ''}; ` +
    `load average at the end ${result.machine.loadAverage.join(' ')}.\n`,
);
console.log(JSON.stringify(result, null, 2));
