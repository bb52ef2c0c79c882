import { describe, expect, it } from 'vitest';
import { extractArticle, readDateline, splitTags, toLines } from '../../src/import/extract';
import { ImportRefusal } from '../../src/import/refusal';
import { fixture } from './support';

const BODY = 'President Kassym-Jomart Tokayev had a telephone conversation with President Emomali Rahmon.';

describe('readDateline', () => {
  it.each([
    ['NUR-SULTAN. KAZINFORM - ', { place: 'NUR-SULTAN', agency: 'KAZINFORM' }],
    ['NUR-SULTAN. KAZINFORM – ', { place: 'NUR-SULTAN', agency: 'KAZINFORM' }],
    ['НУР-СУЛТАН. КАЗИНФОРМ – ', { place: 'НУР-СУЛТАН', agency: 'КАЗИНФОРМ' }],
    ['ASTANA, September 26. /TASS/. ', { place: 'ASTANA', agency: 'TASS' }],
    ['ALMATY, May 2 (Reuters) - ', { place: 'ALMATY', agency: 'Reuters' }],
    ['ASTANA – ', { place: 'ASTANA' }],
  ])('reads "%s" and removes it from the paragraph', (dateline, expected) => {
    const found = readDateline(dateline + BODY);
    expect(found).toMatchObject({ ...expected, rest: BODY });
    if (!('agency' in expected)) expect(found?.agency).toBeUndefined();
  });

  it('keeps the day of a dateline that gives one', () => {
    expect(readDateline(`ASTANA, September 26. /TASS/. ${BODY}`)?.date).toMatchObject({ month: 9, day: 26 });
  });

  it('leaves an ordinary first sentence alone', () => {
    expect(readDateline(BODY)).toBeUndefined();
    expect(readDateline('The UN - and the EU - welcomed the talks between the two leaders.')).toBeUndefined();
  });
});

describe('splitTags', () => {
  it('starts a tag at each capitalised word unless a connector comes before it', () => {
    expect(
      splitTags(
        'President of Kazakhstan Kyrgyzstan Tajikistan Akorda presidential residence Kyrgyz-Tajik border conflict',
      ),
    ).toEqual([
      'President of Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'Akorda presidential residence',
      'Kyrgyz-Tajik border conflict',
    ]);
  });

  it('splits on commas or hash signs when the line has them, and drops repeats', () => {
    expect(splitTags('Central Asia, state visit; Central Asia')).toEqual(['Central Asia', 'state visit']);
    expect(splitTags('#Kazakhstan #Central Asia')).toEqual(['Kazakhstan', 'Central Asia']);
  });
});

describe('toLines', () => {
  it('joins a paragraph that a hard wrap broke mid-sentence', () => {
    expect(
      toLines('Head of State Kassym-Jomart Tokayev delivered his\nannual address.\n\nNext one.'),
    ).toEqual(['Head of State Kassym-Jomart Tokayev delivered his annual address.', '', 'Next one.']);
  });
});

describe('extractArticle', () => {
  it('finds the headline between the menus and the date, and the body after the date', () => {
    const found = extractArticle(
      [
        'Go to the main site',
        'Currency rates:',
        'usd/kzt 445.99 eur/kzt 486.53',
        '• Main Page >',
        'President',
        'Head of State had telephone talk with Tajik President',
        '2 May 2021, 08:10',
        `NUR-SULTAN. KAZINFORM - ${BODY}`,
        'Kazakhstan President commended the agreement on holding the summit in Dushanbe.',
      ].join('\n'),
    );
    expect(found.title).toBe('Head of State had telephone talk with Tajik President');
    expect(found.date).toMatchObject({
      year: 2021,
      month: 5,
      day: 2,
      time: { hour: 8, minute: 10 },
      from: 'header',
    });
    expect(found).toMatchObject({ dateline: 'NUR-SULTAN', agency: 'KAZINFORM' });
    expect(found.paragraphs).toEqual([
      BODY,
      'Kazakhstan President commended the agreement on holding the summit in Dushanbe.',
    ]);
  });

  it('reads the author on its own line or after the label, and the tags line after it', () => {
    const found = extractArticle(
      [
        `${BODY}`,
        'Author:',
        '',
        'Kudrenok Tatyana',
        '',
        'President of Kazakhstan Tajikistan',
        'Related news',
        'X',
      ].join('\n'),
    );
    expect(found.author).toBe('Kudrenok Tatyana');
    expect(found.tags).toEqual(['President of Kazakhstan', 'Tajikistan']);
    expect(extractArticle(`${BODY}\nАвтор: Иванова Анна`).author).toBe('Иванова Анна');
    expect(extractArticle(`${BODY}\nРедактор:\nПетров Пётр`).author).toBe('Петров Пётр');
  });

  it('drops chrome between the paragraphs and stops at the next section of the page', () => {
    const found = extractArticle(
      [
        BODY,
        'Read also: Tokayev meets Putin in Moscow',
        'Photo: Akorda press service',
        'The two leaders agreed to keep in touch on the situation in the region.',
        'Popular',
        'Kazakhstan to host Asia Rugby Women’s Championship 2023 and many more events this year.',
      ].join('\n'),
    );
    expect(found.paragraphs).toEqual([
      BODY,
      'The two leaders agreed to keep in touch on the situation in the region.',
    ]);
    expect(found.droppedInBody).toEqual([
      'Read also: Tokayev meets Putin in Moscow',
      'Photo: Akorda press service',
    ]);
  });

  it('finds a date printed before the headline', () => {
    const found = extractArticle(
      ['21:38, 28 May 2025', 'Tokayev holds talks with Uzbek President', BODY].join('\n'),
    );
    expect(found.title).toBe('Tokayev holds talks with Uzbek President');
    expect(found.date).toMatchObject({ year: 2025, month: 5, day: 28 });
  });

  it('tells the publication date from an update printed beside it', () => {
    const found = extractArticle(
      [
        'Tokayev holds talks with Uzbek President',
        'Published: 2 May 2021, 08:10',
        'Updated: 3 May 2021, 10:00',
        BODY,
      ].join('\n'),
    );
    expect(found.date).toMatchObject({ month: 5, day: 2, time: { hour: 8, minute: 10 } });
    expect(found.updated).toMatchObject({ month: 5, day: 3, time: { hour: 10, minute: 0 } });
  });

  it('has no headline when the text starts with the body', () => {
    const found = extractArticle(`date 2025-10-09 ${BODY}`);
    expect(found.title).toBeUndefined();
    expect(found.date).toMatchObject({ year: 2025, month: 10, day: 9, from: 'first line' });
    expect(found.paragraphs).toEqual([BODY]);
  });

  it('never takes a menu of section names for the headline', () => {
    const menus = [
      'World  Business  Russia  Sport',
      'Politics Economy Society Culture',
      'Мир Экономика Политика Спорт',
    ];
    for (const menu of menus) {
      expect(extractArticle(`${menu}\nASTANA, September 26. /TASS/. ${BODY}`).title).toBeUndefined();
      expect(extractArticle(`${menu}\nKazakh President Visits Moscow\n${BODY}`).title).toBe(
        'Kazakh President Visits Moscow',
      );
    }
  });

  it('refuses text with no article in it, only page chrome', () => {
    expect(() => extractArticle(fixture('chrome-only.txt'))).toThrow(ImportRefusal);
    expect(() => extractArticle(fixture('chrome-only.txt'))).toThrow(/no article text found/);
  });
});
