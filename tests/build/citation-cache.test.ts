import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CslItem } from '@citation-js/core';
import { CitationCache, holdsCitations } from '../../src/build/citation-cache';

const item = (title: string): CslItem => ({ id: 'talk', type: 'article-newspaper', title });
const citations = (n: number) => ({ apa: `APA ${n}`, chicago: `Chicago ${n}`, bibtex: `@article{${n}}` });

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('CitationCache', () => {
  it('gives back what was kept for an equal item, and nothing for a changed one', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'citations-'));
    const cache = new CitationCache(dir);
    expect(cache.get(item('Talks'))).toBeUndefined();
    cache.set(item('Talks'), citations(1));
    expect(new CitationCache(dir).get(item('Talks'))).toEqual(citations(1));
    expect(cache.get(item('Talks held'))).toBeUndefined();
  });

  it('forgets every item but those still in the archive', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'citations-'));
    const cache = new CitationCache(dir);
    cache.set(item('Kept'), citations(1));
    cache.set(item('Removed'), citations(2));
    cache.keepOnly([item('Kept')]);
    expect(cache.get(item('Kept'))).toEqual(citations(1));
    expect(cache.get(item('Removed'))).toBeUndefined();
    expect(readdirSync(path.join(dir, 'citations'))).toHaveLength(1);
  });

  it('tells whether a build cache holds any citation: none before the first build, or once all are forgotten', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'citations-'));
    expect(holdsCitations(path.join(dir, 'no-such-cache'))).toBe(false);
    const cache = new CitationCache(dir);
    expect(holdsCitations(dir)).toBe(false);
    cache.set(item('Kept'), citations(1));
    expect(holdsCitations(dir)).toBe(true);
    cache.keepOnly([]);
    expect(holdsCitations(dir)).toBe(false);
  });
});
