import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findUnsafeMarkup,
  findUnsafeMdxFrontmatter,
  isAllowedLinkUrl,
  isLocalImageUrl,
  urlScheme,
} from '../../src/model/safety';
import { parseFrontmatter } from '../../src/model/frontmatter';

const reasons = (body: string, mdx = false) => findUnsafeMarkup(body, { mdx }).map((p) => p.reason);

describe('findUnsafeMarkup', () => {
  it('accepts plain article text', () => {
    expect(findUnsafeMarkup('The border is 7,591 km long. 3 < 5 and 7 > 2.\n\n"Quoted," he said.')).toEqual(
      [],
    );
  });

  it('refuses a script element and names its line', () => {
    expect(findUnsafeMarkup('First.\n\n<script>alert(1)</script>')).toEqual([
      { line: 3, found: '<script>', reason: 'raw HTML tag' },
    ]);
  });

  it('refuses event-handler attributes, iframes and comments', () => {
    expect(reasons('<img src=x onerror="alert(1)">')).toEqual(['raw HTML tag']);
    expect(reasons('<iframe src="https://example.org"></iframe>')).toContain('raw HTML tag');
    expect(reasons('<!-- hidden -->')).toEqual(['raw HTML comment']);
  });

  it('refuses script URLs in links, link definitions and autolinks', () => {
    expect(reasons('[click](javascript:alert(1))')).toEqual(['script URL in a link']);
    expect(reasons('[click]( JavaScript:alert(1))')).toEqual(['script URL in a link']);
    expect(reasons('[x]: javascript:alert(1)')).toEqual(['script URL in a link definition']);
    expect(reasons('<javascript:alert(1)>')).toEqual(['script URL in a link']);
    expect(reasons('[data](data:text/html;base64,PHNjcmlwdD4=)')).toEqual(['script URL in a link']);
  });

  it('reads schemes as the renderer does: character references and backslash escapes decoded', () => {
    expect(reasons('[a](&#106;avascript:alert(1))')).toEqual(['script URL in a link']);
    expect(reasons('[a](javascript&colon;alert(1))')).toEqual(['script URL in a link']);
    expect(reasons('[a](javascript\\:alert(1))')).toEqual(['script URL in a link']);
  });

  it('finds link definitions in quotes and lists', () => {
    expect(findUnsafeMarkup('Text.\n\n> [q]: javascript:alert(1)\n\n- [l]: vbscript:x\n\n[q] [l]')).toEqual([
      { line: 3, found: 'javascript:alert(1)', reason: 'script URL in a link definition' },
      { line: 5, found: 'vbscript:x', reason: 'script URL in a link definition' },
    ]);
  });

  it('is not fooled by backticks that do not pair, escaped backticks or fence lookalikes', () => {
    expect(reasons('A ` tick.\n\n<img src=x onerror=alert(1)>\n\nAnother ` tick.')).toEqual(['raw HTML tag']);
    expect(reasons('\\`<img src=x onerror=alert(1)>\\`')).toEqual(['raw HTML tag']);
    expect(reasons('```js`\n<img src=x onerror=alert(1)>\n```')).toEqual(['raw HTML tag']);
    expect(reasons('  ```\n  code\n ```\n\n<meta http-equiv="refresh">\n\n```\nx\n```')).toEqual([
      'raw HTML tag',
    ]);
  });

  it('refuses remote and protocol-relative images, allows local ones', () => {
    expect(reasons('![a](https://example.org/a.png)')).toEqual([
      'remote image (the archive serves only its own images)',
    ]);
    expect(reasons('![a](//example.org/a.png)')).toEqual([
      'remote image (the archive serves only its own images)',
    ]);
    expect(reasons('![a](javascript:alert(1))')).toEqual(['script URL in an image']);
    expect(reasons('[a](//example.org/)')).toEqual(['protocol-relative URL in a link (write https:)']);
    expect(reasons('![a](map.png)')).toEqual([]);
  });

  it('allows web, mail and site links and autolinks', () => {
    expect(
      reasons(
        'See [the source](https://example.org/a), [mail](mailto:a@example.org), [home](/) or <https://example.org>.',
      ),
    ).toEqual([]);
  });

  it('treats code spans and fenced code as text', () => {
    expect(reasons('Use `<script>` tags.\n\n```html\n<iframe></iframe>\n```\n')).toEqual([]);
  });

  it('catches each Markdown evasion of the test archive, naming its line', () => {
    const dir = path.resolve(import.meta.dirname, '../fixtures/archives/markdown-evasion/articles/2024/02');
    for (const file of readdirSync(dir)) {
      const body = parseFrontmatter(readFileSync(path.join(dir, file), 'utf8')).body;
      expect(findUnsafeMarkup(body).length, file).toBeGreaterThan(0);
    }
  });
});

