/**
 * The articles' content loader: Astro's `glob()` loader, except that each
 * Markdown article's rendered HTML is kept in a file of the build cache, not in
 * the content store.
 *
 * Astro holds the whole store in memory and saves it as one string. With the
 * HTML inside, 100,000 articles make a string longer than V8 can hold, and the
 * page build carries every article's HTML for its whole run. Outside, the store
 * keeps front matter and a file name, and each article page reads its own HTML
 * when it renders (`articleHtml` in articles.ts).
 *
 * MDX articles are compiled to modules by Astro and rendered as before.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

/** The store field that names an entry's HTML file. */
export const HTML_FILE = 'htmlFile';

/** The HTML file named in an entry's rendered metadata, if the loader moved its HTML out. */
export function htmlFileOf(entry: { rendered?: { metadata?: Record<string, unknown> } }): string | undefined {
  const file = entry.rendered?.metadata?.[HTML_FILE];
  return typeof file === 'string' ? file : undefined;
}

export function articleLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'article-loader',
    load: async (context) => {
      const dir = path.join(fileURLToPath(context.config.cacheDir), 'article-html');
      mkdirSync(dir, { recursive: true });
      const { store } = context;
      const scoped: typeof store = {
        ...store,
        // An entry whose HTML file is gone (a cleared cache) is rendered again.
        get: <TData extends Record<string, unknown>>(id: string) => {
          const entry = store.get<TData>(id);
          const file = entry && htmlFileOf(entry);
          return file !== undefined && !existsSync(file) ? undefined : entry;
        },
        set: (entry) => {
          const rendered = entry.rendered;
          if (!rendered || !entry.digest) return store.set(entry);
          const file = path.join(dir, `${entry.digest}.html`);
          writeFileSync(file, rendered.html);
          const { headings = [], imagePaths = [] } = rendered.metadata ?? {};
          return store.set({
            ...entry,
            rendered: { html: '', metadata: { headings, imagePaths, [HTML_FILE]: file } },
          });
        },
      };
      await inner.load({ ...context, store: scoped });
      // HTML of entries since edited or removed.
      const kept = new Set(store.values().map((entry) => htmlFileOf(entry)));
      for (const name of readdirSync(dir)) {
        if (!kept.has(path.join(dir, name))) rmSync(path.join(dir, name), { force: true });
      }
    },
  };
}
