/**
 * Tag pages: tags that differ get pages of their own, a tag of any script
 * keeps its page, the URLs of ordinary tags stay as they were, and two tags
 * that would share a page are refused by the build.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive, findContentErrors, type ArticleEntryLike } from '../../src/model/archive';
import { type ArticleInput } from '../../src/model/schema';
import { slugify, tagIdentity, tagKey, tagSlug } from '../../src/model/slug';
import { articleEntry, URLS } from '../support/model';

const entry = (id: string, data: Partial<ArticleInput>): ArticleEntryLike =>
  articleEntry(id, { title: id, ...data });
const urlOf = (a: ArticleEntryLike) => `/articles/${a.id}/`;

describe('tagSlug', () => {
  it('keeps the URL every ordinary tag had (the slug of its name)', () => {
    for (const tag of [
      'Kazakhstan',
      'Kyrgyz-Tajik border conflict',
      'Қазақстан',
      'Токаев',
      'Türkiye',
      'COVID-19',
      'U.S. elections',
      'Astana/Nur-Sultan',
      "Xi's visit",
      'Central Asia–Russia summit',
      '5G',
    ]) {
      expect(tagSlug(tag), tag).toBe(slugify(tag));
    }
    expect(tagSlug('Kyrgyz-Tajik border conflict')).toBe('kyrgyz-tajik-border-conflict');
  });

  it('gives tags that differ different slugs, spelling out what slugify drops', () => {
    const tags = ['C++', 'C#', 'C', 'F#', 'C plus', '+', '#', '@', '&'];
    const slugs = tags.map(tagSlug);
    expect(new Set(slugs).size).toBe(tags.length);
    expect(tagSlug('C++')).toBe('c-plus-plus');
    expect(tagSlug('C#')).toBe('c-sharp');
  });

  it('gives a tag of any script, or of punctuation alone, a slug of ASCII letters, digits and hyphens', () => {
    for (const tag of ['中文', '习近平', 'Ελλάδα', 'ქართული', '…', '!!!', '?', '🇰🇿', '«»']) {
      const slug = tagSlug(tag);
      expect(slug, tag).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(tagSlug('中文')).not.toBe(tagSlug('习近平'));
    expect(tagSlug('!!!')).not.toBe(tagSlug('!!'));
  });

  it('gives tags that differ only in case, spacing or script one slug and one identity', () => {
    expect(tagSlug('Central  Asia')).toBe(tagSlug('central asia'));
    expect(tagSlug('C++')).toBe(tagSlug('c++'));
    expect(tagKey(' ASTANA ')).toBe(tagKey('astana'));
    expect(tagIdentity('Казахстан')).toBe(tagIdentity('Kazakhstan'));
    expect(tagIdentity('Türkiye')).toBe(tagIdentity('turkiye'));
    expect(tagIdentity('C++')).not.toBe(tagIdentity('C'));
    expect(tagIdentity('中文')).not.toBe(tagIdentity('中国'));
  });
});

describe('the tag pages of an archive', () => {
  const articles = [
    entry('2021/01/cpp', { tags: ['C++'] }),
    entry('2021/01/csharp', { tags: ['C#'] }),
    entry('2021/01/c', { tags: ['c'] }),
    entry('2021/01/chinese', { tags: ['中文'] }),
    entry('2021/01/dots', { tags: ['…'] }),
    entry('2021/01/c-again', { tags: ['C'] }),
  ];

  it('lists each tag on a page of its own, titled as written, with its articles', () => {
    const { byTag } = buildArchive(articles, [], [], URLS);
    const pages = [...byTag].map(([slug, group]) => [slug, group.name, group.articles.length]);
    expect(pages).toEqual(
      expect.arrayContaining([
        ['c-plus-plus', 'C++', 1],
        ['c-sharp', 'C#', 1],
        ['c', expect.stringMatching(/^[cC]$/), 2],
        [tagSlug('中文'), '中文', 1],
        [tagSlug('…'), '…', 1],
      ]),
    );
    expect(byTag.size).toBe(5);
    expect(findContentErrors(articles, [], [], urlOf)).toEqual([]);
  });

  it('refuses two different tags that would share a page, naming both files', () => {
    const clash = [
      entry('2021/01/a', { tags: ['C++'] }),
      entry('2021/01/b', { tags: ['Energy', 'C plus plus'] }),
    ];
    expect(findContentErrors(clash, [], [], urlOf)).toEqual([
      'content/articles/2021/01/b.md: tags[1]: "C plus plus" would share the page tags/c-plus-plus/ with the tag "C++" of content/articles/2021/01/a.md; write the two alike if they are one tag, or tell them apart',
    ]);
    const spaced = [entry('2021/01/a', { tags: ['C++'] }), entry('2021/01/b', { tags: ['C+ +'] })];
    expect(findContentErrors(spaced, [], [], urlOf)).toHaveLength(1);
  });

  it('lets one tag in two scripts or spellings share its page, as it always has', () => {
    const scripts = [
      entry('2021/01/a', { tags: ['Kazakhstan', 'Türkiye'] }),
      entry('2021/01/b', { tags: ['Казахстан', 'Turkiye'] }),
    ];
    expect(findContentErrors(scripts, [], [], urlOf)).toEqual([]);
    const { byTag } = buildArchive(scripts, [], [], URLS);
    expect(byTag.get('kazakhstan')?.articles).toHaveLength(2);
    expect(byTag.get('turkiye')?.articles).toHaveLength(2);
  });

  it('counts an article once for a leader, country or tag it lists twice', () => {
    const e = entry('2021/01/twice', { tags: ['Energy'], leaders: ['a-b'], countries: ['kazakhstan'] });
    const twice = {
      ...e,
      data: {
        ...e.data,
        leaders: ['a-b', 'a-b'],
        countries: ['kazakhstan', 'kazakhstan'],
        tags: ['Energy', 'energy'],
      },
    };
    const archive = buildArchive([twice], [], [], URLS);
    expect(archive.articles[0]?.leaders).toEqual(['a-b']);
    expect(archive.articles[0]?.countries).toEqual(['kazakhstan']);
    expect(archive.byLeader.get('a-b')).toHaveLength(1);
    expect(archive.byCountry.get('kazakhstan')).toHaveLength(1);
    expect(archive.byTag.get('energy')?.articles).toHaveLength(1);
  });
});
