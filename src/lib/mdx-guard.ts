/**
 * A Sätteri mdast plugin for the MDX compiler: before an `.mdx` file is
 * compiled to a module, its syntax tree is checked with `findUnsafeMarkup`, and
 * a file that would run code (`import`, `export`, `{expressions}`, expression
 * props, `set:html`) or use anything but the archive's own components fails the
 * compile, naming the file and line. The articles' loader refuses such files
 * earlier still; this holds for every path that compiles MDX (the dev server
 * included).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { findUnsafeMarkup } from './safety';

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
