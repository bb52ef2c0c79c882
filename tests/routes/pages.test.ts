import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleEntryLike } from '../../src/model/archive';
import { createCacheKeys } from '../../src/model/cache-keys';
import { createPaths } from '../../src/routes/paths';
import { buildRelations } from '../../src/model/relations';
import { getLocale, type LocaleCode } from '../../src/i18n';
import { routeContext, type RouteContext } from '../../src/routes/context';
import { entityIndexRoute, entityRoutes, pairRoutes } from '../../src/routes/pages/entities';
import { articleRoute, opensWith } from '../../src/routes/pages/article';
import {
  archiveIndexRoute,
  archiveMonthRoutes,
  archiveYearRoutes,
} from '../../src/routes/pages/date-archive';
import { countrySchema, type ArticleInput } from '../../src/model/schema';
import { testLeader, tokayevEntry } from '../support/leaders';
import { articleEntry } from '../support/model';

const entry = (id: string, data: Partial<ArticleInput>): ArticleEntryLike =>
  articleEntry(id, { kind: 'meeting', ...data });

const leaders = [
  tokayevEntry(),
  {
    id: 'vladimir-putin',
    data: testLeader({
      name: 'Vladimir Putin',
      country: 'russia',
      offices: [{ title: 'President of Russia', role: 'head-of-state', start: '2012-05-07' }],
    }),
  },
  {
    id: 'sadyr-japarov',
    data: testLeader({
      name: 'Sadyr Japarov',
      country: 'kyrgyzstan',
      offices: [{ title: 'President of Kyrgyzstan', role: 'head-of-state', start: '2021-01-28' }],
    }),
  },
];
const countries = [
  ['kazakhstan', 'Kazakhstan', 'KZ'],
  ['russia', 'Russia', 'RU'],
  ['kyrgyzstan', 'Kyrgyzstan', 'KG'],
].map(([id, name, iso]) => ({ id: id!, data: countrySchema.parse({ name, iso }) }));

const both = { leaders: ['vladimir-putin', 'kassym-jomart-tokayev'], countries: ['russia', 'kazakhstan'] };
const entries = [
  entry('2017/04/a', { ...both, published: '2017-04-12T10:00:00+06:00', kind: 'meeting' }),
  entry('2019/04/b', { ...both, published: '2019-04-03T12:00:00+06:00', kind: 'visit' }),
  entry('2021/09/c', { ...both, published: '2021-09-15T16:00:00+06:00', kind: 'call' }),
  entry('2024/03/d', { ...both, published: '2024-03-05T11:00:00+05:00', kind: 'speech' }),
  entry('2024/06/e', { leaders: ['vladimir-putin'], countries: ['russia'], published: '2024-06-20' }),
];

const paths = createPaths('/archive');
const site = 'https://news.example.org';

function contextOf(input: ArticleEntryLike[], pageSize = 2, locale: LocaleCode = 'en'): RouteContext {
  const archive = buildArchive(input, leaders, countries, { paths, site });
  return routeContext(
    {
      archive,
      relations: buildRelations(archive.articles, archive.byLeader, archive.byCountry),
      keys: createCacheKeys([leaders, countries], (a) => a.id),
      site,
      base: '/archive',
      pageSize,
      locales: [getLocale('en'), getLocale('ru'), getLocale('kk')],
    },
    getLocale(locale),
  );
}
const ctx = contextOf(entries);
const leaderRoutes = (c: RouteContext) => entityRoutes(c, 'leaders');
const countryRoutes = (c: RouteContext) => entityRoutes(c, 'countries');
const leaderPairRoutes = (c: RouteContext) => pairRoutes(c, 'leaders');
const countryPairRoutes = (c: RouteContext) => pairRoutes(c, 'countries');

