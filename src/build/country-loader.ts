/**
 * The loader of the `countries` collection: every ISO 3166-1 country, named from
 * CLDR, merged with the extras of `<content>/countries/*.yaml` (see
 * `src/model/countries.ts`). Build code: reads the folder, then hands pure data to
 * the store.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { mergeCountries, type CountryFile } from '../model/countries';
import { countryFileSchema, validateWith } from '../model/schema';

/**
 * Reads and checks the country files of `folder` (a missing folder has none).
 * Throws one error listing every problem, each as `<file>: <field>: <message>`.
 */
export function readCountryFiles(folder: string, shownAs = folder): CountryFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const errors: string[] = [];
  const files: CountryFile[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/u.test(n) && !n.startsWith('_')).sort()) {
    const file = path.join(shownAs, name);
    let data: unknown;
    try {
      data = yaml.load(readFileSync(path.join(folder, name), 'utf8'), { schema: yaml.CORE_SCHEMA });
    } catch (error) {
      errors.push(`${file}: (file): not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const checked = validateWith(countryFileSchema, data, file);
    if (checked.success) files.push({ id: name.replace(/\.ya?ml$/u, ''), file, data: checked.data });
    else errors.push(...checked.errors);
  }
  if (errors.length > 0)
    throw new Error(`The country files have ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  return files;
}

/** Every country of ISO 3166-1, with the extras of the YAML files in `base`. */
export function countryLoader(options: { base: string }): Loader {
  return {
    name: 'archive-countries',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = path.resolve(root, options.base);
      const shownAs = path.relative(root, folder) || '.';
      const sync = async (): Promise<void> => {
        const { entries, errors } = mergeCountries(readCountryFiles(folder, shownAs));
        if (errors.length > 0)
          throw new Error(`The countries have ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
        store.clear();
        for (const entry of entries) {
          const data = await parseData({ id: entry.id, data: entry.data });
          store.set(entry.file ? { id: entry.id, data, filePath: entry.file } : { id: entry.id, data });
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
