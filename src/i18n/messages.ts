/**
 * The shape of a dictionary: every interface text of one language, by key.
 * A text is a whole sentence or label with `{placeholders}`; a text that
 * counts something gives one form per CLDR plural category of its language
 * (`Intl.PluralRules`), so "1 статья, 2 статьи, 5 статей" needs no code.
 * English (en.ts) defines the keys; every other dictionary is typed
 * {@link Dictionary}, so a missing or extra key fails the type check.
 */
import type { en } from './en';

/** The forms of a counted text, by CLDR plural category; `other` is always required. */
export type PluralForms = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** A counted text: `{ plural: { one: '{count} article', other: '{count} articles' } }`. */
export interface PluralMessage {
  readonly plural: PluralForms;
}

/** What a dictionary maps each key to. */
export type Message = string | PluralMessage;

/** Any dictionary's shape before its keys are fixed (what en.ts satisfies). */
export type Messages = Readonly<Record<string, Message>>;

/** The keys of the interface's texts. */
export type MessageKey = keyof typeof en;

/** The keys of plain texts. */
export type TextKey = { [K in MessageKey]: (typeof en)[K] extends PluralMessage ? never : K }[MessageKey];

/** The keys of counted texts. */
export type PluralKey = { [K in MessageKey]: (typeof en)[K] extends PluralMessage ? K : never }[MessageKey];

/** A whole dictionary: exactly English's keys, each a text or a counted text as in English. */
export type Dictionary = {
  readonly [K in MessageKey]: (typeof en)[K] extends PluralMessage ? PluralMessage : string;
};

/**
 * One area of a dictionary in another language: exactly the keys of English's
 * area `E`, each a text or a counted text as in English.
 */
export type Area<E extends Messages> = {
  readonly [K in keyof E]: E[K] extends PluralMessage ? PluralMessage : string;
};

/** Values put into a text's `{placeholders}`. */
export type Vars = Readonly<Record<string, string | number>>;

/** A piece of a text split at its placeholders: literal text, or the name of a placeholder. */
export type Segment = { text: string } | { slot: string };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholders a text uses, in order. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Puts `vars` into a text's placeholders. A placeholder without a value is an
 * error: a sentence with a hole is worse than a failed build.
 */
export function fill(text: string, vars: Vars = {}, key = ''): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`message "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/**
 * A text split at its placeholders, so markup (a link, a `<time>`) can stand in
 * for one: "Browse the {archive}" → [{ text: 'Browse the ' }, { slot: 'archive' }].
 */
export function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ slot: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Whether a message is a counted text. */
export function isPlural(message: Message): message is PluralMessage {
  return typeof message === 'object';
}
