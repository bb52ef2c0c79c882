import { describe, expect, it } from 'vitest';
import { createCacheKeys, digestOf } from '../../src/model/cache-keys';
import { paginate } from '../../src/model/pagination';

interface TestArticle {
  id: string;
  data: { title: string; summary: string };
  /** Stands for the digest of the whole file, body included. */
  file: string;
}

const article = (id: string, file = `${id}-body`): TestArticle => ({
  id,
  data: { title: `Title ${id}`, summary: `Summary ${id}` },
  file,
});
const entities = { leaders: [{ id: 'tokayev', name: 'Kassym-Jomart Tokayev' }], countries: [] };
const keysFor = (ents: unknown = entities) => createCacheKeys<TestArticle>(ents, (a) => a.file);

describe('digestOf', () => {
  it('depends on the value, not on object identity', () => {
    expect(digestOf({ a: [1, 'x'] })).toBe(digestOf({ a: [1, 'x'] }));
    expect(digestOf({ a: [1, 'x'] })).not.toBe(digestOf({ a: [1, 'y'] }));
    expect(digestOf(undefined)).not.toBe(digestOf(null));
  });
});

describe('listing keys', () => {
  const list = ['a', 'b', 'c'].map((id) => article(id));

  it('are equal for equal pages built from fresh objects', () => {
    const [first] = paginate(list, 2);
    const [again] = paginate(
      ['a', 'b', 'c'].map((id) => article(id)),
      2,
    );
    expect(keysFor().listing(first!)).toBe(keysFor().listing(again!));
  });

  it("change when a listed article's front matter changes, not when only its body does", () => {
    const keys = keysFor();
    const before = keys.listing(paginate(list, 2)[0]!);
    const bodyEdited = [article('a', 'a-edited-body'), ...list.slice(1)];
    expect(keys.listing(paginate(bodyEdited, 2)[0]!)).toBe(before);
    const retitled = [
      { ...article('a'), data: { title: 'New title', summary: 'Summary a' } },
      ...list.slice(1),
    ];
    expect(keys.listing(paginate(retitled, 2)[0]!)).not.toBe(before);
  });

  it('change with the position and size of the listing, and with the context given', () => {
    const keys = keysFor();
    const [page1] = paginate(list, 2);
    const [withMore] = paginate([...list, article('d')], 2);
    // Same two cards, but the listing now counts four articles.
    expect(withMore!.items.map((a) => a.id)).toEqual(page1!.items.map((a) => a.id));
    expect(keys.listing(withMore!)).not.toBe(keys.listing(page1!));
    expect(keys.listing(page1!, 'tokayev')).not.toBe(keys.listing(page1!, 'putin'));
  });

  it('change when the leaders or countries change', () => {
    const [page] = paginate(list, 2);
    const renamed = { ...entities, leaders: [{ id: 'tokayev', name: 'K.-J. Tokayev' }] };
    expect(keysFor(renamed).listing(page!)).not.toBe(keysFor().listing(page!));
  });
});

describe('article keys', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => article(id)) as [
    TestArticle,
    TestArticle,
    TestArticle,
    TestArticle,
  ];
  const around = { related: [c], older: b };

  it('change when the article file changes, body included', () => {
    const keys = keysFor();
    expect(keys.article(article('a', 'a-edited-body'), around)).not.toBe(keys.article(a, around));
    expect(keys.article(article('a'), around)).toBe(keys.article(a, around));
  });

  it('change when a linked article is retitled or replaced, not when an unlinked one changes', () => {
    const keys = keysFor();
    const before = keys.article(a, around);
    const retitledC = { ...c, data: { ...c.data, title: 'New' } };
    expect(keys.article(a, { ...around, related: [retitledC] })).not.toBe(before);
    expect(keys.article(a, { ...around, related: [d] })).not.toBe(before);
    expect(keys.article(a, { related: [c], older: b, newer: d })).not.toBe(before);
    // A body edit to a linked article does not show on this page.
    expect(keys.article(a, { ...around, older: article('b', 'b-edited') })).toBe(before);
  });

  it('change when another report of the same event appears or is retitled, and stay put without any', () => {
    const keys = keysFor();
    const before = keys.article(a, around);
    expect(keys.article(a, { ...around, otherReports: [] })).toBe(before);
    const withReport = keys.article(a, { ...around, otherReports: [d] });
    expect(withReport).not.toBe(before);
    const retitledD = { ...d, data: { ...d.data, title: 'New' } };
    expect(keys.article(a, { ...around, otherReports: [retitledD] })).not.toBe(withReport);
  });
});
