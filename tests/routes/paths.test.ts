import { describe, expect, it } from 'vitest';
import { absoluteUrl, createPaths, pageSegment } from '../../src/routes/paths';

const article = { slug: 'head-of-state-had-telephone-talk', published: { year: 2021, month: 5 } };

describe('createPaths at the root', () => {
  const paths = createPaths('/');

  it('builds article URLs from the year, the two-digit month and the slug', () => {
    expect(paths.article(article)).toBe('/articles/2021/05/head-of-state-had-telephone-talk/');
  });

  it('ends every listing URL with a slash', () => {
    expect(paths.home()).toBe('/');
    expect(paths.leaders()).toBe('/leaders/');
    expect(paths.leader('emomali-rahmon')).toBe('/leaders/emomali-rahmon/');
    expect(paths.country('kazakhstan')).toBe('/countries/kazakhstan/');
    expect(paths.tag('kyrgyzstan')).toBe('/tags/kyrgyzstan/');
    expect(paths.archive()).toBe('/archive/');
    expect(paths.archiveYear(2025)).toBe('/archive/2025/');
    expect(paths.archiveMonth(2025, 10)).toBe('/archive/2025/10/');
  });

  it('gives two leaders or two countries one pair page, with the ids in order whichever comes first', () => {
    expect(paths.leaderPair('vladimir-putin', 'kassym-jomart-tokayev')).toBe(
      '/leaders/kassym-jomart-tokayev/with/vladimir-putin/',
    );
    expect(paths.leaderPair('kassym-jomart-tokayev', 'vladimir-putin')).toBe(
      '/leaders/kassym-jomart-tokayev/with/vladimir-putin/',
    );
    expect(paths.countryPair('russia', 'kazakhstan', 2)).toBe('/countries/kazakhstan/with/russia/page/2/');
  });

  it('repeats a search filter for each of several values', () => {
    expect(paths.search({ leader: ['Kassym-Jomart Tokayev', 'Vladimir Putin'] })).toBe(
      '/search/?leader=Kassym-Jomart+Tokayev&leader=Vladimir+Putin',
    );
    expect(paths.search({ country: ['Kazakhstan', 'Россия'] })).toBe(
      `/search/?country=Kazakhstan&country=${encodeURIComponent('Россия')}`,
    );
  });

  it('puts later pages of a listing under page/N/', () => {
    expect(paths.home(2)).toBe('/page/2/');
    expect(paths.leader('vladimir-putin', 3)).toBe('/leaders/vladimir-putin/page/3/');
    expect(paths.archiveMonth(2021, 5, 2)).toBe('/archive/2021/05/page/2/');
    expect(paths.home(1)).toBe('/');
  });

  it('encodes the search state in the query string', () => {
    expect(paths.search()).toBe('/search/');
    expect(paths.search({ q: 'border talks', leader: 'Emomali Rahmon' })).toBe(
      '/search/?q=border+talks&leader=Emomali+Rahmon',
    );
    expect(paths.search({ q: '', country: 'Қазақстан' })).toBe(
      `/search/?country=${encodeURIComponent('Қазақстан')}`,
    );
  });

  it('repeats a filter for each of several values, and takes a date range', () => {
    expect(paths.search({ leader: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'] })).toBe(
      '/search/?leader=Kassym-Jomart+Tokayev&leader=Shavkat+Mirziyoyev',
    );
    expect(
      paths.search({ country: ['Kazakhstan', 'Uzbekistan'], kind: 'visit', from: '2021-03', to: '2023' }),
    ).toBe('/search/?country=Kazakhstan&country=Uzbekistan&kind=visit&from=2021-03&to=2023');
  });
});

describe('createPaths under a sub-path', () => {
  it.each(['/archive', '/archive/', 'archive'])('prefixes every URL with the base %s', (base) => {
    const paths = createPaths(base);
    expect(paths.base).toBe('/archive/');
    expect(paths.home()).toBe('/archive/');
    expect(paths.home(2)).toBe('/archive/page/2/');
    expect(paths.article(article)).toBe('/archive/articles/2021/05/head-of-state-had-telephone-talk/');
    expect(paths.search({ q: 'Putin' })).toBe('/archive/search/?q=Putin');
    expect(paths.asset('pagefind/')).toBe('/archive/pagefind/');
  });
});

describe('pageSegment', () => {
  it('names no segment for the first page', () => {
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(12)).toBe('page/12');
  });

  it('refuses page numbers that are not positive integers', () => {
    expect(() => pageSegment(0)).toThrow(/positive integer/);
    expect(() => pageSegment(1.5)).toThrow(/positive integer/);
  });
});

describe('absoluteUrl', () => {
  it('resolves a site path against the site origin', () => {
    expect(absoluteUrl('/archive/leaders/', 'https://news.example.org')).toBe(
      'https://news.example.org/archive/leaders/',
    );
  });
});

describe('open data and OpenSearch paths', () => {
  it('put the data files and the OpenSearch description under the base path', () => {
    const sub = createPaths('/archive');
    expect(sub.data()).toBe('/archive/data/');
    expect(sub.dataFile('articles-2021.csv')).toBe('/archive/data/articles-2021.csv');
    expect(sub.codebook()).toBe('/archive/data/codebook/');
    expect(sub.openSearch()).toBe('/archive/opensearch.xml');
    expect(createPaths('/').openSearch()).toBe('/opensearch.xml');
  });
});
