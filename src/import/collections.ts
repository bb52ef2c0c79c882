/**
 * Loading the archive's leaders and countries (one YAML file each) and checking
 * them against the site's own schemas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { countrySchema, leaderSchema, type CountryData, type LeaderData } from '../lib/schema';

/** The collections the importer matches names against. */
export interface Collections {
  leaders: (LeaderData & { id: string })[];
  countries: (CountryData & { id: string })[];
}

function loadFolder<T>(folder: string, parse: (data: unknown) => T): (T & { id: string })[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new Error(`cannot read ${folder}: set ARCHIVE_CONTENT_DIR to the archive's content folder`);
  }
  return names
    .filter((name) => /\.ya?ml$/u.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      const data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
      try {
        return { ...parse(data), id: name.replace(/\.ya?ml$/u, '') };
      } catch (error) {
        throw new Error(`${file} is not a valid entry: ${(error as Error).message}`, { cause: error });
      }
    });
}

/** Reads `<contentDir>/leaders/*.yaml` and `<contentDir>/countries/*.yaml`. */
export function loadCollections(contentDir: string): Collections {
  return {
    leaders: loadFolder(path.join(contentDir, 'leaders'), (d) => leaderSchema.parse(d)),
    countries: loadFolder(path.join(contentDir, 'countries'), (d) => countrySchema.parse(d)),
  };
}
