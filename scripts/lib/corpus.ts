/**
 * The synthetic archive: deterministic articles in the same format as `content/`,
 * about the registry's real leaders (`content/leaders/`) and countries, written
 * one file at a time so that 100,000 articles never sit in memory together. Each
 * article names leaders who held an office on its day, so a build of it shows
 * offices at the time as the real archive does. Quotations are the press
 * service's: no real person is quoted by generated text.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { readCountryFiles } from '../../src/build/country-loader';
import { loadCollections } from '../../src/import/collections';
import { mergeCountries } from '../../src/model/countries';
import { ARCHIVE_FOLDERS } from '../../src/model/env';
import { stringifyArticle } from '../../src/model/frontmatter';
import { officeAt } from '../../src/model/offices';
import { slugify } from '../../src/model/slug';
import type { ArticleInput, CountryData, CountryFileData, LeaderData } from '../../src/model/schema';
import { createRandom, type Random } from './prng';
import { localTime } from './zones';
import {
  AUTHORS,
  COUNTRIES,
  EVENTS,
  SOURCES,
  TOPICS,
  type CountrySeed,
  type SourceSeed,
  type Topic,
} from './corpus-data';

/** The first and last instants articles are spread over: 20 calendar years. */
export const FIRST_INSTANT = Date.UTC(2006, 0, 1, 6);
export const LAST_INSTANT = Date.UTC(2025, 11, 31, 12);
/** Article bodies are this many words long, at least and at most. */
export const MIN_WORDS = 150;
export const MAX_WORDS = 1500;

/** The content folder whose registry the generated archive uses. */
export const REGISTRY_DIR = path.resolve(import.meta.dirname, '../../content');

/** A generated country, with its file id and the extras its file holds. */
export interface GeneratedCountry {
  id: string;
  data: CountryData;
  /** What `countries/<id>.yaml` holds (CLDR gives the names). */
  file: CountryFileData;
  seed: CountrySeed;
}

/** A registry leader, with what article text needs. */
export interface GeneratedLeader {
  id: string;
  data: LeaderData;
  /** The name in Cyrillic, as Russian text writes it. */
  cyrillic: string;
  female: boolean;
  country: GeneratedCountry;
}

/** Each value once, in order, ignoring case. */
function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

/**
 * The countries of the generated archive: those of {@link COUNTRIES}, with their
 * ids, CLDR names and extras as the registry in `registryDir` has them.
 */
export function makeCountries(registryDir = REGISTRY_DIR): GeneratedCountry[] {
  const files = readCountryFiles(path.join(registryDir, 'countries'));
  const { entries } = mergeCountries(files);
  return COUNTRIES.map((seed) => {
    const entry = entries.find((e) => e.data.iso === seed.iso);
    if (!entry) throw new Error(`${seed.name}: ${seed.iso} is not an ISO 3166-1 country`);
    const extra = files.find((f) => f.data.iso === seed.iso)?.data;
    const aliases = unique([...(extra?.aliases ?? []), seed.ru, ...seed.more]);
    return {
      id: entry.id,
      seed,
      file: { iso: seed.iso, demonyms: extra?.demonyms ?? [], aliases },
      data: { ...entry.data, aliases: unique([...entry.data.aliases, ...aliases]) },
    };
  });
}

/** The registry's leaders of the generated countries, from `registryDir`. */
export function makeLeaders(
  countries: readonly GeneratedCountry[],
  registryDir = REGISTRY_DIR,
): GeneratedLeader[] {
  const byId = new Map(countries.map((c) => [c.id, c]));
  return loadCollections(registryDir).leaders.flatMap(({ id, ...data }) => {
    const country = byId.get(data.country);
    if (!country) return [];
    const female = /(?:ova|eva|yeva)$/u.test(data.name);
    return [{ id, data, cyrillic: data.names.ru, female, country }];
  });
}

/** One generated article: where it goes and what it says. */
export interface GeneratedArticle {
  /** `articles/2021/05/slug.md`, relative to the archive folder. */
  file: string;
  data: ArticleInput;
  body: string;
}

type Lang = 'en' | 'ru' | 'fr';

interface Cast {
  lang: Lang;
  /** The article's day, `YYYY-MM-DD`: its leaders hold an office on it. */
  day: string;
  leaders: GeneratedLeader[];
  topics: Topic[];
  event: (typeof EVENTS)[number];
  city: { en: string; ru: string };
  other: GeneratedCountry;
}