describe('entityRoutes of leaders and of countries', () => {
  it('make pages only for leaders and countries that an article names', () => {
    const ids = new Set(leaderRoutes(ctx).map((r) => r.params['id']));
    expect([...ids].sort()).toEqual(['kassym-jomart-tokayev', 'vladimir-putin']);
    expect(new Set(countryRoutes(ctx).map((r) => r.params['id']))).toEqual(new Set(['kazakhstan', 'russia']));
    expect(entityIndexRoute(ctx, 'leaders').table.rows.map((r) => r.name)).toEqual([
      'Kassym-Jomart Tokayev',
      'Vladimir Putin',
    ]);
    expect(entityIndexRoute(ctx, 'countries').table.rows.map((r) => [r.name, r.detail])).toEqual([
      ['Kazakhstan', 'KZ'],
      ['Russia', 'RU'],
    ]);
  });

  it('list leaders and countries in the alphabet of the page’s language, by the names it shows', () => {
    const office = (title: string) => [{ title, role: 'head-of-state' as const, start: '2000-01-01' }];
    const named = [
      ['emomali-rahmon', 'Emomali Rahmon', 'Эмомали Рахмон', 'Эмомали Рахмон'],
      ['kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев', 'Қасым-Жомарт Тоқаев'],
      ['vladimir-putin', 'Vladimir Putin', 'Владимир Путин', 'Владимир Путин'],
    ].map(([id, name, ru, kk]) => ({
      id: id!,
      data: testLeader({
        name: name!,
        country: 'china',
        names: { ru: ru!, kk: kk! },
        offices: office('President'),
      }),
    }));
    const places = [
      ['china', 'China', 'CN'],
      ['germany', 'Germany', 'DE'],
    ].map(([id, name, iso]) => ({ id: id!, data: countrySchema.parse({ name, iso }) }));
    const one = entry('2024/01/x', {
      leaders: named.map((l) => l.id),
      countries: ['china', 'germany'],
      published: '2024-01-10T10:00:00+06:00',
    });
    const archive = buildArchive([one], named, places, { paths, site });
    const shown = (code: LocaleCode, side: 'leaders' | 'countries') =>
      entityIndexRoute(
        routeContext(
          {
            archive,
            relations: buildRelations(archive.articles, archive.byLeader, archive.byCountry),
            keys: createCacheKeys([named, places], (a) => a.id),
            site,
            base: '/archive',
            pageSize: 2,
            locales: [getLocale('en'), getLocale('ru'), getLocale('kk')],
          },
          getLocale(code),
        ),
        side,
      ).table.rows.map((r) => r.name);
    expect(shown('en', 'leaders')).toEqual(['Emomali Rahmon', 'Kassym-Jomart Tokayev', 'Vladimir Putin']);
    expect(shown('ru', 'leaders')).toEqual(['Владимир Путин', 'Касым-Жомарт Токаев', 'Эмомали Рахмон']);
    expect(shown('kk', 'leaders')).toEqual(['Владимир Путин', 'Қасым-Жомарт Тоқаев', 'Эмомали Рахмон']);
    expect(shown('en', 'countries')).toEqual(['China', 'Germany']);
    expect(shown('ru', 'countries')).toEqual(['Германия', 'Китай']);
    expect(shown('kk', 'countries')).toEqual(['Германия', 'Қытай']);
  });

  it('paginate the articles and put the dashboard on the first page only', () => {
    const putin = leaderRoutes(ctx).filter((r) => r.params['id'] === 'vladimir-putin');
    expect(putin.map((r) => r.params['page'])).toEqual([undefined, 'page/2', 'page/3']);
    expect(putin[0]!.props.route().dashboard).toBeDefined();
    expect(putin[1]!.props.route().dashboard).toBeUndefined();
    expect(putin[1]!.props.route().pager?.older?.href).toBe('/archive/leaders/vladimir-putin/page/3/');
    expect(putin[1]!.props.route().pager?.status).toBe('articles 3–4 of 5 · page 2 of 3');
  });

  it("give a leader's dashboard the activity, counterparts linking to the pair page, and offices with years", () => {
    const route = leaderRoutes(ctx)
      .find((r) => r.params['id'] === 'kassym-jomart-tokayev')!
      .props.route();
    const dashboard = route.dashboard!;
    expect(dashboard.activity.figures.years.map((y) => [y.year, y.count])).toEqual([
      [2017, '1'],
      [2018, '0'],
      [2019, '1'],
      [2020, '0'],
      [2021, '1'],
      [2022, '0'],
      [2023, '0'],
      [2024, '1'],
    ]);
    expect(dashboard.activity.kinds.rows).toEqual([
      { name: 'Speech', count: 1 },
      { name: 'Phone call', count: 1 },
      { name: 'Meeting', count: 1 },
      { name: 'Visit', count: 1 },
    ]);
    expect(dashboard.counterparts.tables[0]!.rows).toEqual([
      {
        name: 'Vladimir Putin',
        href: '/archive/leaders/kassym-jomart-tokayev/with/vladimir-putin/',
        count: 4,
      },
    ]);
    expect(dashboard.offices.items).toEqual([
      { title: 'Chairman of the Senate of Kazakhstan', years: '2013–2019' },
      { title: 'President of Kazakhstan', years: '2019–' },
    ]);
    expect(route.facts[0]).toEqual({ label: 'Office', items: [{ text: 'President of Kazakhstan' }] });
  });

  it("link a country's counterpart countries to their pair page", () => {
    const route = countryRoutes(ctx)
      .find((r) => r.params['id'] === 'russia')!
      .props.route();
    expect(route.dashboard!.counterparts.tables[0]!.rows).toEqual([
      { name: 'Kazakhstan', href: '/archive/countries/kazakhstan/with/russia/', count: 4 },
    ]);
  });

  it('link a leader to their country only when the country has a page', () => {
    const only = contextOf([entry('2024/06/e', { leaders: ['vladimir-putin'], countries: ['kazakhstan'] })]);
    const route = leaderRoutes(only)[0]!.props.route();
    expect(route.facts.map((f) => f.label)).toEqual(['Office', 'Articles']);
  });
});

