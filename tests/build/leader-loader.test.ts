import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { leaderLoader, readLeaderFiles } from '../../src/build/leader-loader';
import { ROOT } from '../support/build';

const DIR = path.join(ROOT, '.tmp', 'unit-leader-loader');
const FOLDER = path.join(DIR, 'leaders');
const TOKAYEV = readFileSync(path.join(ROOT, 'content/leaders/kassym-jomart-tokayev.yaml'), 'utf8');
const PUTIN = readFileSync(path.join(ROOT, 'content/leaders/vladimir-putin.yaml'), 'utf8');

function write(files: Record<string, string>): void {
  rmSync(DIR, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(FOLDER, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

const read = () => readLeaderFiles(FOLDER, 'content/leaders');

describe('readLeaderFiles', () => {
  beforeEach(() => rmSync(DIR, { recursive: true, force: true }));

  it('reads every valid file, its id from the name', () => {
    write({ 'kassym-jomart-tokayev.yaml': TOKAYEV, 'vladimir-putin.yml': PUTIN });
    const { leaders, errors, warnings } = read();
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(leaders.map((l) => [l.id, l.file])).toEqual([
      ['kassym-jomart-tokayev', 'content/leaders/kassym-jomart-tokayev.yaml'],
      ['vladimir-putin', 'content/leaders/vladimir-putin.yml'],
    ]);
    expect(leaders[0]?.data.names.kk).toBe('Қасым-Жомарт Тоқаев');
  });

  it('refuses a second file for one id, of another extension or case, naming both', () => {
    write({
      'kassym-jomart-tokayev.yaml': TOKAYEV,
      'kassym-jomart-tokayev.yml': TOKAYEV,
      'vladimir-putin.yaml': PUTIN,
      'Vladimir-Putin.yaml': PUTIN,
    });
    const { errors } = read();
    expect(errors).toEqual(
      expect.arrayContaining([
        'content/leaders/kassym-jomart-tokayev.yaml, content/leaders/kassym-jomart-tokayev.yml: (file): 2 files for one leader (their names differ only in extension or case); keep one',
        'content/leaders/Vladimir-Putin.yaml, content/leaders/vladimir-putin.yaml: (file): 2 files for one leader (their names differ only in extension or case); keep one',
      ]),
    );
  });

  it('refuses a file whose name is not an id, suggesting one', () => {
    write({ 'Vladimir Putin.yaml': PUTIN });
    const { leaders, errors } = read();
    expect(leaders).toEqual([]);
    expect(errors).toEqual([
      'content/leaders/Vladimir Putin.yaml: (file): "Vladimir Putin" is not an id (lower-case letters, digits and single hyphens); name the file vladimir-putin.yaml, the slug of the English name',
    ]);
  });

  it('refuses a file of another kind, a second file of another kind and a file in a subfolder', () => {
    write({
      'vladimir-putin.yaml': PUTIN,
      'vladimir-putin.json': '{}',
      'xi-jinping.YAML': PUTIN,
      'old/kassym-jomart-tokayev.yaml': TOKAYEV,
    });
    const { errors } = read();
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/leaders\/vladimir-putin\.json, content\/leaders\/vladimir-putin\.yaml: \(file\): 2 files for one leader/,
        ),
        'content/leaders/vladimir-putin.json: (file): a leader is a YAML file, <id>.yaml; rename it or move it out of the folder',
        'content/leaders/xi-jinping.YAML: (file): a leader is a YAML file, <id>.yaml; rename it or move it out of the folder',
        'content/leaders/old/kassym-jomart-tokayev.yaml: (file): a leader file sits directly in the leaders folder; move it there',
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('names every bad file and every bad field at once', () => {
    write({
      'kassym-jomart-tokayev.yaml': TOKAYEV.replace(/^names:\n(?: {2}.*\n)+/m, ''),
      'vladimir-putin.yaml': PUTIN.replace("start: '2012-05-07'", "start: '2012-02-30'"),
      'xi-jinping.yaml': 'name: [unclosed',
    });
    const { leaders, errors } = read();
    expect(leaders).toEqual([]);
    expect(errors).toEqual([
      'content/leaders/kassym-jomart-tokayev.yaml: names: is required: the name in Russian and Kazakh, as { ru, kk, native? }',
      expect.stringMatching(
        /^content\/leaders\/vladimir-putin\.yaml: offices\.\d+\.start: is not a real calendar day$/,
      ),
      expect.stringMatching(/^content\/leaders\/xi-jinping\.yaml: \(file\): not valid YAML: /),
    ]);
  });

  it('refuses a control character or noncharacter YAML writes in a name or a title, naming the file and field', () => {
    write({
      // YAML's escapes: "\\a" is U+0007, "\\x01" U+0001, "\\uFFFE" a noncharacter.
      'kassym-jomart-tokayev.yaml': TOKAYEV.replace(
        'name: Kassym-Jomart Tokayev',
        'name: "Kassym\\aJomart Tokayev"',
      ),
      'vladimir-putin.yaml': PUTIN.replace(
        /- title: (President of Russia)\n/,
        (_, title: string) => `- title: "${title}\\x01"\n`,
      ).replace(/^aliases:\n/m, 'aliases:\n  - "Putin\\uFFFE"\n'),
    });
    const { leaders, errors } = read();
    expect(leaders).toEqual([]);
    expect(errors).toEqual([
      'content/leaders/kassym-jomart-tokayev.yaml: name: holds U+0007 at character 7, a control character or noncharacter that XML and HTML forbid; remove it',
      expect.stringMatching(
        /^content\/leaders\/vladimir-putin\.yaml: offices\.\d+\.title: holds U\+0001 at character 20, a control character/,
      ),
      'content/leaders/vladimir-putin.yaml: aliases.0: holds U+FFFE at character 6, a control character or noncharacter that XML and HTML forbid; remove it',
    ]);
  });

  it('leaves out dotfiles, _ files and backups with a warning', () => {
    write({
      'vladimir-putin.yaml': PUTIN,
      '.vladimir-putin.yaml.swp': '',
      '_draft.yaml': PUTIN,
      'vladimir-putin.yaml~': PUTIN,
    });
    const { leaders, errors, warnings } = read();
    expect(leaders.map((l) => l.id)).toEqual(['vladimir-putin']);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'content/leaders/.vladimir-putin.yaml.swp: a hidden (dot) file, not loaded',
      'content/leaders/_draft.yaml: a file whose name starts with _, not loaded',
      "content/leaders/vladimir-putin.yaml~: an editor's backup or lock file, not loaded",
    ]);
  });
});

describe('leaderLoader', () => {
  /** Runs the loader as Astro would, with a store that records what is set. */
  async function load(): Promise<{ stored: { id: string; filePath?: string }[]; warned: string[] }> {
    const stored: { id: string; filePath?: string }[] = [];
    const warned: string[] = [];
    const context = {
      config: { root: pathToFileURL(`${DIR}/`) },
      store: {
        clear: () => stored.splice(0),
        set: (entry: { id: string; filePath?: string }) => (stored.push(entry), true),
      },
      parseData: async ({ data }: { data: unknown }) => data,
      logger: { warn: (m: string) => warned.push(m) },
    } as unknown as LoaderContext;
    await leaderLoader({ base: 'leaders' }).load(context);
    return { stored, warned };
  }

  it('stores every leader with its file', async () => {
    write({ 'vladimir-putin.yaml': PUTIN, '_draft.yaml': PUTIN });
    const { stored, warned } = await load();
    expect(stored.map((e) => [e.id, e.filePath])).toEqual([
      ['vladimir-putin', 'leaders/vladimir-putin.yaml'],
    ]);
    expect(warned).toEqual(['leaders/_draft.yaml: a file whose name starts with _, not loaded']);
  });

  it('fails the build naming every refused file, and stores none', async () => {
    write({
      'vladimir-putin.yaml': PUTIN,
      'vladimir-putin.yml': PUTIN,
      'Xi Jinping.yaml': PUTIN,
      'kassym-jomart-tokayev.yaml': 'name: Kassym-Jomart Tokayev\n',
    });
    await expect(load()).rejects.toThrow(
      /^The leaders folder has \d+ problems; nothing was built:\n {2}leaders\/vladimir-putin\.yaml, leaders\/vladimir-putin\.yml: [^\n]*\n[^]*leaders\/Xi Jinping\.yaml: \(file\)[^]*leaders\/kassym-jomart-tokayev\.yaml: names: /,
    );
  });
});
