/**
 * Names in the interface's language: a leader's and an office's from the
 * registry (each file gives them in Russian and Kazakh), a country's from CLDR
 * (or the registry's override), a kind of piece from the dictionaries. English,
 * the registry's own language, is the fallback of every other.
 */
import type { Locale } from '../i18n';
import { leaderName as nameIn, officeTitle as titleIn } from '../model/offices';
import type { ArticleData } from '../model/schema';

/** What may carry names in other languages: the English name, and the others by language code. */
interface Named {
  name: string;
  names?: Readonly<Partial<Record<string, string>>> | undefined;
}

/** A leader's name in the interface's language (the model's {@link nameIn}). */
export function leaderName(leader: Parameters<typeof nameIn>[0], locale: Locale): string {
  return nameIn(leader, locale.code);
}

/** An office's title in the interface's language (the model's {@link titleIn}). */
export function officeTitle(office: Parameters<typeof titleIn>[0], locale: Locale): string {
  return titleIn(office, locale.code);
}

/** A country's name in the interface's language. */
export function countryName(country: Named & { iso: string }, locale: Locale): string {
  if (locale.code === 'en') return country.name;
  return country.names?.[locale.code] ?? locale.region(country.iso) ?? country.name;
}

/** A leader with the office they held on a day: "Kassym-Jomart Tokayev, President of Kazakhstan". */
export function leaderWithOffice(name: string, office: string | undefined, locale: Locale): string {
  return office === undefined ? name : locale.t('leader.withOffice', { name, office });
}

/** The label of a kind of piece. */
export function kindLabel(kind: ArticleData['kind'], locale: Locale): string {
  return locale.t(`kind.${kind}`);
}