describe('findUnsafeMarkup in MDX', () => {
  it('allows Pullquote with a literal cite, but not HTML elements', () => {
    expect(reasons('<Pullquote cite="A. Person">Words</Pullquote>', true)).toEqual([]);
    expect(reasons('<Pullquote>Words</Pullquote>', false)).toHaveLength(2);
    expect(reasons('<div>Words</div>', true)).toEqual(['raw HTML tag']);
    expect(reasons('<img src="x" onerror="alert(1)" />', true)).toEqual(['raw HTML tag']);
  });

  it('refuses imports, exports and expressions, naming their lines', () => {
    const body = [
      "import { execSync } from 'node:child_process'",
      '',
      "export const out = execSync('id').toString()",
      '',
      'The environment: {process.env.HOME}.',
      '',
      '{out}',
    ].join('\n');
    expect(findUnsafeMarkup(body, { mdx: true }).map((p) => [p.line, p.reason])).toEqual([
      [1, 'import/export (MDX articles cannot run code)'],
      [3, 'import/export (MDX articles cannot run code)'],
      [5, 'JavaScript expression (MDX articles cannot run code)'],
      [7, 'JavaScript expression (MDX articles cannot run code)'],
    ]);
  });

  it('refuses expression, spread and unknown props, set:html and other components', () => {
    expect(reasons('<Pullquote cite={process.env.HOME}>x</Pullquote>', true)).toEqual([
      'prop cite of <Pullquote> is not a literal string',
    ]);
    expect(reasons('<Pullquote {...props}>x</Pullquote>', true)).toEqual([
      'JavaScript in the props of <Pullquote>',
    ]);
    expect(reasons('<Pullquote set:html="<img onerror=x>">x</Pullquote>', true)).toEqual([
      'unknown prop of <Pullquote> (allowed: cite)',
    ]);
    expect(reasons('<Fragment set:html="<script>x()</script>" />', true)).toEqual([
      'unknown component <Fragment>',
    ]);
    expect(reasons('<>fragment</>', true)).toEqual(['raw HTML tag']);
  });

  it('reports MDX that does not parse', () => {
    expect(reasons('<Pullquote cite="x">unclosed', true)).toEqual(['MDX that does not parse']);
  });

  it('refuses a layout in MDX front matter, which Astro would import', () => {
    expect(findUnsafeMdxFrontmatter({ title: 'x', layout: '../../evil.js' })).toHaveLength(1);
    expect(findUnsafeMdxFrontmatter({ title: 'x' })).toEqual([]);
  });
});

describe('URLs', () => {
  it('reads a scheme as browsers do', () => {
    expect(urlScheme(' Java\tScript:alert(1)')).toBe('javascript');
    expect(urlScheme('\u0001javascript:x')).toBe('javascript');
    expect(urlScheme('/leaders/')).toBeUndefined();
    expect(urlScheme('a/b:c')).toBeUndefined();
  });

  it('allows http, https, mailto and site-relative links only', () => {
    for (const url of ['https://example.org', 'http://x', 'mailto:a@b', '/a/', '#top', '../x/', 'page/'])
      expect(isAllowedLinkUrl(url), url).toBe(true);
    for (const url of [
      'javascript:x',
      'vbscript:x',
      'data:text/html,x',
      'file:///etc',
      '//evil.example',
      '\\\\evil',
    ])
      expect(isAllowedLinkUrl(url), url).toBe(false);
  });

  it('takes only relative image sources as local', () => {
    expect(isLocalImageUrl('map.png')).toBe(true);
    expect(isLocalImageUrl('https://example.org/a.png')).toBe(false);
    expect(isLocalImageUrl('//example.org/a.png')).toBe(false);
  });
});
