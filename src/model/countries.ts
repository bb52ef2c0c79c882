/**
 * Every country of ISO 3166-1, with its names in English, Russian and Kazakh from
 * the Unicode CLDR data that Node's ICU carries (`Intl.DisplayNames`), merged with
 * the extras of `content/countries/*.yaml` (demonyms, other names). Pure: the
 * same Node gives the same names; no file or network is read.
 */
import type { CountryData, CountryFileData } from './schema';
import { slugify } from './slug';

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes. A list rather than a probe
 * of `Intl.DisplayNames` over AA–ZZ: CLDR also names codes that are not countries
 * of ISO 3166-1 (EU, EZ, UN, QO, ZZ, the user-assigned XK, deleted codes such as
 * SU, YU and AN, and reservations such as AC, IC and TA), and no property of the
 * API tells them apart.
 */
export const ISO_3166_1_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW '
    .trim()
    .split(' ');

/** The languages the archive names countries in. */
export const COUNTRY_NAME_LOCALES = ['en', 'ru', 'kk'] as const;

/** A country's name in each of {@link COUNTRY_NAME_LOCALES}. */
export type CountryNames = Record<(typeof COUNTRY_NAME_LOCALES)[number], string>;

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The CLDR names of an ISO 3166-1 country.
 * @example countryNames('KZ') // { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' }
 */
export function countryNames(iso: string): CountryNames {
  const names = {} as CountryNames;
  for (const locale of COUNTRY_NAME_LOCALES) {
    let display = displayNames.get(locale);
    if (!display) {
      display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      displayNames.set(locale, display);
    }
    const name = display.of(iso);
    if (name === undefined) throw new Error(`CLDR has no ${locale} name for the region "${iso}"`);
    names[locale] = name;
  }
  return names;
}

/** A country file of `content/countries/`, as {@link mergeCountries} takes it. */
export interface CountryFile {
  /** The file name without extension: the country's id. */
  id: string;
  /** The file, for error messages. */
  file: string;
  data: CountryFileData;
}

/** A country of the site's collection. */
export interface CountryEntry {
  id: string;
  /** The file of `content/countries/` that adds to it, if any. */
  file?: string;
  data: CountryData;
}

/** Adds each value once, in order, skipping any already present (ignoring case). */
function unique(values: readonly string[], except: readonly string[] = []): string[] {
  const seen = new Set(except.map((v) => v.toLowerCase()));
  const out: string[] = [];
  for (const v of values) {
    const key = v.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

/**
 * Every ISO 3166-1 country as an entry of the collection: its CLDR names, plus the
 * demonyms and aliases of the file with the same `iso`, whose `name` and `names`
 * replace CLDR's (CLDR's then stay aliases: «Киргизия» still finds Kyrgyzstan). The id is the file's name
 * when there is a file, else the slug of the English name ("Türkiye" → `turkiye`).
 * The Russian and Kazakh names are aliases too, so the importer and the search find
 * them. Errors name the file and the field: an unknown code, two files for one code.
 * @example mergeCountries([]).entries.find((c) => c.data.iso === 'KZ')?.id // 'kazakhstan'
 */
export function mergeCountries(files: readonly CountryFile[]): { entries: CountryEntry[]; errors: string[] } {
  const errors: string[] = [];
  const byIso = new Map<string, CountryFile>();
  const known = new Set(ISO_3166_1_CODES);
  for (const f of files) {
    if (!known.has(f.data.iso)) {
      errors.push(`${f.file}: iso: "${f.data.iso}" is not an ISO 3166-1 alpha-2 country code`);
      continue;
    }
    const other = byIso.get(f.data.iso);
    if (other) {
      errors.push(`${f.file}: iso: ${f.data.iso} is already the country of ${other.file}`);
      continue;
    }
    byIso.set(f.data.iso, f);
  }
  const entries: CountryEntry[] = [];
  const ids = new Map<string, string>();
  for (const iso of ISO_3166_1_CODES) {
    const cldr = countryNames(iso);
    const extra = byIso.get(iso);
    const own = extra?.data.names;
    const names: CountryNames = { en: cldr.en, ru: own?.ru ?? cldr.ru, kk: own?.kk ?? cldr.kk };
    const id = extra?.id ?? slugify(names.en);
    const name = extra?.data.name ?? names.en;
    const clash = ids.get(id);
    if (clash !== undefined) {
      errors.push(`${extra?.file ?? iso}: the id "${id}" is already that of ${clash}`);
      continue;
    }
    ids.set(id, iso);
    const demonyms = unique(extra?.data.demonyms ?? []);
    const aliases = unique(
      [names.en, names.ru, names.kk, cldr.ru, cldr.kk, ...(extra?.data.aliases ?? []), ...demonyms],
      [name],
    );
    const data: CountryData = { name, iso, names, demonyms, aliases };
    if (extra?.data.timeline) data.timeline = extra.data.timeline;
    entries.push(extra ? { id, file: extra.file, data } : { id, data });
  }
  return { entries, errors };
}
