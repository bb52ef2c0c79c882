/**
 * Offices at the time: which office a leader held on a given day. Pure; the
 * registry's dates come from `content/leaders/*.yaml` through the schema.
 */
import type { NAME_LANGS, Office } from './schema';

/** What the helpers below read of an office: its role and days. */
type Dated = Pick<Office, 'role' | 'start' | 'end'>;

/** When several offices cover one day, the one the archive names the person by. */
const ROLE_ORDER: Record<Office['role'], number> = {
  'head-of-state': 0,
  'head-of-government': 1,
  other: 2,
};

/**
 * The office held on `day` (`YYYY-MM-DD`, the article's local calendar day), or
 * `undefined` when no listed office covers it: the archive then names the person
 * without an office rather than guess one.
 * @example officeAt(tokayev.offices, '2017-03-01')?.title // "Chairman of the Senate of Kazakhstan"
 */
export function officeAt<O extends Dated>(offices: readonly O[], day: string): O | undefined {
  let best: O | undefined;
  for (const office of offices) {
    if (office.start > day || (office.end !== undefined && office.end < day)) continue;
    if (best === undefined || ROLE_ORDER[office.role] < ROLE_ORDER[best.role]) best = office;
  }
  return best;
}

/**
 * The years an office spans, for lists: "2019–", "1999–2002", "2007".
 * @example officeYears({ start: '1999-10-01', end: '2002-01-28', ... }) // "1999–2002"
 */
export function officeYears(office: Pick<Office, 'start' | 'end'>): string {
  const from = office.start.slice(0, 4);
  if (office.end === undefined) return `${from}–`;
  const to = office.end.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

/** The office a leader holds today or last held: the one to describe the person by outside any article. */
export function latestOffice<O extends Dated>(offices: readonly O[]): O | undefined {
  const rank = (o: O): string =>
    o.end === undefined ? `1 ${2 - ROLE_ORDER[o.role]} ${o.start}` : `0 ${o.end} ${2 - ROLE_ORDER[o.role]}`;
  let latest: O | undefined;
  for (const office of offices) {
    if (latest === undefined || rank(office) > rank(latest)) latest = office;
  }
  return latest;
}

/** A leader named with the office they hold or last held: "Kassym-Jomart Tokayev, President of Kazakhstan". */
export function describeLeader(leader: {
  name: string;
  offices: readonly (Dated & { title: string })[];
}): string {
  const office = latestOffice(leader.offices);
  return office ? `${leader.name}, ${office.title}` : leader.name;
}

/** The languages a leader's name and an office's title are always given in: English and {@link NAME_LANGS}. */
export type NameLang = 'en' | (typeof NAME_LANGS)[number];

/** Names or titles in the languages besides English, as the registry gives them. */
interface Localized {
  readonly ru?: string;
  readonly kk?: string;
}

const localized = (lang: string): lang is Exclude<NameLang, 'en'> => lang === 'ru' || lang === 'kk';

/**
 * A leader's name in `lang` (a language tag: `ru`, `kk`, or the language of the
 * name's native form, such as `tg`), from the registry's `names`; the English
 * name for any other language.
 * @example leaderName(tokayev, 'kk') // "Қасым-Жомарт Тоқаев"
 */
export function leaderName(
  leader: {
    name: string;
    names?: Localized & { readonly native?: { lang: string; name: string } | undefined };
  },
  lang: string,
): string {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  if (localized(base)) return leader.names?.[base] ?? leader.name;
  return leader.names?.native?.lang === base ? leader.names.native.name : leader.name;
}

/**
 * An office's title in `lang` (`ru` or `kk`), from the registry's `titles`; the
 * English title for any other language.
 * @example officeTitle(office, 'ru') // "Президент Республики Казахстан"
 */
export function officeTitle(office: { title: string; titles?: Localized }, lang: string): string {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return (localized(base) ? office.titles?.[base] : undefined) ?? office.title;
}
