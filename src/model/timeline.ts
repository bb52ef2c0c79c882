/**
 * The registry's timeline check: for each country and role (head of state, head
 * of government), one holder a day. Pure: takes the leaders and countries as the
 * collections give them and returns the problems, each naming its files.
 *
 * The rule it checks (docs/editors.md, "Leaders and countries"): an office ends
 * on the day the next holder's begins, so each office of a role begins on the
 * day the one before it ends. For every country, two holders of one role may
 * share no day but that handover day. For a country whose file has a
 * `timeline`, the offices (and the vacancies its file lists) also follow one
 * another without a gap from `timeline.since` to this day, and in a `combined`
 * period each head of state heads the government on exactly the same days.
 */
import { TIMELINE_ROLES, type Office, type Timeline } from './schema';

/** A leader as the check needs it: a plain country id or an Astro reference. */
export interface TimelineLeader {
  id: string;
  filePath?: string | undefined;
  data: { name: string; country: string | { id: string }; offices: readonly Office[] };
}

/** A country as the check needs it. */
export interface TimelineCountry {
  id: string;
  filePath?: string | undefined;
  data: { name: string; timeline?: Timeline | undefined };
}

type Role = (typeof TIMELINE_ROLES)[number];

/** One stretch of a role's timeline: an office of a leader, or a vacancy of the country's file. */
interface Stretch {
  start: string;
  /** Absent: still running. */
  end?: string | undefined;
  /** Who, for messages: `content/leaders/x.yaml offices[2] ("President of X", 1991-12-16 – 2019-03-20)`. */
  label: string;
  /** The file to fix. */
  file: string;
  leader?: string;
}

const OPEN = '9999-12-31';
const ROLE_NAMES: Record<Role, string> = {
  'head-of-state': 'head of state',
  'head-of-government': 'head of government',
};

const span = (s: { start: string; end?: string | undefined }): string => `${s.start} – ${s.end ?? ''}`.trim();

/** Every problem of the registry's timelines, each message naming the files to fix. */
export function findTimelineErrors(
  leaders: readonly TimelineLeader[],
  countries: readonly TimelineCountry[],
): string[] {
  const errors: string[] = [];
  const stretches = new Map<string, Stretch[]>();
  const at = (country: string, role: Role): Stretch[] => {
    const key = `${country} ${role}`;
    let list = stretches.get(key);
    if (!list) stretches.set(key, (list = []));
    return list;
  };
  for (const leader of leaders) {
    const country = typeof leader.data.country === 'string' ? leader.data.country : leader.data.country.id;
    const file = leader.filePath ?? leader.id;
    leader.data.offices.forEach((office, i) => {
      if (office.role === 'other') return;
      at(country, office.role).push({
        start: office.start,
        end: office.end,
        label: `${file} offices[${i}] ("${office.title}", ${span(office)})`,
        file,
        leader: leader.id,
      });
    });
  }
  for (const country of countries) {
    const timeline = country.data.timeline;
    if (!timeline) continue;
    const file = country.filePath ?? `countries/${country.id}.yaml`;
    timeline.vacancies.forEach((vacancy, i) => {
      at(country.id, vacancy.role).push({
        start: vacancy.start,
        end: vacancy.end,
        label: `${file} timeline.vacancies[${i}] (${span(vacancy)})`,
        file,
      });
    });
  }

  const byId = new Map(countries.map((c) => [c.id, c]));
  for (const [key, list] of stretches) {
    const [countryId, role] = key.split(' ') as [string, Role];
    const country = byId.get(countryId);
    const whose = `${country?.data.name ?? countryId}'s ${ROLE_NAMES[role]}`;
    list.sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? OPEN).localeCompare(b.end ?? OPEN));
    // Overlaps, for every country: a sweep keeping the stretch that runs longest so far.
    let longest: Stretch | undefined;
    for (const next of list) {
      if (longest && next.start < (longest.end ?? OPEN)) {
        errors.push(
          `${next.file}: ${whose}: ${next.label} overlaps ${longest.label} beyond the handover day; ` +
            'a role has one holder a day (an acting holder is an office of its own, and the office before it ends the day it begins)',
        );
      }
      if (!longest || (next.end ?? OPEN) > (longest.end ?? OPEN)) longest = next;
    }
    const timeline = country?.data.timeline;
    if (!timeline || !timeline.roles.includes(role)) continue;
    errors.push(...gaps(list, timeline, whose, country?.filePath ?? `countries/${countryId}.yaml`));
  }

  for (const country of countries) {
    const timeline = country.data.timeline;
    if (!timeline) continue;
    const file = country.filePath ?? `countries/${country.id}.yaml`;
    for (const role of timeline.roles) {
      if (!stretches.has(`${country.id} ${role}`)) {
        errors.push(
          `${file}: timeline.roles: no ${ROLE_NAMES[role]} of ${country.data.name} is recorded; add the offices or take the role out`,
        );
      }
    }
    timeline.combined.forEach((period, i) => {
      errors.push(
        ...combinedErrors(
          at(country.id, 'head-of-state'),
          at(country.id, 'head-of-government'),
          period,
          `${file}: timeline.combined[${i}] (${span(period)})`,
        ),
      );
    });
  }
  return errors;
}

