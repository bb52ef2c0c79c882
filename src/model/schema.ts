/**
 * The archive's content model: one Zod schema per content type.
 *
 * The site (`src/content.config.ts`), the importer and the tests all build their
 * schemas here. Astro's `reference()` only exists inside an Astro build, so the
 * article and leader schemas take a `ref` factory: the site passes `reference`,
 * everything else uses {@link slugRef}, which accepts any well-formed id.
 */
import { z } from 'astro/zod';
import { tagIdentity } from './slug';
import { collapseWhiteSpace, MAX_NAME_LENGTH } from './text';

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

/**
 * Whether a code point is one XML 1.0 or HTML forbids in text: a C0 control
 * other than tab, line feed and carriage return, DEL and the C1 controls, a
 * surrogate (a lone one: a string iterated by code point holds no pair), or a
 * noncharacter (U+FDD0–U+FDEF, and the last two of every plane, U+FFFE and
 * U+FFFF among them). One of them in a title makes every feed that carries it
 * malformed XML.
 */
function isForbiddenCodePoint(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    (cp >= 0xfdd0 && cp <= 0xfdef) ||
    (cp & 0xfffe) === 0xfffe
  );
}

/** A code point as Unicode writes it: `U+0007`, `U+1FFFE`. */
const codePointName = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of `text` that XML and HTML forbid, with its position
 * (1-based, in characters), or `undefined` when there is none.
 * @example forbiddenCharacter('A\u0007B') // { codePoint: 'U+0007', position: 2 }
 */
export function forbiddenCharacter(text: string): { codePoint: string; position: number } | undefined {
  let position = 0;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0)!;
    if (isForbiddenCodePoint(cp)) {
      return { codePoint: codePointName(cp), position };
    }
  }
  return undefined;
}

/** The bidirectional controls that open an embedding, override or isolate, by what closes each. */
const BIDI_OPENERS: Readonly<Record<number, { name: string; closer: number }>> = {
  0x202a: { name: 'left-to-right embedding', closer: 0x202c },
  0x202b: { name: 'right-to-left embedding', closer: 0x202c },
  0x202d: { name: 'left-to-right override', closer: 0x202c },
  0x202e: { name: 'right-to-left override', closer: 0x202c },
  0x2066: { name: 'left-to-right isolate', closer: 0x2069 },
  0x2067: { name: 'right-to-left isolate', closer: 0x2069 },
  0x2068: { name: 'first strong isolate', closer: 0x2069 },
};
/** The controls that close them: pop directional formatting and pop directional isolate. */
const BIDI_CLOSERS: Readonly<Record<number, string>> = {
  0x202c: 'pop directional formatting',
  0x2069: 'pop directional isolate',
};

/** A bidirectional control that is not balanced, as {@link unbalancedBidi} finds it. */
export interface UnbalancedBidi {
  /** `U+202E` */
  codePoint: string;
  /** What Unicode names it: "right-to-left override". */
  name: string;
  /** Where it is, 1-based, in characters. */
  position: number;
  /** The control that would close it (`U+202C`); absent for a closer with nothing to close. */
  closeWith?: string;
}

/**
 * The first bidirectional control of `text` that is not balanced: an
 * embedding or override (U+202A, U+202B, U+202D, U+202E) that no U+202C
 * closes, an isolate (U+2066–U+2068) that no U+2069 closes, each closed inside
 * what encloses it, or a closer with nothing of its kind open; `undefined` when
 * every control is closed. Left open, a control reverses or reorders the text
 * that follows the value wherever the value is joined with more text (a page's
 * `<title>`, a feed's title, "name, office").
 * @example unbalancedBidi('a\u202Eevil') // { codePoint: 'U+202E', name: 'right-to-left override', position: 2, closeWith: 'U+202C' }
 */
export function unbalancedBidi(text: string): UnbalancedBidi | undefined {
  const open: { cp: number; position: number }[] = [];
  const unclosed = ({ cp, position }: { cp: number; position: number }): UnbalancedBidi => {
    const { name, closer } = BIDI_OPENERS[cp]!;
    return { codePoint: codePointName(cp), name, position, closeWith: codePointName(closer) };
  };
  let position = 0;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0)!;
    if (BIDI_OPENERS[cp]) open.push({ cp, position });
    else if (BIDI_CLOSERS[cp]) {
      const last = open.pop();
      if (!last) return { codePoint: codePointName(cp), name: BIDI_CLOSERS[cp], position };
      if (BIDI_OPENERS[last.cp]!.closer !== cp) return unclosed(last);
    }
  }
  return open.length > 0 ? unclosed(open.at(-1)!) : undefined;
}

