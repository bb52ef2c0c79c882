/**
 * Small archives for tests, written to `.tmp/archives/<name>/` and built with
 * `ARCHIVE_CONTENT_DIR`: the real leaders and countries plus the given articles,
 * or several fixture archives in one, so that one build serves the tests of each.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, TMP } from './build';
import { ARCHIVE_FOLDERS } from '../../src/model/env';

/**
 * Writes an archive and returns its folder. `articles` maps paths under `articles/` to
 * file text; `leaders` adds or replaces files of the registry's `leaders/`.
 */
export function writeArchive(
  name: string,
  articles: Record<string, string>,
  options: { withSeeds?: boolean; leaders?: Record<string, string> } = {},
): string {
  const dir = path.join(TMP, 'archives', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  cpSync(path.join(ROOT, 'content/leaders'), path.join(dir, 'leaders'), { recursive: true });
  cpSync(path.join(ROOT, 'content/countries'), path.join(dir, 'countries'), { recursive: true });
  if (options.withSeeds)
    cpSync(path.join(ROOT, 'content/articles'), path.join(dir, 'articles'), { recursive: true });
  for (const [file, text] of Object.entries(options.leaders ?? {})) {
    writeFileSync(path.join(dir, 'leaders', file), text);
  }
  for (const [file, text] of Object.entries(articles)) {
    const target = path.join(dir, 'articles', file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

/** A valid article file, with frontmatter lines replaced or removed (value `null`) as given. */
export function articleText(
  changes: Record<string, string | null> = {},
  body = 'Text of the article.',
): string {
  const fields: Record<string, string | null> = {
    title: 'Test article',
    summary: 'Text of the article.',
    published: "'2024-01-15T10:00:00+05:00'",
    source: '\n  name: Kazinform',
    kind: 'report',
    leaders: '\n  - kassym-jomart-tokayev',
    countries: '\n  - kazakhstan',
    ...changes,
  };
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

/**
 * Copies the fixture archives `fixtures` (folders under `tests/fixtures/archives/`)
 * into one archive and returns its folder: their archive folders only (what
 * else a fixture holds, its README, describes it). A file two of them hold must
 * be the same in both (their leaders and countries); articles must not clash.
 */
export function mergeArchives(name: string, fixtures: readonly string[]): string {
  const dir = path.join(TMP, 'archives', name);
  rmSync(dir, { recursive: true, force: true });
  for (const fixture of fixtures) {
    for (const folder of ARCHIVE_FOLDERS) {
      const from = path.join(ROOT, 'tests/fixtures/archives', fixture, folder);
      if (!existsSync(from)) continue;
      for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const source = path.join(entry.parentPath, entry.name);
        const target = path.join(dir, folder, path.relative(from, source));
        if (existsSync(target) && !readFileSync(target).equals(readFileSync(source))) {
          throw new Error(
            `archives ${fixtures.join(', ')} differ in ${folder}/${path.relative(from, source)}`,
          );
        }
      }
      cpSync(from, path.join(dir, folder), { recursive: true });
    }
  }
  return dir;
}