const KINDS = ['speech', 'call', 'meeting', 'visit', 'statement', 'interview', 'report'] as const;
type Kind = (typeof KINDS)[number];

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const ended = (l: GeneratedLeader): string => (l.female ? 'а' : '');

/** Who the first leader deals with: another leader of the piece, or the other country's delegation. */
function partner(c: Cast, rng: Random): { en: string; ru: string } {
  const others = c.leaders.slice(1);
  if (others.length === 0) {
    return { en: `the delegation of ${c.other.data.name}`, ru: `делегация (${c.other.seed.ru})` };
  }
  const b = rng.pick(others);
  return { en: b.data.name, ru: b.cyrillic };
}

function title(kind: Kind, c: Cast, rng: Random): string {
  const a = c.leaders[0] as GeneratedLeader;
  const b = partner(c, rng);
  const [t] = c.topics as [Topic];
  if (c.lang === 'ru') {
    const A = a.cyrillic;
    const B = b.ru;
    return rng.pick([
      `${A} и ${B} обсудили вопросы ${t.ruGen}`,
      `${A} выступил${ended(a)}: ${c.event.ru}`,
      `Телефонный разговор: ${A} и ${B}`,
      `${A} прибыл${ended(a)} в город ${c.city.ru} с официальным визитом`,
      `${A} заявил${ended(a)} о важности ${t.ruGen}`,
      `Переговоры в городе ${c.city.ru}: в центре внимания вопросы ${t.ruGen}`,
    ]);
  }
  if (c.lang === 'fr') {
    return rng.pick([
      `${a.data.name} discute ${t.frDe} à ${c.city.en}`,
      `${a.data.name} plaide en faveur ${t.frDe}`,
      `${a.data.name} en visite à ${c.city.en}`,
    ]);
  }
  const A = a.data.name;
  const B = b.en;
  const T = t.en;
  const byKind: Record<Kind, string[]> = {
    speech: [`${A} addresses ${c.event.en} in ${c.city.en}`, `${A} speaks on ${T} at ${c.event.en}`],
    call: [`${A} holds phone talks with ${B}`, `${A} and ${B} discuss ${T} by phone`],
    meeting: [`${A} meets ${B} in ${c.city.en}`, `${A} receives ${B}`, `${A} holds talks focused on ${T}`],
    visit: [
      `${A} arrives in ${c.city.en} on an official visit`,
      `${A} begins state visit to ${c.other.data.name}`,
    ],
    statement: [`${A} issues statement on ${T}`, `${A} calls for closer cooperation on ${T}`],
    interview: [`${A} gives interview on ${T}`, `${A}: “${sentence(T)} is a priority”`],
    report: [
      `${a.country.data.name} and ${c.other.data.name} sign agreements on ${T}`,
      `Delegations discuss ${T} in ${c.city.en}`,
      `${sentence(T)} on the agenda of ${c.event.en}`,
    ],
  };
  return rng.pick(byKind[kind]);
}

function enSentences(c: Cast, rng: Random): string {
  const a = c.leaders[0] as GeneratedLeader;
  const b = partner(c, rng).en;
  const guest = c.leaders[c.leaders.length - 1] as GeneratedLeader;
  const t = rng.pick(c.topics);
  const n = rng.int(3, 48);
  return rng.pick([
    `${a.data.name} and ${b} discussed ${t.en} and agreed to keep in regular contact.`,
    `The sides stressed the importance of further developing ${t.en} between ${a.country.data.name} and ${c.other.data.name}.`,
    `Particular attention was paid to ${t.en}, where joint projects worth ${n} billion dollars are under way.`,
    `According to the press service, trade between the two countries grew by ${n} percent last year.`,
    `The talks took place in ${c.city.en}, on the eve of the ${c.event.en}.`,
    `The ${officeTitle(a, c.day)} noted the high level of mutual trust and strategic partnership.`,
    `A number of documents on ${t.en} were signed following the talks.`,
    `Experts expect the agreements to open ${n} new joint ventures within the next five years.`,
    `The leaders also exchanged views on the agenda of the ${c.event.en}.`,
    `${guest.data.name} thanked the hosts for the warm welcome and invited them to ${guest.country.seed.capital}.`,
    `The intergovernmental commission will meet again before the end of the year to review progress on ${t.en}.`,
    `Both sides noted that cooperation on ${t.en} had grown steadily over the past decade.`,
  ]);
}

