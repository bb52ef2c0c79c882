import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, safeResultUrl, visibleExcerpt } from '../../src/search/excerpt';

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted runs', () => {
    expect(excerptParts('President <mark>Tokayev</mark> said')).toEqual([
      { text: 'President ', mark: false },
      { text: 'Tokayev', mark: true },
      { text: ' said', mark: false },
    ]);
  });

  it('keeps any other markup as literal text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> <mark><b>Putin</b></mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: '<b>Putin</b>', mark: true },
    ]);
  });

  it('decodes character references into text', () => {
    expect(excerptParts('Kazakhstan &amp; <mark>Russia</mark> &lt;script&gt;')).toEqual([
      { text: 'Kazakhstan & ', mark: false },
      { text: 'Russia', mark: true },
      { text: ' <script>', mark: false },
    ]);
  });

  it('merges adjacent runs and drops empty ones', () => {
    expect(excerptParts('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', mark: true }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('visibleExcerpt', () => {
  // 12 visible words, then 4 hidden alias words.
  const content =
    'Phone call. President Tokayev spoke with «Rahmon», then Tokayev flew home. Tokayev, Tokaev, Токаев, Тоқаев.';
  const text = (parts: { text: string }[] | undefined) => parts?.map((p) => p.text).join('');
  const marked = (parts: { text: string; mark: boolean }[] | undefined) =>
    parts?.filter((p) => p.mark).map((p) => p.text);

  it('highlights matched words of the visible text, without their punctuation', () => {
    const parts = visibleExcerpt(content, [3, 6, 8, 12, 13], 4, 30);
    expect(text(parts)).toBe('Phone call. President Tokayev spoke with «Rahmon», then Tokayev flew home.');
    expect(marked(parts)).toEqual(['Tokayev', 'Rahmon', 'Tokayev']);
  });

  it('never shows the hidden aliases, and says so when only they matched', () => {
    expect(visibleExcerpt(content, [12, 13, 14, 15], 4, 30)).toBeUndefined();
    expect(text(visibleExcerpt(content, [3, 13], 4, 30))).not.toContain('Tokaev');
  });

  it('shows the window with the most matches, marking the cut with an ellipsis', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const parts = visibleExcerpt(words.join(' '), [5, 60, 62, 64], 0, 10);
    expect(text(parts)).toBe('… w58 w59 w60 w61 w62 w63 w64 w65 w66 w67 …');
    expect(marked(parts)).toEqual(['w60', 'w62', 'w64']);
  });

  it('keeps the window inside the visible text near its end', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    expect(text(visibleExcerpt(words.join(' '), [14], 5, 6))).toBe('… w9 w10 w11 w12 w13 w14');
  });

  it('renders markup in the indexed text as text', () => {
    const parts = visibleExcerpt('a &lt;script&gt; <b>Putin</b>', [2], 0, 10);
    expect(parts).toEqual([
      // Leading and trailing symbols stay outside the highlight, as with «Rahmon».
      { text: 'a <script> <', mark: false },
      { text: 'b>Putin</b', mark: true },
      { text: '>', mark: false },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#x27; &unknown; &#0;')).toBe('"a" \'b\' &unknown; &#0;');
  });
});

describe('safeResultUrl', () => {
  it('keeps paths on this site', () => {
    expect(safeResultUrl('/archive/articles/2021/05/x/')).toBe('/archive/articles/2021/05/x/');
  });

  it('refuses other schemes, other hosts and odd paths', () => {
    for (const url of [
      'javascript:alert(1)',
      '//evil.example/',
      '/\\evil.example',
      'https://x.org/',
      'a b',
      '',
    ]) {
      expect(safeResultUrl(url)).toBeNull();
    }
  });
});
