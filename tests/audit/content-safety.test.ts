import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildSiteOrThrow, type BuildResult } from '../support/build';
import { htmlFiles } from '../support/dist';

const FIXTURES = 'tests/fixtures/archives';

describe('an article carrying raw HTML and a script link', () => {
  let result: BuildResult;
  beforeAll(() => {
    result = buildSite({ name: 'audit-unsafe', contentDir: `${FIXTURES}/unsafe` });
  });

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it('names the file and each unsafe construct in the build error', () => {
    const file = `${FIXTURES}/unsafe/articles/2024/01/unsafe-markup.md`;
    const lines = result.output.split('\n').filter((line) => line.includes(file));
    const said = lines.join('\n');
    expect(said).toContain('<script>');
    expect(said).toContain('<img');
    expect(said).toContain('<iframe');
    expect(said).toContain('javascript:');
  });
});

describe('an article quoting the same markup inside code', () => {
  let file: string | undefined;
  let $: cheerio.CheerioAPI;
  beforeAll(() => {
    const outDir = buildSiteOrThrow({
      name: 'audit-unsafe-in-code',
      contentDir: `${FIXTURES}/unsafe-in-code`,
    });
    file = htmlFiles(outDir).find((f) => f.includes('markup-as-text'));
    $ = cheerio.load(readFileSync(path.join(outDir, file ?? 'missing'), 'utf8'));
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
});
