/**
 * Articles are text. Raw HTML and script URLs in an article body would pass
 * straight into the built pages, so the build refuses them.
 */

/** One unsafe construct found in a body. */
export interface UnsafeMarkup {
  line: number;
  found: string;
  reason: string;
}

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

/** Blanks out fenced code blocks and inline code spans, keeping line numbers. */
function withoutCode(body: string): string {
  const blankFences = body.replace(
    /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[^\n]*$|(?![\s\S]))/gm,
    (block) => block.replace(/[^\n]/g, ' '),
  );
  return blankFences.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (span) => span.replace(/[^\n]/g, ' '));
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Lists raw HTML tags, HTML comments and `javascript:`/`vbscript:`/`data:` link
 * targets in a Markdown body. Code spans and fenced code are text and are allowed,
 * and so are autolinks such as `<https://example.org>`.
 * In MDX (`mdx: true`), capitalised JSX components (`<Pullquote>`) are allowed; lowercase
 * HTML elements are not.
 */
export function findUnsafeMarkup(body: string, options: { mdx?: boolean } = {}): UnsafeMarkup[] {
  const text = withoutCode(body);
  const problems: UnsafeMarkup[] = [];
  for (const match of text.matchAll(/<(!--|\/?[A-Za-z][\w.:-]*)([^>]*)>?/g)) {
    const [found, name = ''] = match;
    if (name === '!--') {
      problems.push({ line: lineOf(text, match.index), found: '<!--', reason: 'raw HTML comment' });
      continue;
    }
    const bare = name.replace(/^\//, '');
    if (/^[a-z][a-z0-9+.-]*:/i.test(`${bare}${match[2] ?? ''}`) && !/\s/.test(bare)) {
      // An autolink: `<https://…>` or `<mailto:…>`; script URLs are still refused below.
      if (SCRIPT_URL.test(found.slice(1))) {
        problems.push({ line: lineOf(text, match.index), found, reason: 'script URL in an autolink' });
      }
      continue;
    }
    if (options.mdx && /^[A-Z]/.test(bare)) continue;
    problems.push({ line: lineOf(text, match.index), found: found.slice(0, 40), reason: 'raw HTML tag' });
  }
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
    const target = match[1] ?? '';
    if (SCRIPT_URL.test(target)) {
      problems.push({
        line: lineOf(text, match.index),
        found: target.slice(0, 40),
        reason: 'script URL in a link',
      });
    }
  }
  for (const match of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    const target = match[1] ?? '';
    if (SCRIPT_URL.test(target)) {
      problems.push({
        line: lineOf(text, match.index),
        found: target.slice(0, 40),
        reason: 'script URL in a link definition',
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
