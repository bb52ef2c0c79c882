/**
 * The `npm run import` command: options, inputs, the report, exit codes.
 * `cli.ts` calls {@link run} with the process's streams; tests call it directly.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../model/env';
import { loadCollections } from './collections';
import { checkDateOption, composeArticle, UsageError, type ComposeOptions, type Composed } from './compose';
import { assertTimeZone } from './dates';
import { eventKey } from '../model/events';
import { sourceSchema } from '../model/schema';
import { decodeBytes, MAX_INPUT_BYTES } from './decode';
import { createMatcher, type EntityMatcher } from './entities';
import { extractArticle } from './extract';
import { extractHtml, looksLikeHtml } from './html';
import { readInputFile } from './read';
import { ImportRefusal } from './refusal';
import { linkableCandidates, translationCandidates } from './translations';
import {
  articleFile,
  articleId,
  articleKey,
  backUp,
  bodyKey,
  findDuplicate,
  findUrlTwin,
  indexArchive,
  placeArticle,
  urlKey,
  writeAtomically,
  type ArchivedArticle,
} from './write';

/** Exit codes: everything imported / some input refused / the command line is wrong. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** Where the command reads and writes. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input, stopping (and refusing) once it passes `limit` bytes. */
  readStdin: (limit: number) => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The text `--help` prints. */
export const HELP = `Usage: npm run import -- [options] <file|folder|->

Turns raw news text (copied or scraped from a news site) or a saved web page
(.html) into an archive article: <out>/<yyyy>/<mm>/<slug>.md, with frontmatter
checked by the site's schema. A folder imports each of its .txt, .html and .htm
files; "-" reads standard input (text or HTML).

Options:
  --dry-run          print the article file to stdout instead of writing it
  --force            replace the file of the same article imported before (same
                     source and day, body or raw file), keeping the replaced file
                     in <out>/../import-backups/; a different article with the
                     same headline is written beside it, never replaced
  --title <text>     the headline (required when the text has none)
  --date <date>      the publication date: 2025-10-09, 2025-10-09T14:10 (in the
                     source's zone) or 2025-10-09T14:10+05:00
  --source <name>    the source agency (default: from the dateline, a "Source:",
                     credit or copyright line, or the page; required when the
                     text names none)
  --url <address>    the address of the original article (source.url)
  --lang <tag>       the language, e.g. en, ru, kk (default: detected)
  --zone <iana>      the time zone of a time the text gives, e.g. Asia/Almaty
                     (default: from the source, the dateline or an agency the
                     text names)
  --out <folder>     where to write (default: $ARCHIVE_CONTENT_DIR/articles, or content/articles)
  --link-translations
                     write the proposed versions in other languages (articles of
                     another language of the same day or a day apart, with the
                     same leaders and countries) into the article's translations;
                     without it they are only listed
  -h, --help         show this help

The report goes to stderr; a folder or several files end with a summary. Exit
codes: 0 imported, 1 an input was refused (the reason is in the report), 2 usage
error, 130/143 interrupted (nothing half-written is left).

Example:
  npm run import -- --dry-run raw/tokayev-call.txt
  npm run import -- --url https://www.inform.kz/en/… saved/kazinform-call.html
  npm run import -- --title "Tokayev speaks in Dushanbe" --date 2025-10-09 raw/speech.txt
`;

interface Options extends ComposeOptions {
  dryRun: boolean;
  /** Write the proposed versions in other languages into `translations`. */
  linkTranslations: boolean;
  force: boolean;
  out: string;
  /** Where `--force` keeps the articles it replaces. */
  backups: string;
  contentDir: string;
}

