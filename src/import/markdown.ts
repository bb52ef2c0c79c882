/**
 * Plain text into Markdown that renders as that same text: nothing in a raw article
 * can become HTML, a link, emphasis, a heading or a list.
 */

/**
 * Escapes one paragraph of plain text (a single line) for a Markdown body.
 * `<` and `>` become character references, an `&` that would start one is escaped,
 * and characters with a Markdown meaning are backslash-escaped.
 * @example escapeMarkdown('<script>alert(1)</script>') // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * @example escapeMarkdown('# 1 *big* deal') // '\\# 1 \\*big\\* deal'
 */
export function escapeMarkdown(paragraph: string): string {
  let out = paragraph
    .replace(/\\/g, '\\\\')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_`~[\]])/g, '\\$1')
    .replace(/\\\]\(/g, '\\]\\(');
  // Line starts that open a block: headings, lists, thematic breaks, fences, setext underlines.
  out = out
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([+-])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(=+)\s*$/, '\\$1')
    .replace(/^(-{2,})\s*$/, '\\$1');
  return out;
}