describe('cache keys of leader and country pages', () => {
  it("change when a country's leader gets a page, though the country's articles stay the same", () => {
    const only = entry('2024/01/x', { countries: ['kazakhstan'] });
    const elsewhere = entry('2024/02/y', { leaders: ['kassym-jomart-tokayev'], countries: ['russia'] });
    const kazakhstan = (input: ArticleEntryLike[]) =>
      countryRoutes(contextOf(input)).find((r) => r.params['id'] === 'kazakhstan')!;
    const before = kazakhstan([only]);
    const after = kazakhstan([only, elsewhere]);
    expect(after.props.route().cards.map((a) => a.id)).toEqual(['2024/01/x']);
    expect(after.props.route().facts.at(-1)).toEqual({
      label: 'Leaders',
      items: [{ text: 'Kassym-Jomart Tokayev', href: '/archive/leaders/kassym-jomart-tokayev/' }],
    });
    expect(after.cacheKey).not.toBe(before.cacheKey);
  });
});

describe('leaderPairRoutes and countryPairRoutes', () => {
  it('make one pair page for two leaders, in id order, paginated, with a timeline by year', () => {
    const routes = leaderPairRoutes(ctx);
    expect(routes.map((r) => [r.params['id'], r.params['other'], r.params['page']])).toEqual([
      ['kassym-jomart-tokayev', 'vladimir-putin', undefined],
      ['kassym-jomart-tokayev', 'vladimir-putin', 'page/2'],
    ]);
    const first = routes[0]!.props.route();
    expect(first.heading).toBe('Kassym-Jomart Tokayev and Vladimir Putin');
    expect(first.timeline.map((g) => [g.year, g.cards.map((a) => a.id)])).toEqual([
      [2024, ['2024/03/d']],
      [2021, ['2021/09/c']],
    ]);
    expect(first.activity?.kinds.rows.map((r) => r.name)).toEqual([
      'Speech',
      'Phone call',
      'Meeting',
      'Visit',
    ]);
    expect(routes[1]!.props.route().activity).toBeUndefined();
    expect(first.facts[0]!.items).toEqual([
      { text: 'Kassym-Jomart Tokayev', href: '/archive/leaders/kassym-jomart-tokayev/' },
      { text: 'Vladimir Putin', href: '/archive/leaders/vladimir-putin/' },
    ]);
  });

  it('link to the search for both, by their display names', () => {
    const route = leaderPairRoutes(ctx)[0]!.props.route();
    expect(route.search.href).toBe('/archive/search/?leader=Kassym-Jomart+Tokayev&leader=Vladimir+Putin');
    const countriesRoute = countryPairRoutes(ctx)[0]!.props.route();
    expect(countriesRoute.search.href).toBe('/archive/search/?country=Kazakhstan&country=Russia');
  });

  it('key each page by what it shows: a new article together changes the first page', () => {
    const before = leaderPairRoutes(ctx)[0]!.cacheKey;
    const more = contextOf([
      ...entries,
      entry('2025/01/f', { ...both, published: '2025-01-10', kind: 'call' }),
    ]);
    expect(leaderPairRoutes(more)[0]!.cacheKey).not.toBe(before);
    expect(leaderPairRoutes(contextOf(entries))[0]!.cacheKey).toBe(before);
  });
});

