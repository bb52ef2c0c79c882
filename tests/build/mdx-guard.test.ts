import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  findDisallowedHtml,
  mdxGuard,
  mdxGuardMessage,
  mdxHtmlGuard,
  type HastLike,
} from '../../src/build/mdx-guard';
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

describe('findDisallowedHtml', () => {
  const el = (
    tagName: string,
    properties: Record<string, unknown> = {},
    children: HastLike[] = [],
  ): HastLike => ({
    type: 'element',
    tagName,
    properties,
    children,
    position: { start: { line: 3 } },
  });

  it('accepts the elements, links and images articles use', () => {
    const tree: HastLike = {
      type: 'root',
      children: [
        el('p', {}, [
          el('a', { href: 'https://example.org/' }),
          el('img', { src: './map.png', alt: 'A map' }),
        ]),
        { type: 'mdxJsxFlowElement', name: 'Pullquote', children: [] },
      ],
    };
    expect(findDisallowedHtml(tree)).toEqual([]);
  });

  it('names what is outside the allowlist, with its line', () => {
    const tree: HastLike = {
      type: 'root',
      children: [
        el('script'),
        el('p', { onClick: 'x()', style: 'color: red' }),
        el('a', { href: 'javascript:alert(1)' }),
        el('img', { src: 'https://example.org/a.png' }),
        { type: 'raw', value: '<b>', position: { start: { line: 4 } } },
        { type: 'mdxJsxTextElement', name: 'Fragment', children: [], position: { start: { line: 5 } } },
      ],
    };
    expect(findDisallowedHtml(tree)).toEqual([
      'line 3: <script> is not allowed in articles',
      'line 3: onClick on <p>',
      'line 3: style on <p>',
      'line 3: link to javascript:alert(1)',
      'line 3: image from https://example.org/a.png',
      'line 4: raw HTML',
      "line 5: <Fragment> is not one of the archive's components",
    ]);
  });
});

describe('mdxHtmlGuard, as the MDX compiler runs it', () => {
  it('aligns table cells with classes, leaving no inline style', async () => {
    const { file, source } = mdxFile('table.mdx', '| a | b |\n|:--|--:|\n| 1 | 2 |\n');
    const { code } = await mdxToJs(source, {
      mdastPlugins: [mdxGuard],
      hastPlugins: [mdxHtmlGuard],
      fileURL: pathToFileURL(file),
    });
    expect(code).toContain('className: "align-left"');
    expect(code).toContain('className: "align-right"');
    expect(code).not.toContain('style');
  });
});
