import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, TMP } from '../support/build';
import { articleText, writeArchive } from '../support/archive';
import { htmlFiles } from '../support/dist';

/** Builds an archive of the given article files and returns what the build said. */
function buildWith(name: string, articles: Record<string, string>) {
  const dir = writeArchive(name, articles);
  return { dir, ...buildSite({ name, contentDir: dir }) };
}

const article = (title: string, changes: Record<string, string> = {}, body?: string) =>
  articleText({ title, ...changes }, body);

describe('two articles that would share a URL', () => {
  it('fail the build naming both files when their names differ only in case or spaces', () => {
    const result = buildWith('collide-names', {
      '2024/01/Report.md': article('Upper-case report'),
      '2024/01/report.md': article('Lower-case report'),
      '2024/01/border talks.md': article('Spaced'),
      '2024/01/border-talks.md': article('Hyphenated'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /articles\/2024\/01\/(Report|report)\.md and \S*articles\/2024\/01\/(report|Report)\.md/,
    );
    expect(result.output).toMatch(
      /border talks\.md and \S*border-talks\.md|border-talks\.md and \S*border talks\.md/,
    );
  });

  it('fail the build naming both files when one sits in the wrong month folder', () => {
    const result = buildWith('collide-folders', {
      '2024/01/summit.md': article('January summit'),
      '2023/07/summit.md': article('Misfiled summit'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /(2023\/07|2024\/01)\/summit\.md: the URL \/articles\/2024\/01\/summit\/ is already taken by \S*(2024\/01|2023\/07)\/summit\.md/,
    );
  });

  it('fail the build on a slug key, which would give the article another id', () => {
    const result = buildWith('slug-key', {
      '2024/01/first.md': article('First', { slug: 'second' }),
      '2024/01/second.md': article('Second'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/2024\/01\/first\.md: slug: an article's URL comes from its file name/);
  });
});

describe('files the loader does not load', () => {
  it('fail the build when an article has an extension in another case or spelling', () => {
    const result = buildWith('wrong-extensions', {
      '2024/01/good.md': article('Good'),
      '2024/01/shouting.MD': article('Shouting'),
      '2024/01/long.markdown': article('Long'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/2024\/01\/shouting\.MD: an article is a \.md or \.mdx file/);
    expect(result.output).toMatch(/2024\/01\/long\.markdown: an article is a \.md or \.mdx file/);
  });

  it('leave out dotfiles, _ files and editor backups, naming each in a warning', () => {
    const result = buildWith('left-out', {
      '2024/01/published.md': article('Published'),
      '2024/01/.draft.md': article('Hidden draft'),
      '2024/01/_notes.md': article('Notes'),
      '2024/01/published.md~': article('Backup'),
      '2024/01/#published.md#': article('Emacs autosave'),
      '2024/01/map.png': 'not really an image',
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('2024/01/.draft.md: a hidden (dot) file, not published');
    expect(result.output).toContain('2024/01/_notes.md: a file whose name starts with _, not published');
    expect(result.output).toContain("2024/01/published.md~: an editor's backup or lock file, not published");
    expect(result.output).toContain("2024/01/#published.md#: an editor's backup or lock file, not published");
    expect(result.output).not.toContain('map.png');
    expect(htmlFiles(result.outDir).filter((f) => f.startsWith('articles/'))).toEqual([
      'articles/2024/01/published/index.html',
    ]);
  });
});

describe('MDX that would run code', () => {
  it('fails the build naming the file and line, before the code runs', () => {
    const marker = path.join(TMP, 'mdx-code-ran');
    rmSync(marker, { force: true });
    const body = [
      "import { writeFileSync } from 'node:fs'",
      '',
      `export const ran = writeFileSync(${JSON.stringify(marker)}, 'ran')`,
      '',
      'The environment: {process.env.HOME}.',
      '',
      '<Fragment set:html="<img src=x onerror=alert(1)>" />',
    ].join('\n');
    const result = buildWith('mdx-code', { '2024/01/code.mdx': article('Code', {}, body) });
    expect(result.status).not.toBe(0);
    expect(existsSync(marker)).toBe(false);
    const file = '2024/01/code.mdx';
    expect(result.output).toContain(`${file}: body line 1: import/export (MDX articles cannot run code)`);
    expect(result.output).toContain(`${file}: body line 3: import/export (MDX articles cannot run code)`);
    expect(result.output).toContain(
      `${file}: body line 5: JavaScript expression (MDX articles cannot run code)`,
    );
    expect(result.output).toContain(`${file}: body line 7: unknown component <Fragment>`);
  });

  it('fails the build on a layout in the front matter, which Astro would import', () => {
    const result = buildWith('mdx-layout', {
      '2024/01/layout.mdx': article('Layout', { layout: '../../../../src/lib/site.ts' }),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('2024/01/layout.mdx: layout: MDX articles cannot name a layout module');
  });
});

describe('images', () => {
  it('fail the build naming the file when remote', () => {
    const result = buildWith('remote-image', {
      '2024/01/remote.md': article('Remote', {}, 'Text.\n\n![A map](https://example.org/map.png)'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /2024\/01\/remote\.md: body line 3: remote image \(the archive serves only its own images\) \(https:\/\/example\.org\/map\.png\)/,
    );
  });

  it('fail the build naming the article when in Markdown, which cannot show them', () => {
    const result = buildWith('markdown-image', {
      '2024/01/pictured.md': article('Pictured', {}, 'Text.\n\n![A map](./map.png)'),
      '2024/01/map.png': 'an image',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /2024\/01\/pictured\.md: image \.\/map\.png: a Markdown article cannot show images; write it as \.mdx/,
    );
  });

  it('fail the build naming the article when a local one is missing', () => {
    const result = buildWith('missing-image', {
      '2024/01/missing.md': article('Missing', {}, 'Text.\n\n![A map](./map.png)'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/2024\/01\/missing\.md: image not found: \.\/map\.png/);
  });
});