describe('articleRoute', () => {
  it("names the leaders in JSON-LD with the office they held on the article's day", () => {
    const [article2017] = ctx.archive.articles.filter((a) => a.id === '2017/04/a');
    const route = articleRoute(article2017!, { related: [] }, ctx);
    const ld = route.head.jsonLd![0] as { about: { name: string; jobTitle?: string }[]; url: string };
    expect(ld.about[0]).toMatchObject({ name: 'Vladimir Putin', jobTitle: 'President of Russia' });
    expect(ld.about[1]).toMatchObject({
      name: 'Kassym-Jomart Tokayev',
      jobTitle: 'Chairman of the Senate of Kazakhstan',
    });
    expect(ld.url).toBe('https://news.example.org/archive/articles/2017/04/a/');
    expect(route.trail.items.at(-1)).toEqual({ label: 'Title of 2017/04/a' });
    expect(route.trail.items.map((c) => c.label)).toEqual([
      'Home',
      'Archive',
      '2017',
      'April 2017',
      'Title of 2017/04/a',
    ]);
    expect(route.search.filters.leader).toEqual(['Vladimir Putin', 'Kassym-Jomart Tokayev']);
  });
});

describe('route data in another interface language', () => {
  const ru = contextOf(entries, 2, 'ru');

  it('puts the frame under the language’s prefix, and keeps search values language-independent', () => {
    const route = entityRoutes(ru, 'leaders')
      .find((r) => r.params['id'] === 'vladimir-putin')!
      .props.route();
    expect(route.trail.items.map((c) => c.href)).toEqual(['/archive/ru/', '/archive/ru/leaders/', undefined]);
    expect(route.search.href).toBe('/archive/ru/search/?leader=Vladimir+Putin');
    expect(route.head.lang).toBe('ru');
    expect(route.head.frame.nav.links.map((l) => l.label)).toEqual([
      'Новое',
      'Архив',
      'Лидеры',
      'Страны',
      'Темы',
    ]);
    expect(route.head.frame.nav.links.find((l) => l.current)?.href).toBe('/archive/ru/leaders/');
    expect(route.pager?.status).toBe('статьи 1–2 из 5 · страница 1 из 3');
  });

  it('names countries from CLDR and kinds from the dictionary, and marks texts in another language', () => {
    const route = entityRoutes(ru, 'countries')
      .find((r) => r.params['id'] === 'kazakhstan')!
      .props.route();
    expect(route.heading).toBe('Казахстан');
    expect(route.dashboard!.activity.kinds.rows.map((r) => r.name)).toEqual([
      'Выступление',
      'Телефонный разговор',
      'Встреча',
      'Визит',
    ]);
    expect(route.cards[0]).toMatchObject({ lang: 'en', href: '/archive/articles/2024/03/d/' });
    expect(entityRoutes(ctx, 'countries')[0]!.props.route().cards[0]!.lang).toBeUndefined();
  });
});

describe('the archive by date in Russian', () => {
  const ru = contextOf(entries, 2, 'ru');

  it('capitalises a month that stands alone (heading, crumb, list) and not one within a sentence', () => {
    const month = archiveMonthRoutes(ru)
      .find((r) => r.params.year === '2024' && r.params.month === '03')!
      .props.route();
    expect(month.heading).toBe('Март 2024 г.');
    expect(month.trail?.items.at(-1)?.label).toBe('Март 2024 г.');
    expect(month.head.title).toContain('Архив: март 2024 г.');
    const year = archiveYearRoutes(ru).find((r) => r.params.year === '2024')!.props.route;
    expect(year.months.map((m) => m.label)).toEqual(['Июнь 2024 г.', 'Март 2024 г.']);
    expect(
      archiveIndexRoute(ru)
        .years.find((y) => y.year.label === '2024')!
        .months.map((m) => m.label),
    ).toEqual(['Июнь', 'Март']);
  });
});

describe('an article page’s standfirst', () => {
  it('is left out when the body opens with the summary, character references and markup aside', () => {
    const summary = 'President Tokayev met Putin & Rahmon in “Dushanbe”.';
    expect(
      opensWith(
        '<p>President <em>Tokayev</em> met Putin &amp; Rahmon in &#x201C;Dushanbe&#8221;. They spoke.</p>',
        summary,
      ),
    ).toBe(true);
    expect(opensWith('<p>President Tokayev met Putin and Rahmon.</p>', summary)).toBe(false);
    expect(opensWith('<h2>Lead</h2><p>Another first paragraph.</p>', 'Lead')).toBe(false);
    expect(opensWith('', summary)).toBe(false);
  });

  it('is shown when the body says something else, and when the body is MDX (no HTML to compare)', () => {
    const [article] = ctx.archive.articles;
    const same = articleRoute(article!, { related: [] }, ctx, `<p>${article!.summary} More.</p>`);
    expect(same.standfirst).toBeUndefined();
    expect(articleRoute(article!, { related: [] }, ctx, '<p>Other words.</p>').standfirst).toBe(
      article!.summary,
    );
    expect(articleRoute(article!, { related: [] }, ctx).standfirst).toBe(article!.summary);
  });
});
