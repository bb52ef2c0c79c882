import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TMP, buildSite } from '../support/build';
import { htmlFiles, loadPage, text } from '../support/dist';
import { parseFrontmatter } from '../../src/lib/frontmatter';
import { writeCorpus } from '../../scripts/lib/corpus';
import { seedFrom } from '../../scripts/lib/prng';

const ARTICLES = 60;
/** The budget: no page of the site may exceed 300 KB. */
const PAGE_BUDGET = 300 * 1024;
const contentDir = path.join(TMP, 'corpus-build');
let dist = '';
let generated: { file: string; title: string; leaders: string[]; countries: string[] }[] = [];

beforeAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  writeCorpus({ articles: ARTICLES, out: contentDir, seed: seedFrom('build') });
  const articlesDir = path.join(contentDir, 'articles');
  generated = markdownFiles(articlesDir).map((file) => {
    const { data } = parseFrontmatter(readFileSync(path.join(articlesDir, file), 'utf8'));
    return {
      file,
      title: String(data['title']),
      leaders: data['leaders'] as string[],
      countries: data['countries'] as string[],
    };
  });
  const result = buildSite({ name: 'corpus', contentDir });
  if (result.status !== 0) throw new Error(`the generated archive did not build:\n${result.output}`);
  dist = result.outDir;
});

/** The Markdown files under `dir`, relative to it. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
}

describe('a build of a generated archive', () => {
  it('gives every generated article its page, under its year and month, with its title', () => {
    expect(generated).toHaveLength(ARTICLES);
    for (const article of generated) {
      const url = `/articles/${article.file.replace(/\.md$/, '/')}`;
      expect(text(loadPage(dist, url), 'h1'), url).toBe(article.title);
    }
  });

  it('paginates the home page: 60 articles make two pages of at most 50', () => {
    const first = loadPage(dist, '/');
    const second = loadPage(dist, '/page/2/');
    const links = ($: ReturnType<typeof loadPage>) => $('main .article-list h2 a').length;
    expect(links(first)).toBe(50);
    expect(links(second)).toBe(ARTICLES - 50);
  });

  it('builds a page for every leader and country the articles name', () => {
    const leaders = new Set(generated.flatMap((a) => a.leaders));
    const countries = new Set(generated.flatMap((a) => a.countries));
    expect(leaders.size).toBeGreaterThan(5);
    for (const id of leaders) expect(text(loadPage(dist, `/leaders/${id}/`), 'h1'), id).not.toBe('');
    for (const id of countries) expect(text(loadPage(dist, `/countries/${id}/`), 'h1'), id).not.toBe('');
  });

  it('keeps every page under the 300 KB budget', () => {
    const oversized = htmlFiles(dist)
      .map((file) => ({ file, bytes: statSync(path.join(dist, file)).size }))
      .filter((page) => page.bytes > PAGE_BUDGET);
    expect(oversized).toEqual([]);
  });

  it('writes a search index of every generated article, in the shards the search page lists', () => {
    const shards = (loadPage(dist, '/search/')('archive-search').attr('data-shards') ?? '').split(' ');
    expect(shards.length).toBeGreaterThan(0);
    let pages = 0;
    for (const shard of shards) {
      expect(statSync(path.join(dist, shard, 'pagefind.js')).isFile(), shard).toBe(true);
      const entry = JSON.parse(readFileSync(path.join(dist, shard, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      pages += entry.languages['en']?.page_count ?? 0;
    }
    expect(pages).toBe(ARTICLES);
  });
});
