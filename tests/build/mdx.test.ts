import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../support/build';
import { articleText, writeArchive } from '../support/archive';
import { loadPage, text } from '../support/dist';

const URL = '/articles/2024/01/summit-remarks/';

let dist = '';
beforeAll(() => {
  const body = [
    'The President spoke at the summit.',
    '<Pullquote cite="Kassym-Jomart Tokayev">"Russia has been and will be an ally," he said.</Pullquote>',
    "It's the archive's first MDX article -- with plain quotes.",
  ].join('\n\n');
  const dir = writeArchive('mdx', {
    '2024/01/summit-remarks.mdx': articleText({ title: 'Summit remarks' }, body),
  });
  dist = buildSiteOrThrow({ name: 'mdx', contentDir: dir });
});

describe('an MDX article', () => {
  it('builds into a page like any other article', () => {
    const $ = loadPage(dist, URL);
    expect(text($, 'h1')).toBe('Summit remarks');
    expect(text($, '.article-body')).toContain('The President spoke at the summit.');
  });

  it('can use the Pullquote component without importing it', () => {
    const $ = loadPage(dist, URL);
    expect(text($, '.article-body figure.pullquote blockquote')).toBe(
      '"Russia has been and will be an ally," he said.',
    );
    expect(text($, '.article-body figure.pullquote figcaption')).toBe('— Kassym-Jomart Tokayev');
  });

  it('keeps the punctuation as written', () => {
    expect(text(loadPage(dist, URL), '.article-body')).toContain(
      "It's the archive's first MDX article -- with plain quotes.",
    );
  });
});
