/**
 * The archive on disk: finding an article that is already there, making sure the
 * file of a new one reads back as written, and writing it atomically without ever
 * replacing an existing file by accident.
 */
import { randomBytes } from 'node:crypto';
import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { articleIdOf, articleSlug } from '../model/archive';
import { eventKey } from '../model/events';
import { parseFrontmatter, stringifyArticle } from '../model/frontmatter';
import { slugify } from '../model/slug';
import { MAX_SLUG_LENGTH } from './compose';
import { refuse } from './refusal';

/** What identifies an article already in the archive. */
export interface ArchivedArticle {
  /** The file, relative to the articles folder. */
  relPath: string;
  key: string;
  bodyKey: string;
  /** The source's name and the `published` value, for the report. */
  source: string;
  published: string;
  /** The event it reports (see `eventKey`), when it identifies one. */
  event?: string;
  /** Its id (its path without extension), language, leaders and countries, for proposing versions in other languages. */
  id: string;
  lang: string;
  leaders: string[];
  countries: string[];
  /** What its URL is made of (see {@link urlKey}). */
  urlKey: string;
  /** The SHA-256 of the raw file it was imported from, when its provenance records one. */
  sha256?: string;
  /** The file could not be read: nothing is known of it but its name. */
  unreadable?: true;
}

/**
 * What an article's URL is made of: the month it was published and the slug
 * of its file name (`2021-05/phone-talk`), whatever the file's folder,
 * extension (`.md`, `.mdx`) or case. Two files with one key would share a
 * page, and the site's build refuses them.
 */
export function urlKey(relPath: string, published: string): string {
  const month = /^\d{4}-\d{2}/u.exec(published)?.[0] ?? path.posix.dirname(relPath.split(path.sep).join('/'));
  return `${month}/${articleSlug(articleIdOf(relPath.split(path.sep).join('/')))}`;
}

/** The identity of an article: same source, same day, same headline. */
export function articleKey(sourceName: string, published: string, title: string): string {
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return `${norm(sourceName)}|${published.slice(0, 10)}|${norm(title)}`;
}

/**
 * An article's id, as the site and `translations` name it: its path under the
 * articles folder, with `/` between folders, without extension.
 * @example articleId('2024/05/slug.md') // '2024/05/slug'
 */
export function articleId(relPath: string): string {
  return relPath
    .split(path.sep)
    .join('/')
    .replace(/\.mdx?$/u, '');
}

/** The identity of a body, whatever its spacing. */
export function bodyKey(body: string): string {
  return body.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function listArticles(dir: string, base = dir): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listArticles(full, base));
    // Any case of the extension: `Slug.MD` is no article to the site, but its name is taken.
    else if (/\.mdx?$/iu.test(entry.name) && !entry.name.startsWith('.'))
      files.push(path.relative(base, full));
  }
  return files;
}

/**
 * Reads every article under `articlesDir` into an index of identities. Files that
 * cannot be parsed are listed in `unreadable`, and indexed only by the URL their
 * name takes.
 */
export function indexArchive(articlesDir: string): { articles: ArchivedArticle[]; unreadable: string[] } {
  const articles: ArchivedArticle[] = [];
  const unreadable: string[] = [];
  for (const relPath of listArticles(articlesDir)) {
    try {
      const { data, body } = parseFrontmatter(readFileSync(path.join(articlesDir, relPath), 'utf8'));
      const source = String((data['source'] as { name?: unknown } | undefined)?.name ?? '');
      const published = String(data['published'] ?? '');
      const leaders = Array.isArray(data['leaders']) ? data['leaders'].map(String) : [];
      const countries = Array.isArray(data['countries']) ? data['countries'].map(String) : [];
      const event = eventKey({ published, leaders, kind: String(data['kind'] ?? '') });
      const sha256 = (data['provenance'] as { sha256?: unknown } | undefined)?.sha256;
      articles.push({
        relPath,
        id: articleId(relPath),
        lang: typeof data['lang'] === 'string' ? data['lang'] : 'en',
        leaders,
        countries,
        key: articleKey(source, published, String(data['title'] ?? '')),
        bodyKey: bodyKey(body),
        source,
        published,
        urlKey: urlKey(relPath, published),
        ...(event ? { event } : {}),
        ...(typeof sha256 === 'string' ? { sha256 } : {}),
      });
    } catch {
      unreadable.push(relPath);
      // Its name still takes a URL: kept, with identities nothing else has.
      articles.push({
        relPath,
        id: articleId(relPath),
        lang: '',
        leaders: [],
        countries: [],
        key: `\0${relPath}`,
        bodyKey: `\0${relPath}`,
        source: '',
        published: '',
        urlKey: urlKey(relPath, ''),
        unreadable: true,
      });
    }
  }
  return { articles, unreadable };
}

