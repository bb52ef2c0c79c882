/**
 * Loading the archive's leaders (one YAML file each) and countries (every ISO
 * 3166-1 country from CLDR, with the extras of its YAML file), checked against the
 * site's own schemas, as the site loads them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { readCountryFiles } from '../build/country-loader';
import { mergeCountries } from '../model/countries';
import { leaderSchema, type CountryData, type LeaderData } from '../model/schema';

/** The collections the importer matches names against. */
export interface Collections {
  leaders: (LeaderData & { id: string })[];
  /** Every ISO 3166-1 country; `properNames` are its CLDR names, matched as written. */
  countries: (CountryData & { id: string; properNames: string[] })[];
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

/** Reads `<contentDir>/leaders/*.yaml` and every country, with `<contentDir>/countries/*.yaml`. */
export function loadCollections(contentDir: string): Collections {
  const leaders = loadFolder(path.join(contentDir, 'leaders'), (d) => leaderSchema.parse(d));
  const { entries, errors } = mergeCountries(readCountryFiles(path.join(contentDir, 'countries')));
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return {
    leaders,
    countries: entries.map((c) => {
      const proper = Object.values(c.data.names ?? {});
      return {
        ...c.data,
        id: c.id,
        aliases: c.data.aliases.filter((a) => !proper.includes(a)),
        properNames: proper,
      };
    }),
  };
}
