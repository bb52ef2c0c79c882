/**
 * Offices at the time: which office a leader held on a given day. Pure; the
 * registry's dates come from `content/leaders/*.yaml` through the schema.
 */
import type { Office } from './schema';

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
export function officeAt(offices: readonly Office[], day: string): Office | undefined {
  let best: Office | undefined;
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
export function latestOffice(offices: readonly Office[]): Office | undefined {
  const rank = (o: Office): string =>
    o.end === undefined ? `1 ${2 - ROLE_ORDER[o.role]} ${o.start}` : `0 ${o.end} ${2 - ROLE_ORDER[o.role]}`;
  let latest: Office | undefined;
  for (const office of offices) {
    if (latest === undefined || rank(office) > rank(latest)) latest = office;
  }
  return latest;
}

/** A leader named with the office they hold or last held: "Kassym-Jomart Tokayev, President of Kazakhstan". */
export function describeLeader(leader: { name: string; offices: readonly Office[] }): string {
  const office = latestOffice(leader.offices);
  return office ? `${leader.name}, ${office.title}` : leader.name;
}
