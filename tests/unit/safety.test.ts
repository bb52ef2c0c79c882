import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/lib/safety';

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
      { line: 3, found: '</script>', reason: 'raw HTML tag' },
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
    expect(reasons('<javascript:alert(1)>')).toEqual(['script URL in an autolink']);
    expect(reasons('[data](data:text/html;base64,PHNjcmlwdD4=)')).toEqual(['script URL in a link']);
  });

  it('allows web links and autolinks', () => {
    expect(reasons('See [the source](https://example.org/a) or <https://example.org>.')).toEqual([]);
  });

  it('treats code spans and fenced code as text', () => {
    expect(reasons('Use `<script>` tags.\n\n```html\n<iframe></iframe>\n```\n')).toEqual([]);
  });

  it('allows capitalised components in MDX, but not HTML elements', () => {
    expect(reasons('<Pullquote>Words</Pullquote>', true)).toEqual([]);
    expect(reasons('<Pullquote>Words</Pullquote>', false)).toHaveLength(2);
    expect(reasons('<div>Words</div>', true)).toHaveLength(2);
  });
});
