import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../support/build';
import { mergeArchives } from '../support/archive';
import { htmlFiles } from '../support/dist';
import { sharedFixtureSite } from '../support/shared-site';
import { findLiveMarkup } from '../support/live-markup';

/**
 * Everything live in a build's output: in every page (the site's own scripts,
 * styles and search form aside), strictly in every article body, and in the
 * feeds, sitemaps and data files.
 */
function liveMarkupIn(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
    );
  for (const file of walk(outDir)) {
    const name = path.relative(outDir, file);
    if (name.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      for (const what of findLiveMarkup(html, { page: true })) found.push(`${name}: ${what}`);
      const $ = cheerio.load(html);
      $('.article-body').each((_, body) => {
        for (const what of findLiveMarkup($(body).html() ?? ''))
          found.push(`${name} (article body): ${what}`);
      });
    } else if (name.endsWith('.xml')) {
      // A feed reader renders titles and descriptions as HTML.
      const $ = cheerio.load(readFileSync(file, 'utf8'), { xml: true });
      $('title, description').each((_, el) => {
        for (const what of findLiveMarkup($(el).text())) found.push(`${name} <${el.tagName}>: ${what}`);
      });
      $('link, loc, guid').each((_, el) => {
        if (!/^https?:\/\//.test($(el).text().trim())) found.push(`${name}: <${el.tagName}> ${$(el).text()}`);
      });
    } else if (/\.(json|txt)$/.test(name)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/javascript:|vbscript:|data:text|\son\w+\s*=|<script|http-equiv/gi))
        found.push(`${name}: ${m[0]}`);
    }
  }
  return found;
}

/**
 * Two builds serve every test: the fixture archives the build must refuse, in one
 * archive (every problem is listed at once), and those it must build, in the
 * shared fixture site other test files read too.
 */
let refused: BuildResult;
/** The refused archive's folder, as the build's messages name it (from the repository root). */
let refusedDir = '';
let builtDir = '';
beforeAll(() => {
  const dir = mergeArchives('audit-refused', ['unsafe', 'markdown-evasion']);
  refusedDir = path.relative(ROOT, dir);
  refused = buildSite({ name: 'audit-refused', contentDir: dir });
  builtDir = sharedFixtureSite('shared-articles');
}, 240_000);

describe('liveMarkupIn', () => {
  it('reads every kind of output file', () => {
    // The real check is on the builds below; this guards the walker against reading nothing.
    expect(findLiveMarkup('<a href="vbscript:x">x</a>')).toEqual(['href="vbscript:x" on <a>']);
  });
});

describe('an article carrying raw HTML and a script link', () => {
  it('fails the build', () => {
    expect(refused.status).not.toBe(0);
  });

  it('names the file and each unsafe construct in the build error', () => {
    const file = `${refusedDir}/articles/2024/01/unsafe-markup.md`;
    const lines = refused.output.split('\n').filter((line) => line.includes(file));
    const said = lines.join('\n');
    expect(said).toContain('<script>');
    expect(said).toContain('<img');
    expect(said).toContain('<iframe');
    expect(said).toContain('javascript:');
  });
});

describe('articles that hide live markup from a check over the Markdown text', () => {
  it('fail the build, naming each file, line and construct', () => {
    expect(refused.status).not.toBe(0);
    const dir = `${refusedDir}/articles/2024/02`;
    for (const expected of [
      `${dir}/unpaired-backtick.md: body line 3: raw HTML tag (<img src="x.png" onerror=`,
      `${dir}/escaped-backticks.md: body line 1: raw HTML tag (<img src="x.png" onerror=`,
      `${dir}/fence-info-string.md: body line 2: raw HTML tag (<img src="x.png" onerror=`,
      `${dir}/indented-fence-closer.md: body line 5: raw HTML tag (<meta http-equiv="refresh"`,
      `${dir}/character-references.md: body line 1: script URL in a link (javascript:alert(document.domain))`,
      `${dir}/character-references.md: body line 3: script URL in a link (javascript:alert(document.domain))`,
      `${dir}/character-references.md: body line 5: script URL in a link (javascript:alert(document.domain))`,
      `${dir}/definitions-in-quotes-and-lists.md: body line 1: script URL in a link definition (javascript:`,
      `${dir}/definitions-in-quotes-and-lists.md: body line 3: script URL in a link definition (vbscript:`,
    ]) {
      expect(refused.output).toContain(expected);
    }
  });
});

