/**
 * An article as listings show it, in the interface's language: its headline,
 * summary, date, source, kind, the leaders (with the office held on its day)
 * and countries as chips, and the COinS data reference managers read. The text
 * the article itself gives keeps the article's language: when that is not the
 * page's, the card says so (`lang`), so screen readers switch voices.
 */
import type { Locale } from '../i18n';
import type { Article } from '../model/archive';
import { citedItem, coinsContext } from './meta';
import { countryName, kindLabel, leaderName, officeTitle } from './names';
import type { RouteContext } from './context';
import { textLang, type TextLang } from '../i18n/text-lang';

export { textLang, type TextLang };

/** A date as a `<time>` shows it. */
export interface DateText {
  /** The value for `datetime`. */
  iso: string;
  text: string;
}

/** A leader or country an article names, as a chip links to it. */
export interface Chip {
  kind: 'leader' | 'country';
  href: string;
  name: string;
  /** A leader's office on the article's day, when the registry lists one. */
  office?: string;
}

/** An article in a listing. */
export interface Card extends TextLang {
  id: string;
  href: string;
  title: string;
  summary: string;
  date: DateText;
  source: string;
  kind: string;
  chips: { label: string; items: Chip[] };
  /** The OpenURL ContextObject of the listing's COinS span. */
  coins: string;
}

/** A date in the locale's words, with the source's time and offset when `withTime`. */
export function dateText(date: Article['published'], locale: Locale, withTime = false): DateText {
  return { iso: date.iso, text: withTime ? locale.dateTime(date) : locale.date(date) };
}

/** The chips of an article: its leaders (office at the time), then its countries. */
export function chipsOf(article: Article, ctx: Pick<RouteContext, 'archive' | 'locale' | 'paths'>): Chip[] {
  const { archive, locale, paths } = ctx;
  const leaders = article.people.map((person): Chip => {
    const leader = archive.leaderById.get(person.id);
    const chip: Chip = {
      kind: 'leader',
      href: paths.leader(person.id),
      name: leader ? leaderName(leader.data, locale) : person.name,
    };
    if (person.office) chip.office = officeTitle(person.office, locale);
    return chip;
  });
  const countries = article.nations.map((nation): Chip => {
    const country = archive.countryById.get(nation.id);
    return {
      kind: 'country',
      href: paths.country(nation.id),
      name: country ? countryName(country.data, locale) : nation.name,
    };
  });
  return [...leaders, ...countries];
}

type CardContext = Pick<RouteContext, 'archive' | 'locale' | 'paths'>;

/**
 * Cards made so far, by context and article. An article's card is the same on
 * every listing of one language, and an article is listed on many (the home,
 * its month, each of its leaders, countries, pairs and topics). Made anew on
 * each, cards were about 4 % of the CPU profile of a 10,000-article build. The
 * maps are weak, so a context's cards go when the context does.
 */
const made = new WeakMap<CardContext['paths'], WeakMap<Article, { ctx: CardContext; card: Card }>>();

/** An article as a listing's card shows it (the same object each time for one context: read it, do not change it). */
export function cardOf(article: Article, ctx: CardContext): Card {
  let cards = made.get(ctx.paths);
  if (!cards) made.set(ctx.paths, (cards = new WeakMap()));
  const kept = cards.get(article);
  if (kept && kept.ctx.locale === ctx.locale && kept.ctx.archive === ctx.archive) return kept.card;
  const card = makeCard(article, ctx);
  cards.set(article, { ctx, card });
  return card;
}

function makeCard(article: Article, ctx: CardContext): Card {
  return {
    id: article.id,
    href: article.url,
    title: article.title,
    summary: article.summary,
    ...textLang(article.data.lang, ctx.locale),
    date: dateText(article.published, ctx.locale),
    source: article.data.source.name,
    kind: kindLabel(article.data.kind, ctx.locale),
    chips: { label: ctx.locale.t('chips.label'), items: chipsOf(article, ctx) },
    coins: coinsContext(citedItem(article, article.permanentUrl)),
  };
}