function readOptions(argv: string[], io: Io): { options: Options; inputs: string[] } | { help: true } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      'dry-run': { type: 'boolean' },
      'link-translations': { type: 'boolean' },
      force: { type: 'boolean' },
      title: { type: 'string' },
      date: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      lang: { type: 'string' },
      zone: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (values.help) return { help: true };
  if (positionals.length === 0) throw new UsageError('give a file, a folder or - (standard input) to import');
  if (values.lang !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(values.lang)) {
    throw new UsageError(`--lang "${values.lang}" is not a BCP 47 tag such as en, ru or kk`);
  }
  if (values.zone !== undefined) {
    try {
      assertTimeZone(values.zone);
    } catch {
      throw new UsageError(`--zone "${values.zone}" is not an IANA time zone such as Asia/Almaty`);
    }
  }
  if (values.url !== undefined && !sourceSchema.shape.url.safeParse(values.url).success) {
    throw new UsageError(`--url "${values.url}" is not an http(s) address`);
  }
  if (values.date !== undefined) checkDateOption(values.date);
  for (const name of ['title', 'source'] as const) {
    if (values[name] !== undefined && values[name].trim() === '')
      throw new UsageError(`--${name} must not be empty`);
  }
  const contentDir = path.resolve(io.cwd, resolveContentDir(io.env['ARCHIVE_CONTENT_DIR']));
  const out = values.out ? path.resolve(io.cwd, values.out) : path.join(contentDir, 'articles');
  return {
    inputs: positionals,
    options: {
      dryRun: values['dry-run'] ?? false,
      linkTranslations: values['link-translations'] ?? false,
      force: values.force ?? false,
      out,
      backups: path.join(path.dirname(out), 'import-backups'),
      contentDir,
      title: values.title,
      date: values.date,
      source: values.source,
      url: values.url,
      lang: values.lang,
      zone: values.zone,
    },
  };
}

/** One input to import: a file, or standard input. */
interface Input {
  label: string;
  /** The file says it is a web page (.html, .htm). */
  html: boolean;
  read: () => Promise<Uint8Array>;
}

/** The files a folder imports: raw texts and saved pages. */
const IMPORTABLE = /\.(?:txt|html?)$/iu;

function expandInputs(inputs: string[], io: Io): Input[] {
  const out: Input[] = [];
  const fileInput = (label: string, file: string): Input => ({
    label,
    html: /\.html?$/iu.test(file),
    read: async () => readInputFile(file),
  });
  for (const input of inputs) {
    if (input === '-') {
      out.push({ label: '(standard input)', html: false, read: () => io.readStdin(MAX_INPUT_BYTES) });
      continue;
    }
    const full = path.resolve(io.cwd, input);
    if (!existsSync(full)) throw new UsageError(`${input}: no such file or folder`);
    if (statSync(full).isDirectory()) {
      const files = readdirSync(full)
        .filter((name) => IMPORTABLE.test(name) && !name.startsWith('.'))
        .sort();
      if (files.length === 0)
        throw new UsageError(`${input}: the folder has no .txt or .html files to import`);
      for (const name of files) out.push(fileInput(path.join(input, name), path.join(full, name)));
    } else {
      out.push(fileInput(input, full));
    }
  }
  return out;
}

function reportArticle(composed: Composed, lines: string[]): void {
  const d = composed.data;
  const zone = composed.zone
    ? ` (${composed.zone}, from ${composed.zoneFrom})`
    : composed.zoneFrom
      ? ` (from ${composed.zoneFrom})`
      : '';
  const row = (label: string, value: string) => lines.push(`  ${label.padEnd(11)}${value}`);
  const list = (values: readonly string[] | undefined) =>
    values && values.length > 0 ? values.join(', ') : '(none)';
  row('title', d.title);
  row('published', `${d.published}${zone}`);
  if (d.updated) row('updated', d.updated);
  row('source', d.source.name + (d.source.url ? ` <${d.source.url}>` : ''));
  row('author', d.author ?? '(none)');
  row('dateline', d.dateline ?? '(none)');
  row('lang', d.lang ?? 'en');
  row('kind', d.kind);
  row(
    'leaders',
    list(
      composed.offices.map((l) =>
        l.office ? `${l.id} (${l.office})` : `${l.id} (no office recorded that day)`,
      ),
    ),
  );
  row('countries', list(d.countries));
  row('tags', list(d.tags));
  if (d.provenance) row('sha256', `${d.provenance.sha256} (${d.provenance.importer})`);
  row('paragraphs', String(composed.body.split('\n\n').length));
  for (const u of composed.unmatched)
    row(
      'unmatched',
      `${u.kind}? "${u.text}" (${u.reason ?? `no entry in ${u.kind === 'leader' ? 'leaders' : 'countries'}/`})`,
    );
  for (const note of composed.notes) row('note', note);
}

/** Reads, decodes and extracts one input, and composes its article. */
async function importOne(input: Input, options: Options, matcher: EntityMatcher): Promise<Composed> {
  const bytes = await input.read();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text } = decodeBytes(bytes);
  const found = input.html || looksLikeHtml(text) ? extractHtml(text) : extractArticle(text);
  return composeArticle(found, options, matcher, { sha256 });
}