describe('an article quoting the same markup inside code', () => {
  let file: string | undefined;
  let $: cheerio.CheerioAPI;
  beforeAll(() => {
    file = htmlFiles(builtDir).find((f) => f.includes('markup-as-text'));
    $ = cheerio.load(readFileSync(path.join(builtDir, file ?? 'missing'), 'utf8'));
  });

  it('builds into a page', () => {
    expect(file).toBe('articles/2024/01/markup-as-text/index.html');
  });

  it('shows the markup as text in code', () => {
    const code = $('.article-body code').text();
    expect(code).toContain(`<script>alert('script')</script>`);
    expect(code).toContain(`onerror="alert('onerror')"`);
    expect(code).toContain('<iframe src="https://example.org/"></iframe>');
    expect(code).toContain(`<a href="javascript:alert('fenced link')">run</a>`);
  });

  it('has none of it live: no script, frame, event handler or script link anywhere on the page', () => {
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
    expect($('iframe, object, embed').length).toBe(0);
    expect($('img').length).toBe(0);
    const live = $('*')
      .toArray()
      .flatMap((el) =>
        Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {}).filter(
          ([name, value]) => /^on/i.test(name) || /^\s*javascript:/i.test(value),
        ),
      );
    expect(live).toEqual([]);
  });

  it('has nothing live in any page, feed or data file of the build', () => {
    expect(liveMarkupIn(builtDir)).toEqual([]);
  });
});

describe('an archive using everything articles may use', () => {
  const page = (slug: string) =>
    cheerio.load(readFileSync(path.join(builtDir, `articles/2024/03/${slug}/index.html`), 'utf8'));

  it('has nothing live in any page, feed or data file: no handler, script URL, http-equiv or inline style', () => {
    expect(liveMarkupIn(builtDir)).toEqual([]);
  });

  it('keeps the headings, tables, lists, quotations, footnotes and links', () => {
    const $ = page('everything-an-article-may-use');
    const body = $('.article-body');
    expect(body.find('h2#figures').text()).toBe('Figures');
    expect(body.find('table td').length).toBe(6);
    expect(body.find('blockquote').text().trim()).toBe('A quotation from the speech.');
    expect(body.find('ul.contains-task-list input[type="checkbox"][disabled][aria-label]').length).toBe(2);
    expect(body.find('section.footnotes li').text()).toContain('A footnote.');
    expect(
      body
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '#user-content-fn-1',
      'https://example.org/report',
      'mailto:desk@example.org',
      '/leaders/',
      '#figures',
      'https://example.org/',
      '#user-content-fnref-1',
    ]);
  });

  it('aligns table cells and highlights code with classes, not inline styles', () => {
    const $ = page('everything-an-article-may-use');
    expect($('.article-body [style]').length).toBe(0);
    expect(
      $('.article-body th')
        .map((_, th) => $(th).attr('class'))
        .get(),
    ).toEqual(['align-left', 'align-center', 'align-right']);
    const js = $('.article-body pre.language-js code');
    expect(js.find('span.token.keyword').first().text()).toBe('const');
    expect(js.find('span.token.string').text()).toBe(`'<img src="x.png" onerror="alert(3)">'`);
  });

  it('renders the MDX pullquote, and aligns its table with classes', () => {
    const $ = page('a-pullquote');
    expect($('.article-body figure.pullquote figcaption').text()).toBe('— Kassym-Jomart Tokayev');
    expect($('.article-body [style]').length).toBe(0);
    expect($('.article-body td.align-right').text()).toBe('27.9');
  });

  it('gives feed readers the summary as text: what it quotes is shown, not rendered', () => {
    const $ = cheerio.load(readFileSync(path.join(builtDir, 'rss.xml'), 'utf8'), { xml: true });
    const description = $('item')
      .filter((_, item) => $(item).children('link').text().includes('everything-an-article-may-use'))
      .children('description')
      .text();
    expect(cheerio.load(description, null, false).text()).toBe(
      'A summary quoting markup as text: <img src="x.png" onerror="alert(1)"> & <script>alert(2)</script>.',
    );
  });
});
