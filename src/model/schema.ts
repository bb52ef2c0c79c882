/**
 * The archive's content model: one Zod schema per content type.
 *
 * The site (`src/content.config.ts`), the importer and the tests all build their
 * schemas here. Astro's `reference()` only exists inside an Astro build, so the
 * article and leader schemas take a `ref` factory: the site passes `reference`,
 * everything else uses {@link slugRef}, which accepts any well-formed id.
 */
import { z } from 'astro/zod';

/** The kinds of piece the archive holds. */
export const ARTICLE_KINDS = [
  'speech',
  'call',
  'meeting',
  'visit',
  'statement',
  'interview',
  'report',
] as const;

/** A lowercase, hyphenated identifier such as `kassym-jomart-tokayev`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `2021-05-02` or `2021-05-02T08:10` / `2021-05-02T08:10:00` followed by its UTC
 * offset (`+06:00`, `-03:30` or `Z`). A date-time without an offset is refused:
 * the archive shows every time in its source's own zone and needs the offset.
 */
export const PUBLISHED_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/;

/** True when `value` matches {@link PUBLISHED_PATTERN} and names a real calendar day and time. */
export function isValidPublished(value: string): boolean {
  const m = PUBLISHED_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return false;
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return false;
  }
  const offset = m[7];
  if (offset && offset !== 'Z') {
    const hours = Number(offset.slice(1, 3));
    const minutes = Number(offset.slice(4, 6));
    if (hours > 14 || minutes > 59) return false;
  }
  return true;
}

const PUBLISHED_HINT =
  'use a quoted ISO 8601 date ("2021-05-02") or date-time with its UTC offset ("2021-05-02T08:10:00+06:00")';

/** A publication timestamp kept as the source gave it, offset included. */
export const publishedSchema = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? `must be a quoted string: unquoted YAML dates lose their UTC offset; ${PUBLISHED_HINT}`
        : `is required; ${PUBLISHED_HINT}`,
  })
  .refine(isValidPublished, { error: `is not a valid date; ${PUBLISHED_HINT}` });

/** The collections an entry can reference. */
export type RefCollection = 'leaders' | 'countries';

/** Outside Astro, a reference is checked as a well-formed id; the site checks that it exists. */
export const slugRef = (collection: RefCollection) =>
  z.string().regex(SLUG_PATTERN, {
    error: `must be the id of a file in ${collection}/, such as "${collection === 'leaders' ? 'kassym-jomart-tokayev' : 'kazakhstan'}"`,
  });

/** The source the archive took an article from. */
export const sourceSchema = z.object(
  {
    /** The publisher or agency, as readers know it: "Kazinform", "Akorda". */
    name: z.string().trim().min(1, { error: 'must not be empty' }),
    /** The address of the original article, when known. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
    /** The terms the source publishes its texts under, as it states them ("CC BY 4.0"), when known. */
    licence: z.string().trim().min(1).optional(),
  },
  { error: 'is required: the publisher, as { name, url? }' },
);

/** Builds the schema of an article's frontmatter. */
export function makeArticleSchema<R extends z.ZodType>(ref: (collection: RefCollection) => R) {
  return z.object({
    /** The headline, as published (or a short factual one when the source had none). */
    title: z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }),
    /** The lead sentence of the article. */
    summary: z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }),
    /** When the source published the piece, with the source's UTC offset. */
    published: publishedSchema,
    /** When the source last changed the piece, if it says so. */
    updated: publishedSchema.optional(),
    /** Where the piece comes from. */
    source: sourceSchema,
    /** The byline, when the source names one. */
    author: z.string().trim().min(1).optional(),
    /** The place line at the head of the piece, e.g. "NUR-SULTAN". */
    dateline: z.string().trim().min(1).optional(),
    /** The language of the text, as a BCP 47 tag. */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        error: 'must be a BCP 47 tag such as "en" or "ru"',
      })
      .default('en'),
    /** What the piece is. */
    kind: z.enum(ARTICLE_KINDS, { error: `must be one of: ${ARTICLE_KINDS.join(', ')}` }),
    /** The leaders the piece involves (ids in `content/leaders/`). */
    leaders: z.array(ref('leaders')).default([]),
    /** The countries the piece involves (ids in `content/countries/`). */
    countries: z.array(ref('countries')).default([]),
    /** Other places the piece names. */
    places: z.array(z.string().trim().min(1)).optional(),
    /** Free-form subject tags, as the source gave them. */
    tags: z.array(z.string().trim().min(1)).default([]),
    /** How the article was made: written by the importer, absent for articles written by hand. */
    provenance: provenanceSchema.optional(),
    /**
     * The article's versions in other languages, by id (the file's path under
     * `articles/` without `.md`: `2024/05/tokaev-pen-mirziyoev-kelisimge-qol-qoydy`).
     * Naming one is enough: the build links the versions both ways (and to each
     * other), and refuses an id that is no article, a version in the article's
     * own language, or a second version in one language (see src/model/translations.ts).
     */
    translations: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[^\s]+$/, { error: 'must be an article id such as "2024/05/slug"' }),
      )
      .default([]),
  });
}

/** What the importer records of the raw text an article was made from. */
export const provenanceSchema = z.object({
  /** The SHA-256 of the raw file's bytes, as 64 lowercase hex digits. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lowercase hex digits (SHA-256)' }),
  /** The version of the importer that wrote the article (`IMPORTER_VERSION`). */
  importer: z.string().trim().min(1),
});

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  .refine((v) => isValidPublished(v), { error: 'is not a real calendar day' });

