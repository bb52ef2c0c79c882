/**
 * Turning the bytes of a raw file into text the extractor can trust: no BOM, `\n`
 * line endings, NFC. UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark and Windows-1251 are read; empty, binary and any other encoding
 * is refused with a reason.
 */
import { refuse } from './refusal';

/** Inputs larger than this are not news articles. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Invisible characters that scraped pages carry and text never needs: zero-width
 * spaces and joiners of words, soft hyphens, invisible operators, fillers that
 * look like nothing (U+180E, U+3164, U+FFA0, U+115F, U+1160, U+034F), and Unicode's
 * tag characters, which can carry a hidden text.
 */
const INVISIBLE =
  /[\u200B\u2060-\u2064\uFEFF\u00AD\u180E\u3164\uFFA0\u115F\u1160\u034F]|[\u{E0000}-\u{E007F}]/gu;
/**
 * A zero-width joiner or non-joiner between two Latin or Cyrillic letters, where
 * it joins nothing and hides a word from a search («Ali\u200Dyev»); in the scripts
 * that need it (Persian, the Indic scripts, emoji) it stays.
 */
const JOINER =
  /(?<=[\p{Script=Latin}\p{Script=Cyrillic}])[\u200C\u200D](?=[\p{Script=Latin}\p{Script=Cyrillic}])/gu;
/**
 * Line breaks other than `\n`: a vertical tab (Word's manual line break, Shift+Enter,
 * saved as text) and a form feed (a page break). Each ends a line as a line feed
 * does, so the text rules read it as they read one (a line of its own, or a hard
 * wrap joined with a space), and the words on either side never run together.
 */
const LINE_BREAK = /[\v\f]/g;
/** C0 controls other than tab, the line breaks and carriage return. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** The encodings the importer reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/** Decoded text and the encoding it was read from. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

/**
 * Decodes a raw file. Refuses (throws `ImportRefusal`) when the bytes are empty,
 * too large, binary, or in an encoding other than UTF-8, UTF-16 with a byte-order
 * mark or Windows-1251.
 * @example decodeInput(new TextEncoder().encode('\uFEFFTitle\r\nText')) // 'Title\nText'
 */
export function decodeInput(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/** {@link decodeInput}, also saying which encoding the bytes were in. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) refuse('the input is empty');
  if (bytes.length > MAX_INPUT_BYTES) {
    refuse(`the input is over ${MAX_INPUT_BYTES} bytes; a news article is far smaller`);
  }
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe)) {
    refuse('the input is UTF-32 text; save it as UTF-8 and import it again');
  }
  let decoded: Decoded;
  if (b0 === 0xff && b1 === 0xfe)
    decoded = { text: decodeStrict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  else if (b0 === 0xfe && b1 === 0xff)
    decoded = { text: decodeStrict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      if (looksLikeUtf16(bytes)) {
        refuse(
          'the input looks like UTF-16 text without a byte-order mark, which cannot be read safely; ' +
            'save it as UTF-8 (or as UTF-16 with a byte-order mark) and import it again',
        );
      }
      refuse(`the input is binary (a NUL byte at offset ${nul}), not text`);
    }
    decoded = decodeUtf8OrCyrillic(bytes);
  }
  const { text } = decoded;
  if (text.includes('\u0000')) refuse('the input is binary (a NUL character), not text');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls * 100 > text.length) {
    refuse(`the input is binary (${controls} control characters), not text`);
  }
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(JOINER, '')
    .normalize('NFC');
  if (clean.trim() === '') refuse('the input has no text (only white space)');
  return { text: clean, encoding: decoded.encoding };
}

function decodeStrict(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  if (bytes.length % 2 !== 0)
    refuse(`the input is not valid ${encoding.toUpperCase()}: an odd number of bytes`);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse(`the input is not valid ${encoding.toUpperCase()} text (a broken surrogate pair)`);
  }
}

/** Text in UTF-16 without a BOM: NUL bytes in many positions of one parity and none of the other. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.min(even, odd) === 0 && Math.max(even, odd) >= (n / 2) * 0.1;
}

/**
 * UTF-8 (a BOM is dropped); failing that, Windows-1251 when the bytes read as
 * Cyrillic text in it: every byte above 0x7F a character of the code page, and the
 * letters forming words of one script, mostly lowercase. KOI8-R, Latin-1 and others
 * fail those tests and are refused.
 */
function decodeUtf8OrCyrillic(bytes: Uint8Array): Decoded {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    // not UTF-8; try Windows-1251 below
  }
  if (readsAsWindows1251(bytes)) {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
  return refuse(
    `the input is not UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}), UTF-16 with a ` +
      'byte-order mark or Windows-1251 Cyrillic text; convert it to UTF-8 first, e.g. `iconv -f <encoding> -t utf-8`',
  );
}

/** 0x98 is the one byte Windows-1251 leaves undefined. */
const UNDEFINED_1251 = 0x98;

function readsAsWindows1251(bytes: Uint8Array): boolean {
  if (bytes.includes(UNDEFINED_1251)) return false;
  const text = new TextDecoder('windows-1251').decode(bytes);
  let lower = 0;
  let upper = 0;
  for (const ch of text.matchAll(/[\u0410-\u044F\u0401\u0451]/gu)) {
    if (/\p{Ll}/u.test(ch[0])) lower++;
    else upper++;
  }
  if (lower + upper === 0) return false;
  // Running Cyrillic text is mostly lowercase; KOI8-R read as 1251 is mostly uppercase.
  if (lower < upper) return false;
  // A word mixing Latin and Cyrillic letters is a Latin-1 (or similar) text misread.
  return !/(?:\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin})/u.test(text);
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
