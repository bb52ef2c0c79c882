/**
 * The articles' content loader: Astro's `glob()` loader, except that
 *
 * - each Markdown article's rendered HTML passes through the allowlist of
 *   `sanitize.ts` and is kept in a file of the build cache, not in the content
 *   store;
 * - no article is lost without a word: two files that would get the same id
 *   (names differing in case or in spaces and hyphens) fail the build naming
 *   both, and so does a `slug:` key; files in the articles folder that are not
 *   loaded (`.MD`, `.markdown`, dotfiles, editor backups) fail the build or are
 *   named in a warning;
 * - an MDX article is checked on its syntax tree before Astro compiles it (no
 *   imports, exports, expressions or components other than the archive's own),
 *   and a Markdown article's local images must exist;
 * - front matter is checked against the article schema (`schema.ts`) file by
 *   file, each problem named as `<file>: <field>: <message>`, before Astro's own
 *   check, which stops at the first bad file;
 * - the load goes on past a refused file, so the build fails once, naming every
 *   refused file of the folder ({@link LoadProblems}); a refused entry is not
 *   stored, so the next build checks it again.
 *
 * Astro holds the whole store in memory and saves it as one string. With the
 * HTML inside, 100,000 articles make a string longer than V8 can hold, and the
 * page build carries every article's HTML for its whole run. Outside, the store
 * keeps front matter and a file name, and each article page reads its own HTML
 * when it renders (`articleHtml` in articles.ts).
 *
 * MDX articles are compiled to modules by Astro and rendered as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { relativePath } from './files';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { articleIdOf } from '../model/archive';
import { countWords } from '../model/open-data';
import { findUnsafeMarkup, findUnsafeMdxFrontmatter, type UnsafeMarkup } from '../model/safety';
import { articleSchema, validateWith } from '../model/schema';
import {
  sanitizeArticleHtml,
  ARTICLE_ATTRIBUTES,
  ARTICLE_CLASSES,
  ARTICLE_ELEMENTS,
} from '../model/sanitize';

/** The store field that names an entry's HTML file. */
export const HTML_FILE = 'htmlFile';

/** The store field that keeps what the loader learnt from a Markdown body (see {@link BodyFacts}). */
export const BODY_FACTS = 'bodyFacts';

/**
 * What the loader learns from a Markdown article's body while it has it, so the
 * build never reads the file again for it: its word count and its unsafe markup.
 */
export interface BodyFacts {
  words: number;
  unsafe: UnsafeMarkup[];
}

/** The facts of a Markdown body (see {@link BodyFacts}). */
export function bodyFacts(body: string): BodyFacts {
  return { words: countWords(body), unsafe: findUnsafeMarkup(body) };
}

/** The body facts kept in an entry's rendered metadata, if the loader kept them. */
export function bodyFactsOf(entry: {
  rendered?: { metadata?: Record<string, unknown> };
}): BodyFacts | undefined {
  const facts = entry.rendered?.metadata?.[BODY_FACTS] as Partial<BodyFacts> | undefined;
  return typeof facts?.words === 'number' && Array.isArray(facts.unsafe) ? (facts as BodyFacts) : undefined;
}

/** The HTML file named in an entry's rendered metadata, if the loader moved its HTML out. */
export function htmlFileOf(entry: { rendered?: { metadata?: Record<string, unknown> } }): string | undefined {
  const file = entry.rendered?.metadata?.[HTML_FILE];
  return typeof file === 'string' ? file : undefined;
}

/**
 * A digest of the sanitizer's allowlist, part of every HTML file's name: when
 * the allowlist changes, every article is rendered and sanitised again.
 */
const POLICY = createHash('sha256')
  .update(JSON.stringify([ARTICLE_ELEMENTS, ARTICLE_ATTRIBUTES, ARTICLE_CLASSES]))
  .digest('hex')
  .slice(0, 8);

/** The files of the articles folder the loader reads: `.md` and `.mdx`, not `_` or dot files. */
export const ARTICLE_PATTERN = '**/[^_.]*.{md,mdx}';

/** Files beside articles that are not articles and need no word: images. */
const ASSET = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** What the folder holds that the loader does not load, and what to say about it. */
export interface UnloadedFile {
  file: string;
  /** `error`: meant as an article but not loadable as written; `warning`: left out on purpose, or a leftover. */
  severity: 'error' | 'warning';
  reason: string;
}

