import { describe, expect, it } from 'vitest';
import { BODY_FACTS, bodyFacts, bodyFactsOf, classifyUnloaded } from '../../src/build/article-loader';

const said = (files: string[]) => classifyUnloaded(files).map((u) => `${u.severity} ${u.file}`);

describe('classifyUnloaded', () => {
  it('says nothing of the articles it loads, or of images beside them', () => {
    expect(said(['2024/01/a.md', '2024/01/b.mdx', '2024/01/map.png', '2024/01/photo.JPG'])).toEqual([]);
  });

  it('refuses articles whose extension is in another case or spelling', () => {
    expect(said(['2024/01/a.MD', '2024/01/b.Mdx', '2024/01/c.markdown', '2024/01/d.mkd'])).toEqual([
      'error 2024/01/a.MD',
      'error 2024/01/b.Mdx',
      'error 2024/01/c.markdown',
      'error 2024/01/d.mkd',
    ]);
  });

  it('warns of dotfiles, files in dot folders, _ files, backups and other files', () => {
    expect(
      classifyUnloaded([
        '2024/01/.draft.md',
        '.drafts/2024/01/a.md',
        '2024/01/_notes.md',
        '2024/01/a.md~',
        '2024/01/#a.md#',
        '2024/01/.a.md.swp',
        '2024/01/a.md.bak',
        '2024/01/notes.txt',
      ]).map((u) => [u.file, u.severity, u.reason]),
    ).toEqual([
      ['2024/01/.draft.md', 'warning', 'a hidden (dot) file, not published'],
      ['.drafts/2024/01/a.md', 'warning', 'a hidden (dot) file, not published'],
      ['2024/01/_notes.md', 'warning', 'a file whose name starts with _, not published'],
      ['2024/01/a.md~', 'warning', "an editor's backup or lock file, not published"],
      ['2024/01/#a.md#', 'warning', "an editor's backup or lock file, not published"],
      ['2024/01/.a.md.swp', 'warning', "an editor's backup or lock file, not published"],
      ['2024/01/a.md.bak', 'warning', "an editor's backup or lock file, not published"],
      ['2024/01/notes.txt', 'warning', 'not an article (.md or .mdx), not published'],
    ]);
  });
});

describe('bodyFacts', () => {
  it('counts the words a reader sees and finds the markup the build refuses', () => {
    const facts = bodyFacts(
      'The President [said](https://akorda.kz) it.\n\n<iframe src="https://example.com/"></iframe>\n',
    );
    expect(facts.words).toBe(4);
    expect(facts.unsafe.map((u) => u.line)).toEqual([3]);
    expect(bodyFacts('Токаев провёл переговоры.')).toEqual({ words: 3, unsafe: [] });
  });

  it('reads the facts back from an entry, and nothing from an entry without them', () => {
    const facts = bodyFacts('Two words.');
    expect(bodyFactsOf({ rendered: { metadata: { [BODY_FACTS]: facts } } })).toEqual(facts);
    expect(bodyFactsOf({ rendered: { metadata: {} } })).toBeUndefined();
    expect(bodyFactsOf({ rendered: { metadata: { [BODY_FACTS]: { words: '2' } } } })).toBeUndefined();
    expect(bodyFactsOf({})).toBeUndefined();
  });
});
