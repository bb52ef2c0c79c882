/**
 * A Locale: everything the interface says and formats in one language. Texts
 * come from the language's dictionary; plural forms, dates, months, numbers,
 * sorting and the names of countries and languages from `Intl` (CLDR's data).
 * Pure and small: the search page's script builds one from the texts its page
 * hands it.
 */
import {
  fill,
  isPlural,
  segmentsOf,
  type Message,
  type PluralKey,
  type Segment,
  type TextKey,
  type Vars,
} from './messages';
import { localeConfig, type LocaleCode, type LocaleConfig, type TitlecasedNames } from './locales';
import { formatOffset, pad2 } from '../model/calendar';

/** A date as the archive keeps it: the source's own calendar day, and its wall-clock time when given. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** A date with the source's wall-clock time and UTC offset, when the source gave them. */
export interface DateWithTime extends CalendarDate {
  time?: { hour: number; minute: number } | undefined;
  offsetMinutes?: number | undefined;
}

/**
 * A language's calendar words, month by month (January first): a day's
 * template (`{day} мамыр {year} ж.`), a month's (`мамыр {year} ж.`), its short
 * name alone and with its year (`мам.`, `мам. {year} ж.`), and its name alone.
 * Build time makes them with Node's ICU, which holds every language's data, and
 * hands them to the search page's scripts: a browser's ICU may lack a
 * language's (Chromium writes a Kazakh date "2021 M05 2").
 */
export interface CalendarWords {
  day: string[];
  month: string[];
  short: string[];
  shortYear: string[];
  name: string[];
}

/** The calendar words of a language (see {@link CalendarWords}), written by this runtime's ICU. */
export function calendarWords(code: LocaleCode): CalendarWords {
  const tag = localeConfig(code).intl;
  const template = (options: Intl.DateTimeFormatOptions, month: number): string =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2001, month - 1, 1)))
      .map((p) => (p.type === 'day' ? '{day}' : p.type === 'year' ? '{year}' : p.value))
      .join('')
      // As `format` writes it: V8 gives formatToParts CLDR's narrow no-break space, format a space.
      .replace(/\u202f/g, ' ');
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return {
    day: months.map((m) => template({ day: 'numeric', month: 'long', year: 'numeric' }, m)),
    month: months.map((m) => template({ month: 'long', year: 'numeric' }, m)),
    short: months.map((m) => template({ month: 'short' }, m)),
    shortYear: months.map((m) => template({ month: 'short', year: 'numeric' }, m)),
    name: months.map((m) => template({ month: 'long' }, m)),
  };
}

/**
 * Where a name stands: within a sentence (`'text'`, as `Intl` writes it), or alone
 * (`'alone'`: a heading, a menu's option, a list's or a table's cell), where a
 * language may capitalise it («Май 2021 г.» against «с мая»; see `titlecaseAlone` of
 * the locale table).
 */
export type NameContext = 'text' | 'alone';

/**
 * A name with its first letter in capitals, as `tag`'s language writes it (CLDR's
 * `titlecase-firstword`): «Май 2021 г.», «Русский».
 */
export function titlecaseFirst(name: string, tag: string): string {
  const first = name.codePointAt(0);
  if (first === undefined) return name;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(tag) + name.slice(letter.length);
}

/**
 * A number and the abbreviation `Intl` writes after it kept on one line (a
 * no-break space between them), for text that may wrap in a narrow place: «Май
 * 2021 г.» breaks before «2021», never before «г.»; «2021 ж. мамыр» after «ж.».
 */
export function keepUnitsWithNumbers(text: string): string {
  return text.replace(/(\p{Nd}) (\p{L}{1,3}\.)/gu, '$1\u00A0$2');
}

/** The interface of one language. */
export interface Locale {
  readonly code: LocaleCode;
  readonly config: LocaleConfig<LocaleCode>;
  /** A text, with its placeholders filled. */
  t(key: TextKey, vars?: Vars): string;
  /**
   * A text split at its placeholders, for markup that stands in for them; the
   * placeholders `vars` gives are filled in, the others left as slots.
   */
  segments(key: TextKey, vars?: Vars): Segment[];
  /** A counted text in the form `count` takes, `{count}` written as {@link Locale.number} writes it. */
  plural(key: PluralKey, count: number, vars?: Vars): string;
  /** A number as this language writes it: "1,234", «1 234». */
  number(n: number): string;
  /** A calendar day: "2 May 2021", «2 мая 2021 г.». */
  date(date: CalendarDate): string;
  /**
   * A date with the source's time and offset, when it gave them: "2 May 2021, 08:10 (UTC+06:00)";
   * the day alone otherwise.
   */
  dateTime(date: DateWithTime): string;
  /** A month of a year: "May 2021", «май 2021 г.» in a sentence, «Май 2021 г.» alone. */
  month(year: number, month: number, context?: NameContext): string;
  /** A month's name without its year: "May", «май» in a sentence, «Май» alone. */
  monthName(month: number, context?: NameContext): string;
  /** Sorts names as readers of this language expect. */
  compare(a: string, b: string): number;
  /** A country's name, from its ISO 3166-1 code. */
  region(iso: string): string | undefined;
  /**
   * A name of `kind` that stands alone (see {@link NameContext}), as this language writes it
   * there: «Май», «Янв. 2021 г.» for `ru`'s months, the name unchanged in English.
   */
  alone(kind: TitlecasedNames, name: string): string;
  /** A language's name, from its BCP 47 tag: "Russian", «русский» in a sentence, «Русский» alone. */
  language(tag: string, context?: NameContext): string;
  /** A list joined as this language joins one: "2019, 2021 and 2024", «2019, 2021 и 2024». */
  list(items: readonly string[]): string;
  /** A list of alternatives: "Speech or Visit", «речь или визит». */
  anyOf(items: readonly string[]): string;
}

