import { describe, expect, it } from 'vitest';
import { decodeInput, MAX_INPUT_BYTES } from '../../src/import/decode';
import { ImportRefusal } from '../../src/import/refusal';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(input: Uint8Array): string {
  try {
    decodeInput(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusal);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('decodeInput', () => {
  it('strips a byte order mark and turns Windows line endings into line feeds', () => {
    expect(decodeInput(bytes(0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0x42, 0x0d, 0x43))).toBe('A\nB\nC');
  });

  it('normalises text to NFC', () => {
    const decomposed = 'й'.normalize('NFD');
    expect(decomposed.length).toBe(2);
    expect(decodeInput(utf8(`Тоқаев ${decomposed}`))).toBe('Тоқаев й');
  });

  it('removes zero-width spaces and soft hyphens but keeps other text', () => {
    expect(decodeInput(utf8('Toka\u00ADyev\u200B met\u00A0Rahmon'))).toBe('Tokayev met\u00A0Rahmon');
  });

  it('removes invisible characters that hide a word or carry hidden text, and keeps the joiners scripts need', () => {
    expect(decodeInput(utf8('Ali\u200Dyev and Tok\u200Cayev met\u2061 \u3164 Putin.'))).toBe(
      'Aliyev and Tokayev met  Putin.',
    );
    // Tag characters («\u{E0041}…») spell a hidden text; a combining grapheme joiner and a Mongolian vowel separator show nothing.
    expect(decodeInput(utf8('Putin\u{E0041}\u{E0042} met\u034F\u180E Xi.'))).toBe('Putin met Xi.');
    // Persian needs its non-joiner, an emoji sequence its joiner.
    expect(decodeInput(utf8('می\u200Cخواهم 👩\u200D💻'))).toBe('می\u200Cخواهم 👩\u200D💻'.normalize('NFC'));
  });

  it('reads a vertical tab (Word’s manual line break) and a form feed as line breaks, never as nothing', () => {
    expect(decodeInput(utf8('Last paragraph\vwith a manual break\fand a page break.'))).toBe(
      'Last paragraph\nwith a manual break\nand a page break.',
    );
    // Line breaks, not control characters: a poem saved from Word is text, not binary.
    const poem = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of the poem`).join('\v');
    expect(decodeInput(utf8(poem)).split('\n')).toHaveLength(20);
  });

  it('refuses an empty input and one with only white space', () => {
    expect(refusal(bytes())).toMatch(/empty/);
    expect(refusal(utf8(' \r\n\t\n'))).toMatch(/no text/);
  });

  it('refuses binary input', () => {
    expect(refusal(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toMatch(/binary/);
  });

  it('reads Windows-1251 Cyrillic text that is not UTF-8', () => {
    // "Токаев провел" in Windows-1251
    const cp1251 = bytes(0xd2, 0xee, 0xea, 0xe0, 0xe5, 0xe2, 0x20, 0xef, 0xf0, 0xee, 0xe2, 0xe5, 0xeb);
    expect(decodeInput(cp1251)).toBe('Токаев провел');
  });

  it('refuses text in another encoding and says where and what to do', () => {
    // "Токаев провел" in KOI8-R: read as Windows-1251 it would be mostly capitals
    const koi8 = bytes(0xf4, 0xcf, 0xcb, 0xc1, 0xc5, 0xd7, 0x20, 0xd0, 0xd2, 0xcf, 0xd7, 0xc5, 0xcc);
    expect(refusal(koi8)).toMatch(/not UTF-8 \(first bad byte at offset 0\).*Windows-1251.*iconv/);
    // "préparé" in Latin-1: Latin and Cyrillic letters in one word
    expect(refusal(bytes(0x70, 0x72, 0xe9, 0x70, 0x61, 0x72, 0xe9))).toMatch(
      /not UTF-8 \(first bad byte at offset 2\)/,
    );
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    expect(decodeInput(bytes(0xff, 0xfe, 0x41, 0x00, 0x1a, 0x04))).toBe('AК');
    expect(decodeInput(bytes(0xfe, 0xff, 0x00, 0x41, 0x04, 0x1a))).toBe('AК');
  });

  it('refuses UTF-16 without a byte-order mark, UTF-32 and broken UTF-16 with a clear reason', () => {
    expect(refusal(bytes(0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x20, 0x00))).toMatch(
      /UTF-16 text without a byte-order mark/,
    );
    expect(refusal(bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00))).toMatch(/UTF-32/);
    expect(refusal(bytes(0xff, 0xfe, 0x41, 0x00, 0x42))).toMatch(/odd number of bytes/);
    expect(refusal(bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00))).toMatch(/not valid UTF-16LE/);
  });

  it('refuses an input over the size limit', () => {
    expect(refusal(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41))).toMatch(/over 8388608 bytes/);
  });
});