/**
 * The archived article whose URL this one would take (see {@link urlKey}): a
 * file of another extension or case, or in another folder, for the same month
 * and slug. The target path itself is not one: writing it replaces it.
 */
export function findUrlTwin(
  archive: readonly ArchivedArticle[],
  candidate: Pick<ArchivedArticle, 'relPath' | 'urlKey'>,
): ArchivedArticle | undefined {
  return archive.find((a) => a.relPath !== candidate.relPath && a.urlKey === candidate.urlKey);
}

/** What tells one article from another at one URL: its source and day, body and raw file. */
type Identity = Pick<ArchivedArticle, 'source' | 'published' | 'bodyKey' | 'sha256'>;

/**
 * Whether two articles that would have one URL are one article, imported again:
 * the same source and day (the headline gives the URL, so it is the same too: the
 * same identity as {@link articleKey}'s, whatever the edits to the text since), the
 * same body, or the same raw file. Two reports under one headline from two sources,
 * or from one source on two days, are two articles.
 */
export function sameArticle(a: Identity, b: Identity): boolean {
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return (
    (norm(a.source) === norm(b.source) && a.published.slice(0, 10) === b.published.slice(0, 10)) ||
    a.bodyKey === b.bodyKey ||
    (a.sha256 !== undefined && a.sha256 === b.sha256)
  );
}

/** The longest source's name a file name takes (`…-tass`, `…-kazinform`). */
const MAX_SOURCE_SLUG = 30;

/**
 * `slug` and `suffix` joined by a hyphen, the slug cut at a hyphen where the two
 * would be longer than {@link MAX_SLUG_LENGTH}, so the suffix is always whole.
 * @example withSuffix('tokayev-holds-talks-with-putin', 'tass') // 'tokayev-holds-talks-with-putin-tass'
 */
function withSuffix(slug: string, suffix: string): string {
  const room = MAX_SLUG_LENGTH - suffix.length - 1;
  let cut = slug;
  if (cut.length > room) {
    cut = cut.slice(0, room + 1);
    const at = cut.lastIndexOf('-');
    cut = at > 0 ? cut.slice(0, at) : cut.slice(0, room);
  }
  return `${cut.replace(/-+$/u, '')}-${suffix}`;
}

/**
 * The paths an article may take, in order: the path its headline gives, then with
 * its source's name (`…/tokayev-holds-talks-with-putin-tass.md`), then with the
 * source and the day of the month too (`…-tass-30.md`), then with a number
 * (`…-tass-30-2.md`, `…-tass-30-3.md` …), without end.
 */
function* pathsFor(article: Pick<ArchivedArticle, 'relPath' | 'source' | 'published'>): Generator<string> {
  yield article.relPath;
  const ext = path.posix.extname(article.relPath);
  const folder = path.posix.dirname(article.relPath);
  const slug = path.posix.basename(article.relPath, ext);
  const source = slugify(article.source).slice(0, MAX_SOURCE_SLUG).replace(/-+$/u, '');
  const day = article.published.slice(8, 10);
  const suffixes = [source, [source, day].filter(Boolean).join('-')].filter(Boolean);
  for (const suffix of [...new Set(suffixes)]) yield `${folder}/${withSuffix(slug, suffix)}${ext}`;
  const last = suffixes.at(-1) ?? day;
  for (let n = 2; ; n++) yield `${folder}/${withSuffix(slug, `${last}-${n}`)}${ext}`;
}

/** Where a new article goes, and the other articles that took the paths before it. */
export interface Placement {
  /** The article's path, relative to the articles folder. */
  relPath: string;
  /** The different articles whose URLs the paths before `relPath` would have taken. */
  passed: ArchivedArticle[];
}

/**
 * Where to write `article` so that it never replaces, nor shares a URL with, a
 * different article ({@link sameArticle}): the path its headline gives, unless a
 * different article's file is there; then the first of its other paths (with the
 * source, the day, a number) whose URL no different article takes. It stops at a
 * path that the same article takes (importing it again is then refused, or with
 * `--force` replaces it) or that a file that cannot be read takes, which cannot be
 * told apart; and at the headline's own path, a file of another case, extension or
 * folder that has its URL, a file an editor made, is left to the editor (refused,
 * see {@link findUrlTwin}). Kazinform's and TASS's "Tokayev holds talks with Putin"
 * of one month are two files.
 */
export function placeArticle(
  archive: readonly ArchivedArticle[],
  article: Pick<ArchivedArticle, 'relPath' | 'source' | 'published' | 'bodyKey' | 'sha256'>,
): Placement {
  const passed: ArchivedArticle[] = [];
  for (const relPath of pathsFor(article)) {
    const key = urlKey(relPath, article.published);
    const taken =
      archive.find((a) => a.relPath === relPath) ??
      (relPath === article.relPath ? undefined : archive.find((a) => a.urlKey === key));
    if (!taken || taken.unreadable || sameArticle(taken, article)) return { relPath, passed };
    passed.push(taken);
  }
  throw new Error('unreachable: the paths of an article never end');
}