/** The texts a Locale reads: a whole dictionary, or the part of one a page hands to its script. */
export type MessageSource = Readonly<Partial<Record<TextKey | PluralKey, Message>>>;

/** A value made the first time it is asked for, then kept. */
function made<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The Locale of `code` over `messages`.
 * @example createLocale('ru', ru).plural('articles.count', 21) // "21 статья"
 */
export function createLocale(code: LocaleCode, messages: MessageSource, calendar?: CalendarWords): Locale {
  const config = localeConfig(code);
  const tag = config.intl;
  // The calendar's words as given (by the build, to a browser), else this runtime's ICU.
  const word = (list: string[] | undefined, month: number, year: number): string | undefined => {
    const found = list?.[month - 1];
    return found === undefined ? undefined : found.replace('{year}', String(year));
  };
  // Each formatter is made on first use: making the ten took about 60 ms of a phone's main
  // thread as the search page's script started, where most are never used.
  const numbers = made(() => new Intl.NumberFormat(tag));
  const plurals = made(() => new Intl.PluralRules(tag));
  const collator = made(() => new Intl.Collator(tag));
  const day = made(
    () =>
      new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  const monthYear = made(
    () => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const monthAlone = made(() => new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }));
  const regions = made(() => new Intl.DisplayNames(tag, { type: 'region', fallback: 'none' }));
  const languages = made(() => new Intl.DisplayNames(tag, { type: 'language' }));
  const lists = made(() => new Intl.ListFormat(tag, { type: 'conjunction' }));
  const alternatives = made(() => new Intl.ListFormat(tag, { type: 'disjunction' }));

  // A name standing alone, as the language writes it there (CLDR's titlecase-firstword).
  const titlecased = new Set(config.titlecaseAlone ?? []);
  const alone = (kind: TitlecasedNames, name: string, context: NameContext = 'alone'): string =>
    context === 'text' || !titlecased.has(kind) ? name : titlecaseFirst(name, tag);

  const message = (key: TextKey | PluralKey): Message => {
    const found = messages[key];
    if (found === undefined) throw new Error(`no text "${key}" in the ${code} dictionary`);
    return found;
  };
  const text = (key: TextKey): string => {
    const found = message(key);
    if (isPlural(found)) throw new Error(`"${key}" is a counted text: use plural()`);
    return found;
  };
  const number = (n: number): string => numbers().format(n);
  const utc = (year: number, month: number, d = 1): Date => new Date(Date.UTC(year, month - 1, d));
  const dayText = (d: CalendarDate): string =>
    word(calendar?.day, d.month, d.year)?.replace('{day}', number(d.day)) ??
    day().format(utc(d.year, d.month, d.day));

  return {
    code,
    config,
    t: (key, vars) => fill(text(key), vars, key),
    segments: (key, vars = {}) =>
      segmentsOf(text(key)).map((segment) =>
        'slot' in segment && vars[segment.slot] !== undefined
          ? { text: String(vars[segment.slot]) }
          : segment,
      ),
    plural(key, count, vars) {
      const found = message(key);
      if (!isPlural(found)) throw new Error(`"${key}" is not a counted text: use t()`);
      const form = found.plural[plurals().select(count)] ?? found.plural.other;
      return fill(form, { ...vars, count: number(count) }, key);
    },
    number,
    date: (d) => dayText(d),
    dateTime(d) {
      const date = dayText(d);
      if (!d.time || d.offsetMinutes === undefined) return date;
      const time = `${pad2(d.time.hour)}:${pad2(d.time.minute)}`;
      return fill(
        text('date.withTime'),
        { date, time, offset: formatOffset(d.offsetMinutes) },
        'date.withTime',
      );
    },
    month: (year, month, context = 'text') =>
      alone('months', word(calendar?.month, month, year) ?? monthYear().format(utc(year, month)), context),
    monthName: (month, context = 'text') =>
      alone('months', word(calendar?.name, month, 2000) ?? monthAlone().format(utc(2000, month)), context),
    compare: (a, b) => collator().compare(a, b),
    region: (iso) => regions().of(iso.toUpperCase()),
    alone: (kind, name) => alone(kind, name),
    language: (t, context = 'text') => alone('languages', languages().of(t) ?? t, context),
    list: (items) => lists().format(items),
    anyOf: (items) => alternatives().format(items),
  };
}
