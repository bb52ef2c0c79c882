/**
 * From what the extractor found (and the editor's options) to an article file:
 * frontmatter in the archive's key order, validated by the site's schema, and an
 * escaped Markdown body.
 */
import { articleSchema, normaliseHttpUrl, type ArticleInput } from '../model/schema';
import { slugify, tagIdentity } from '../model/slug';
import { pad2 as pad } from '../model/dates';
import { findDate, instantInZone, localOffsets, publishedValue, type FoundDate } from './dates';
import { detectKind, detectLang } from './detect';
import { matchEntities, type EntityMatcher, type EntityMatches } from './entities';
import { officeAt } from '../model/offices';
import { joinNames, type Extracted } from './extract';
import { escapeMarkdown } from './markdown';
import { agenciesNamedIn, agencyName, agencyZone, placeZone } from './places';
import { refuse } from './refusal';
import { leadSentence } from './sentence';
import { IMPORTER_VERSION } from './version';

/** What the editor gave on the command line. */
export interface ComposeOptions {
  title?: string | undefined;
  /** `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` (in the source's zone) or an ISO date-time with its offset. */
  date?: string | undefined;
  source?: string | undefined;
  lang?: string | undefined;
  /** An IANA zone for a time the text gives, when the source and dateline say none. */
  zone?: string | undefined;
  /** The address of the original article (`source.url`). */
  url?: string | undefined;
}

/** What the importer records of the raw input: the SHA-256 of its bytes. */
export interface RawInput {
  sha256: string;
}

/** A composed article, ready to write, with what the report shows about it. */
export interface Composed {
  data: ArticleInput;
  body: string;
  /** `yyyy/mm/slug.md`, relative to the articles folder. */
  relPath: string;
  zone?: string;
  /** Where the zone came from. */
  zoneFrom?: string;
  unmatched: EntityMatches['unmatched'];
  /** Each leader found, with the office held on the article's day (absent when none is recorded). */
  offices: { id: string; office?: string }[];
  /** Things the editor should know (a dropped time, a guessed language…). */
  notes: string[];
}

/** Longest slug kept, so file names stay well inside file-system limits. */
export const MAX_SLUG_LENGTH = 100;

function cutSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

const ISO_DATE_OPTION = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Parses `--date`. Returns an exact `published` value, or a date (and maybe a time)
 * to place in the source's zone. Impossible days and times are usage errors.
 */
function readDateOption(value: string): { exact: string } | { date: FoundDate } {
  const v = value.trim();
  const iso = ISO_DATE_OPTION.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, sec, offset] = iso;
    const day = `${y}-${mo}-${d}`;
    const checked = h === undefined ? day : `${day}T${h}:${mi}:${sec ?? '00'}${offset ?? 'Z'}`;
    if (!articleSchema.shape.published.safeParse(checked).success) {
      throw new UsageError(
        `--date "${value}" is not a real ${h === undefined ? 'date' : 'date and time'} ` +
          '(days run to 28-31, hours to 23, minutes to 59, offsets to ±14:00)',
      );
    }
    if (h !== undefined && offset !== undefined) {
      return { exact: `${day}T${h}:${mi}:${sec ?? '00'}${offset === 'Z' ? '+00:00' : offset}` };
    }
    const date: FoundDate = { year: Number(y), month: Number(mo), day: Number(d), index: 0, text: v };
    if (h !== undefined) date.time = { hour: Number(h), minute: Number(mi), second: Number(sec ?? 0) };
    return { date };
  }
  const date = findDate(v);
  if (!date || date.year === undefined || date.index !== 0 || date.text.trim() !== v) {
    throw new UsageError(`--date "${value}" is not a date such as 2025-10-09 or 2025-10-09T14:10`);
  }
  if (!date.time && /\d[:.]\d{2}/u.test(v.replace(/^\d{1,2}\.\d{1,2}\.\d{4}/u, ''))) {
    throw new UsageError(`--date "${value}" has a time that does not exist (hours run to 23, minutes to 59)`);
  }
  return { date };
}

/** A problem with the command line rather than with the input. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Checks `--date` early, so a bad value is a usage error before any input is read. */
export function checkDateOption(value: string): void {
  readDateOption(value);
}