/** The archived article that is the same as this one, if any (the target path itself aside). */
export function findDuplicate(
  archive: readonly ArchivedArticle[],
  candidate: Pick<ArchivedArticle, 'relPath' | 'key' | 'bodyKey'>,
): ArchivedArticle | undefined {
  return archive.find(
    (a) => a.relPath !== candidate.relPath && (a.key === candidate.key || a.bodyKey === candidate.bodyKey),
  );
}

/** The front matter of a file, as Astro finds it (`@astrojs/internal-helpers/frontmatter`). */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/u;

/** A value read from YAML, as a message names it: `"08"`, `the number 8`, `null`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return `the ${typeof value} ${String(value)}`;
}

/**
 * The first field where `read` is not `written`, named as the schema's messages
 * name it (`tags.1`), with both values; `undefined` when they are equal.
 */
function firstDifference(written: unknown, read: unknown, field = ''): string | undefined {
  if (isDeepStrictEqual(written, read)) return undefined;
  if (
    typeof written === 'object' &&
    typeof read === 'object' &&
    written !== null &&
    read !== null &&
    Array.isArray(written) === Array.isArray(read)
  ) {
    const [w, r] = [written as Record<string, unknown>, read as Record<string, unknown>];
    for (const key of new Set([...Object.keys(w), ...Object.keys(r)])) {
      const found = firstDifference(w[key], r[key], field ? `${field}.${key}` : key);
      if (found) return found;
    }
  }
  return `${field || 'the front matter'}: ${shown(written)} reads back as ${shown(read)}`;
}

/**
 * The text of the article file the importer writes ({@link stringifyArticle}), once
 * it is sure that its front matter reads back as the same values: with js-yaml 4,
 * as Astro reads it to build the site, and with gray-matter, as the build's checks
 * and the importer's index of the archive read it. A title "08" that the site read
 * as the number 8 would fail its build. Refuses (throws `ImportRefusal`) otherwise,
 * naming the field.
 */
export function articleFile(data: Record<string, unknown>, body: string): string {
  const text = stringifyArticle(data, body);
  const written: unknown = JSON.parse(JSON.stringify(data));
  const readers: [string, () => unknown][] = [
    ['js-yaml 4, which the site is built with', () => yaml.load(ASTRO_FRONTMATTER.exec(text)?.[1] ?? '')],
    ['gray-matter, which the importer and the build’s checks read with', () => parseFrontmatter(text).data],
  ];
  for (const [reader, read] of readers) {
    let back: unknown;
    try {
      back = read();
    } catch (error) {
      refuse(`the front matter written would not read back with ${reader}: ${(error as Error).message}`);
    }
    const difference = firstDifference(written, back);
    if (difference) {
      refuse(
        `the front matter written would not read back as the same values with ${reader} (${difference}); ` +
          'the importer cannot write this article: report it with the input',
      );
    }
  }
  return text;
}

/** Temporary files being written, removed on exit or interrupt should the program stop mid-write. */
const pending = new Set<string>();

/** Removes every temporary file this process is still writing. */
export function removeTemporaryFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/**
 * Creates a temporary file beside `file`, registered for removal by
 * {@link removeTemporaryFiles}. Its name starts with a dot and ends in `.tmp`.
 */
export function createTemporaryFile(file: string, text: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  pending.add(temp);
  writeFileSync(temp, text, { flag: 'wx' });
  return temp;
}

/**
 * Writes `text` to `file` atomically: a temporary file beside it, then a link (which
 * fails if the file exists) or, with `replace`, a rename over it.
 * @returns false when the file exists and `replace` is not set (nothing is written).
 */
export function writeAtomically(file: string, text: string, replace: boolean): boolean {
  const temp = createTemporaryFile(file, text);
  try {
    if (replace) {
      renameSync(temp, file);
      return true;
    }
    try {
      linkSync(temp, file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  } finally {
    rmSync(temp, { force: true });
    pending.delete(temp);
  }
}

/**
 * Copies `file` (an article about to be replaced) into `backups`, under its path
 * relative to the articles folder with the time of the backup before `.md`:
 * `<backups>/2021/05/slug.20261127T160500Z.md`. Never overwrites an earlier backup.
 * @returns the backup's path.
 */
export function backUp(file: string, relPath: string, backups: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const ext = path.extname(relPath);
  const stem = path.join(backups, relPath.slice(0, relPath.length - ext.length));
  let target = `${stem}.${stamp}${ext}`;
  for (let n = 2; existsSync(target); n++) target = `${stem}.${stamp}-${n}${ext}`;
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(file, target, constants.COPYFILE_EXCL);
  return target;
}
