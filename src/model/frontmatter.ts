/**
 * Reading and writing article files with gray-matter, safely.
 *
 * gray-matter evaluates `---js` / `---javascript` front matter and caches parses
 * by content; every use in the project goes through these two functions, which
 * replace the code engines with ones that throw and bypass the cache.
 */
import matter from 'gray-matter';

function refuseCode(): never {
  throw new Error('front matter written as code (---js) is not allowed: use YAML');
}

const ENGINES = { js: refuseCode, javascript: refuseCode };

/** A parsed article file: its frontmatter data and Markdown body. */
export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
}

/** Parses a Markdown file with YAML frontmatter. Never runs code, never caches. */
export function parseFrontmatter(text: string): ParsedFile {
  // A fresh options object per call keeps gray-matter from returning a cached parse.
  const file = matter(text, { engines: { ...ENGINES } });
  return { data: file.data as Record<string, unknown>, body: file.content };
}

/**
 * Writes an article file: YAML frontmatter in the given key order, then the body.
 * The output is byte-stable: the same data and body always give the same text.
 */
export function stringifyArticle(data: Record<string, unknown>, body: string): string {
  const text = matter.stringify(body.replace(/\s+$/, '') + '\n', data);
  return text;
}