/**
 * Text of the front matter or the registry: refused, naming the character and
 * where it is, when it holds a character XML and HTML forbid (see
 * {@link forbiddenCharacter}) or a bidirectional control left open or closing
 * nothing (see {@link unbalancedBidi}). Refused rather than cleaned: the editor
 * sees what the file holds, and nothing is silently changed.
 */
export function safeText<S extends z.ZodType<string>>(schema: S) {
  return schema.superRefine((value, ctx) => {
    const found = forbiddenCharacter(value);
    if (found) {
      ctx.addIssue({
        code: 'custom',
        message: `holds ${found.codePoint} at character ${found.position}, a control character or noncharacter that XML and HTML forbid; remove it`,
      });
    }
    const bidi = unbalancedBidi(value);
    if (bidi) {
      ctx.addIssue({
        code: 'custom',
        message: bidi.closeWith
          ? `holds ${bidi.codePoint} (${bidi.name}) at character ${bidi.position}, which is not closed and would reorder the text shown after this one; close it with ${bidi.closeWith} or remove it`
          : `holds ${bidi.codePoint} (${bidi.name}) at character ${bidi.position} with nothing open for it to close; remove it`,
      });
    }
  });
}

/**
 * Characters that show nothing: white space, format characters (zero-width
 * spaces and joiners, the word joiner, bidirectional marks, the soft hyphen…)
 * and the other default-ignorable ones (variation selectors, Hangul fillers…).
 */
const INVISIBLE = /^[\s\p{Cf}\p{Default_Ignorable_Code_Point}]+$/u;

/** Refuses a value made only of characters that show nothing (see {@link INVISIBLE}), naming them. */
const visible = <S extends z.ZodType<string>>(schema: S) =>
  schema.refine((value) => value === '' || !INVISIBLE.test(value), {
    error: (issue) => {
      const shown = [...new Set(String(issue.input).replace(/\s/gu, ''))]
        .slice(0, 3)
        .map((ch) => codePointName(ch.codePointAt(0)!));
      return `must not be empty: it holds only characters that show nothing (${shown.join(', ')}); remove them`;
    },
  });

/** A string: "is required" when it is missing or empty in YAML, and "must be text" when it is something else. */
const string = () =>
  z.string({
    error: (issue) =>
      issue.input == null
        ? 'is required'
        : `must be text: quote it ("…") where YAML would read a number, a date or true/false`,
  });

/**
 * A line of text of the front matter or the registry (a title, a name, a
 * tag): safe as written (see {@link safeText}), then with its white space
 * collapsed (see {@link collapseWhiteSpace}), so that the search index, its
 * menus, the exports and the open data all give it alike; not empty, nor made
 * only of characters that show nothing.
 */
const line = () =>
  visible(safeText(string()).overwrite(collapseWhiteSpace).min(1, { error: 'must not be empty' }));

/**
 * Text that may run over several lines (a summary, a note): safe as written
 * (see {@link safeText}), trimmed, not empty, nor made only of characters that
 * show nothing.
 */
const prose = () => visible(safeText(string()).trim().min(1, { error: 'must not be empty' }));

/** The characters that separate the items of a list in the open data's CSV (";") and the exports' keywords (","). */
const LIST_SEPARATORS = /[,;]/u;

/**
 * Text written as an item of a list, which the open data's CSV (`"; "`) and
 * the exports' keywords (`", "`) join with others: refused when it holds a
 * `,` or a `;`, which would make a reader split it in two.
 */
function listItem<S extends z.ZodType<string>>(schema: S, instead: string) {
  return schema.superRefine((value, ctx) => {
    const at = value.search(LIST_SEPARATORS);
    if (at >= 0) {
      ctx.addIssue({
        code: 'custom',
        message: `holds "${value[at]}" at character ${[...value.slice(0, at)].length + 1}: the open data and the exports separate the items of a list with "," and ";", so a reader would take it for two; ${instead}`,
      });
    }
  });
}

