/**
 * The README and the guides in docs/ link each other: every relative link must
 * name a file of the repository and, after `#`, a heading of that file (as
 * GitHub anchors it), so a guide that is moved or renamed cannot leave a dead link.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The anchors GitHub gives the headings of a Markdown file. */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]!.trim())));
}

/** Every relative link target of a Markdown file, outside code. */
function linksOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href));
}

describe('the README and the guides', () => {
  it('are linked from the README, every guide', () => {
    const readme = linksOf('README.md');
    for (const doc of DOCS.filter((d) => d !== 'README.md')) expect(readme).toContain(doc);
  });

  it.each(DOCS)('%s links only to files and headings that exist', (file) => {
    const dead: string[] = [];
    for (const href of linksOf(file)) {
      const [target = '', anchor] = href.split('#');
      const resolved =
        target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
      if (!existsSync(path.join(ROOT, resolved))) dead.push(`${href} (no file ${resolved})`);
      else if (anchor !== undefined && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor))
        dead.push(`${href} (no heading #${anchor} in ${resolved})`);
    }
    expect(dead).toEqual([]);
  });

  it('keeps the README to a screen of reading (at most 300 lines)', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(300);
  });
});
