import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/import/decode';
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

  it('refuses an empty input and one with only white space', () => {
    expect(refusal(bytes())).toMatch(/empty/);
    expect(refusal(utf8(' \r\n\t\n'))).toMatch(/no text/);
  });

  it('refuses binary input', () => {
    expect(refusal(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toMatch(/binary/);
  });

  it('refuses text that is not UTF-8 and says where and what to do', () => {
    const cp1251 = bytes(0xd2, 0xee, 0xea, 0xe0, 0xe5, 0xe2);
    expect(refusal(cp1251)).toMatch(/not valid UTF-8 \(first bad byte at offset 0\).*iconv/);
  });

  it('refuses UTF-16 text with a clear reason', () => {
    expect(refusal(bytes(0xff, 0xfe, 0x41, 0x00))).toMatch(/UTF-16/);
  });
});
