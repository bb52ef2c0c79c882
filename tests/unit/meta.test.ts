import { describe, expect, it } from 'vitest';
import { articleCredit, fullTitle, siteFeed } from '../../src/lib/meta';

describe('articleCredit', () => {
  it('credits the byline as a person', () => {
    expect(articleCredit({ author: 'Kudrenok Tatyana', source: { name: 'Kazinform' } })).toEqual({
      type: 'Person',
      name: 'Kudrenok Tatyana',
    });
  });

  it('credits the source as an organisation when the piece is unsigned', () => {
    expect(articleCredit({ source: { name: 'Akorda' } })).toEqual({ type: 'Organization', name: 'Akorda' });
  });
});

describe('fullTitle', () => {
  it('adds the site name to a page title', () => {
    expect(fullTitle('Leaders')).toBe('Leaders · News Archive');
  });

  it('does not repeat the site name on the home page', () => {
    expect(fullTitle('News Archive')).toBe('News Archive');
  });
});

describe('siteFeed', () => {
  it('names the site feed after the archive', () => {
    expect(siteFeed('/rss.xml')).toEqual({ title: 'News Archive: latest articles', href: '/rss.xml' });
  });
});