/**
 * A name that is the value of a search filter (a source, a leader, a country):
 * at most {@link MAX_NAME_LENGTH} characters, the longest the search reads from
 * a link.
 */
function filterName<S extends z.ZodType<string>>(schema: S) {
  return schema.refine((value) => [...value].length <= MAX_NAME_LENGTH, {
    error: `must be at most ${MAX_NAME_LENGTH} characters long: the search reads a name chosen in its filters from a link up to that length`,
  });
}

/**
 * Words that stand for "nobody" or "not known", which the archive never
 * writes as a source or a byline: a citation would name "Unattributed" as the
 * publisher or the author. A piece without a byline has no `author`; a piece
 * whose source is not known cannot be cited and is not published.
 */
const PLACEHOLDER_NAME =
  /^(?:unattributed|unknown|anonymous|anon\.?|n\/?a|none|null|undefined|not (?:stated|known|given)|unknown (?:source|author)|no (?:source|author|byline)|-+|\?+)$/iu;

/** A name of a source or a byline: text that is not a placeholder for "nobody". */
const nameText = (what: string, instead: string) =>
  line().refine((value) => !PLACEHOLDER_NAME.test(value.trim()), {
    error: (issue) => `"${String(issue.input)}" is not a ${what}: ${instead}`,
  });

/**
 * The addresses the archive accepts for a source, as a pattern both the
 * content schema and the open data's JSON Schema use: an absolute http(s) URL
 * as RFC 3986 writes it (ASCII; other characters percent-encoded), which any
 * JSON Schema validator and any URI parser read alike. The content schema
 * writes every address it accepts in this form (see {@link sourceUrlSchema}).
 */
export const HTTP_URL_PATTERN =
  /^https?:\/\/(?:[A-Za-z0-9\-._~!$&'()*+,;=%]+@)?(?:[A-Za-z0-9\-._~!$&'()*+,;=%]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]*)?(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@%]*)*(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

/** Characters RFC 3986 allows in a path, query or fragment, `%` included (for escapes). */
const URI_CHARACTER = /[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]/;

/** A part of a URL with every character RFC 3986 does not allow there percent-encoded. */
const encodeRest = (part: string): string =>
  [...part].map((ch) => (URI_CHARACTER.test(ch) ? ch : encodeURIComponent(ch))).join('');

/**
 * An http(s) address in the form of {@link HTTP_URL_PATTERN}: parsed as a
 * browser parses it (WHATWG URL: the host in lowercase and punycode, non-ASCII
 * and spaces of the path, query and fragment percent-encoded), then every
 * character RFC 3986 does not allow percent-encoded too (`|`, `^`, `` ` ``,
 * `{`, `}`, and `[`, `]` outside the host). `undefined` when it is not an
 * http(s) address, or holds a control character or line break, which a
 * browser would silently drop.
 * @example normaliseHttpUrl('https://Example.org/путь?q=a b') // 'https://example.org/%D0%BF%D1%83%D1%82%D1%8C?q=a%20b'
 */
export function normaliseHttpUrl(value: string): string | undefined {
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(value) || forbiddenCharacter(value)) return undefined;
  if (!/^https?:\/\//iu.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  const user = url.username
    ? `${encodeRest(url.username)}${url.password ? `:${encodeRest(url.password)}` : ''}@`
    : '';
  const href =
    `${url.protocol}//${user}${url.host}${encodeRest(url.pathname)}${encodeRest(url.search)}` +
    (url.hash ? `#${encodeRest(url.hash.slice(1))}` : '');
  return HTTP_URL_PATTERN.test(href) ? href : undefined;
}

/**
 * The address of a source: any http(s) URL a browser opens, kept in the form
 * of {@link HTTP_URL_PATTERN} (see {@link normaliseHttpUrl}), so that every
 * address the content schema accepts passes the JSON Schema the open data
 * publishes, which is generated from this schema's output.
 */
export const sourceUrlSchema = z
  .string({ error: 'must be an http(s) address' })
  .trim()
  .transform((value, ctx) => {
    const href = normaliseHttpUrl(value);
    if (href === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an http(s) address such as "https://example.org/news/1"',
      });
      return z.NEVER;
    }
    return href;
  })
  .pipe(z.string().regex(HTTP_URL_PATTERN));