/**
 * The roles an office can have. One person never holds two offices of the same
 * role at once; a head of state may also head the government (as Turkmenistan's
 * president does), so offices of different roles may overlap.
 */
export const OFFICE_ROLES = ['head-of-state', 'head-of-government', 'other'] as const;

/** An office a leader held, from one day to another (inclusive). */
export const officeSchema = z
  .object({
    /** The office as the archive names its holder: "President of Kazakhstan", "Chairman of the Senate of Kazakhstan". */
    title: z.string().trim().min(1),
    /** Head of state, head of government, or another office (minister, speaker…). */
    role: z.enum(OFFICE_ROLES, { error: `must be one of: ${OFFICE_ROLES.join(', ')}` }),
    /** The first day in office. */
    start: calendarDaySchema,
    /** The last day in office; absent while the person holds it. */
    end: calendarDaySchema.optional(),
  })
  .refine((o) => o.end === undefined || o.start <= o.end, {
    error: 'ends before it starts',
    path: ['end'],
  });

/** One office of a leader's list, as {@link officeSchema} reads it. */
export type Office = z.output<typeof officeSchema>;

/**
 * The offices of one role that overlap in time, as pairs of indexes into `offices`.
 * Two offices touch without overlapping when one ends the day before (or the day) the other starts.
 */
export function overlappingOffices(offices: readonly Office[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < offices.length; i++) {
    for (let j = i + 1; j < offices.length; j++) {
      const a = offices[i]!;
      const b = offices[j]!;
      if (a.role !== b.role || a.role === 'other') continue;
      const aEnd = a.end ?? '9999-12-31';
      const bEnd = b.end ?? '9999-12-31';
      if (a.start < bEnd && b.start < aEnd) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Builds the schema of a leader entry. */
export function makeLeaderSchema<R extends z.ZodType>(ref: (collection: RefCollection) => R) {
  return z
    .object({
      /** The name most readers know. */
      name: z.string().trim().min(1),
      /** The country the leader serves or served (id in `content/countries/`). */
      country: ref('countries'),
      /** The offices held, oldest first, each with its dates. */
      offices: z.array(officeSchema).min(1, { error: 'must list at least one office with its dates' }),
      /** Other spellings and scripts readers search under: "Tokaev", "Токаев". */
      aliases: z.array(z.string().trim().min(1)).default([]),
    })
    .superRefine((leader, ctx) => {
      for (const [i, j] of overlappingOffices(leader.offices)) {
        ctx.addIssue({
          code: 'custom',
          path: ['offices', j],
          message: `overlaps offices[${i}] ("${leader.offices[i]!.title}"): one person holds one office of a role at a time`,
        });
      }
    });
}

/** A country's names in the languages the archive shows, from CLDR (see `src/model/countries.ts`). */
export const countryNamesSchema = z.object({
  en: z.string().trim().min(1),
  ru: z.string().trim().min(1),
  kk: z.string().trim().min(1),
});

/**
 * The schema of a country entry of the site's collection: every ISO 3166-1 country,
 * its names from CLDR merged with the extras of `content/countries/<id>.yaml`.
 */
export const countrySchema = z.object({
  /** The short English name. */
  name: z.string().trim().min(1),
  /** The ISO 3166-1 alpha-2 code. */
  iso: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "KZ"' }),
  /** The name in English, Russian and Kazakh, from CLDR; absent for entries written by hand. */
  names: countryNamesSchema.optional(),
  /** Demonyms and adjectives in any language: "Kazakh", "казахский", "қазақ". */
  demonyms: z.array(z.string().trim().min(1)).default([]),
  /** Other names, scripts, demonyms and adjectives: "Таджикистан", "Tajik". */
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/**
 * The schema of a file in `content/countries/`: only what CLDR does not give. The
 * file's name is the country's id; `name` overrides CLDR's English name.
 */
export const countryFileSchema = z.object({
  /** The ISO 3166-1 alpha-2 code of the country the file adds to. */
  iso: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "KZ"' }),
  /** The English name, when the archive names the country otherwise than CLDR does. */
  name: z.string().trim().min(1).optional(),
  /** Demonyms and adjectives in any language: "Kazakh", "казахский", "қазақ". */
  demonyms: z.array(z.string().trim().min(1)).default([]),
  /** Other names and spellings readers search under: "Republic of Kazakhstan", "Киргизия". */
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/**
 * Validates data against a schema and reports each problem as
 * `<file>: <field>: <message>`, the form the build uses too.
 * @example validateWith(articleSchema, data, 'content/articles/x.md')
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): { success: true; data: z.output<S> } | { success: false; errors: string[] } {
  const result = schema.safeParse(data);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    errors: result.error.issues.map(
      (issue) => `${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`,
    ),
  };
}

/** The article schema with plain-id references, for the importer and the tests. */
export const articleSchema = makeArticleSchema(slugRef);
/** The leader schema with plain-id references, for the importer and the tests. */
export const leaderSchema = makeLeaderSchema(slugRef);

/** Article frontmatter as written in a file (before defaults). */
export type ArticleInput = z.input<typeof articleSchema>;
/** Article frontmatter after validation, with references as plain ids. */
export type ArticleData = z.output<typeof articleSchema>;
/** Leader data after validation, with the country as a plain id. */
export type LeaderData = z.output<typeof leaderSchema>;
/** Country data after validation. */
export type CountryData = z.output<typeof countrySchema>;
/** A file of `content/countries/` after validation. */
export type CountryFileData = z.output<typeof countryFileSchema>;
