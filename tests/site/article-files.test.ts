/**
 * What the build makes of the files of the articles folder: which it publishes,
 * which it leaves out with a warning, and which fail it. Two builds serve every
 * test: one archive whose files all build, and one that holds every kind of
 * file the loader refuses, which it names all at once. Files that load but fail
 * the archive's checks while pages render are in content-errors.test.ts.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TMP, type BuildResult } from '../support/build';
import { articleText, writeArchive } from '../support/archive';
import { htmlFiles, loadPage, text } from '../support/dist';

const article = (title: string, changes: Record<string, string> = {}, body?: string) =>
  articleText({ title, ...changes }, body);

/** Builds an archive of the given article files and returns what the build said. */
function buildWith(name: string, articles: Record<string, string>): BuildResult {
  return buildSite({ name, contentDir: writeArchive(name, articles), locales: 'en' });
}

/** A file the MDX article would write if its code ran. */
const MARKER = path.join(TMP, 'mdx-code-ran');

const MDX_CODE = [
  "import { writeFileSync } from 'node:fs'",
  '',
  `export const ran = writeFileSync(${JSON.stringify(MARKER)}, 'ran')`,
  '',
  'The environment: {process.env.HOME}.',
  '',
  '<Fragment set:html="<img src=x onerror=alert(1)>" />',
].join('\n');

const MDX_BODY = [
  'The President spoke at the summit.',
  '<Pullquote cite="Kassym-Jomart Tokayev">"Russia has been and will be an ally," he said.</Pullquote>',
  "It's the archive's first MDX article -- with plain quotes.",
].join('\n\n');
const MDX_URL = '/articles/2024/01/summit-remarks/';

/** The archive whose files all build, and the one whose files the loader refuses. */
let built: BuildResult;
let refused: BuildResult;

beforeAll(() => {
  rmSync(MARKER, { force: true });
  built = buildWith('article-files', {
    '2024/01/published.md': article('Published'),
    '2024/01/summit-remarks.mdx': article('Summit remarks', {}, MDX_BODY),
    '2024/01/.draft.md': article('Hidden draft'),
    '2024/01/_notes.md': article('Notes'),
    '2024/01/published.md~': article('Backup'),
    '2024/01/#published.md#': article('Emacs autosave'),
    '2024/01/map.png': 'not really an image',
  });
  refused = buildWith('article-files-refused', {
    '2024/01/good.md': article('Good'),
    // Names that differ only in case or in spaces.
    '2024/01/Report.md': article('Upper-case report'),
    '2024/01/report.md': article('Lower-case report'),
    '2024/01/border talks.md': article('Spaced'),
    '2024/01/border-talks.md': article('Hyphenated'),
    // A slug key, which would give the article another id.
    '2024/02/first.md': article('First', { slug: 'second' }),
    '2024/02/second.md': article('Second'),
    // Extensions in another case or spelling.
    '2024/03/shouting.MD': article('Shouting'),
    '2024/03/long.markdown': article('Long'),
    // MDX that would run code or import a layout.
    '2024/04/code.mdx': article('Code', {}, MDX_CODE),
    '2024/04/layout.mdx': article('Layout', { layout: '../../../../src/model/site.ts' }),
    // Images Markdown cannot show, or that are not there.
    '2024/05/pictured.md': article('Pictured', {}, 'Text.\n\n![A map](./map.png)'),
    '2024/05/map.png': 'an image',
    '2024/05/missing.md': article('Missing', {}, 'Text.\n\n![A map](./absent.png)'),
    '2024/06/missing-title.md': articleText({ title: null }),
    // YAML reads an unquoted date as a date, not as the text the archive keeps.
    '2024/06/unquoted-date.md': articleText({
      title: 'Unquoted date',
      published: '2024-06-15T10:00:00+05:00',
    }),
    // A BEL (U+0007), which would make every feed carrying the title malformed XML.
    '2024/07/control.md': articleText({ title: '"Tokayev\\a speaks"' }),
    '2024/07/twice.md': articleText({ leaders: '\n  - kassym-jomart-tokayev\n  - kassym-jomart-tokayev' }),
    '2024/07/updated-first.md': articleText({ updated: "'2024-01-15T09:00:00+05:00'" }),
    '2024/07/placeholder.md': articleText({ source: '\n  name: Unattributed' }),
  });
}, 240_000);

