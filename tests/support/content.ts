/**
 * Reads a content folder the way the site does, outside Astro: every article
 * through gray-matter and the real schemas. For content tests and scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parseFrontmatter } from '../../src/model/frontmatter';

/** A file of a content folder, with its parsed data. */
export interface ContentFile {
  /** Path relative to the content folder's parent, e.g. `content/articles/2021/05/x.md`. */
  file: string;
  data: unknown;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

/** Lists and parses the files of one collection folder (`articles`, `leaders`, `countries`). */
export function readCollection(root: string, contentDir: string, collection: string): ContentFile[] {
  const dir = path.join(root, contentDir, collection);
  return walk(dir)
    .filter((f) => !path.basename(f).startsWith('_'))
    .sort()
    .map((abs) => {
      const file = path.relative(root, abs);
      const text = readFileSync(abs, 'utf8');
      if (/\.mdx?$/.test(abs)) {
        const { data, body } = parseFrontmatter(text);
        return { file, data, body };
      }
      return { file, data: yaml.load(text), body: '' };
    });
}