/**
 * Builds the article file's frontmatter and body. Refuses (throws `ImportRefusal`)
 * when the headline or the date is missing and no option supplies it.
 */
export function composeArticle(
  found: Extracted,
  options: ComposeOptions,
  matcher: EntityMatcher,
  raw: RawInput,
): Composed {
  const notes: string[] = [];
  const title = (options.title ?? found.title)?.trim();
  if (!title) {
    refuse('no headline found in the text: give one with --title "…"');
  }
  const paragraphs = found.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  // Nothing leaves the body without a word: the editor sees each line read as page chrome.
  if (found.standfirst !== undefined)
    notes.push(
      `read as the standfirst below the headline, and kept as the first paragraph: "${found.standfirst}"`,
    );
  for (const line of found.leftInHeader ?? [])
    notes.push(
      `a line above the body was left out: "${line}"; if it is the article's, edit the file or the input`,
    );
  for (const line of found.droppedInBody) notes.push(`left out of the body as page chrome: "${line}"`);
  const [after, ...more] = found.leftAfterBody ?? [];
  if (after !== undefined) {
    const others = more.length > 0 ? ` and ${more.length} more` : '';
    notes.push(
      `the body ends before running text that was left out: "${after}"${others}; if it is the article's, edit the file or the input`,
    );
  }
  const lead = paragraphs[0];
  if (lead === undefined) refuse('no article text found');

  // Source and the zone of its clock.
  const sourceRaw = options.source ?? found.agency ?? found.sourceLine?.name ?? found.publisher;
  const sourceName = sourceRaw ? agencyName(sourceRaw) : undefined;
  let zone: string | undefined;
  let zoneFrom: string | undefined;
  if (options.zone) [zone, zoneFrom] = [options.zone, '--zone'];
  else if (sourceRaw && agencyZone(sourceRaw))
    [zone, zoneFrom] = [agencyZone(sourceRaw), `source ${sourceName}`];
  else if (found.dateline && placeZone(found.dateline.split(',')[0] ?? '')) {
    [zone, zoneFrom] = [placeZone(found.dateline.split(',')[0] ?? ''), `dateline ${found.dateline}`];
  } else {
    // An agency named in the text ("Kazinform reports"), when the agencies it names share one zone.
    const named = agenciesNamedIn(`${title}\n${paragraphs.join('\n')}`);
    const zones = new Set(named.map((a) => a.zone));
    const [only] = named;
    if (only && zones.size === 1) [zone, zoneFrom] = [only.zone, `agency ${only.name} named in the text`];
  }

  // Publication date, and the update, each placed in the clock's zone.
  const clockZone = zone;
  const where = found.dateline ?? sourceName ?? 'this text';
  let published: string;
  const option = options.date !== undefined ? readDateOption(options.date) : undefined;
  if (option && 'exact' in option) {
    published = option.exact;
    zone = undefined;
    zoneFrom = '--date';
  } else {
    const date = option?.date ?? found.date;
    if (!date) {
      refuse('no publication date found in the text: give one with --date YYYY-MM-DD (or YYYY-MM-DDTHH:MM)');
    }
    if (date.year === undefined) {
      refuse(
        `the text dates the article "${date.text}" without a year: give the full date with --date YYYY-MM-DD`,
      );
    }
    if (date.offsetMinutes !== undefined && date.time && !(date.utc && clockZone)) {
      [zone, zoneFrom] = [undefined, 'the offset given with the time'];
    }
    published = placeInZone({ ...date, year: date.year }, clockZone, where);
  }
  let updated: string | undefined;
  const u = found.updated;
  if (u?.year !== undefined && !option) {
    updated = placeInZone({ ...u, year: u.year }, clockZone, where);
    if (updated === published) updated = undefined;
  }

  const text = `${title}\n${paragraphs.join('\n')}`;
  let lang = options.lang;
  if (!lang) {
    const detected = detectLang(text);
    lang = detected.lang;
    if (detected.guessed)
      notes.push(`the language was not recognised; assumed "${lang}" (give --lang to set it)`);
  }
  // A surname two leaders share goes to the one in office on the article's own day, and a
  // bare surname counts only where nothing names someone else with it (see entities.ts).
  const entities = matchEntities(matcher, text, published.slice(0, 10), lang);

  const data: Record<string, unknown> = {
    title,
    summary: leadSentence(lead),
    published,
  };
  if (updated) data['updated'] = updated;
  // Every article is cited by its source: a text that names none is refused, never filed
  // under a placeholder that citations would show as the publisher or the author.
  if (!sourceName) {
    refuse(
      'no source found in the text (no agency in a dateline, no "Source:", credit or copyright line): ' +
        'give the agency or publisher with --source "…"',
    );
  }
  const source: Record<string, string> = { name: sourceName };
  const url = options.url ?? (options.source ? undefined : found.sourceLine?.url);
  // Written as the schema gives it (RFC 3986), the form the open data publishes.
  if (url) source['url'] = normaliseHttpUrl(url) ?? url;
  data['source'] = source;
  if (found.author) data['author'] = found.author;
  if (found.dateline) data['dateline'] = found.dateline;
  data['lang'] = lang;
  // Under a standfirst, the kind of piece shows in the paragraph after it too ("held talks").
  data['kind'] = detectKind(title, found.standfirst === undefined ? lead : paragraphs.slice(0, 2).join('\n'));
  data['leaders'] = entities.leaders;
  data['countries'] = entities.countries;
  // Each tag once: a page's keywords may give one in two cases or scripts ("Astana", "Астана").
  const tagsSeen = new Set<string>();
  data['tags'] = joinNames(found.tags, matcher.names).filter(
    (tag) => !tagsSeen.has(tagIdentity(tag)) && tagsSeen.add(tagIdentity(tag)),
  );
  data['provenance'] = { sha256: raw.sha256, importer: IMPORTER_VERSION };

  const checked = articleSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`);
    refuse(`the article would not be valid: ${problems.join('; ')}`);
  }
  const slug = cutSlug(slugify(title));
  if (slug === '') {
    refuse(
      `the headline "${title}" gives an empty file name: give a headline with letters or digits with --title`,
    );
  }
  const [year, month] = published.split('-');
  const composed: Composed = {
    data: data as ArticleInput,
    body: paragraphs.map(escapeMarkdown).join('\n\n'),
    relPath: `${year}/${month}/${slug}.md`,
    unmatched: entities.unmatched,
    offices: entities.leaders.map((id) => {
      const office = officeAt(matcher.registry.get(id)?.offices ?? [], published.slice(0, 10));
      return office ? { id, office: office.title } : { id };
    }),
    notes,
  };
  if (published.includes('T')) {
    if (zone) composed.zone = zone;
    if (zoneFrom) composed.zoneFrom = zoneFrom;
  }
  return composed;
}

/**
 * The `published` value of a date the text gave: a plain date, or its time with the
 * offset printed beside it, else the offset `zone` had at that moment. Refuses a
 * time with no zone to place it in, and a time the zone's clock skipped or showed
 * twice (at a clock change), naming the time.
 */
function placeInZone(date: FoundDate & { year: number }, zone: string | undefined, where: string): string {
  const { time } = date;
  if (!time) return publishedValue(date, undefined);
  if (date.offsetMinutes !== undefined && !(date.utc && zone)) return publishedValue(date, undefined);
  if (!zone) {
    refuse(
      `the text gives the time ${pad(time.hour)}:${pad(time.minute)} ("${date.text.trim()}") but no time zone ` +
        `is known for ${where}: give the zone with --zone (e.g. --zone Asia/Almaty) to keep the time`,
    );
  }
  if (date.offsetMinutes !== undefined && date.utc) {
    // An instant given in UTC: shown as the source's own clock showed it.
    const instant = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, time.second ?? 0);
    return instantInZone(instant, zone);
  }
  const offsets = localOffsets(zone, date.year, date.month, date.day, time.hour, time.minute);
  if (offsets.length !== 1) {
    const at = `${date.year}-${pad(date.month)}-${pad(date.day)} ${pad(time.hour)}:${pad(time.minute)}`;
    refuse(
      offsets.length === 0
        ? `the time ${at} did not exist in ${zone} (the clocks moved forward): check the text, or give --date with the offset`
        : `the time ${at} happened twice in ${zone} (the clocks moved back): give --date ${at.replace(' ', 'T')} with the offset, e.g. +06:00`,
    );
  }
  return publishedValue({ ...date, offsetMinutes: offsets[0] }, undefined);
}
