/**
 * The allowlist every article's rendered HTML passes through before it reaches
 * a page: exactly the elements and attributes the Markdown renderer makes for
 * articles (text, headings, lists, quotes, tables, code with highlighting
 * classes, footnotes, links, local images), and link URLs that are `http:`,
 * `https:`, `mailto:` or site-relative. Anything else is removed: a script,
 * style, frame, form or `<meta>` with its content, any other element keeping
 * its text. This holds whatever the Markdown was and whether or not the
 * build's refusal (`safety.ts`) noticed it.
 *
 * Built on sanitize-html, whose parser is the browsers' (htmlparser2) and whose
 * URL checks decode character references and drop the characters browsers
 * ignore in schemes.
 */
import sanitizeHtml from 'sanitize-html';
import { LINK_SCHEMES, isLocalImageUrl } from './safety';

/** The elements an article's HTML may hold. */
export const ARTICLE_ELEMENTS: readonly string[] = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'del',
  'sup',
  'sub',
  'code',
  'pre',
  'span',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'img',
  'input',
  'section',
];

/** The attributes each element may carry (besides the classes of {@link ARTICLE_CLASSES}). */
export const ARTICLE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'id', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnote-backref'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  h1: ['id'],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  li: ['id'],
  ol: ['start'],
  pre: ['data-language'],
  section: ['data-footnotes'],
  input: ['type', 'checked', 'disabled', 'aria-label'],
  th: ['align'],
  td: ['align'],
};

/**
 * The classes each element may carry: task lists, footnotes, the language of a
 * code block and the highlighter's token classes (styled in global.css), and
 * the alignment of table cells.
 */
export const ARTICLE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  ul: ['contains-task-list'],
  ol: ['contains-task-list'],
  li: ['task-list-item'],
  section: ['footnotes'],
  h2: ['sr-only'],
  a: ['data-footnote-backref'],
  pre: ['language-*'],
  code: ['language-*'],
  span: ['token', '*'],
  th: ['align-left', 'align-center', 'align-right'],
  td: ['align-left', 'align-center', 'align-right'],
};

/** A table cell's `style="text-align: …"`, which a strict CSP blocks, becomes a class. */
function alignCell(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { style, ...rest } = attribs;
  const align = /text-align:\s*(left|center|right)/.exec(style ?? '')?.[1];
  if (align) rest['class'] = [rest['class'], `align-${align}`].filter(Boolean).join(' ');
  return { tagName, attribs: rest };
}

/** A task list's checkbox says what it shows: the renderer gives it no label. */
function labelCheckbox(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  return { tagName, attribs: { ...attribs, 'aria-label': 'checked' in attribs ? 'Done' : 'Not done' } };
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ARTICLE_ELEMENTS],
  allowedAttributes: Object.fromEntries(Object.entries(ARTICLE_ATTRIBUTES).map(([k, v]) => [k, [...v]])),
  allowedClasses: Object.fromEntries(Object.entries(ARTICLE_CLASSES).map(([k, v]) => [k, [...v]])),
  allowedSchemes: [...LINK_SCHEMES],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'iframe', 'xmp'],
  transformTags: { th: alignCell, td: alignCell, input: labelCheckbox },
  exclusiveFilter: (frame) =>
    // A checkbox of a task list is the only input; an image needs a source of the archive's own.
    (frame.tag === 'input' && frame.attribs['type'] !== 'checkbox') ||
    (frame.tag === 'img' && !isLocalImageUrl(frame.attribs['src'] ?? '')) ||
    (frame.tag === 'img' && !frame.attribs['src']),
};

/**
 * Returns an article's HTML with only the allowed elements, attributes, classes
 * and URLs left.
 * @example sanitizeArticleHtml('<p onclick="x()">Hi<script>x()</script></p>') // '<p>Hi</p>'
 */
export function sanitizeArticleHtml(html: string): string {
  // sanitize-html writes void elements as `<br />`; the renderer, and HTML, write `<br>`.
  // Attribute values never hold a raw `>` (sanitize-html escapes it), so this stays in one tag.
  return sanitizeHtml(html, OPTIONS).replace(/<(br|hr|img|input)\b([^<>]*?) \/>/g, '<$1$2>');
}