/** The source the archive took an article from. */
export const sourceSchema = z.object(
  {
    /**
     * The publisher or agency, as readers know it: "Kazinform", "Akorda". Never a
     * placeholder such as "Unattributed"; at most {@link MAX_NAME_LENGTH}
     * characters (a value of the search's filters).
     */
    name: filterName(nameText('source', 'name the agency or publisher the piece comes from')),
    /** The address of the original article, when known. */
    url: sourceUrlSchema.optional(),
    /** The terms the source publishes its texts under, as it states them ("CC BY 4.0"), when known. */
    licence: line().optional(),
  },
  { error: 'is required: the publisher, as { name, url? }' },
);

/**
 * A list whose entries are each listed once: an entry repeated (by `keyOf`) is
 * refused at its index, naming the first, so that nothing counts it twice
 * (dashboards, charts, listings, filters).
 */
function listedOnce<T extends z.ZodType>(item: T, keyOf: (value: z.output<T>) => string) {
  return z.array(item).superRefine((list, ctx) => {
    const first = new Map<string, number>();
    list.forEach((value, i) => {
      const key = keyOf(value);
      const at = first.get(key);
      if (at === undefined) first.set(key, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `repeats entry ${at} ("${key}"): list each once`,
        });
      }
    });
  });
}

/** The id of a reference, as a plain id or as Astro's `{ collection, id }`. */
const referenceId = (value: unknown): string =>
  typeof value === 'string' ? value : String((value as { id?: unknown } | null)?.id ?? '');

/**
 * Whether `updated` comes before `published`: their instants when both give
 * a time (with its offset), else their calendar days.
 */
function updatedBeforePublished(published: string, updated: string): boolean {
  if (published.includes('T') && updated.includes('T')) return Date.parse(updated) < Date.parse(published);
  return updated.slice(0, 10) < published.slice(0, 10);
}

/** Builds the schema of an article's frontmatter. */
export function makeArticleSchema<R extends z.ZodType>(ref: (collection: RefCollection) => R) {
  return z
    .object({
      /** The headline, as published (or a short factual one when the source had none), on one line. */
      title: line(),
      /** The lead sentence of the article. */
      summary: prose(),
      /** When the source published the piece, with the source's UTC offset. */
      published: publishedSchema,
      /** When the source last changed the piece, if it says so: never before `published`. */
      updated: publishedSchema.optional(),
      /** Where the piece comes from. */
      source: sourceSchema,
      /** The byline, when the source names one (absent for an unsigned piece, never "Unattributed"). */
      author: nameText('byline', 'leave author out when the piece names no author').optional(),
      /** The place line at the head of the piece, e.g. "NUR-SULTAN". */
      dateline: line().optional(),
      /** The language of the text, as a BCP 47 tag. */
      lang: z
        .string()
        .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
          error: 'must be a BCP 47 tag such as "en" or "ru"',
        })
        .default('en'),
      /** What the piece is. */
      kind: z.enum(ARTICLE_KINDS, { error: `must be one of: ${ARTICLE_KINDS.join(', ')}` }),
      /** The leaders the piece involves (ids in `content/leaders/`), each once. */
      leaders: listedOnce(ref('leaders'), referenceId).default([]),
      /** The countries the piece involves (ids in `content/countries/`), each once. */
      countries: listedOnce(ref('countries'), referenceId).default([]),
      /** Other places the piece names. */
      places: z.array(line()).optional(),
      /**
       * Free-form subject tags, as the source gave them, each once: tags that
       * differ only in case, spacing or script are one tag (see `tagIdentity`).
       * A tag is a short label, without "," or ";" (which separate the tags of
       * the open data's CSV cell).
       */
      tags: listedOnce(listItem(line(), 'write two tags, or the tag without it'), tagIdentity).default([]),
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
    })
    .superRefine((article, ctx) => {
      if (article.updated !== undefined && updatedBeforePublished(article.published, article.updated)) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `is before published (${article.published}): a piece is updated after it is published`,
        });
      }
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

/** The roles whose holders the registry lists without gaps: one holder per country and day. */
export const TIMELINE_ROLES = ['head-of-state', 'head-of-government'] as const;

/** The interface languages, besides English, that names and titles are given in. */
export const NAME_LANGS = ['ru', 'kk'] as const;

