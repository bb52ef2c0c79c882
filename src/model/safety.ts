/**
 * Articles are text. The build refuses what would put live markup or code in a
 * page, naming the line: raw HTML, links and images whose URL is not `http:`,
 * `https:`, `mailto:` or site-relative, remote images, and in MDX anything but
 * the archive's own components with literal props.
 *
 * The body is parsed with the same Markdown parser (Sätteri) and features the
 * site renders it with, so what is checked is what would be rendered: code spans
 * and fences are text, and a URL is checked after its character references and
 * backslash escapes are decoded. This check explains a refusal; the pages are
 * safe without it, because every article's rendered HTML also passes through
 * the allowlist of `sanitize.ts`.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

/** One unsafe construct found in a body. */
export interface UnsafeMarkup {
  /** The line in the body (1 is the first line after the front matter). */
  line: number;
  found: string;
  reason: string;
}

/**
 * The components an MDX article may use, and the props each may take. Props
 * are literal strings; the component renders them as text.
 */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Pullquote: ['cite'],
};

/** The schemes article links may use; anything else with a scheme is refused. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** The Markdown features the site renders with (astro.config.mjs): GFM, no smart punctuation. */
const FEATURES = { gfm: true, smartPunctuation: false } as const;

/**
 * How a browser reads a URL's scheme: tabs and newlines anywhere are dropped,
 * and leading control characters and spaces; `undefined` when it has none
 * (a relative URL).
 * @example urlScheme(' Java\tScript:alert(1)') // 'javascript'
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(asBrowserReads(url))?.[1]?.toLowerCase();
}

/** A URL without the tabs and newlines browsers drop, and the controls and spaces they trim. */
function asBrowserReads(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
}

/**
 * Whether a link target is one articles may use: `http:`, `https:`, `mailto:`,
 * or relative to the site (`/path`, `#fragment`, `../page/`). A
 * protocol-relative `//host/…` is refused: write its scheme.
 */
export function isAllowedLinkUrl(url: string): boolean {
  const cleaned = asBrowserReads(url);
  if (/^[\\/]{2}/.test(cleaned)) return false;
  const scheme = urlScheme(cleaned);
  return scheme === undefined || LINK_SCHEMES.includes(scheme);
}

/** Whether an image source is the archive's own: relative, never a scheme or another host. */
export function isLocalImageUrl(url: string): boolean {
  const cleaned = asBrowserReads(url);
  return urlScheme(cleaned) === undefined && !/^[\\/]{2}/.test(cleaned);
}

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

type Node = MdastNode & {
  value?: unknown;
  url?: unknown;
  name?: unknown;
  attributes?: Attribute[];
  children?: Node[];
};

function short(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** The first tag of a raw HTML node, or the node itself when short. */
function firstTag(html: string): string {
  return short(/^<!--/.test(html) ? '<!--' : (/^<[^>]*>?/.exec(html.trim())?.[0] ?? html));
}

function checkUrl(node: Node, url: string, problems: (reason: string, found: string) => void): void {
  if (node.type === 'image') {
    const scheme = urlScheme(url);
    if (scheme !== undefined && !LINK_SCHEMES.includes(scheme))
      problems('script URL in an image', short(url));
    else if (!isLocalImageUrl(url))
      problems('remote image (the archive serves only its own images)', short(url));
    return;
  }
  if (isAllowedLinkUrl(url)) return;
  const where = node.type === 'definition' ? 'a link definition' : 'a link';
  const scheme = urlScheme(url);
  problems(
    scheme === undefined ? `protocol-relative URL in ${where} (write https:)` : `script URL in ${where}`,
    short(url),
  );
}

function checkJsx(node: Node, problems: (reason: string, found: string) => void): void {
  const name = typeof node.name === 'string' ? node.name : '';
  const props = MDX_COMPONENTS[name];
  if (!props) {
    const reason = /^[a-z]/.test(name) || name === '' ? 'raw HTML tag' : `unknown component <${name}>`;
    problems(reason, `<${name}>`);
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      problems(`JavaScript in the props of <${name}>`, `{${short(String(attribute.value))}}`);
    } else if (!props.includes(attribute.name)) {
      problems(`unknown prop of <${name}> (allowed: ${props.join(', ')})`, attribute.name);
    } else if (typeof attribute.value !== 'string') {
      problems(`prop ${attribute.name} of <${name}> is not a literal string`, attribute.name);
    }
  }
}

/**
 * Lists what an article body may not hold, with its line: raw HTML and HTML
 * comments, links, link definitions and images with a URL that is not `http:`,
 * `https:`, `mailto:` or site-relative, and remote images. Code spans and
 * fenced code are text and are allowed, and so are autolinks such as
 * `<https://example.org>`.
 *
 * In MDX (`mdx: true`) the body may use only the components of
 * {@link MDX_COMPONENTS} with literal string props; `import`/`export`,
 * `{expressions}`, expression or spread props (`set:html` included) and HTML
 * elements are refused.
 */
export function findUnsafeMarkup(body: string, options: { mdx?: boolean } = {}): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  let tree: Node;
  try {
    tree = (options.mdx ? mdxToMdast : markdownToMdast)(body, { features: FEATURES }) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/(\d+):\d+/.exec(message)?.[1] ?? 1);
    return [{ line, found: short(message), reason: 'MDX that does not parse' }];
  }
  const visit = (node: Node): void => {
    const line = node.position?.start.line ?? 1;
    const report = (reason: string, what: string) => found.push({ line, found: what, reason });
    switch (node.type) {
      case 'html': {
        const html = String(node.value ?? '');
        report(/^\s*<!--/.test(html) ? 'raw HTML comment' : 'raw HTML tag', firstTag(html));
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        checkUrl(node, String(node.url ?? ''), report);
        break;
      case 'mdxjsEsm':
        report('import/export (MDX articles cannot run code)', short(String(node.value ?? '')));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          'JavaScript expression (MDX articles cannot run code)',
          `{${short(String(node.value ?? ''))}}`,
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node, report);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Front-matter keys an MDX article may not have: Astro's MDX compiler imports
 * the module `layout` names.
 */
export function findUnsafeMdxFrontmatter(data: Record<string, unknown>): string[] {
  return 'layout' in data
    ? ['layout: MDX articles cannot name a layout module; the site gives the layout']
    : [];
}
