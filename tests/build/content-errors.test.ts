import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build';
import { articleText, writeArchive } from '../support/archive';

/** Builds an archive holding one bad article and returns what the build said. */
function buildWith(name: string, text: string) {
  const dir = writeArchive(name, { '2024/01/bad-article.md': text });
  return buildSite({ name, contentDir: dir });
}

describe('a build with bad content', () => {
  it.each([
    ['missing-title', articleText({ title: null }), 'title'],
    ['missing-published', articleText({ published: null }), 'published'],
    ['malformed-date', articleText({ published: "'15 January 2024'" }), 'published'],
    ['unquoted-date', articleText({ published: '2024-01-15T10:00:00+05:00' }), 'published'],
    ['unknown-kind', articleText({ kind: 'rumour' }), 'kind'],
  ])('fails on %s and names the file and the field', (name, text, field) => {
    const result = buildWith(name, text);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('bad-article.md');
    expect(result.output).toMatch(new RegExp(`^\\s*${field}: `, 'm'));
  });

  it.each([
    [
      'unknown-leader',
      articleText({ leaders: '\n  - kassym-jomart-tokaev' }),
      'leaders[0]: unknown leader "kassym-jomart-tokaev"',
    ],
    [
      'unknown-country',
      articleText({ countries: '\n  - kazakstan' }),
      'countries[0]: unknown country "kazakstan"',
    ],
    [
      'raw-html',
      articleText({}, 'Text.\n\n<script>alert(1)</script>'),
      'body line 3: raw HTML tag (<script>)',
    ],
    [
      'image-onerror',
      articleText({}, 'Text <img src=x onerror="alert(1)"> more.'),
      'body line 1: raw HTML tag',
    ],
    ['script-link', articleText({}, 'A [link](javascript:alert(1)).'), 'body line 1: script URL in a link'],
  ])('fails on %s with a message naming the file and the field', (name, text, message) => {
    const result = buildWith(name, text);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`bad-article.md: ${message}`);
  });

  it('fails when the content folder has no articles at all', () => {
    const dir = writeArchive('no-articles', {});
    const result = buildSite({ name: 'no-articles', contentDir: dir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('no article was found');
  });
});