/**
 * Sorts the files of an articles folder that {@link ARTICLE_PATTERN} leaves
 * out: an article file with an extension in another case or spelling (`.MD`,
 * `.markdown`) is an error; a dotfile, a `_` file, an editor's backup or any
 * other file (but images) gets a warning. Paths are relative to the folder.
 * @example classifyUnloaded(['a.md', 'b.MD']) // [{ file: 'b.MD', severity: 'error', … }]
 */
export function classifyUnloaded(files: readonly string[]): UnloadedFile[] {
  const out: UnloadedFile[] = [];
  for (const file of files) {
    const name = path.posix.basename(file);
    const hidden = file.split('/').some((part) => part.startsWith('.'));
    if (!hidden && /^[^_.].*\.(md|mdx)$/.test(name)) continue;
    if (ASSET.test(name) && !hidden) continue;
    if (/(~|\.swp|\.swo|\.bak|\.orig|\.tmp)$/i.test(name) || /^#.*#$/.test(name)) {
      out.push({ file, severity: 'warning', reason: "an editor's backup or lock file, not published" });
    } else if (hidden) {
      out.push({ file, severity: 'warning', reason: 'a hidden (dot) file, not published' });
    } else if (name.startsWith('_')) {
      out.push({ file, severity: 'warning', reason: 'a file whose name starts with _, not published' });
    } else if (/\.(md|mdx|markdown|mdown|mkdn?|mdwn)$/i.test(name)) {
      out.push({
        file,
        severity: 'error',
        reason: 'an article is a .md or .mdx file (lower case): rename it, or it is not published',
      });
    } else {
      out.push({ file, severity: 'warning', reason: 'not an article (.md or .mdx), not published' });
    }
  }
  return out;
}

/** Every file under `dir`, as POSIX paths relative to it. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relativePath(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The id Astro's glob loader gives a file (see `articleIdOf`). */
const defaultId = articleIdOf;

/**
 * The problems one load of the articles folder found, grouped under a heading
 * each, so that the build names every bad file at once instead of the first.
 */
export class LoadProblems {
  readonly #groups = new Map<string, string[]>();

  /** Adds a line under `heading`. */
  add(heading: string, line: string): void {
    this.#groups.set(heading, [...(this.#groups.get(heading) ?? []), line]);
  }

