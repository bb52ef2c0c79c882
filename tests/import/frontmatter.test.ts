import { writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleFile } from '../../src/import/write';
import { ImportRefusal } from '../../src/import/refusal';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { articleSchema } from '../../src/model/schema';
import { runImport, scratch } from './support';

/** The front matter of an article file as the site reads it: js-yaml 4, as Astro does. */
function readAsTheSite(text: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?\n)---\n/u.exec(text)?.[1] ?? '';
  return yaml.load(block) as Record<string, unknown>;
}

/** Texts that js-yaml 3, which gray-matter writes with, and js-yaml 4 read otherwise if unquoted. */
const LOOK_LIKE_VALUES = '08 09 0o17 0o7 1e3 yes null ~ 0x10 true .inf 2024-01-01'.split(' ');

describe('the front matter the importer writes', () => {
  it.each(LOOK_LIKE_VALUES)(
    'gives %j as a title, a tag and a byline that the site reads back as the same text',
    async (value) => {
      const input = scratch('frontmatter-values');
      const file = path.join(input, 'article.txt');
      // "null" is no byline and "~" gives no file name: those are refused for that, and left out here.
      const author = value === 'null' ? undefined : value;
      const title = value === '~' ? 'Tokayev meets Putin in the Kremlin' : value;
      writeFileSync(
        file,
        'Tokayev meets Putin in the Kremlin\n\n' +
          'ASTANA. KAZINFORM – President Kassym-Jomart Tokayev met Vladimir Putin in the Kremlin on Tuesday.\n\n' +
          (author === undefined ? '' : `Author: ${author}\n\n`) +
          `Tags: ${value}, Kremlin\n`,
      );
      const { code, stdout, stderr } = await runImport([
        '--dry-run',
        '--out',
        scratch('frontmatter-out'),
        '--date',
        '2024-05-01',
        '--title',
        title,
        file,
      ]);
      expect(stderr).not.toContain('refused');
      expect(code).toBe(0);
      const expected = { title, tags: [value, 'Kremlin'], ...(author === undefined ? {} : { author }) };
      const site = readAsTheSite(stdout);
      expect(site).toMatchObject(expected);
      expect(articleSchema.safeParse(site).success).toBe(true);
      expect(parseFrontmatter(stdout).data).toMatchObject(expected);
    },
  );

  it('is refused, naming the field, when it would not read back as the values written', () => {
    // A date object is written as a YAML timestamp, which reads back as a date, not as the text given.
    const data = { title: 'A', published: new Date('2024-05-01T10:00:00Z') };
    expect(() => articleFile(data, 'Body.')).toThrow(ImportRefusal);
    expect(() => articleFile(data, 'Body.')).toThrow(
      /would not read back as the same values with js-yaml 4, which the site is built with \(published: "2024-05-01T10:00:00\.000Z" reads back as the date 2024-05-01T10:00:00\.000Z\)/u,
    );
    expect(articleFile({ title: '08' }, 'Body.')).toBe("---\ntitle: '08'\n---\nBody.\n");
  });
});
