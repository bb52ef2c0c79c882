import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxGuard, mdxGuardMessage } from '../../src/lib/mdx-guard';
import { TMP } from '../support/build';

/** An MDX file on disk, as Astro's MDX plugin hands it to the compiler: front matter removed. */
function mdxFile(name: string, body: string): { file: string; source: string } {
  const dir = path.join(TMP, 'mdx-guard');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const frontmatter = "---\ntitle: 'A test'\nkind: report\n---";
  writeFileSync(file, `${frontmatter}\n${body}`);
  return { file, source: `\n${body}` };
}

describe('mdxGuardMessage', () => {
  it('allows text and Pullquote with a literal cite', () => {
    const { file, source } = mdxFile(
      'allowed.mdx',
      'Text.\n\n<Pullquote cite="A. Person">Words</Pullquote>\n',
    );
    expect(mdxGuardMessage(source, file)).toBeUndefined();
  });

  it('names the file and the line of the file for each construct that would run code', () => {
    const { file, source } = mdxFile(
      'code.mdx',
      'import fs from \'node:fs\'\n\nText {process.env.HOME}.\n\n<Fragment set:html="<b>x</b>" />\n',
    );
    const message = mdxGuardMessage(source, file) ?? '';
    expect(message).toContain(`${file}:5: import/export (MDX articles cannot run code)`);
    expect(message).toContain(`${file}:7: JavaScript expression (MDX articles cannot run code)`);
    expect(message).toContain(`${file}:9: unknown component <Fragment>`);
  });
});

describe('mdxGuard, as the MDX compiler runs it', () => {
  it('stops the compile of an MDX file that would run code, before any code is generated', () => {
    const { file, source } = mdxFile('compile.mdx', 'export const x = 1\n\nText.\n');
    expect(() => mdxToJs(source, { mdastPlugins: [mdxGuard], fileURL: pathToFileURL(file) })).toThrow(
      `${file}:5: import/export (MDX articles cannot run code)`,
    );
  });

  it('lets an allowed MDX file compile', async () => {
    const { file, source } = mdxFile('fine.mdx', 'Text.\n');
    expect(
      (await mdxToJs(source, { mdastPlugins: [mdxGuard], fileURL: pathToFileURL(file) })).code,
    ).toContain('Text.');
  });
});