/** The gaps of a role's sorted stretches in a country with a timeline, from `since` to this day. */
function gaps(list: readonly Stretch[], timeline: Timeline, whose: string, countryFile: string): string[] {
  const errors: string[] = [];
  const covered = list.filter((s) => (s.end ?? OPEN) > timeline.since);
  const first = covered[0];
  if (!first || first.start > timeline.since) {
    errors.push(
      `${first?.file ?? countryFile}: ${whose}: nobody is recorded on ${timeline.since}, the first day the registry covers ` +
        `(${countryFile}: timeline.since)${first ? `; the first holder, ${first.label}, begins later` : ''}`,
    );
  }
  let reach: Stretch | undefined;
  for (const next of covered) {
    if (reach && reach.end !== undefined && next.start > reach.end) {
      errors.push(
        `${reach.file}: ${whose}: ${reach.label} ends on ${reach.end}, but the next, ${next.label}, begins on ${next.start}: ` +
          `an office ends on the day the next begins; if nobody held it in between, list the days in ${countryFile}: timeline.vacancies`,
      );
    }
    if (!reach || (next.end ?? OPEN) > (reach.end ?? OPEN)) reach = next;
  }
  if (reach?.end !== undefined) {
    errors.push(
      `${reach.file}: ${whose}: ${reach.label} is the last recorded and ends on ${reach.end}: ` +
        `add the next holder, or a vacancy without an end in ${countryFile}: timeline.vacancies`,
    );
  }
  return errors;
}

/** Where, in a `combined` period, the heads of state and of government are not the same people on the same days. */
function combinedErrors(
  states: readonly Stretch[],
  governments: readonly Stretch[],
  period: { start: string; end?: string | undefined },
  where: string,
): string[] {
  const clip = (list: readonly Stretch[]) =>
    list
      .filter((s) => (s.end ?? OPEN) > period.start && s.start < (period.end ?? OPEN))
      .map((s) => ({
        s,
        key: `${s.leader ?? '(vacant)'} ${s.start < period.start ? period.start : s.start} ${
          (s.end ?? OPEN) > (period.end ?? OPEN) ? (period.end ?? OPEN) : (s.end ?? OPEN)
        }`,
      }));
  const a = clip(states);
  const b = clip(governments);
  const keys = new Set(b.map((x) => x.key));
  const back = new Set(a.map((x) => x.key));
  return [
    ...a
      .filter((x) => !keys.has(x.key))
      .map(
        (x) =>
          `${x.s.file}: ${where}: the head of state heads the government too, but ${x.s.label} has no head-of-government office with the same days`,
      ),
    ...b
      .filter((x) => !back.has(x.key))
      .map(
        (x) =>
          `${x.s.file}: ${where}: the head of state heads the government too, but ${x.s.label} has no head-of-state office with the same days`,
      ),
  ];
}
