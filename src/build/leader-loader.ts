/**
 * The loader of the `leaders` collection: one YAML file per leader,
 * `<content>/leaders/<id>.yaml`. Build code: reads the folder, checks every file
 * against the leader schema, then hands pure data to the store.
 *
 * Nothing is dropped or replaced without a word: a file whose name is not an id,
 * a file of another kind (`.json`, `.YAML`), a file in a subfolder and two files
 * for one id (`x.yaml` and `x.yml`, or names differing only in case) fail the
 * build, and so does every file the schema refuses; the build names them all at
 * once. Dotfiles, `_` files and editors' backups are named in a warning.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { leaderSchema, SLUG_PATTERN, validateWith, type LeaderData } from '../model/schema';
import { slugify } from '../model/slug';

/** A leader file that passed the schema. */
export interface LeaderFile {
  /** The file's name without extension. */
  id: string;
  /** The file, as messages name it. */
  file: string;
  data: LeaderData;
}

/** What one read of the leaders folder found. */
export interface LeaderFolder {
  leaders: LeaderFile[];
  /** Problems that fail the build, each `<file>: <field>: <message>`. */
  errors: string[];
  /** Files left out on purpose, each with the reason. */
  warnings: string[];
}

const LEADER_FILE = /\.ya?ml$/u;
const LEFT_OUT = /(~|\.swp|\.swo|\.bak|\.orig|\.tmp)$/iu;

/** Every file under `dir`, as POSIX paths relative to it; none for a missing folder. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Reads and checks the leader files of `folder`; `shownAs` is the folder as
 * messages name it. Every problem of every file is collected, none stops the read.
 */
export function readLeaderFiles(folder: string, shownAs = folder): LeaderFolder {
  const errors: string[] = [];
  const warnings: string[] = [];
  const candidates: { name: string; file: string }[] = [];
  for (const name of listFiles(folder)) {
    const file = path.posix.join(shownAs, name);
    const base = path.posix.basename(name);
    if (name.split('/').some((part) => part.startsWith('.'))) {
      warnings.push(`${file}: a hidden (dot) file, not loaded`);
    } else if (LEFT_OUT.test(base) || /^#.*#$/u.test(base)) {
      warnings.push(`${file}: an editor's backup or lock file, not loaded`);
    } else if (base.startsWith('_')) {
      warnings.push(`${file}: a file whose name starts with _, not loaded`);
    } else if (name.includes('/')) {
      errors.push(`${file}: (file): a leader file sits directly in the leaders folder; move it there`);
    } else {
      candidates.push({ name, file });
    }
  }
  // Two files that would be one leader: the same name but for the extension or its case.
  const byKey = new Map<string, string[]>();
  for (const c of candidates) {
    const key = c.name.replace(/\.[^.]*$/u, '').toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), c.file]);
  }
  for (const files of byKey.values()) {
    if (files.length > 1) {
      errors.push(
        `${files.join(', ')}: (file): ${files.length} files for one leader (their names differ only in extension or case); keep one`,
      );
    }
  }

  const leaders: LeaderFile[] = [];
  for (const { name, file } of candidates) {
    if (!LEADER_FILE.test(name)) {
      errors.push(
        `${file}: (file): a leader is a YAML file, <id>.yaml; rename it or move it out of the folder`,
      );
      continue;
    }
    const id = name.replace(LEADER_FILE, '');
    if (!SLUG_PATTERN.test(id)) {
      const suggested = slugify(id);
      errors.push(
        `${file}: (file): "${id}" is not an id (lower-case letters, digits and single hyphens)` +
          (suggested ? `; name the file ${suggested}.yaml, the slug of the English name` : ''),
      );
      continue;
    }
    let data: unknown;
    try {
      data = yaml.load(readFileSync(path.join(folder, name), 'utf8'), { schema: yaml.CORE_SCHEMA });
    } catch (error) {
      errors.push(`${file}: (file): not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const checked = validateWith(leaderSchema, data, file);
    if (checked.success) leaders.push({ id, file, data: checked.data });
    else errors.push(...checked.errors);
  }
  return { leaders, errors, warnings };
}

/** The message a build fails with when the leaders folder has problems. */
export function leaderProblems(errors: readonly string[]): string {
  return `The leaders folder has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}; nothing was built:\n  ${errors.join('\n  ')}`;
}

/** Every leader of the YAML files in `base` (see {@link readLeaderFiles}). */
export function leaderLoader(options: { base: string }): Loader {
  return {
    name: 'archive-leaders',
    load: async ({ store, parseData, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = path.resolve(root, options.base);
      const shownAs = path.relative(root, folder) || '.';
      const sync = async (): Promise<void> => {
        const { leaders, errors, warnings } = readLeaderFiles(folder, shownAs);
        for (const warning of warnings) logger.warn(warning);
        if (errors.length > 0) throw new Error(leaderProblems(errors));
        store.clear();
        for (const leader of leaders) {
          const data = await parseData({ id: leader.id, data: leader.data, filePath: leader.file });
          store.set({ id: leader.id, data, filePath: leader.file });
        }
      };
      await sync();
      watcher?.add(folder);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(folder)) void sync();
      });
    },
  };
}