function ruSentences(c: Cast, rng: Random): string {
  const a = c.leaders[0] as GeneratedLeader;
  const b = partner(c, rng).ru;
  const guest = c.leaders[c.leaders.length - 1] as GeneratedLeader;
  const t = rng.pick(c.topics);
  // 5–20 all take the genitive plural, so the Russian stays grammatical.
  const n = rng.int(5, 20);
  return rng.pick([
    `${a.cyrillic} и ${b} обсудили вопросы ${t.ruGen} и договорились поддерживать регулярные контакты.`,
    `Стороны подчеркнули важность дальнейшего развития ${t.ruGen}.`,
    `Особое внимание было уделено вопросам ${t.ruGen}.`,
    `Как сообщает пресс-служба, товарооборот между странами за прошлый год вырос на ${n} процентов.`,
    `Переговоры прошли в городе ${c.city.ru}.`,
    `По итогам встречи подписан ряд документов в сфере ${t.ruGen}.`,
    `${guest.cyrillic} поблагодарил${ended(guest)} принимающую сторону за тёплый приём.`,
    `Участники также обменялись мнениями о повестке мероприятия «${c.event.ru}».`,
    `Межправительственная комиссия соберётся до конца года, чтобы подвести итоги работы.`,
    `Эксперты ожидают, что соглашения позволят создать ${n} совместных предприятий.`,
  ]);
}

function frSentences(c: Cast, rng: Random): string {
  const a = c.leaders[0] as GeneratedLeader;
  const b = partner(c, rng).en;
  const t = rng.pick(c.topics);
  const n = rng.int(3, 48);
  return rng.pick([
    `${a.data.name} et ${b} ont discuté ${t.frDe}.`,
    `Les parties ont souligné l'importance ${t.frDe}.`,
    `Les entretiens se sont déroulés à ${c.city.en}.`,
    `Plusieurs accords ont été signés dans le domaine ${t.frDe}.`,
    `Selon le service de presse, les échanges commerciaux ont progressé de ${n} pour cent l'an dernier.`,
    `Les dirigeants ont convenu de poursuivre le dialogue lors de la prochaine réunion.`,
  ]);
}

/** The office `leader` held on `day`; articles only name leaders in office. */
function officeTitle(leader: GeneratedLeader, day: string): string {
  return officeAt(leader.data.offices, day)?.title ?? 'leader';
}

/** A quotation of the press service (generated text never quotes a real person). */
function quote(c: Cast, rng: Random): string {
  const t = rng.pick(c.topics);
  if (c.lang === 'ru') {
    return rng.pick([
      `«Стороны заинтересованы в укреплении ${t.ruGen}», — сообщили в пресс-службе.`,
      `«Переговоры прошли в конструктивной атмосфере», — отметили в пресс-службе.`,
    ]);
  }
  if (c.lang === 'fr') {
    return `« Les parties sont prêtes à approfondir leur coopération dans le domaine ${t.frDe} », a indiqué le service de presse.`;
  }
  const said = rng.pick(['said', 'noted', 'stressed', 'pointed out']);
  return rng.pick([
    `"The sides attach great importance to ${t.en}," the press service ${said}.`,
    `"The results of the talks show that the partnership rests on mutual trust," the press service ${said}.`,
    `"The agreements reached on ${t.en} serve the interests of both countries," a spokesperson ${said}.`,
  ]);
}

const SUBHEADS: Record<Lang, string[]> = {
  en: ['Background', 'Agreements signed', 'What comes next', 'Economic ties'],
  ru: ['Предыстория', 'Подписанные документы', 'Дальнейшие шаги'],
  fr: ['Contexte', 'Accords signés'],
};

