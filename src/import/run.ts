/**
 * The `npm run import` command: options, inputs, the report, exit codes.
 * `cli.ts` calls {@link run} with the process's streams; tests call it directly.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringifyArticle } from '../lib/frontmatter';
import { resolveContentDir } from '../lib/env';
import { loadCollections } from './collections';
import { checkDateOption, composeArticle, UsageError, type ComposeOptions, type Composed } from './compose';
import { assertTimeZone } from './dates';
import { decodeInput } from './decode';
import { createMatcher } from './entities';
import { extractArticle } from './extract';
import { ImportRefusal } from './refusal';
import {
  articleKey,
  bodyKey,
  findDuplicate,
  indexArchive,
  writeAtomically,
  type ArchivedArticle,
} from './write';

/** Exit codes: everything imported / some input refused / the command line is wrong. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** Where the command reads and writes. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The text `--help` prints. */
export const HELP = `Usage: npm run import -- [options] <file|folder|->

Turns raw news text (copied or scraped from a news site) into an archive article:
<out>/<yyyy>/<mm>/<slug>.md, with frontmatter checked by the site's schema.
A folder imports each of its .txt files; "-" reads standard input.

Options:
  --dry-run          print the article file to stdout instead of writing it
  --force            replace an article file that already exists at the same path
  --title <text>     the headline (required when the text has none)
  --date <date>      the publication date: 2025-10-09, 2025-10-09T14:10 (in the
                     source's zone) or 2025-10-09T14:10+05:00
  --source <name>    the source agency (default: from the dateline, else "Unattributed")
  --lang <tag>       the language, e.g. en, ru, kk (default: detected)
  --zone <iana>      the time zone of a time the text gives, e.g. Asia/Almaty
                     (default: from the source or the dateline)
  --out <folder>     where to write (default: $ARCHIVE_CONTENT_DIR/articles, or content/articles)
  -h, --help         show this help

The report goes to stderr. Exit codes: 0 imported, 1 an input was refused
(the reason is in the report), 2 usage error.

Example:
  npm run import -- --dry-run raw/tokayev-call.txt
  npm run import -- --title "Tokayev speaks in Dushanbe" --date 2025-10-09 raw/speech.txt
`;

interface Options extends ComposeOptions {
  dryRun: boolean;
  force: boolean;
  out: string;
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
      force: { type: 'boolean' },
      title: { type: 'string' },
      date: { type: 'string' },
      source: { type: 'string' },
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
  if (values.date !== undefined) checkDateOption(values.date);
  for (const name of ['title', 'source'] as const) {
    if (values[name] !== undefined && values[name].trim() === '')
      throw new UsageError(`--${name} must not be empty`);
  }
  const contentDir = path.resolve(io.cwd, resolveContentDir(io.env['ARCHIVE_CONTENT_DIR']));
  return {
    inputs: positionals,
    options: {
      dryRun: values['dry-run'] ?? false,
      force: values.force ?? false,
      out: values.out ? path.resolve(io.cwd, values.out) : path.join(contentDir, 'articles'),
      contentDir,
      title: values.title,
      date: values.date,
      source: values.source,
      lang: values.lang,
      zone: values.zone,
    },
  };
}

/** One input to import: a file, or standard input. */
interface Input {
  label: string;
  read: () => Promise<Uint8Array>;
}

function expandInputs(inputs: string[], io: Io): Input[] {
  const out: Input[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ label: '(standard input)', read: io.readStdin });
      continue;
    }
    const full = path.resolve(io.cwd, input);
    if (!existsSync(full)) throw new UsageError(`${input}: no such file or folder`);
    if (statSync(full).isDirectory()) {
      const files = readdirSync(full)
        .filter((name) => name.toLowerCase().endsWith('.txt') && !name.startsWith('.'))
        .sort();
      if (files.length === 0) throw new UsageError(`${input}: the folder has no .txt files to import`);
      for (const name of files) {
        const file = path.join(full, name);
        out.push({ label: path.join(input, name), read: async () => readFileSync(file) });
      }
    } else {
      out.push({ label: input, read: async () => readFileSync(full) });
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
  row('leaders', list(d.leaders));
  row('countries', list(d.countries));
  row('tags', list(d.tags));
  row('paragraphs', String(composed.body.split('\n\n').length));
  for (const u of composed.unmatched)
    row(
      'unmatched',
      `${u.kind}? "${u.text}" (no entry in ${u.kind === 'leader' ? 'leaders' : 'countries'}/)`,
    );
  for (const note of composed.notes) row('note', note);
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
    if (inputs.length > 1 && (parsed.options.title !== undefined || parsed.options.date !== undefined)) {
      throw new UsageError('--title and --date apply to one article: import the files one at a time');
    }
  } catch (error) {
    io.stderr(`import: ${(error as Error).message}\nRun "npm run import -- --help" for usage.\n`);
    return EXIT.usage;
  }
  const { options } = parsed;

  let matcher;
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
  let refused = 0;
  for (const input of inputs) {
    const lines = [input.label];
    try {
      const composed = composeArticle(extractArticle(decodeInput(await input.read())), options, matcher);
      reportArticle(composed, lines);
      const text = stringifyArticle(composed.data as Record<string, unknown>, composed.body);
      const target = path.join(options.out, composed.relPath);
      const identity = {
        relPath: composed.relPath,
        key: articleKey(composed.data.source.name, composed.data.published, composed.data.title),
        bodyKey: bodyKey(composed.body),
      };
      const duplicate = findDuplicate(archive, identity);
      if (duplicate) {
        const why = duplicate.key === identity.key ? 'same source, date and headline' : 'same body';
        throw new ImportRefusal(
          `already in the archive as ${shown(path.join(options.out, duplicate.relPath))} (${why}); ` +
            'remove that file first to import the article again under another name',
        );
      }
      if (existsSync(target) && !options.force) {
        const same = readFileSync(target, 'utf8') === text;
        throw new ImportRefusal(
          same
            ? `already in the archive, unchanged: ${shown(target)}`
            : `${shown(target)} already exists and differs: give --force to replace it`,
        );
      }
      if (options.dryRun) {
        io.stdout(text);
        lines.push(`  would write ${shown(target)} (dry run: nothing written)`);
      } else {
        if (!writeAtomically(target, text, options.force)) {
          throw new ImportRefusal(`${shown(target)} appeared while importing: give --force to replace it`);
        }
        archive = [...archive.filter((a) => a.relPath !== identity.relPath), identity];
        lines.push(`  ${'wrote'.padEnd(11)}${shown(target)}`);
      }
    } catch (error) {
      if (!(error instanceof ImportRefusal || error instanceof UsageError)) {
        lines.push(
          `  refused:   the importer failed on this input: ${(error as Error).stack ?? String(error)}`,
        );
      } else {
        lines.push(`  refused:   ${error.message}`);
      }
      refused++;
    }
    io.stderr(`${lines.join('\n')}\n`);
  }
  if (inputs.length > 1) {
    io.stderr(`${inputs.length - refused} imported, ${refused} refused\n`);
  }
  return refused > 0 ? EXIT.refused : EXIT.ok;
}