/**
 * The languages of a name's native form (ISO 639-1): the leaders' own languages
 * other than Russian and Kazakh, which {@link NAME_LANGS} already give.
 */
export const NATIVE_LANGS = ['ky', 'uz', 'tg', 'tk', 'az', 'tr', 'zh'] as const;

/** The letters of the Russian alphabet, with the marks a name or title may hold. */
const RUSSIAN_TEXT = /^[А-ЯЁа-яё][А-ЯЁа-яё \-‐’'.,()«»]*$/u;
/** The letters of the Kazakh Cyrillic alphabet (Russian's and ә ғ қ ң ө ұ ү һ і), with the same marks. */
const KAZAKH_TEXT = /^[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі][А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі \-‐’'.,()«»]*$/u;

/** A name or title in Russian: Russian letters only, so a Kazakh, Tajik or Latin letter is caught. */
const russianText = z
  .string({ error: 'is required: the name or title in Russian' })
  .overwrite(collapseWhiteSpace)
  .regex(RUSSIAN_TEXT, {
    error: 'must be written in the Russian alphabet (Cyrillic, no Latin or Kazakh letters)',
  });

/** A name or title in Kazakh: letters of the Kazakh Cyrillic alphabet only. */
const kazakhText = z
  .string({ error: 'is required: the name or title in Kazakh' })
  .overwrite(collapseWhiteSpace)
  .regex(KAZAKH_TEXT, {
    error: 'must be written in the Kazakh Cyrillic alphabet (Russian letters and ә ғ қ ң ө ұ ү һ і)',
  });

/** An office's title in the interface languages besides English (the English one is `title`). */
export const officeTitlesSchema = z.object(
  {
    /** In Russian, as Russian official usage writes it: "Президент Республики Казахстан". */
    ru: russianText,
    /** In Kazakh: "Қазақстан Республикасының Президенті". */
    kk: kazakhText,
  },
  { error: 'is required: the title in Russian and Kazakh, as { ru, kk }' },
);

/** A leader's name in the interface languages besides English, and in their own language. */
export const leaderNamesSchema = z.object(
  {
    /** In Russian: "Касым-Жомарт Токаев", "Реджеп Тайип Эрдоган". */
    ru: russianText,
    /** In Kazakh: "Қасым-Жомарт Тоқаев", "Режеп Тайып Ердоған". */
    kk: kazakhText,
    /**
     * In the leader's own language, when that is neither Russian nor Kazakh and
     * writes the name otherwise: `{ lang: tg, name: Эмомалӣ Раҳмон }`.
     */
    native: z
      .object({
        /** The language, as an ISO 639-1 code. */
        lang: z.enum(NATIVE_LANGS, { error: `must be one of: ${NATIVE_LANGS.join(', ')}` }),
        /** The name as that language writes it, in its own script. */
        name: line(),
      })
      .optional(),
  },
  { error: 'is required: the name in Russian and Kazakh, as { ru, kk, native? }' },
);

/**
 * Where an office's facts come from: the address of a page (http or https) or a
 * reference to a printed source ("Decree of the President of Kazakhstan No. 1, 20 March 2019").
 */
export const referenceSchema = safeText(
  z
    .string({ error: 'is required: the address or reference of the source that gives the dates' })
    .trim()
    .min(8, { error: 'must be an address or a reference a reader can follow' })
    .refine((v) => !/^[a-z][a-z0-9+.-]*:(?!\s)/iu.test(v) || /^https?:\/\/[^\s/]+\.[^\s]+$/u.test(v), {
      error: 'must be an http(s) address, or a reference written as text',
    }),
);

/** An office a leader held, from one day to another (inclusive). */
export const officeSchema = z
  .object({
    /** The office as the archive names its holder in English: "President of Kazakhstan", "Acting Prime Minister of Kyrgyzstan". */
    title: line(),
    /** The same title in Russian and Kazakh. */
    titles: officeTitlesSchema,
    /** Head of state, head of government, or another office (minister, speaker…). */
    role: z.enum(OFFICE_ROLES, { error: `must be one of: ${OFFICE_ROLES.join(', ')}` }),
    /** The first day in office. */
    start: calendarDaySchema,
    /**
     * The last day in office: the day the successor's office begins (the handover
     * day belongs to both); absent while the person holds it.
     */
    end: calendarDaySchema.optional(),
    /** The source of the days (one, or several when each gives a part), so a reader can check them. */
    source: z.union([referenceSchema, z.array(referenceSchema).min(1, { error: 'must name a source' })], {
      error: 'is required: the address or reference of the source that gives the dates',
    }),
    /** What a reader should know about the days: where sources differ, when the holder actually left. */
    note: prose().optional(),
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
export function overlappingOffices(
  offices: readonly Pick<Office, 'role' | 'start' | 'end'>[],
): [number, number][] {
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

/**
 * Someone else a leader's name also belongs to (a relative, an official): the
 * importer does not take these names for the leader.
 */
export const namesakeSchema = z.object({
  /** The person's name in English: "Asylbek Jeenbekov". */
  name: line(),
  /** Every form of the name a text may use, in any script: "Асылбек Жээнбеков", "Дарига Назарбаева". */
  forms: z.array(line()).min(1, { error: 'must list the name as texts write it' }),
  /** Who the person is, for the editor: "Speaker of the Supreme Council 2011–2016, the president's brother". */
  who: prose(),
});

/** A known namesake of a leader, as {@link namesakeSchema} reads it. */
export type Namesake = z.output<typeof namesakeSchema>;

/** Builds the schema of a leader entry. */
export function makeLeaderSchema<R extends z.ZodType>(ref: (collection: RefCollection) => R) {
  return z
    .object({
      /**
       * The name most readers know, in English: at most {@link MAX_NAME_LENGTH}
       * characters (a value of the search's filters), without "," or ";" (which
       * separate the leaders of an export's keywords and CSV cells).
       */
      name: filterName(
        listItem(line(), 'write the name as readers know it, such as "Kassym-Jomart Tokayev"'),
      ),
      /** The name in Russian and Kazakh, and in the leader's own language where that differs. */
      names: leaderNamesSchema,
      /** The country the leader serves or served (id in `content/countries/`). */
      country: ref('countries'),
      /** The offices held, oldest first, each with its dates and source. */
      offices: z.array(officeSchema).min(1, { error: 'must list at least one office with its dates' }),
      /** Other spellings and scripts readers search under: "Tokaev", "Токаев". */
      aliases: z.array(line()).default([]),
      /** Other people who share the leader's name (relatives, officials), for the importer. */
      namesakes: z.array(namesakeSchema).default([]),
    })
    .superRefine((leader, ctx) => {
      for (const [i, j] of overlappingOffices(leader.offices)) {
        ctx.addIssue({
          code: 'custom',
          path: ['offices', j],
          message: `overlaps offices[${i}] ("${leader.offices[i]!.title}"): one person holds one office of a role at a time`,
        });
      }
      const native = leader.names.native;
      if (native && native.name === leader.names.ru) {
        ctx.addIssue({
          code: 'custom',
          path: ['names', 'native'],
          message: 'is the Russian form: give a native form only where it is written otherwise',
        });
      }
    });
}

/**
 * A period in which a role had no holder the registry lists: the office was
 * vacant, or did not exist. It follows the offices' rule: it begins on the day
 * the last holder's office ends and ends on the day the next one's begins.
 */
export const vacancySchema = z
  .object({
    /** The role that had no holder. */
    role: z.enum(TIMELINE_ROLES, { error: `must be one of: ${TIMELINE_ROLES.join(', ')}` }),
    /** The day the previous holder's office ended. */
    start: calendarDaySchema,
    /** The day the next holder's office began; absent when the office no longer exists. */
    end: calendarDaySchema.optional(),
    /** Why nobody held the role, and the source that says so. */
    note: safeText(
      z.string({ error: 'is required: why the role had no holder, and the source' }).trim().min(1),
    ),
  })
  .refine((v) => v.end === undefined || v.start <= v.end, { error: 'ends before it starts', path: ['end'] });

/**
 * A period in which the constitution made the head of state the head of
 * government too: the registry then lists both offices of each holder with the
 * same days (Turkmenistan since 18 May 1992).
 */
export const combinedSchema = z.object({
  /** The first day of the arrangement. */
  start: calendarDaySchema,
  /** Its last day; absent while it lasts. */
  end: calendarDaySchema.optional(),
  /** The constitutional provision, and its source. */
  note: safeText(
    z.string({ error: 'is required: the provision that combines the offices, and its source' }).trim().min(1),
  ),
});

/**
 * What the registry covers of a country: from which day its heads of state and
 * of government are listed without gaps, and the periods that have none.
 */
export const timelineSchema = z.object({
  /** The first day covered: the day of independence (see docs/editors.md, "Leaders and countries"). */
  since: calendarDaySchema,
  /** The source of that day. */
  source: z.union([referenceSchema, z.array(referenceSchema).min(1)]),
  /** The roles covered: both, or the head of state alone. */
  roles: z
    .array(z.enum(TIMELINE_ROLES, { error: `must be one of: ${TIMELINE_ROLES.join(', ')}` }))
    .min(1, { error: 'must name at least one role' }),
  /** Periods in which a covered role had no holder, each with a note. */
  vacancies: z.array(vacancySchema).default([]),
  /** Periods in which the head of state was by the constitution the head of government too. */
  combined: z.array(combinedSchema).default([]),
});

/** A country's timeline, as {@link timelineSchema} reads it. */
export type Timeline = z.output<typeof timelineSchema>;

/** A country's names in the languages the archive shows, from CLDR (see `src/model/countries.ts`). */
export const countryNamesSchema = z.object({
  en: line(),
  ru: line(),
  kk: line(),
});

/**
 * A country's English name: at most {@link MAX_NAME_LENGTH} characters (a
 * value of the search's filters), without "," or ";" (which separate the
 * countries of an export's keywords and CSV cells).
 */
const countryName = () =>
  filterName(listItem(line(), 'write the name as readers know it, such as "South Korea" for "Korea, South"'));

/**
 * The schema of a country entry of the site's collection: every ISO 3166-1 country,
 * its names from CLDR merged with the extras of `content/countries/<id>.yaml`.
 */
export const countrySchema = z.object({
  /** The short English name. */
  name: countryName(),
  /** The ISO 3166-1 alpha-2 code. */
  iso: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "KZ"' }),
  /** The name in English, Russian and Kazakh, from CLDR; absent for entries written by hand. */
  names: countryNamesSchema.optional(),
  /** Demonyms and adjectives in any language: "Kazakh", "казахский", "қазақ". */
  demonyms: z.array(line()).default([]),
  /** Other names, scripts, demonyms and adjectives: "Таджикистан", "Tajik". */
  aliases: z.array(line()).default([]),
  /** What the registry of leaders covers of the country, from its file. */
  timeline: timelineSchema.optional(),
});

/** The Russian and Kazakh names a country file gives instead of CLDR's, and their source. */
const countryNameOverridesSchema = z
  .object(
    {
      ru: line().optional(),
      kk: line().optional(),
      /** Where the name is written so: a page's address or a printed reference. */
      source: z.union([referenceSchema, z.array(referenceSchema).min(1, { error: 'must name a source' })], {
        error: 'is required: the address or reference of a source that names the country so',
      }),
      /** What a reader should know: which name other sources use. */
      note: prose().optional(),
    },
    { error: 'must be { ru?, kk?, source, note? }' },
  )
  .refine((n) => n.ru !== undefined || n.kk !== undefined, { error: 'must give the name in ru or kk' });

/**
 * The schema of a file in `content/countries/`: only what CLDR does not give. The
 * file's name is the country's id; `name` overrides CLDR's English name.
 */
export const countryFileSchema = z.object({
  /** The ISO 3166-1 alpha-2 code of the country the file adds to. */
  iso: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "KZ"' }),
  /** The English name, when the archive names the country otherwise than CLDR does. */
  name: countryName().optional(),
  /**
   * The Russian or Kazakh name, when the archive names the country otherwise than
   * CLDR does, with the source that names it so: «Кыргызстан», the name the
   * constitution of Kyrgyzstan gives in Russian, for CLDR's «Киргизия».
   */
  names: countryNameOverridesSchema.optional(),
  /** Demonyms and adjectives in any language: "Kazakh", "казахский", "қазақ". */
  demonyms: z.array(line()).default([]),
  /** Other names and spellings readers search under: "Republic of Kazakhstan", "Киргизия". */
  aliases: z.array(line()).default([]),
  /**
   * The heads of state and of government the registry lists for the country
   * without gaps, from which day; absent for a country it does not cover so.
   */
  timeline: timelineSchema.optional(),
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
