/**
 * Reading an article out of a saved web page (`.html`, as a browser's "Save page as…"
 * writes it). Mozilla's Readability, over a linkedom DOM, finds the article and its
 * headline, byline, site name and publication time; what the page states besides
 * (`<time datetime>`, `article:modified_time`, JSON-LD `dateModified` and keywords,
 * its canonical address) is read from the page itself. The article's text then goes
 * through the same rules as a raw text (`extract.ts`): dateline, agency, author,
 * tags, chrome lines. Only the text of the page's paragraphs is kept: no markup,
 * script or link of the page reaches the article.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DateLine, FoundDate } from './dates';
import { dateLineAt, extractArticle, isProse, type Extracted } from './extract';
import { refuse } from './refusal';

/** Elements that are never article text. */
const NEVER_TEXT =
  'script:not([type="application/ld+json"]), style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, ' +
  'nav, aside, footer, dialog, [role="navigation"], [role="banner"], [role="complementary"], ' +
  '[role="contentinfo"], [role="search"], [role="dialog"], [aria-hidden="true"], [hidden]';

/**
 * How deep a page's elements may nest. News pages nest a few dozen levels;
 * Readability's time grows faster than the square of the depth (a second at
 * 200 levels, half a minute at 800, and a page of a few thousand levels would
 * run for hours), and the DOM parser's with the page's size.
 */
export const MAX_NESTING = 128;

/** Elements that hold no content, and so never nest anything. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(
    ' ',
  ),
);
/**
 * Elements whose end tag is optional, and which a parser closes when the next
 * one starts (`<p>`, `<li>`, `<td>` …): left out of the count, so that a page
 * that never closes its paragraphs is not taken for a deep one.
 */
const OPTIONAL_END = new Set(
  'p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rb rt rtc rp html head body'.split(
    ' ',
  ),
);
/** Elements whose content is text, never tags. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

/**
 * How deep the elements of an HTML text nest, read from its tags alone in one
 * pass, before any parser or Readability sees it (see {@link MAX_NESTING}).
 * Comments, raw-text elements (`<script>`, `<style>`), void and
 * self-closing elements and those whose end tag is optional do not count.
 * @example nestingDepth('<div><section><p>a</p></section></div>') // 2
 */
export function nestingDepth(html: string): number {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/gu;
  const lower = html.toLowerCase();
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const [, closing, rawName, selfClosing] = m;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name)) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (selfClosing) continue;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    max = Math.max(max, ++depth);
  }
  return max;
}

/** True when the bytes' text looks like an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/iu.test(text);
}

/**
 * Reads an ISO 8601 value as a page states it (`2024-03-01T10:00:00+05:00`,
 * `2024-03-01T05:00:00Z`, `2024-03-01T10:00`, `2024-03-01`) into a found date.
 */
export function readIsoDate(value: string | null | undefined): FoundDate | undefined {
  const m =
    /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/iu.exec(
      value ?? '',
    );
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const date: FoundDate = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    index: 0,
    text: value!.trim(),
  };
  if (h !== undefined && mi !== undefined) {
    const time = { hour: Number(h), minute: Number(mi), second: Number(s ?? 0) };
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return undefined;
    date.time = time;
    if (zone !== undefined) {
      if (/^z$/iu.test(zone)) {
        date.offsetMinutes = 0;
        date.utc = true;
      } else {
        const digits = zone.replace(':', '');
        date.offsetMinutes =
          (zone.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
      }
    }
  }
  return date;
}

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & object;

function meta(document: Doc, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The JSON-LD objects of the page that describe a news article. */
function jsonLdArticles(document: Doc): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && /(?:^|\b)(?:News|Reportage|Analysis)?Article$/u.test(t))) {
      found.push(record);
    }
    if (record['@graph']) visit(record['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block states nothing.
    }
  }
  return found;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

function keywordsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keywordsOf);
  const s = str(value);
  return s
    ? s
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : [];
}

/** What the page states about itself, beyond what Readability reads. */
interface Stated {
  modified?: string;
  tags: string[];
  url?: string;
}

