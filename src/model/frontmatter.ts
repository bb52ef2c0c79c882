/**
 * Reading and writing article files with gray-matter, safely.
 *
 * gray-matter evaluates `---js` / `---javascript` front matter and caches parses
 * by content; every use in the project goes through these two functions, which
 * replace the code engines with ones that throw and bypass the cache.
 *
 * gray-matter writes YAML with js-yaml 3, and Astro reads it with js-yaml 4, which
 * reads some plain scalars js-yaml 3 leaves unquoted as numbers ("08", "0o17"): the
 * writer is told to quote every text js-yaml 4 would read as anything else.
 */
import { createRequire } from 'node:module';
import matter from 'gray-matter';
import yaml from 'js-yaml';

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
 * Whether js-yaml 4, the YAML reader Astro builds the site with, reads `value`
 * written as a plain scalar back as that same text.
 * @example readsBackAsText('Kremlin') // true
 * @example readsBackAsText('0o17') // false: the number 15
 */
export function readsBackAsText(value: string): boolean {
  try {
    return yaml.load(value) === value;
  } catch {
    return false;
  }
}

/** The part of js-yaml 3 that builds a schema for its writer. */
interface JsYaml3 {
  Type: new (tag: string, options: { kind: 'scalar'; resolve: (data: string) => boolean }) => unknown;
  Schema: new (definition: { include: unknown[]; implicit: unknown[] }) => unknown;
  DEFAULT_SAFE_SCHEMA: unknown;
}

let quotingSchema: unknown;

/**
 * The schema gray-matter's js-yaml 3 writes with: its own, plus a type that claims
 * every text {@link readsBackAsText} says js-yaml 4 would misread. The writer quotes a
 * text another type of its schema would claim, so those are quoted too ("'08'"),
 * and everything else is written as before. Built on first use, from the js-yaml
 * that gray-matter itself loads.
 */
function schemaQuotingForJsYaml4(): unknown {
  if (quotingSchema === undefined) {
    const require = createRequire(createRequire(import.meta.url).resolve('gray-matter'));
    const yaml3 = require('js-yaml') as JsYaml3;
    const misread = new yaml3.Type('tag:news-archive,2025:read-otherwise-by-js-yaml-4', {
      kind: 'scalar',
      resolve: (text) => !readsBackAsText(text),
    });
    quotingSchema = new yaml3.Schema({ include: [yaml3.DEFAULT_SAFE_SCHEMA], implicit: [misread] });
  }
  return quotingSchema;
}

/**
 * Writes an article file: YAML frontmatter in the given key order, then the body.
 * The output is byte-stable: the same data and body always give the same text. A
 * text that js-yaml 4 would read as something else ("08", "0o17") is quoted.
 */
export function stringifyArticle(data: Record<string, unknown>, body: string): string {
  // gray-matter hands its options on to js-yaml 3's safeDump.
  const options = { schema: schemaQuotingForJsYaml4() } as Parameters<typeof matter.stringify>[2];
  return matter.stringify(body.replace(/\s+$/, '') + '\n', data, options);
}
