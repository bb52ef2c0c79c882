/**
 * Sätteri plugins for the MDX compiler.
 *
 * `mdxGuard` (mdast): before an `.mdx` file is compiled to a module, its syntax
 * tree is checked with `findUnsafeMarkup`, and a file that would run code
 * (`import`, `export`, `{expressions}`, expression props, `set:html`) or use
 * anything but the archive's own components fails the compile, naming the file
 * and line. The articles' loader refuses such files earlier still; this holds
 * for every path that compiles MDX (the dev server included).
 *
 * `mdxHtmlGuard` (hast): MDX is rendered by Astro, not through `sanitize.ts`, so
 * the HTML tree it compiles is held to the same allowlist of elements, no event
 * handlers or inline styles, and the same URLs; anything else fails the compile.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HastNode, HastPluginEntry, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { findUnsafeMarkup, isAllowedLinkUrl, isLocalImageUrl, MDX_COMPONENTS } from '../model/safety';
import { ARTICLE_ELEMENTS } from '../model/sanitize';

/** How many lines of the file come before `source` (the front matter Astro removed). */
function linesBefore(file: string, source: string): number {
  try {
    const text = readFileSync(file, 'utf8');
    const at = text.lastIndexOf(source);
    return at <= 0 ? 0 : text.slice(0, at).split('\n').length - 1;
  } catch {
    return 0;
  }
}

/**
 * The MDX problems of one compile as an error message, or `undefined` when the
 * file is allowed. Lines are lines of the file.
 */
export function mdxGuardMessage(source: string, file: string): string | undefined {
  const problems = findUnsafeMarkup(source, { mdx: true });
  if (problems.length === 0) return undefined;
  const offset = linesBefore(file, source);
  return `MDX articles may hold text and the archive's own components with literal props, no code:\n  ${problems
    .map((p) => `${file}:${p.line + offset}: ${p.reason} (${p.found})`)
    .join('\n  ')}`;
}

/** The plugin: nothing for Markdown, a check before compiling for MDX. */
export const mdxGuard: MdastPluginEntry = (context: PluginFactoryContext) => {
  if (context.sourceFormat !== 'mdx') return null;
  const file = context.fileURL ? fileURLToPath(context.fileURL) : '(an MDX file)';
  const message = mdxGuardMessage(context.source, file);
  if (message) throw new Error(message);
  return null;
};

/** The parts of a hast node the allowlist reads. */
export interface HastLike {
  type: string;
  value?: unknown;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  children?: HastLike[];
  position?: { start: { line: number } } | undefined;
}

/**
 * What in an MDX article's HTML tree is outside the articles' allowlist: an
 * element not in `ARTICLE_ELEMENTS`, raw HTML, a component not in
 * `MDX_COMPONENTS`, an event handler or `style`, a link or image URL articles
 * may not use. Each with its line in the compiled source.
 */
export function findDisallowedHtml(tree: HastLike): string[] {
  const found: string[] = [];
  const visit = (node: HastLike): void => {
    const at = `line ${node.position?.start.line ?? '?'}`;
    if (node.type === 'raw') found.push(`${at}: raw HTML`);
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      !MDX_COMPONENTS[node.name ?? '']
    ) {
      found.push(`${at}: <${node.name ?? ''}> is not one of the archive's components`);
    }
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (!ARTICLE_ELEMENTS.includes(tag)) found.push(`${at}: <${tag}> is not allowed in articles`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (value === null || value === undefined || value === false || value === '') continue;
        if (/^on/i.test(name) || name === 'style') found.push(`${at}: ${name} on <${tag}>`);
        if (name === 'href' && typeof value === 'string' && !isAllowedLinkUrl(value))
          found.push(`${at}: link to ${value.slice(0, 40)}`);
        if (name === 'src' && typeof value === 'string' && !isLocalImageUrl(value))
          found.push(`${at}: image from ${value.slice(0, 40)}`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** The hast plugin: nothing for Markdown (sanitised as HTML), table alignment as classes and the allowlist for MDX. */
export const mdxHtmlGuard: HastPluginEntry = (context: PluginFactoryContext) => {
  if (context.sourceFormat !== 'mdx') return null;
  const file = context.fileURL ? fileURLToPath(context.fileURL) : '(an MDX file)';
  return {
    name: 'archive-mdx-html-guard',
    options: { position: true },
    // A table cell's `style="text-align: …"`, which a strict CSP blocks, becomes a class, as
    // sanitize.ts does for Markdown.
    element: {
      filter: ['th', 'td'],
      visit: (node, ctx) => {
        const style = node.properties?.['style'];
        const align = /text-align:\s*(left|center|right)/.exec(typeof style === 'string' ? style : '')?.[1];
        if (!align) return;
        const classes = node.properties?.['className'];
        ctx.setProperty(node, 'style', null);
        ctx.setProperty(node, 'className', [...(Array.isArray(classes) ? classes : []), `align-${align}`]);
      },
    },
    after: (root: Readonly<HastNode>) => {
      const found = findDisallowedHtml(root as unknown as HastLike);
      if (found.length > 0) {
        throw new Error(`${file}: the article's HTML is outside the allowlist:\n  ${found.join('\n  ')}`);
      }
    },
  };
};
