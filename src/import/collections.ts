/**
 * Loading the archive's leaders (one YAML file each) and countries (every ISO
 * 3166-1 country from CLDR, with the extras of its YAML file), checked against the
 * site's own schemas, as the site loads them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCountryFiles } from '../build/country-loader';
import { leaderProblems, readLeaderFiles } from '../build/leader-loader';
import { mergeCountries } from '../model/countries';
import type { CountryData, LeaderData } from '../model/schema';

/** The collections the importer matches names against. */
export interface Collections {
  leaders: (LeaderData & { id: string })[];
  /** Every ISO 3166-1 country; `properNames` are its CLDR names, matched as written. */
  countries: (CountryData & { id: string; properNames: string[] })[];
}

/** Reads `<contentDir>/leaders/*.yaml` and every country, with `<contentDir>/countries/*.yaml`. */
export function loadCollections(contentDir: string): Collections {
  const folder = path.join(contentDir, 'leaders');
  if (!existsSync(folder))
    throw new Error(`cannot read ${folder}: set ARCHIVE_CONTENT_DIR to the archive's content folder`);
  const read = readLeaderFiles(folder);
  if (read.errors.length > 0) throw new Error(leaderProblems(read.errors));
  const leaders = read.leaders.map((l) => ({ ...l.data, id: l.id }));
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
