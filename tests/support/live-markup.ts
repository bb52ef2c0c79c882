/**
 * What in a piece of HTML would run, load or navigate by itself in a browser:
 * the test of "no live markup". Written apart from the sanitizer's allowlist, as
 * a list of what is dangerous, and parsed with parse5 (through cheerio), the
 * parser of the HTML standard that browsers follow.
 */
import * as cheerio from 'cheerio';

/** Elements that run code, load other documents or styles, or submit. */
const LIVE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'base',
  'form',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'video',
  'audio',
  'source',
  'bgsound',
  'portal',
]);

/** In a whole page, the site's own chrome has forms, buttons, menus and a <noscript>: these remain live. */
const LIVE_IN_PAGE = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'base',
  'form',
  'portal',
]);

/** Attributes that hold a URL a browser follows or loads. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'background',
  'poster',
  'lowsrc',
  'dynsrc',
  'srcset',
  'cite',
]);

/** A URL's scheme as a browser reads it (tabs and newlines dropped, leading controls trimmed). */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export interface LiveMarkupOptions {
  /** Read a whole page: its own scripts (`src` on the site, JSON-LD), stylesheets, meta and search form are allowed. */
  page?: boolean;
}

/** Lists the live markup in `html`: an empty list means none. */
export function findLiveMarkup(html: string, options: LiveMarkupOptions = {}): string[] {
  const $ = options.page ? cheerio.load(html) : cheerio.load(html, null, false);
  const found: string[] = [];
  $('*').each((_, node) => {
    const el = node as unknown as { name: string; attribs: Record<string, string> };
    const name = el.name.toLowerCase();
    const attribs = el.attribs;
    if ((options.page ? LIVE_IN_PAGE : LIVE_ELEMENTS).has(name)) {
      const own =
        options.page &&
        ((name === 'script' &&
          (attribs['type'] === 'application/ld+json' || /^\/[^/]/.test(attribs['src'] ?? ''))) ||
          (name === 'link' && /^\/[^/]/.test(attribs['href'] ?? '')) ||
          // The page's canonical address and its versions in other languages: absolute, and loaded by nothing.
          (name === 'link' &&
            /^https?:/.test(attribs['href'] ?? '') &&
            (attribs['rel'] === 'canonical' ||
              (attribs['rel'] === 'alternate' && attribs['hreflang'] !== undefined))) ||
          (name === 'meta' && attribs['http-equiv'] === undefined) ||
          (name === 'form' && /^\/[^/]/.test(attribs['action'] ?? '')));
      if (!own) found.push(`<${name}>`);
    }
    if (name === 'input' && !options.page && attribs['type'] !== 'checkbox') found.push('<input>');
    for (const [attribute, value] of Object.entries(attribs)) {
      const a = attribute.toLowerCase();
      if (a.startsWith('on')) found.push(`${a}= on <${name}>`);
      if (a === 'style') found.push(`style= on <${name}>`);
      if (a === 'http-equiv') found.push(`http-equiv= on <${name}>`);
      if (URL_ATTRIBUTES.has(a)) {
        const scheme = schemeOf(value);
        const allowed = ['http', 'https', 'mailto'];
        if (scheme !== undefined && !allowed.includes(scheme))
          found.push(`${a}="${value.slice(0, 40)}" on <${name}>`);
        if (scheme === undefined && /^[\\/]{2}/.test(value.trim()) && !options.page)
          found.push(`protocol-relative ${a} on <${name}>`);
        if (!options.page && name === 'img' && a === 'src' && scheme !== undefined)
          found.push(`remote image ${value.slice(0, 40)}`);
      }
    }
  });
  return found;
}
