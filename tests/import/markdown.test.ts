import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/import/markdown';
import { findUnsafeMarkup } from '../../src/model/safety';

/** Renders Markdown with the processor the site uses and returns each paragraph's text. */
async function renderedText(markdown: string): Promise<string[]> {
  const renderer = await createSatteriMarkdownProcessor({ features: { smartPunctuation: false } });
  const { code } = await renderer.render(markdown, { frontmatter: {} });
  const blocks = [...code.matchAll(/<(\w+)[^>]*>([\s\S]*?)<\/\1>\n/g)].map((m) => ({
    tag: m[1],
    html: m[2] ?? '',
  }));
  expect(blocks.every((b) => b.tag === 'p')).toBe(true);
  return blocks.map((b) =>
    b.html
      .replace(/<a [^>]*>([^<]*)<\/a>/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

const PLAIN = [
  'Visitors found <script>alert("xss")</script> in a comment.',
  'Another read <img src=x onerror=alert(1)> and [click here](javascript:alert(2)) and <https://example.org>.',
  '# Not a heading & AT&amp;T &#169; stay as typed.',
  '1. Not a list, and *these* are _plain_ ~~characters~~ with a \\ backslash and `ticks`.',
  '> Not a quote.',
  '- Not a bullet either.',
  '---',
  '[ref]: javascript:alert(3)',
];

describe('escapeMarkdown', () => {
  it('leaves ordinary text, quotes and parentheses as they are', () => {
    const text = '"The border is the longest in the world (7,591 km)," said Kassym-Jomart Tokayev.';
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('turns markup into text the site accepts: findUnsafeMarkup finds nothing', () => {
    const body = PLAIN.map(escapeMarkdown).join('\n\n');
    expect(findUnsafeMarkup(body)).toEqual([]);
    expect(findUnsafeMarkup(PLAIN.join('\n\n')).length).toBeGreaterThan(0);
  });

  it('renders, with the site’s Markdown processor, as exactly the text it was', async () => {
    const body = PLAIN.map(escapeMarkdown).join('\n\n');
    expect(await renderedText(body)).toEqual(PLAIN);
  });
});
