// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { resolveBasePath, resolveCacheDir, resolveSiteUrl } from './src/model/env.ts';
import { removeStaleOutput } from './src/build/stale-output.ts';
import { mdxGuard, mdxHtmlGuard } from './src/build/mdx-guard.ts';
import { checkOutputFolder } from './src/build/output-folder.ts';
import { citationWorkers } from './src/build/citation-pool.ts';
import { sitemapAlternates } from './src/build/sitemap-alternates.ts';

// Every deployment setting comes from the environment; see README "Configuration".
const site = resolveSiteUrl(process.env.SITE_URL);
const base = resolveBasePath(process.env.BASE_PATH);
// Run by Node from its source, not bundled: the build starts it, and pages find it through CITATION_WORKER.
const citationWorker = fileURLToPath(new URL('./src/build/citation-worker.ts', import.meta.url));
// The build cache, where builds keep what the next one reuses (citations, articles' HTML).
// The sitemap lists each page's alternates in other languages as its own head names them.
const alternates = sitemapAlternates();
const buildCache = fileURLToPath(
  new URL(`${resolveCacheDir(process.env.ARCHIVE_CACHE_DIR)}/`, new URL('.', import.meta.url)),
);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No inline <style>: the site runs under a strict Content-Security-Policy (style-src 'self').
  // Pages render four at a time: while one waits for its citation or a file, another renders.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The search index is written after the build, by src/search/index/ (see `npm run build`).
  // A build writes over the last one's output (see vite.build below) and then removes
  // what it no longer makes (src/build/stale-output.ts).
  // A cold build starts a citation worker once the content is loaded, so that it is ready
  // when the first article page renders; a rebuild, which finds most citations in the cache, starts one when it needs it.
  integrations: [
    checkOutputFolder(),
    citationWorkers(citationWorker, buildCache),
    mdx(),
    alternates.integration,
    sitemap({ serialize: alternates.serialize }),
    removeStaleOutput(),
  ],
  // Articles keep the punctuation their source used: no "smart" quotes or dashes.
  // An MDX file that would run code, or whose HTML leaves the articles' allowlist, fails
  // before it is compiled (src/build/mdx-guard.ts).
  // Code is highlighted with classes (Prism), styled by global.css: no inline styles.
  markdown: {
    processor: satteri({
      features: { smartPunctuation: false },
      mdastPlugins: [mdxGuard],
      hastPlugins: [mdxHtmlGuard],
    }),
    syntaxHighlight: 'prism',
  },
  devToolbar: { enabled: false },
  experimental: {
    // A rebuild copies the pages whose cacheKey (src/model/cache-keys.ts) and code are
    // unchanged from the previous build instead of rendering them again.
    incrementalBuild: true,
  },
  // The dev server watches the sources, not the scratch builds and generated archives of tests and benchmarks.
  vite: {
    server: { watch: { ignored: ['**/.tmp/**', '**/dist/**'] } },
    build: {
      // The pages the incremental build keeps stay where they are instead of being copied back.
      emptyOutDir: false,
      rollupOptions: {
        // Astro's MDX integration marks each compiled article "use astro:head-inject", a
        // directive of Astro's own that the bundler warns it cannot keep; Astro reads it before
        // bundling, so the warning (several lines for every MDX article) says nothing to act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
    // Content entries name their files relative to the project root.
    define: {
      'import.meta.env.PROJECT_ROOT': JSON.stringify(fileURLToPath(new URL('.', import.meta.url))),
      'import.meta.env.CACHE_DIR': JSON.stringify(buildCache),
      'import.meta.env.CITATION_WORKER': JSON.stringify(citationWorker),
    },
  },
  // A build of another archive (the benchmark's, a test's) keeps its caches (content layer,
  // incremental build) apart, so concurrent builds never share one.
  cacheDir: resolveCacheDir(process.env.ARCHIVE_CACHE_DIR),
});