  get size(): number {
    let count = 0;
    for (const lines of this.#groups.values()) count += lines.length;
    return count;
  }

  /**
   * Every problem, heading by heading in the order first met, each group's lines
   * sorted (files load in no fixed order), or `undefined` when there is none.
   */
  message(): string | undefined {
    if (this.size === 0) return undefined;
    const groups = [...this.#groups].map(
      ([heading, lines]) => `${heading}\n  ${[...lines].sort().join('\n  ')}`,
    );
    return `The articles folder has ${this.size === 1 ? 'a problem' : `${this.size} problems`}; nothing was built:\n${groups.join('\n')}`;
  }
}

/** The headings of {@link LoadProblems}. */
const HEADINGS = {
  unloaded: 'Articles that would not be published:',
  frontMatter: 'Articles whose front matter the archive cannot read (field: problem):',
  file: 'Articles the archive cannot publish as written:',
  mdx: "MDX articles may hold text and the archive's own components with literal props, no code:",
  collision:
    'Articles that would share a URL (their file names differ only in case, spaces or punctuation); rename one of each pair:',
} as const;

export function articleLoader(options: { base: string }): Loader {
  /** The files that took each id in this load: two for one id is a collision. */
  let filesById = new Map<string, string[]>();
  let problems = new LoadProblems();
  /** The articles folder of this load, absolute. */
  let baseDir = '';
  /**
   * Files refused before their entry is stored, as absolute paths: their entries
   * are not stored, so the next load checks them again.
   */
  let refused = new Set<string>();
  const refuse = (file: string, heading: string, line: string): false => {
    refused.add(path.resolve(baseDir, file));
    problems.add(heading, line);
    return false;
  };
  const inner = glob({
    pattern: ARTICLE_PATTERN,
    base: options.base,
    // The body is checked here (MDX) and then dropped: the store keeps only front matter.
    retainBody: true,
    generateId: ({ entry, data }) => {
      const file = path.posix.join(options.base, entry);
      if (entry.endsWith('.mdx')) {
        const unsafe = findUnsafeMdxFrontmatter(data);
        if (unsafe.length > 0) refuse(entry, HEADINGS.file, `${file}: ${unsafe.join('; ')}`);
      }
      if ('slug' in data) {
        refuse(
          entry,
          HEADINGS.file,
          `${file}: slug: an article's URL comes from its file name and date; remove the slug key and rename the file instead`,
        );
      }
      const id = defaultId(entry);
      filesById.set(id, [...(filesById.get(id) ?? []), file]);
      return id;
    },
  });
  return {
    name: 'article-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      baseDir = path.resolve(root, options.base);
      filesById = new Map();
      problems = new LoadProblems();
      refused = new Set();
      for (const u of classifyUnloaded(listFiles(baseDir))) {
        const line = `${path.posix.join(options.base, u.file)}: ${u.reason}`;
        if (u.severity === 'error') problems.add(HEADINGS.unloaded, line);
        else context.logger.warn(line);
      }

      const dir = path.join(fileURLToPath(context.config.cacheDir), 'article-html');
      mkdirSync(dir, { recursive: true });
      const { store } = context;
      const scoped: typeof store = {
        ...store,
        // An entry whose HTML file is gone (a cleared cache, a new allowlist) is rendered again.
        get: <TData extends Record<string, unknown>>(id: string) => {
          const entry = store.get<TData>(id);
          const file = entry && htmlFileOf(entry);
          return file !== undefined && !existsSync(file) ? undefined : entry;
        },
        set: (entry) => {
          const { body, ...kept } = entry;
          const file = entry.filePath ?? entry.id;
          const absolute = path.resolve(root, file);
          if (refused.has(absolute)) return false;
          if (file.endsWith('.mdx')) {
            const unsafe = findUnsafeMarkup(body ?? '', { mdx: true });
            for (const p of unsafe) {
              refuse(absolute, HEADINGS.mdx, `${file}: body line ${p.line}: ${p.reason} (${p.found})`);
            }
            return unsafe.length > 0 ? false : store.set(kept);
          }
          const rendered = entry.rendered;
          if (!rendered) {
            return refuse(
              absolute,
              HEADINGS.file,
              `${file}: the article could not be rendered (see the error above)`,
            );
          }
          if (!entry.digest) return store.set(kept);
          const { headings = [], imagePaths = [] } = rendered.metadata ?? {};
          const missing = imagePaths.filter(
            (image) => !existsSync(path.resolve(root, path.dirname(file), decodeURI(image))),
          );
          if (missing.length > 0) {
            return refuse(
              absolute,
              HEADINGS.file,
              `${file}: image not found: ${missing.join(', ')} (relative to the article's folder)`,
            );
          }
          // The page shows this HTML as it is, without Astro's image pipeline, which
          // MDX articles go through: an image here would be an empty <img>.
          if (imagePaths.length > 0) {
            return refuse(
              absolute,
              HEADINGS.file,
              `${file}: image ${imagePaths.join(', ')}: a Markdown article cannot show images; write it as .mdx`,
            );
          }
          const html = path.join(dir, `${String(entry.digest)}-${POLICY}.html`);
          writeFileSync(html, sanitizeArticleHtml(rendered.html));
          return store.set({
            ...kept,
            rendered: {
              html: '',
              metadata: { headings, imagePaths, [HTML_FILE]: html, [BODY_FACTS]: bodyFacts(body ?? '') },
            },
          });
        },
      };
      // Each file's front matter against the schema: every bad file is named, not the first alone.
      const parseData: typeof context.parseData = async (props) => {
        const file = props.filePath ? relativePath(root, props.filePath) : props.id;
        const checked = validateWith(articleSchema, props.data, file);
        if (checked.success) return context.parseData(props);
        for (const line of checked.errors) refuse(path.resolve(root, file), HEADINGS.frontMatter, line);
        // Not stored: `set` refuses the entry of a refused file.
        return props.data;
      };
      await inner.load({ ...context, store: scoped, parseData });
      for (const files of filesById.values()) {
        if (files.length > 1) problems.add(HEADINGS.collision, [...files].sort().join(' and '));
      }
      const message = problems.message();
      if (message) throw new Error(message);
      // HTML of entries since edited or removed.
      const kept = new Set(store.values().map((entry) => htmlFileOf(entry)));
      for (const name of readdirSync(dir)) {
        if (!kept.has(path.join(dir, name))) rmSync(path.join(dir, name), { force: true });
      }
    },
  };
}