/** "a", "a and b", "a, b and c". */
function listEn(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Builds a body of about `target` words: lead, paragraphs, quotations, at times a heading, a list or a link. */
function body(c: Cast, lead: string, target: number, source: SourceSeed, rng: Random): string {
  const next = c.lang === 'ru' ? ruSentences : c.lang === 'fr' ? frSentences : enSentences;
  const blocks = [lead];
  let words = countWords(lead);
  let headed = false;
  while (words < target) {
    let block: string;
    const roll = rng.next();
    if (roll < 0.18) block = quote(c, rng);
    else if (roll < 0.22) block = `> ${quote(c, rng)}`;
    else if (roll < 0.25 && !headed && blocks.length > 3) {
      block = `## ${rng.pick(SUBHEADS[c.lang])}`;
      headed = true;
    } else if (roll < 0.27) {
      block = c.leaders
        .slice(0, 3)
        .map(() => `- ${next(c, rng)}`)
        .join('\n');
    } else if (roll < 0.29) {
      const label = c.lang === 'ru' ? 'Подробнее' : c.lang === 'fr' ? 'Lire aussi' : 'Read more';
      block = `${label}: [${source.name}](https://${source.host}/news/${rng.int(10_000, 999_999)}).`;
    } else {
      const count = rng.int(2, 5);
      const lines = new Set<string>();
      // A few draws more than needed, so a paragraph rarely repeats a sentence.
      for (let tries = 0; lines.size < count && tries < count + 3; tries++) lines.add(next(c, rng));
      block = [...lines].join(' ');
    }
    // Stop short of the ceiling rather than overshoot it.
    const more = countWords(block);
    if (words + more > MAX_WORDS) break;
    blocks.push(block);
    words += more;
  }
  return blocks.join('\n\n');
}

/** Hands out slugs unique within a month (URLs are `/articles/<yyyy>/<mm>/<slug>/`). */
export interface SlugRegistry {
  /** `base`, or `base-2`, `base-3`… when the month already has it. */
  claim(month: string, base: string): string;
}

/**
 * A registry that remembers the last few months only: articles are generated in
 * date order, and zones shift a local date by hours, never by months.
 */
export function createSlugRegistry(keep = 4): SlugRegistry {
  const months = new Map<string, Set<string>>();
  return {
    claim(month, base) {
      let taken = months.get(month);
      if (!taken) {
        taken = new Set();
        months.set(month, taken);
        if (months.size > keep) months.delete(months.keys().next().value as string);
      }
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      return slug;
    },
  };
}

/** Everything `makeArticle` needs besides the random stream. */
export interface CorpusContext {
  leaders: readonly GeneratedLeader[];
  countries: readonly GeneratedCountry[];
}

/**
 * Generates the `index`-th of `total` articles. Articles come out oldest first,
 * spread evenly over {@link FIRST_INSTANT}..{@link LAST_INSTANT}.
 * `slugs` makes its URL unique.
 */
export function makeArticle(
  index: number,
  total: number,
  ctx: CorpusContext,
  rng: Random,
  slugs: SlugRegistry,
): GeneratedArticle {
  const step = (LAST_INSTANT - FIRST_INSTANT) / Math.max(1, total);
  const instant = Math.floor(FIRST_INSTANT + (index + rng.next() * 0.9) * step);
  const source = rng.pick(SOURCES);
  const roll = rng.next();
  const lang: Lang = roll < source.ru ? 'ru' : roll < source.ru + source.fr ? 'fr' : 'en';
  const kind = rng.pick(KINDS);
  const local = localTime(source.zone, instant);
  const day = local.date.slice(0, 10);
  const inOffice = ctx.leaders.filter((l) => officeAt(l.data.offices, day) !== undefined);
  const pool = inOffice.length > 0 ? inOffice : ctx.leaders;
  const leaders = rng.sample(pool, Math.min(pool.length, rng.pick([1, 2, 2, 2, 3])));
  const lead0 = leaders[0] as GeneratedLeader;
  const others = ctx.countries.filter((c) => !leaders.some((l) => l.country.id === c.id));
  const other = rng.pick(others.length ? others : ctx.countries);
  const host = rng.pick([...leaders.map((l) => l.country), other]);
  const cast: Cast = {
    lang,
    day,
    leaders,
    topics: rng.sample(TOPICS, rng.int(1, 3)),
    event: rng.pick(EVENTS),
    city: { en: host.seed.capital, ru: host.seed.capitalRu },
    other,
  };

  const headline = title(kind, cast, rng);
  const lead =
    lang === 'ru'
      ? `${lead0.cyrillic} провел${ended(lead0)} переговоры в городе ${cast.city.ru}, сообщает ${source.name}.`
      : lang === 'fr'
        ? `${lead0.data.name} a rencontré ses partenaires à ${cast.city.en}, rapporte ${source.name}.`
        : `${officeTitle(lead0, day)} ${lead0.data.name} held talks in ${cast.city.en} on ${listEn(cast.topics.map((t) => t.en))}, ${source.name} reports.`;
  const target = MIN_WORDS + Math.floor((MAX_WORDS - MIN_WORDS) * rng.next() ** 2);
  const text = body(cast, lead, target, source, rng);

  const dateOnly = rng.chance(source.dateOnly);
  const mm = String(local.month).padStart(2, '0');
  const slug = slugs.claim(
    `${local.year}/${mm}`,
    slugify(headline).split('-').slice(0, 10).join('-') || 'article',
  );

  const countries = [...new Set([...leaders.map((l) => l.country.id), other.id])];
  const tags = [
    ...cast.topics.map((t) => t.tag),
    ...(kind === 'speech' || rng.chance(0.2) ? [`${sentence(cast.event.en)} ${local.year}`] : []),
    ...(rng.chance(0.3) ? [host.data.name] : []),
  ];

  const url = `https://${source.host}/${local.year}/${slug}`;
  const updated =
    !dateOnly && rng.chance(0.08)
      ? localTime(source.zone, instant + rng.int(1, 72) * 3_600_000).iso
      : undefined;
  const author = rng.chance(0.35) ? rng.pick(AUTHORS) : undefined;
  const places = rng.chance(0.25) ? [cast.city.en] : undefined;
  // Keys in the order of `content/` files; optional ones only when present.
  const data: ArticleInput = {
    title: headline,
    summary: lead,
    published: dateOnly ? local.date : local.iso,
    ...(updated ? { updated } : {}),
    source: rng.chance(0.6) ? { name: source.name, url } : { name: source.name },
    ...(author ? { author } : {}),
    ...(source.dateline === 'upper'
      ? { dateline: (lang === 'ru' ? cast.city.ru : cast.city.en).toUpperCase() }
      : {}),
    lang,
    kind,
    leaders: leaders.map((l) => l.id),
    countries,
    ...(places ? { places } : {}),
    tags,
  };

  return { file: `articles/${local.year}/${mm}/${slug}.md`, data, body: text };
}

/** Options of {@link writeCorpus}. */
export interface CorpusOptions {
  articles: number;
  out: string;
  seed: number;
}

/** What {@link writeCorpus} wrote. */
export interface CorpusSummary {
  articles: number;
  leaders: number;
  countries: number;
  bytes: number;
  firstYear: number;
  lastYear: number;
}

/**
 * Writes a complete archive (`articles/`, `leaders/`, `countries/`) into `out`,
 * one file at a time. `out` must not already hold an archive.
 */
export function writeCorpus(options: CorpusOptions): CorpusSummary {
  const { out, seed } = options;
  for (const folder of ARCHIVE_FOLDERS) {
    const existing = path.join(out, folder);
    let entries: string[] = [];
    try {
      entries = readdirSync(existing);
    } catch {
      // Missing: fine.
    }
    if (entries.length > 0) throw new Error(`${existing} is not empty; choose an empty --out folder`);
  }
  const countries = makeCountries();
  const leaders = makeLeaders(countries);
  mkdirSync(path.join(out, 'countries'), { recursive: true });
  mkdirSync(path.join(out, 'leaders'), { recursive: true });
  let bytes = 0;
  const write = (file: string, text: string): void => {
    writeFileSync(path.join(out, file), text);
    bytes += Buffer.byteLength(text);
  };
  for (const c of countries) write(`countries/${c.id}.yaml`, yaml.dump(c.file, { lineWidth: -1 }));
  for (const l of leaders) write(`leaders/${l.id}.yaml`, yaml.dump(l.data, { lineWidth: -1 }));
  const rng = createRandom(seed);
  const ctx = { leaders, countries };
  const slugs = createSlugRegistry();
  const dirs = new Set<string>();
  let firstYear = 0;
  let lastYear = 0;
  for (let i = 0; i < options.articles; i++) {
    const article = makeArticle(i, options.articles, ctx, rng, slugs);
    const dir = path.dirname(article.file);
    if (!dirs.has(dir)) {
      mkdirSync(path.join(out, dir), { recursive: true });
      dirs.add(dir);
    }
    const year = Number(dir.split('/')[1]);
    firstYear ||= year;
    lastYear = year;
    write(article.file, stringifyArticle(article.data as Record<string, unknown>, article.body));
  }
  return {
    articles: options.articles,
    leaders: leaders.length,
    countries: countries.length,
    bytes,
    firstYear,
    lastYear,
  };
}
