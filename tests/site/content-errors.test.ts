/**
 * Content that loads but fails the archive's own checks while pages render
 * (unknown leaders and countries, live markup, remote images, two articles for
 * one URL, a registry whose offices overlap) fails the build, which names every problem of every file, each with
 * its file and field. Each message itself is pinned by unit tests
 * (tests/model/schema.test.ts, archive.test.ts, safety.test.ts); the loader's
 * refusals, front matter the schema refuses included, are in article-files.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build';
import { articleText, writeArchive } from '../support/archive';

/** A leader file the schema accepts whose office overlaps Tokayev's presidency. */
const SECOND_PRESIDENT = `name: Second President
names:
  ru: Второй Президент
  kk: Екінші Президент
country: kazakhstan
offices:
  - title: President of Kazakhstan
    titles:
      ru: Президент Республики Казахстан
      kk: Қазақстан Республикасының Президенті
    role: head-of-state
    start: '2020-01-01'
    source: test data, not a registry fact
`;

describe('a build with bad content', () => {
  describe('that fails the archive’s own checks', () => {
    let result: BuildResult;
    beforeAll(() => {
      const dir = writeArchive(
        'archive-checks',
        {
          '2024/01/unknown-leader.md': articleText({ leaders: '\n  - kassym-jomart-tokaev' }),
          '2024/01/unknown-country.md': articleText({ countries: '\n  - kazakstan' }),
          '2024/01/raw-html.md': articleText({}, 'Text.\n\n<script>alert(1)</script>'),
          '2024/01/script-link.md': articleText({}, 'A [link](javascript:alert(1)).'),
          '2024/01/remote.md': articleText({}, 'Text.\n\n![A map](https://example.org/map.png)'),
          // Two files for one URL: the second sits in the wrong month folder.
          '2024/01/summit.md': articleText({ title: 'January summit' }),
          '2023/07/summit.md': articleText({ title: 'Misfiled summit' }),
          // Two tags that would share the page tags/c-plus-plus/.
          '2024/01/cpp.md': articleText({ title: 'C++', tags: "\n  - 'C++'" }),
          '2024/01/cpp-words.md': articleText({ title: 'C plus plus', tags: '\n  - C plus plus' }),
          // Versions in other languages: none such, the same language, a second Russian one.
          '2024/02/missing-version.md': articleText({ translations: '\n  - 2024/02/no-such-article' }),
          '2024/02/same-language.md': articleText({ translations: '\n  - 2024/02/english-version' }),
          '2024/02/english-version.md': articleText({ title: 'English version' }),
          '2024/02/kazakh-version.md': articleText({
            lang: 'kk',
            translations: '\n  - 2024/02/russian-one\n  - 2024/02/russian-two',
          }),
          '2024/02/russian-one.md': articleText({ lang: 'ru' }),
          '2024/02/russian-two.md': articleText({ lang: 'ru' }),
        },
        {
          // A second President of Kazakhstan beside Tokayev.
          leaders: { 'second-president.yaml': SECOND_PRESIDENT },
        },
      );
      result = buildSite({ name: 'archive-checks', contentDir: dir });
    }, 240_000);

    it('fails and lists every problem, each with its file and field', () => {
      expect(result.status).not.toBe(0);
      for (const message of [
        'unknown-leader.md: leaders[0]: unknown leader "kassym-jomart-tokaev"',
        'unknown-country.md: countries[0]: unknown country "kazakstan"',
        'raw-html.md: body line 3: raw HTML tag (<script>)',
        'script-link.md: body line 1: script URL in a link',
        'would share the page tags/c-plus-plus/ with the tag',
      ]) {
        expect(result.output).toContain(message);
      }
    });

    it('names each refused version in another language, with its file and field', () => {
      for (const message of [
        'missing-version.md: translations[0]: no article "2024/02/no-such-article"',
        'same-language.md: translations[0]: "2024/02/english-version" is in the article\'s own language (en)',
        'kazakh-version.md: translations[1]: "2024/02/russian-two" would give the article two versions in one language (ru)',
      ]) {
        expect(result.output).toContain(message);
      }
    });

    it('names a remote image, which the archive does not serve', () => {
      expect(result.output).toMatch(
        /2024\/01\/remote\.md: body line 3: remote image \(the archive serves only its own images\) \(https:\/\/example\.org\/map\.png\)/,
      );
    });

    it('names the files of a registry whose offices overlap or leave a gap (the timeline check)', () => {
      expect(result.output).toMatch(
        /leaders\/second-president\.yaml: Kazakhstan's head of state: \S*leaders\/second-president\.yaml offices\[0\] \("President of Kazakhstan", 2020-01-01 –\) overlaps \S*leaders\/kassym-jomart-tokayev\.yaml offices\[\d+\]/,
      );
    });

    it('names both files of two articles that would share a URL, one in the wrong month folder', () => {
      expect(result.output).toMatch(
        /(2023\/07|2024\/01)\/summit\.md: the URL \/articles\/2024\/01\/summit\/ is already taken by \S*(2024\/01|2023\/07)\/summit\.md/,
      );
    });
  });
});