describe('an archive whose files all build', () => {
  it('publishes its articles and leaves out dotfiles, _ files and editor backups, naming each in a warning', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('2024/01/.draft.md: a hidden (dot) file, not published');
    expect(built.output).toContain('2024/01/_notes.md: a file whose name starts with _, not published');
    expect(built.output).toContain("2024/01/published.md~: an editor's backup or lock file, not published");
    expect(built.output).toContain("2024/01/#published.md#: an editor's backup or lock file, not published");
    expect(built.output).not.toContain('map.png');
    expect(htmlFiles(built.outDir).filter((f) => f.startsWith('articles/'))).toEqual([
      'articles/2024/01/published/index.html',
      'articles/2024/01/summit-remarks/index.html',
    ]);
  });

  it('builds an MDX article into a page like any other article', () => {
    const $ = loadPage(built.outDir, MDX_URL);
    expect(text($, 'h1')).toBe('Summit remarks');
    expect(text($, '.article-body')).toContain('The President spoke at the summit.');
  });

  it('lets an MDX article use the Pullquote component without importing it', () => {
    const $ = loadPage(built.outDir, MDX_URL);
    expect(text($, '.article-body figure.pullquote blockquote')).toBe(
      '"Russia has been and will be an ally," he said.',
    );
    expect(text($, '.article-body figure.pullquote figcaption')).toBe('— Kassym-Jomart Tokayev');
  });

  it('keeps the punctuation of an MDX article as written', () => {
    expect(text(loadPage(built.outDir, MDX_URL), '.article-body')).toContain(
      "It's the archive's first MDX article -- with plain quotes.",
    );
  });
});

describe('an archive with files the loader refuses', () => {
  it('fails the build, naming every refused file at once and no good one', () => {
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/The articles folder has \d+ problems; nothing was built/);
    expect(refused.output).not.toContain('2024/01/good.md');
    expect(existsSync(path.join(refused.outDir, 'index.html'))).toBe(false);
  });

  it('names both files of two that differ only in case or spaces', () => {
    expect(refused.output).toMatch(
      /articles\/2024\/01\/(Report|report)\.md and \S*articles\/2024\/01\/(report|Report)\.md/,
    );
    expect(refused.output).toMatch(
      /border talks\.md and \S*border-talks\.md|border-talks\.md and \S*border talks\.md/,
    );
  });

  it('names a slug key, which would give the article another id', () => {
    expect(refused.output).toMatch(/2024\/02\/first\.md: slug: an article's URL comes from its file name/);
  });

  it('names an article with an extension in another case or spelling', () => {
    expect(refused.output).toMatch(/2024\/03\/shouting\.MD: an article is a \.md or \.mdx file/);
    expect(refused.output).toMatch(/2024\/03\/long\.markdown: an article is a \.md or \.mdx file/);
  });

  it('names the file and line of MDX that would run code, before the code runs', () => {
    expect(existsSync(MARKER)).toBe(false);
    const file = '2024/04/code.mdx';
    expect(refused.output).toContain(`${file}: body line 1: import/export (MDX articles cannot run code)`);
    expect(refused.output).toContain(`${file}: body line 3: import/export (MDX articles cannot run code)`);
    expect(refused.output).toContain(
      `${file}: body line 5: JavaScript expression (MDX articles cannot run code)`,
    );
    expect(refused.output).toContain(`${file}: body line 7: unknown component <Fragment>`);
  });

  it('names a layout in an MDX article’s front matter, which Astro would import', () => {
    expect(refused.output).toContain('2024/04/layout.mdx: layout: MDX articles cannot name a layout module');
  });

  it('names a Markdown article with an image, which it cannot show', () => {
    expect(refused.output).toMatch(
      /2024\/05\/pictured\.md: image \.\/map\.png: a Markdown article cannot show images; write it as \.mdx/,
    );
  });

  it('names an article whose local image is missing', () => {
    expect(refused.output).toMatch(/2024\/05\/missing\.md: image not found: \.\/absent\.png/);
  });

  it('names every file whose front matter the schema refuses, with the field', () => {
    expect(refused.output).toMatch(/2024\/06\/missing-title\.md: title: /);
    expect(refused.output).toMatch(/2024\/06\/unquoted-date\.md: published: /);
    expect(refused.output).toContain('2024/07/control.md: title: holds U+0007 at character 8');
    expect(refused.output).toContain(
      '2024/07/twice.md: leaders.1: repeats entry 0 ("kassym-jomart-tokayev")',
    );
    expect(refused.output).toContain('2024/07/updated-first.md: updated: is before published');
    expect(refused.output).toContain('2024/07/placeholder.md: source.name: "Unattributed" is not a source');
  });
});
