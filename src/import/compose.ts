/**
 * From what the extractor found (and the editor's options) to an article file:
 * frontmatter in the archive's key order, validated by the site's schema, and an
 * escaped Markdown body.
 */
import { articleSchema, type ArticleInput } from '../lib/schema';
import { slugify } from '../lib/slug';
import { publishedValue, findDate, type FoundDate } from './dates';
import { detectKind, detectLang } from './detect';
import { matchEntities, type EntityMatcher, type EntityMatches } from './entities';
import type { Extracted } from './extract';
import { escapeMarkdown } from './markdown';
import { agencyName, agencyZone, placeZone } from './places';
import { refuse } from './refusal';
import { leadSentence } from './sentence';

/** What the editor gave on the command line. */
export interface ComposeOptions {
  title?: string | undefined;
  /** `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` (in the source's zone) or an ISO date-time with its offset. */
  date?: string | undefined;
  source?: string | undefined;
  lang?: string | undefined;
  /** An IANA zone for a time the text gives, when the source and dateline say none. */
  zone?: string | undefined;
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

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/** Parses `--date`. Returns an exact `published` value, or a date to place in the source's zone. */
function readDateOption(value: string): { exact: string } | { date: FoundDate } {
  const exact = ISO_WITH_OFFSET.exec(value.trim());
  if (exact) {
    const published = `${exact[1]}-${exact[2]}-${exact[3]}T${exact[4]}:${exact[5]}:${exact[6] ?? '00'}${exact[7] === 'Z' ? '+00:00' : exact[7]}`;
    if (!articleSchema.shape.published.safeParse(published).success) {
      throw new UsageError(`--date "${value}" is not a real date and time`);
    }
    return { exact: published };
  }
  const date = findDate(value);
  if (!date || date.year === undefined || date.index !== 0 || date.text.trim() !== value.trim()) {
    throw new UsageError(`--date "${value}" is not a date such as 2025-10-09 or 2025-10-09T14:10`);
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
export function composeArticle(found: Extracted, options: ComposeOptions, matcher: EntityMatcher): Composed {
  const notes: string[] = [];
  const title = (options.title ?? found.title)?.trim();
  if (!title) {
    refuse('no headline found in the text: give one with --title "…"');
  }
  const paragraphs = found.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  const lead = paragraphs[0];
  if (lead === undefined) refuse('no article text found');

  // Source and the zone of its clock.
  const sourceRaw = options.source ?? found.agency ?? found.sourceLine?.name;
  const sourceName = sourceRaw ? agencyName(sourceRaw) : 'Unattributed';
  let zone: string | undefined;
  let zoneFrom: string | undefined;
  if (options.zone) [zone, zoneFrom] = [options.zone, '--zone'];
  else if (sourceRaw && agencyZone(sourceRaw))
    [zone, zoneFrom] = [agencyZone(sourceRaw), `source ${sourceName}`];
  else if (found.dateline && placeZone(found.dateline.split(',')[0] ?? '')) {
    [zone, zoneFrom] = [placeZone(found.dateline.split(',')[0] ?? ''), `dateline ${found.dateline}`];
  }

  // Publication date.
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
    if (date.offsetMinutes !== undefined && date.time) {
      [zone, zoneFrom] = [undefined, 'the offset printed with the time'];
    } else if (date.time && !zone) {
      notes.push(
        `the time ${date.text} was dropped: no time zone is known for ${found.dateline ?? sourceName}; ` +
          'give one with --zone (e.g. --zone Asia/Almaty) to keep it',
      );
    }
    published = publishedValue(
      {
        year: date.year,
        month: date.month,
        day: date.day,
        time: date.time,
        offsetMinutes: date.offsetMinutes,
      },
      zone,
    );
  }
  let updated: string | undefined;
  const u = found.updated;
  if (u?.year !== undefined && !option) {
    updated = publishedValue(
      { year: u.year, month: u.month, day: u.day, time: u.time },
      u.time ? zone : undefined,
    );
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
  const entities = matchEntities(matcher, text);

  const data: Record<string, unknown> = {
    title,
    summary: leadSentence(lead),
    published,
  };
  if (updated) data['updated'] = updated;
  const source: Record<string, string> = { name: sourceName };
  if (found.sourceLine?.url && !options.source) source['url'] = found.sourceLine.url;
  data['source'] = source;
  if (found.author) data['author'] = found.author;
  if (found.dateline) data['dateline'] = found.dateline;
  data['lang'] = lang;
  data['kind'] = detectKind(title, lead);
  data['leaders'] = entities.leaders;
  data['countries'] = entities.countries;
  data['tags'] = found.tags;

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
    notes,
  };
  if (published.includes('T')) {
    if (zone) composed.zone = zone;
    if (zoneFrom) composed.zoneFrom = zoneFrom;
  }
  return composed;
}
