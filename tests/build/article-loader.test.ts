import { describe, expect, it } from 'vitest';
import {
  BODY_FACTS,
  bodyFacts,
  bodyFactsOf,
  classifyUnloaded,
  LoadProblems,
} from '../../src/build/article-loader';

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

describe('LoadProblems', () => {
  it('says nothing when there is no problem', () => {
    expect(new LoadProblems().message()).toBeUndefined();
  });

  it('lists every problem under its heading, headings in the order met and lines sorted', () => {
    const problems = new LoadProblems();
    problems.add('Second heading:', 'b.md: late');
    problems.add('First heading:', 'z.md: one');
    problems.add('Second heading:', 'a.md: early');
    expect(problems.size).toBe(3);
    expect(problems.message()).toBe(
      [
        'The articles folder has 3 problems; nothing was built:',
        'Second heading:',
        '  a.md: early',
        '  b.md: late',
        'First heading:',
        '  z.md: one',
      ].join('\n'),
    );
  });

  it('speaks of a single problem in the singular', () => {
    const problems = new LoadProblems();
    problems.add('Heading:', 'a.md: wrong');
    expect(problems.message()).toMatch(
      /^The articles folder has a problem; nothing was built:\nHeading:\n {2}a\.md: wrong$/,
    );
  });
});
