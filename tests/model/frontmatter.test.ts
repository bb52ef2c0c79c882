import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, readsBackAsText, stringifyArticle } from '../../src/model/frontmatter';

describe('parseFrontmatter', () => {
  it('reads YAML frontmatter and the body', () => {
    const { data, body } = parseFrontmatter(
      "---\ntitle: A\npublished: '2021-05-02T08:10:00+06:00'\n---\nText.\n",
    );
    expect(data).toEqual({ title: 'A', published: '2021-05-02T08:10:00+06:00' });
    expect(body).toBe('Text.\n');
  });

  it.each(['js', 'javascript'])('refuses ---%s frontmatter instead of running it', (engine) => {
    const text = `---${engine}\n{ title: (globalThis.__ran = true, 'x') }\n---\nBody\n`;
    expect(() => parseFrontmatter(text)).toThrow(/not allowed/);
    expect((globalThis as Record<string, unknown>)['__ran']).toBeUndefined();
  });

  it('never returns a stale parse for text it has seen before', () => {
    const text = '---\ntitle: Same\n---\nBody\n';
    const first = parseFrontmatter(text);
    first.data['title'] = 'Changed by a caller';
    expect(parseFrontmatter(text).data['title']).toBe('Same');
  });
});

describe('stringifyArticle', () => {
  it('writes frontmatter in the given key order and ends with one newline', () => {
    const text = stringifyArticle({ title: 'A', published: '2025-10-09', tags: [] }, 'One.\n\nTwo.\n\n\n');
    expect(text).toBe("---\ntitle: A\npublished: '2025-10-09'\ntags: []\n---\nOne.\n\nTwo.\n");
  });

  it('quotes every text that js-yaml 4, which Astro reads it with, would read as something else', () => {
    const texts = '08 09 0o17 0o7 1e3 yes null ~ 0x10 true .inf 2024-01-01'.split(' ');
    const text = stringifyArticle({ title: '08', tags: [...texts, 'Kremlin'] }, 'Body.');
    expect(text).toContain("title: '08'\n");
    expect(text).toContain("  - '0o17'\n");
    // Text that reads as text stays as it was written.
    expect(text).toContain('  - Kremlin\n');
    const front = yaml.load(/^---\n([\s\S]*?\n)---\n/u.exec(text)?.[1] ?? '');
    expect(front).toEqual({ title: '08', tags: [...texts, 'Kremlin'] });
    expect(parseFrontmatter(text).data).toEqual(front);
  });

  it('tells which texts js-yaml 4 reads back as themselves', () => {
    expect(readsBackAsText('Kremlin')).toBe(true);
    expect(readsBackAsText('Tokayev, Putin')).toBe(true);
    expect(readsBackAsText('0o17')).toBe(false);
    expect(readsBackAsText('08')).toBe(false);
    expect(readsBackAsText('a: b')).toBe(false);
  });

  it('round-trips through parseFrontmatter', () => {
    const data = {
      title: 'Тоқаев: «Қазақстан»',
      published: '2021-05-02T08:10:00+06:00',
      leaders: ['a', 'b'],
    };
    const parsed = parseFrontmatter(stringifyArticle(data, 'Body.'));
    expect(parsed.data).toEqual(data);
    expect(parsed.body).toBe('Body.\n');
  });
});
