import { describe, expect, it } from 'vitest';
import {
  buildArchive,
  compareNewestFirst,
  findContentErrors,
  neighbours,
  type ArticleEntryLike,
} from '../../src/model/archive';
import { parsePublished } from '../../src/model/dates';
import { createPaths } from '../../src/routes/paths';
import { countrySchema, type ArticleInput } from '../../src/model/schema';
import { articleEntry, URLS } from '../support/model';
import { testLeader, tokayevEntry } from '../support/leaders';

/** A fake entry whose data went through the real schema. */
const entry = (id: string, data: Partial<ArticleInput>, body = 'Text.'): ArticleEntryLike =>
  articleEntry(id, { title: id, ...data }, body);

const leaders = [
  { id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', country: 'kazakhstan' },
  { id: 'emomali-rahmon', name: 'Emomali Rahmon', country: 'tajikistan' },
].map(({ id, name, country }) => ({
  id,
  filePath: `content/leaders/${id}.yaml`,
  data: testLeader({
    name,
    offices: [{ title: 'President', role: 'head-of-state', start: '1991-12-16' }],
    country,
  }),
}));
const countries = [
  { id: 'kazakhstan', name: 'Kazakhstan', iso: 'KZ' },
  { id: 'tajikistan', name: 'Tajikistan', iso: 'TJ' },
].map(({ id, ...data }) => ({
  id,
  filePath: `content/countries/${id}.yaml`,
  data: countrySchema.parse(data),
}));

const paths = createPaths('/');
const urlOf = (a: ArticleEntryLike) =>
  paths.article({ slug: a.id.split('/').pop()!, published: parsePublished(a.data.published) });

const entries = [
  entry('2021/05/call', {
    published: '2021-05-02T08:10:00+06:00',
    leaders: ['kassym-jomart-tokayev', 'emomali-rahmon'],
    countries: ['kazakhstan', 'tajikistan'],
    tags: ['Kyrgyz-Tajik border conflict', 'Tajikistan'],
  }),
  entry('2025/10/speech', {
    published: '2025-10-09',
    leaders: ['kassym-jomart-tokayev'],
    countries: ['kazakhstan'],
    tags: ['Tajikistan'],
  }),
  entry('2021/05/early', { published: '2021-05-01T23:00:00+00:00', countries: ['tajikistan'] }),
];

describe('buildArchive', () => {
  const archive = buildArchive(entries, leaders, countries, URLS);

  it('puts the newest article first, comparing instants across offsets', () => {
    // 2021-05-02T08:10+06:00 is 02:10 UTC, after 2021-05-01T23:00 UTC.
    expect(archive.articles.map((a) => a.id)).toEqual(['2025/10/speech', '2021/05/call', '2021/05/early']);
  });

  it('lists every article under each of its leaders and countries, newest first', () => {
    expect(archive.byLeader.get('kassym-jomart-tokayev')?.map((a) => a.id)).toEqual([
      '2025/10/speech',
      '2021/05/call',
    ]);
    expect(archive.byLeader.get('emomali-rahmon')?.map((a) => a.id)).toEqual(['2021/05/call']);
    expect(archive.byCountry.get('tajikistan')?.map((a) => a.id)).toEqual(['2021/05/call', '2021/05/early']);
  });

  it('groups tags by slug and keeps their names', () => {
    expect(archive.byTag.get('tajikistan')?.articles.map((a) => a.id)).toEqual([
      '2025/10/speech',
      '2021/05/call',
    ]);
    expect(archive.byTag.get('kyrgyz-tajik-border-conflict')?.name).toBe('Kyrgyz-Tajik border conflict');
  });

  it('counts articles by year and month in the source zone, newest first', () => {
    expect(archive.years).toEqual([
      { year: 2025, count: 1, months: [{ month: 10, count: 1 }] },
      { year: 2021, count: 2, months: [{ month: 5, count: 2 }] },
    ]);
    expect(archive.byMonth.get('2021-05')?.map((a) => a.id)).toEqual(['2021/05/call', '2021/05/early']);
  });

  it("resolves each article's leaders with the office held on its local day, and its countries", () => {
    const call = archive.articles.find((a) => a.id === '2021/05/call')!;
    expect(call.day).toBe('2021-05-02');
    expect(call.people.map((p) => [p.id, p.label, p.href])).toEqual([
      ['kassym-jomart-tokayev', 'Kassym-Jomart Tokayev, President', '/leaders/kassym-jomart-tokayev/'],
      ['emomali-rahmon', 'Emomali Rahmon, President', '/leaders/emomali-rahmon/'],
    ]);
    expect(call.nations.map((c) => [c.id, c.name, c.iso])).toEqual([
      ['kazakhstan', 'Kazakhstan', 'KZ'],
      ['tajikistan', 'Tajikistan', 'TJ'],
    ]);
  });

  it('reads the office at the local calendar day, not the UTC one', () => {
    const tokayev = tokayevEntry();
    // 00:30 on 20 March in Astana is still 19 March in UTC.
    const [first] = buildArchive(
      [
        entry('2019/03/sworn', {
          published: '2019-03-20T00:30:00+06:00',
          leaders: ['kassym-jomart-tokayev'],
        }),
      ],
      [tokayev],
      countries,
      URLS,
    ).articles;
    expect(first!.people[0]!.office?.title).toBe('President of Kazakhstan');
    const [before] = buildArchive(
      [entry('2017/03/senate', { published: '2017-03-01', leaders: ['kassym-jomart-tokayev'] })],
      [tokayev],
      countries,
      URLS,
    ).articles;
    expect(before!.people[0]!.label).toBe('Kassym-Jomart Tokayev, Chairman of the Senate of Kazakhstan');
  });

  it('gives each article its path and permanent URL from one base and origin', () => {
    const other = buildArchive(entries, leaders, countries, {
      paths: createPaths('/archive'),
      site: 'https://news.example.org',
    });
    const call = other.articles.find((a) => a.id === '2021/05/call')!;
    expect(call.url).toBe('/archive/articles/2021/05/call/');
    expect(call.permanentUrl).toBe('https://news.example.org/archive/articles/2021/05/call/');
    expect(call.people[0]!.href).toBe('/archive/leaders/kassym-jomart-tokayev/');
  });

  it('sorts leaders and countries by name and indexes them by id', () => {
    expect(archive.leaders.map((l) => l.id)).toEqual(['emomali-rahmon', 'kassym-jomart-tokayev']);
    expect(archive.countryById.get('kazakhstan')?.data.iso).toBe('KZ');
  });

  it('lists only the leaders and countries with articles, and looks up every one', () => {
    const registry = [
      ...leaders,
      {
        id: 'shavkat-mirziyoyev',
        filePath: 'content/leaders/shavkat-mirziyoyev.yaml',
        data: testLeader({
          name: 'Shavkat Mirziyoyev',
          country: 'uzbekistan',
          offices: [{ title: 'President of Uzbekistan', role: 'head-of-state', start: '2016-12-14' }],
        }),
      },
    ];
    const all = [
      ...countries,
      { id: 'uzbekistan', data: countrySchema.parse({ name: 'Uzbekistan', iso: 'UZ' }) },
    ];
    const built = buildArchive(entries, registry, all, URLS);
    expect(built.leaders.map((l) => l.id)).toEqual(['emomali-rahmon', 'kassym-jomart-tokayev']);
    expect(built.countries.map((c) => c.id)).toEqual(['kazakhstan', 'tajikistan']);
    expect(built.leaderById.get('shavkat-mirziyoyev')?.data.name).toBe('Shavkat Mirziyoyev');
    expect(built.countryById.get('uzbekistan')?.data.iso).toBe('UZ');
  });

  it('finds the older and newer neighbours of an article', () => {
    const { older, newer } = neighbours(archive.articles, 1);
    expect([older?.id, newer?.id]).toEqual(['2021/05/early', '2025/10/speech']);
    expect(neighbours(archive.articles, 0).newer).toBeUndefined();
  });

  it('orders articles published at the same instant by id, whatever order they load in', () => {
    const same = [entry('b', {}), entry('a', {})];
    expect(buildArchive(same, leaders, countries, URLS).articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(compareNewestFirst({ epochMs: 1, id: 'a' }, { epochMs: 2, id: 'b' })).toBeGreaterThan(0);
  });
});

describe('findContentErrors', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(findContentErrors(entries, leaders, countries, urlOf)).toEqual([]);
  });

  it('names the file and the field of an unknown leader or country', () => {
    const bad = [entry('2021/05/typo', { leaders: ['kassym-jomart-tokaev'], countries: ['kazakstan'] })];
    expect(findContentErrors(bad, leaders, countries, urlOf)).toEqual([
      'content/articles/2021/05/typo.md: leaders[0]: unknown leader "kassym-jomart-tokaev" (no such file in leaders/)',
      'content/articles/2021/05/typo.md: countries[0]: unknown country "kazakstan" (no such file in countries/)',
    ]);
  });

  it('accepts references in the form Astro gives them', () => {
    const withRefs = [entry('2021/05/refs', {})].map((e) => ({
      ...e,
      data: { ...e.data, leaders: [{ id: 'emomali-rahmon' }], countries: [{ id: 'tajikistan' }] },
    }));
    expect(findContentErrors(withRefs, leaders, countries, urlOf)).toEqual([]);
  });

  it('refuses two articles that would share a URL', () => {
    const twins = [
      entry('2021/05/same', {}),
      { ...entry('2021/05/same', {}), filePath: 'content/articles/other/same.md' },
    ];
    const errors = findContentErrors(twins, leaders, countries, urlOf);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/articles\/other\/same\.md: the URL \/articles\/2021\/01\/same\/ is already taken/,
    );
  });

  it('refuses raw HTML in a body, naming the file and the line', () => {
    const errors = findContentErrors(
      [entry('2021/05/x', {}, 'One.\n\n<img src=x onerror=alert(1)>')],
      leaders,
      countries,
      urlOf,
    );
    expect(errors).toEqual([
      'content/articles/2021/05/x.md: body line 3: raw HTML tag (<img src=x onerror=alert(1)>) is not allowed in articles',
    ]);
  });

  it('refuses a leader whose country does not exist', () => {
    const stray = [
      {
        id: 'x',
        filePath: 'content/leaders/x.yaml',
        data: testLeader({
          name: 'X',
          country: 'atlantis',
          offices: [{ title: 'President', role: 'head-of-state', start: '2000-01-01' }],
        }),
      },
    ];
    expect(findContentErrors(entries, stray, countries, urlOf)).toContain(
      'content/leaders/x.yaml: country: unknown country "atlantis" (no such file in countries/)',
    );
  });

  it('refuses an archive with no articles at all', () => {
    expect(findContentErrors([], leaders, countries, urlOf)[0]).toMatch(/no article was found/);
  });
});