function readStated(document: Doc): Stated {
  const [ld] = jsonLdArticles(document);
  const stated: Stated = { tags: [] };
  const modified = str(ld?.['dateModified']) ?? meta(document, 'article:modified_time', 'dateModified');
  if (modified) stated.modified = modified;
  const metaTags = [...document.querySelectorAll('meta[property="article:tag"]')]
    .map((el) => el.getAttribute('content')?.trim() ?? '')
    .filter(Boolean);
  stated.tags = metaTags.length > 0 ? metaTags : keywordsOf(ld?.['keywords']);
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ??
    meta(document, 'og:url') ??
    str(ld?.['url']);
  if (url && /^https?:\/\/[^\s<>"]+$/iu.test(url)) stated.url = url;
  return stated;
}

/**
 * Removes what is never article text, whatever Readability would make of it: scripts,
 * forms, menus, sidebars, footers, banners and hidden elements, and the site's own
 * header. Share bars, "related" blocks and other chrome inside the article are left
 * to Readability, which scores them out, and to the text rules, which end the body
 * at "Related news" or "Read also".
 */
function removeNonText(document: Doc): void {
  for (const el of [...document.querySelectorAll(NEVER_TEXT)]) el.remove();
  for (const el of [...document.querySelectorAll('header')]) {
    if (!el.closest('article, main') && !el.querySelector('h1')) el.remove();
  }
}

/** The first `<time datetime>` of the article: one marked as the publication date first. */
function statedTime(document: Doc): FoundDate | undefined {
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  const times = [...(scope?.querySelectorAll('time[datetime]') ?? [])];
  const marked = times.find(
    (t) => t.hasAttribute('pubdate') || /datePublished/u.test(t.getAttribute('itemprop') ?? ''),
  );
  for (const el of marked ? [marked, ...times] : times) {
    const date = readIsoDate(el.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

/** Elements whose text is one paragraph. */
const BLOCKS = new Set('P H1 H2 H3 H4 H5 H6 LI BLOCKQUOTE PRE DD DT FIGCAPTION TD TH'.split(' '));
/** Elements that hold paragraphs. */
const CONTAINERS = new Set('DIV SECTION ARTICLE UL OL TABLE TBODY TR FIGURE DL'.split(' '));

/** A node of the page: an element, text or a comment. */
type DomNode = El['childNodes'][number];

/**
 * The text of a node with a line feed for each `<br>` in it, as a text file
 * would have the lines: `textContent` drops a `<br>`, and would run "…Жапаров.<br>По
 * итогам…" together into one word. The page's own line feeds are white space.
 */
function textWithBreaks(node: DomNode): string {
  if (node.nodeType === 3 || node.nodeType === 4) return (node.textContent ?? '').replace(/\s+/gu, ' ');
  if (node.nodeType !== 1) return '';
  if ((node as El).tagName === 'BR') return '\n';
  return [...node.childNodes].map(textWithBreaks).join('');
}

/**
 * Text with its white space collapsed within each line, and at most one empty line
 * in a row (two `<br>`s end a paragraph, as an empty line does in a text). A line
 * that goes on with the sentence of the line before (it starts in lowercase, and
 * that line ends with no stop, colon or quotation) is joined to it with a space, as
 * `toLines` joins a hard wrap in a text: a poem's or an address's lines stay one
 * paragraph. Unlike in a text, a short line is joined too: a `<br>` is known to be
 * inside a paragraph, where a short line of a text may be a heading or a menu.
 * @example cleanLines('Line one\nline  two.\n\n\nNext') // 'Line one line two.\n\nNext'
 */
function cleanLines(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    const prev = out.at(-1);
    if (prev && /^\p{Ll}/u.test(line) && !/[.!?…:;"»”)]$/u.test(prev))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/**
 * The text of each block of the article, in order, white space collapsed. A `<br>`
 * inside a block is a line feed of its text, which the text rules then read as they
 * read a line break in a raw text (`toLines` in `extract.ts`): a new line, or a hard
 * wrap joined with a space.
 */
function blocksOf(root: El): string[] {
  const out: string[] = [];
  const walk = (el: El): void => {
    const children = [...el.children] as El[];
    const isLeafBlock = BLOCKS.has(el.tagName) && !children.some((c) => hasBlock(c));
    if (isLeafBlock || children.length === 0) {
      if (el.tagName === 'FIGCAPTION') return;
      const text = cleanLines(textWithBreaks(el));
      if (text) out.push(text);
      return;
    }
    // Text sitting directly in a container (a <div> with text and inline elements) is a block of its own.
    let loose = '';
    const flush = () => {
      const text = cleanLines(loose);
      if (text) out.push(text);
      loose = '';
    };
    for (const node of [...el.childNodes]) {
      if (node.nodeType === 1 && hasBlock(node as El)) {
        flush();
        walk(node as El);
      } else if (node.nodeType === 1 && (node as El).tagName === 'BR') {
        flush();
      } else {
        loose += textWithBreaks(node);
      }
    }
    flush();
  };
  const holdsBlocks = new Map<El, boolean>();
  const hasBlock = (el: El): boolean => {
    let known = holdsBlocks.get(el);
    if (known === undefined) {
      known =
        BLOCKS.has(el.tagName) ||
        CONTAINERS.has(el.tagName) ||
        [...el.children].some((c) => hasBlock(c as El));
      holdsBlocks.set(el, known);
    }
    return known;
  };
  walk(root);
  return out;
}

/** How deep the elements under `root` nest, walked without recursion. */
function treeDepth(root: El | null): number {
  let max = 0;
  const stack: [El, number][] = root ? [[root, 1]] : [];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [el, depth] = top;
    max = Math.max(max, depth);
    for (const child of el.children) stack.push([child as El, depth + 1]);
  }
  return max;
}

/** "By Mariya Gordeyeva", "Author: John Smith" → the name alone. */
function cleanByline(byline: string | null | undefined): string | undefined {
  const name = (byline ?? '')
    .replace(/\s+/gu, ' ')
    .replace(/^(?:by|author|authors|автор|авторы)\s*[:：]?\s+/iu, '')
    .replace(/[|,;]\s*$/u, '')
    .trim();
  return name && name.split(' ').length <= 8 && !/https?:/u.test(name) ? name : undefined;
}

/** How far before the headline, in blocks, a page may print its date. */
const DATE_BEFORE_HEADLINE = 2;

/**
 * The date a page prints beside its headline when its markup states none (a
 * `<div class="date">15.03.2024 18:42</div>` under the `<h1>`, or "March 5, 2024" and
 * "17:30" in two elements below the lead): the first block after the headline, and
 * before the article's second paragraph, that gives only a date; else one just before
 * the headline. Never a date further down the page, where other stories' dates stand.
 */
function printedDate(blocks: string[], headline: string | undefined): DateLine | undefined {
  const at = headline === undefined ? -1 : blocks.indexOf(headline);
  if (at === -1) return undefined;
  let end = at + 1;
  for (let prose = 0; end < blocks.length; end++) {
    if (isProse(blocks[end] ?? '') && ++prose === 2) break;
  }
  for (let i = at + 1; i < end; i++) {
    const found = dateLineAt(blocks, i, end);
    if (found && !found.updated) return found;
  }
  for (let i = at - 1; i >= Math.max(0, at - DATE_BEFORE_HEADLINE); i--) {
    const found = dateLineAt(blocks, i, at);
    if (found && !found.updated) return found;
  }
  return undefined;
}

/**
 * Extracts the article from a saved web page (already decoded). Refuses (throws
 * `ImportRefusal`) when the page holds no article text.
 */
export function extractHtml(html: string): Extracted {
  const tooDeep = (depth: number): never =>
    refuse(
      `the page nests its elements ${depth.toLocaleString('en')} levels deep, more than the ${MAX_NESTING} the importer reads ` +
        '(news pages nest a few dozen): save the article’s text as a .txt file and import that',
    );
  // Counted from the tags before parsing: the parser and Readability would take minutes first.
  const tagged = nestingDepth(html);
  if (tagged > MAX_NESTING) tooDeep(tagged);
  const { document } = parseHTML(html);
  // The tree as parsed, which also nests the elements the tags leave implied (tables' rows and cells).
  const parsed = treeDepth(document.documentElement as unknown as El | null);
  if (parsed > 2 * MAX_NESTING) tooDeep(parsed);
  const stated = readStated(document);
  const heading = document.querySelector('h1');
  // The headline as the page's blocks give it (a `<br>` a line break), and on one line.
  const h1Block = heading ? cleanLines(textWithBreaks(heading)) : undefined;
  const h1 = h1Block?.replace(/\n+/gu, ' ');
  removeNonText(document);
  const time = statedTime(document);
  // Read before Readability, which changes the document as it reads it.
  const pageBlocks = document.body ? blocksOf(document.body as unknown as El) : [];
  const page = new Readability(document as unknown as Document, {
    serializer: (node) => node,
    charThreshold: 200,
  }).parse();
  const content = page?.content as unknown as El | null | undefined;
  const blocks = content ? blocksOf(content) : [];
  if (blocks.length === 0) {
    refuse(
      'no article text found in the page: it has no paragraph of running text, only menus or other chrome',
    );
  }
  let title = page?.title?.replace(/\s+/gu, ' ').trim();
  // "Headline — Name of the site": the page's own headline is the article's.
  if (h1 && title && title !== h1 && title.startsWith(h1)) title = h1;
  // The headline may open the content too; it is not a paragraph.
  const body = title && blocks[0]?.replace(/\n+/gu, ' ') === title ? blocks.slice(1) : blocks;
  const found = extractArticle(body.join('\n\n'));
  if (title) found.title = title;
  const published = readIsoDate(page?.publishedTime) ?? time;
  if (published) found.date = { ...published, from: 'header' };
  if (!found.date) {
    const printed = printedDate(pageBlocks, h1Block);
    if (printed) found.date = { ...printed.date, from: 'header' };
  }
  const modified = readIsoDate(stated.modified);
  if (modified) found.updated = modified;
  const author = cleanByline(page?.byline);
  if (author) found.author = author;
  if (stated.tags.length > 0 && found.tags.length === 0) found.tags = [...new Set(stated.tags)];
  const siteName = page?.siteName?.replace(/\s+/gu, ' ').trim();
  if (siteName || stated.url) {
    found.sourceLine = {
      ...found.sourceLine,
      ...(siteName ? { name: siteName } : {}),
      ...(stated.url ? { url: stated.url } : {}),
    };
  }
  return found;
}
