/**
 * Measures the ways of searching Russian and Kazakh that docs/researchers.md
 * compares, on the committed test set (tests/e2e/language-queries.ts over
 * tests/fixtures/archives/languages/): recall, precision and index bytes of
 * the search as it was (words as written, one English index), and of
 *
 *   (a) per-language Pagefind indexes: each page indexed in its own language
 *       (Pagefind stems Russian; Kazakh, which it has no stemmer for, as
 *       written), searched with the query as typed in each language's index,
 *       the results merged;
 *   (b) stem tokens at index time and the query's stems (what the site does,
 *       src/search/stem/);
 *   (c) the query's stems only, over today's index (no tokens): each Cyrillic
 *       word searched as its stem, which Pagefind extends to every indexed
 *       word it begins.
 *
 * It builds the fixture archive once (the site's own index is (b)), writes
 * the indexes of (a) and (c) beside it from the same pages with Pagefind's
 * Node API, and runs every query in Chromium against each.
 *
 *   npm run search:languages
 *
 * A script that prints figures, not a test.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { buildSiteOrThrow, ROOT } from './lib/build';
import { launchBrowser } from './lib/browser';
import { startSiteServer } from './lib/server';
import { LANGUAGE_QUERIES, recallPrecision, type LanguageQuery } from '../tests/e2e/language-queries';
import { resolveReadings, searchTerm, READINGS } from '../src/search/stem/query';
import { STEM_MARK } from '../src/search/stem/tokens';

const site = buildSiteOrThrow({
  name: 'search-languages',
  contentDir: path.join(ROOT, 'tests/fixtures/archives/languages'),
});

/** Every article page of the site, as Pagefind's Node API takes it, with the stem tokens left out. */
function pagesWithoutTokens(): { url: string; content: string }[] {
  const dir = path.join(site, 'articles');
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => ({
      url: `/articles/${path.dirname(file)}/`,
      content: readFileSync(path.join(dir, file), 'utf8').replace(
        new RegExp(`${STEM_MARK}[^\\s<]*`, 'gu'),
        '',
      ),
    }));
}

/** Writes an index of the pages without tokens into `<site>/<folder>/`. */
async function writeVariant(folder: string, forceLanguage?: string): Promise<void> {
  const outputPath = path.join(site, folder);
  rmSync(outputPath, { recursive: true, force: true });
  const { index } = await pagefind.createIndex(forceLanguage ? { forceLanguage } : {});
  if (!index) throw new Error('Pagefind did not start');
  for (const page of pagesWithoutTokens()) await index.addHTMLFile(page);
  await index.writeFiles({ outputPath });
  await pagefind.close();
}

/** The bytes of a folder's files. */
function bytesOf(dir: string, filter: (file: string) => boolean = () => true): number {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => statSync(path.join(dir, file)).isFile() && filter(file))
    .reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

await writeVariant('pagefind-a');
await writeVariant('pagefind-c', 'en');
const server = await startSiteServer(site);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(`${server.url}search/`);

/** The file names of the results of `term` in the index at `basePath` (merged over `languages`). */
async function search(
  basePath: string,
  term: string,
  languages: readonly string[] = ['en'],
): Promise<string[]> {
  return page.evaluate(
    async ({ basePath, term, languages }) => {
      const found = new Set<string>();
      for (const language of languages) {
        const bundle = (await import(`${basePath}pagefind.js`)) as {
          createInstance: (o: object) => {
            init: () => Promise<void>;
            search: (t: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
          };
        };
        // Pagefind picks an index by the page's language.
        document.documentElement.lang = language;
        const instance = bundle.createInstance({ basePath });
        await instance.init();
        const response = await instance.search(term);
        for (const result of response.results) {
          const { url } = await result.data();
          found.add(url.split('/').filter(Boolean).pop() ?? url);
        }
      }
      return [...found];
    },
    { basePath, term, languages },
  );
}

const count = (basePath: string) => async (token: string) => (await search(basePath, token)).length;
/** (c): a Cyrillic word as its stem, unmarked, which Pagefind extends to every word it begins. */
const stemsOnly = (term: string): string =>
  term
    .split(' ')
    .map((word) => word.split(READINGS)[0]!.replaceAll(STEM_MARK, ''))
    .join(' ');

const variants = {
  'before: words as written, one English index': (q: string) => search('/pagefind-c/', q),
  '(a) per-language indexes': (q: string) => search('/pagefind-a/', q, ['en', 'ru', 'kk']),
  '(b) stem tokens, query stems': async (q: string) =>
    search('/pagefind/2024/', await resolveReadings(searchTerm(q), count('/pagefind/2024/'))),
  '(c) query stems only': (q: string) => search('/pagefind-c/', stemsOnly(searchTerm(q))),
} as const;

for (const [name, run] of Object.entries(variants)) {
  const outcomes: (LanguageQuery & { found: string[] })[] = [];
  for (const query of LANGUAGE_QUERIES) outcomes.push({ ...query, found: await run(query.query) });
  const line = (['ru', 'kk', 'en'] as const)
    .map((language) => {
      const { recall, precision } = recallPrecision(outcomes.filter((o) => o.language === language));
      return `${language} recall ${(recall * 100).toFixed(1)} %, precision ${(precision * 100).toFixed(1)} %`;
    })
    .join('; ');
  const missed = outcomes
    .filter(
      (o) =>
        o.must.some((slug) => !o.found.includes(slug)) || o.mustNot.some((slug) => o.found.includes(slug)),
    )
    .map((o) => o.query);
  console.log(`${name}: ${line}\n  queries with a miss or a wrong result: ${missed.join(', ') || 'none'}`);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const indexOnly = (file: string): boolean => /\.pf_(index|meta|fragment|filter)$/.test(file);
console.log(
  `index files (index, page tables, records, filters) of the ${pagesWithoutTokens().length} articles: ` +
    `(a) ${kb(bytesOf(path.join(site, 'pagefind-a'), indexOnly))}, ` +
    `(b) ${kb(bytesOf(path.join(site, 'pagefind/2024'), indexOnly))}, ` +
    `(c) ${kb(bytesOf(path.join(site, 'pagefind-c'), indexOnly))}`,
);
const wasm = (readdirSync(path.join(site, 'pagefind-a')) as string[]).filter((f) => f.startsWith('wasm.'));
console.log(
  `(a) loads a WebAssembly per language it searches: ${wasm
    .map((f) => `${f} ${kb(statSync(path.join(site, 'pagefind-a', f)).size)}`)
    .join(', ')} (gzipped as served)`,
);
await browser.close();
await server.stop();