/** The summary of a batch: what was imported, what was refused and why, names nobody knows. */
function summarise(
  imported: string[],
  refusals: { label: string; reason: string }[],
  unmatched: Map<string, Set<string>>,
): string {
  const lines = [`Summary: ${imported.length} imported, ${refusals.length} refused`];
  if (imported.length > 0) lines.push('  imported:', ...imported.map((label) => `    ${label}`));
  if (refusals.length > 0) {
    lines.push('  refused:', ...refusals.map((r) => `    ${r.label}: ${r.reason.split('\n')[0]}`));
  }
  if (unmatched.size > 0) {
    lines.push(
      '  names matched to no entry, or not assigned (add them to leaders/ or countries/, or to the articles, if they belong):',
    );
    for (const [name, files] of [...unmatched].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`    ${name} (${files.size} file${files.size === 1 ? '' : 's'})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the command. Resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof readOptions>;
  let inputs: Input[];
  try {
    parsed = readOptions(argv, io);
    if ('help' in parsed) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    inputs = expandInputs(parsed.inputs, io);
    if (
      inputs.length > 1 &&
      (parsed.options.title !== undefined ||
        parsed.options.date !== undefined ||
        parsed.options.url !== undefined)
    ) {
      throw new UsageError('--title, --date and --url apply to one article: import the files one at a time');
    }
  } catch (error) {
    io.stderr(`import: ${(error as Error).message}\nRun "npm run import -- --help" for usage.\n`);
    return EXIT.usage;
  }
  const { options } = parsed;

  let matcher: EntityMatcher;
  let archive: ArchivedArticle[];
  try {
    const collections = loadCollections(options.contentDir);
    matcher = createMatcher(collections.leaders, collections.countries);
    const index = indexArchive(options.out);
    archive = index.articles;
    for (const file of index.unreadable)
      io.stderr(`import: warning: cannot read ${file} in ${options.out}; it is not checked for duplicates\n`);
  } catch (error) {
    io.stderr(`import: ${(error as Error).message}\n`);
    return EXIT.usage;
  }

  const shown = (file: string) => path.relative(io.cwd, file) || file;
  const imported: string[] = [];
  const refusals: { label: string; reason: string }[] = [];
  const unmatched = new Map<string, Set<string>>();
  for (const input of inputs) {
    const lines = [input.label];
    try {
      const composed = await importOne(input, options, matcher);
      reportArticle(composed, lines);
      for (const u of composed.unmatched) {
        const key = `${u.kind}? "${u.text}"${u.reason ? ` (not assigned: ${u.reason})` : ''}`;
        unmatched.set(key, (unmatched.get(key) ?? new Set()).add(input.label));
      }
      const facts = {
        key: articleKey(composed.data.source.name, composed.data.published, composed.data.title),
        bodyKey: bodyKey(composed.body),
        lang: composed.data.lang ?? 'en',
        leaders: [...(composed.data.leaders ?? [])],
        countries: [...(composed.data.countries ?? [])],
        ...reportFacts(composed),
        ...(composed.data.provenance ? { sha256: composed.data.provenance.sha256 } : {}),
      };
      // Never a different article's file or URL: another report under the same headline takes a path of its own.
      const placed = placeArticle(archive, { ...facts, relPath: composed.relPath });
      const relPath = placed.relPath;
      const identity: ArchivedArticle = {
        ...facts,
        relPath,
        id: articleId(relPath),
        urlKey: urlKey(relPath, composed.data.published),
      };
      const data = { ...composed.data } as Record<string, unknown>;
      const versions = proposeVersions(archive, identity, options.linkTranslations, lines);
      if (versions.length > 0) data['translations'] = versions;
      const text = articleFile(data, composed.body);
      const target = path.join(options.out, relPath);
      const duplicate = findDuplicate(archive, identity);
      if (duplicate) {
        const why = duplicate.key === identity.key ? 'same source, date and headline' : 'same body';
        throw new ImportRefusal(
          `already in the archive as ${shown(path.join(options.out, duplicate.relPath))} (${why}); ` +
            'remove that file first to import the article again under another name',
        );
      }
      if (placed.passed.length > 0) {
        const others = placed.passed.map(
          (other) => `${shown(path.join(options.out, other.relPath))} (${other.source}, ${other.published})`,
        );
        lines.push(
          `  ${'path'.padEnd(11)}${shown(target)}: ${others.join(' and ')} ` +
            `${others.length === 1 ? 'is another article' : 'are other articles'} with this headline`,
        );
      }
      for (const other of findSameEvent(archive, identity)) {
        lines.push(
          `  ${'same event'.padEnd(11)}${shown(path.join(options.out, other.relPath))} ` +
            `(${other.source}, ${other.published}): same day, leaders and kind; ` +
            'both pages will list each other under "Other reports of this event"',
        );
      }
      const twin = findUrlTwin(archive, identity);
      if (twin) {
        throw new ImportRefusal(
          `${shown(target)} would have the URL of ${shown(path.join(options.out, twin.relPath))} ` +
            '(the same month and file name, whatever the folder, extension or case): ' +
            'rename or remove that file first, or give the article another headline with --title',
        );
      }
      const exists = existsSync(target);
      const same = exists && readFileSync(target, 'utf8') === text;
      if (exists && !options.force) {
        throw new ImportRefusal(
          same
            ? `already in the archive, unchanged: ${shown(target)}`
            : `${shown(target)} already exists and differs: give --force to replace it ` +
                `(the replaced file is kept in ${shown(options.backups)})`,
        );
      }
      if (options.dryRun) {
        io.stdout(text);
        lines.push(`  would write ${shown(target)} (dry run: nothing written)`);
        archive = [...archive.filter((a) => a.relPath !== identity.relPath), identity];
      } else {
        if (exists && !same) {
          const backup = backUp(target, relPath, options.backups, new Date());
          lines.push(`  ${'kept'.padEnd(11)}the replaced article as ${shown(backup)}`);
        }
        if (!writeAtomically(target, text, options.force)) {
          throw new ImportRefusal(`${shown(target)} appeared while importing: give --force to replace it`);
        }
        archive = [...archive.filter((a) => a.relPath !== identity.relPath), identity];
        lines.push(`  ${'wrote'.padEnd(11)}${shown(target)}`);
      }
      imported.push(input.label);
    } catch (error) {
      const reason =
        error instanceof ImportRefusal || error instanceof UsageError
          ? error.message
          : `the importer failed on this input: ${(error as Error).stack ?? String(error)}`;
      lines.push(`  refused:   ${reason}`);
      refusals.push({ label: input.label, reason });
    }
    io.stderr(`${lines.join('\n')}\n`);
  }
  if (inputs.length > 1) io.stderr(summarise(imported, refusals, unmatched));
  return refusals.length > 0 ? EXIT.refused : EXIT.ok;
}

/**
 * Lists the archive's articles that may be this one in another language, and
 * returns the ids to write into its `translations`: with `link`, the one
 * candidate of each language (a language with several is left to the editor).
 */
function proposeVersions(
  archive: readonly ArchivedArticle[],
  article: ArchivedArticle,
  link: boolean,
  lines: string[],
): string[] {
  const candidates = translationCandidates(archive, article);
  const { linked, ambiguous } = linkableCandidates(candidates);
  for (const c of candidates) {
    const written = link && linked.includes(c);
    lines.push(
      `  ${'version?'.padEnd(11)}${c.id} (${c.lang}, ${c.published}): same leaders and countries, ` +
        (written
          ? 'written into translations'
          : link
            ? `another ${c.lang} candidate too: add the right one to translations by hand`
            : 'give --link-translations to write it into translations'),
    );
  }
  return link ? linked.filter((c) => !ambiguous.includes(c)).map((c) => c.id) : [];
}

/** The facts that tell which event an article reports, as the archive index keeps them. */
function reportFacts(composed: Composed): Pick<ArchivedArticle, 'event' | 'source' | 'published'> {
  const d = composed.data;
  const event = eventKey({ published: d.published, leaders: d.leaders ?? [], kind: d.kind });
  return { source: d.source.name, published: d.published, ...(event ? { event } : {}) };
}

/** Articles of the archive that report the same event as `article` (same day, leaders and kind). */
function findSameEvent(archive: readonly ArchivedArticle[], article: ArchivedArticle): ArchivedArticle[] {
  if (!article.event) return [];
  return archive.filter((a) => a.event === article.event && a.relPath !== article.relPath);
}
