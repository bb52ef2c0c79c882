/**
 * Turning the bytes of a raw file into text the extractor can trust: strict UTF-8,
 * no BOM, `\n` line endings, NFC. Binary, empty and wrongly encoded input is refused.
 */
import { refuse } from './refusal';

/** Inputs larger than this are not news articles. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/** Invisible characters that scraped pages carry and text never needs. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
/** C0 controls other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/**
 * Decodes a raw file. Refuses (throws `ImportRefusal`) when the bytes are empty,
 * binary, UTF-16 or not valid UTF-8.
 * @example decodeInput(new TextEncoder().encode('\uFEFFTitle\r\nText')) // 'Title\nText'
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length === 0) refuse('the input is empty');
  if (bytes.length > MAX_INPUT_BYTES) {
    refuse(`the input is ${bytes.length} bytes; a news article is far smaller than ${MAX_INPUT_BYTES} bytes`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    refuse('the input is UTF-16 text; save it as UTF-8 and import it again');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) refuse(`the input is binary (a NUL byte at offset ${nul}), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    refuse(
      `the input is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); ` +
        'convert it first, e.g. `iconv -f windows-1251 -t utf-8`',
    );
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls * 100 > text.length) {
    refuse(`the input is binary (${controls} control characters), not text`);
  }
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .normalize('NFC');
  if (clean.trim() === '') refuse('the input has no text (only white space)');
  return clean;
}

/** The offset of the first byte that breaks UTF-8, for the refusal message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
