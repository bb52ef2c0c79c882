/**
 * Builds the Pagefind search index as the last step of `astro build`, so every
 * build output folder (`dist/`, or whatever `--outDir` names) holds its pages and
 * a `pagefind/` index made from exactly those pages. Any indexing error fails the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface PagefindIndexOptions {
  /**
   * Index every page as this language (ISO 639-1), whatever its `<html lang>`.
   *
   * Pagefind otherwise writes one index per language and the browser searches only
   * the index of the search page's own language, so an English search page would
   * never find a Russian article. One index for the whole archive lets one search
   * box find every language; the cost is that words are stemmed by this language's
   * rules only (other scripts are matched as written, and prefixes still match).
   */
  forceLanguage: string;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** The Astro integration that writes `<outDir>/pagefind/` after each build. */
export function pagefindIndex({ forceLanguage }: PagefindIndexOptions): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage });
          if (!created.index || created.errors.length > 0) fail('start', created.errors);
          const index = created.index;
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) fail(`index ${outDir}`, added.errors);
          if (added.page_count === 0) fail(`index ${outDir}`, ['no page has data-pagefind-body']);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) fail('write the index', written.errors);
          logger.info(`search index written to ${written.outputPath} (${added.page_count} pages read)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
