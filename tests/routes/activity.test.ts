import { describe, expect, it } from 'vitest';
import { getLocale } from '../../src/i18n';
import { activityOf, chartTexts } from '../../src/routes/activity';

const counts = [
  { year: 2019, count: 2 },
  { year: 2020, count: 0 },
  { year: 2021, count: 5 },
];

describe('chartTexts', () => {
  it('names the axes and describes the figures in a sentence', () => {
    const texts = chartTexts(getLocale('en'), ['Kassym-Jomart Tokayev'], counts);
    expect(texts.title).toBe('Articles per year involving Kassym-Jomart Tokayev');
    expect([texts.xTitle, texts.yTitle]).toEqual(['Year', 'Articles']);
    expect(texts.description).toBe(
      '7 articles involving Kassym-Jomart Tokayev from 2019 to 2021; the most, 5, in 2021.',
    );
    const tied = [
      { year: 2019, count: 2 },
      { year: 2020, count: 1 },
      { year: 2021, count: 2 },
      { year: 2022, count: 2 },
    ];
    expect(chartTexts(getLocale('en'), ['X'], tied).description).toBe(
      '7 articles involving X from 2019 to 2022; the most, 2, in 2019, 2021 and 2022.',
    );
    expect(chartTexts(getLocale('en'), ['X'], [{ year: 2021, count: 1 }]).description).toBe(
      '1 article involving X in 2021; the most, 1, in 2021.',
    );
  });

  it('describes an empty record without inventing figures', () => {
    expect(chartTexts(getLocale('en'), ['X'], []).description).toBe('No articles involving X.');
  });

  it('speaks Russian and Kazakh with their plural forms and number formats', () => {
    const many = [
      { year: 2019, count: 1000 },
      { year: 2020, count: 1 },
    ];
    expect(chartTexts(getLocale('ru'), ['Касым-Жомарт Токаев'], many).description).toBe(
      '1\u00a0001 статья, где упоминается Касым-Жомарт Токаев, с 2019 по 2020 год; больше всего, 1\u00a0000, в: 2019.',
    );
    expect(chartTexts(getLocale('kk'), ['Қасым-Жомарт Тоқаев'], counts).title).toBe(
      'Қасым-Жомарт Тоқаев аталатын мақалалар, жыл бойынша',
    );
  });
});

describe('the texts of a pair’s activity', () => {
  const pair = ['Эмомали Рахмон', 'Касым-Жомарт Токаев'] as const;
  const counts = [{ year: 2021, count: 2 }];

  it('agree with two names in Russian, where one name takes the singular', () => {
    expect(chartTexts(getLocale('ru'), pair, counts).title).toBe(
      'Статьи по годам, где упоминаются и Эмомали Рахмон, и Касым-Жомарт Токаев',
    );
    expect(chartTexts(getLocale('ru'), pair, []).description).toBe(
      'Нет статей, где упоминаются и Эмомали Рахмон, и Касым-Жомарт Токаев.',
    );
    expect(activityOf(getLocale('ru'), pair, counts, []).kinds.caption).toBe(
      'Статьи, где упоминаются и Эмомали Рахмон, и Касым-Жомарт Токаев, по видам',
    );
    expect(chartTexts(getLocale('ru'), ['Касым-Жомарт Токаев'], counts).title).toBe(
      'Статьи по годам, где упоминается Касым-Жомарт Токаев',
    );
  });

  it('name both in English and Kazakh', () => {
    expect(chartTexts(getLocale('en'), ['Emomali Rahmon', 'Kassym-Jomart Tokayev'], counts).title).toBe(
      'Articles per year involving both Emomali Rahmon and Kassym-Jomart Tokayev',
    );
    expect(chartTexts(getLocale('kk'), ['Эмомали Рахмон', 'Қасым-Жомарт Тоқаев'], counts).description).toBe(
      'Эмомали Рахмон және Қасым-Жомарт Тоқаев бірге аталатын 2 мақала, 2021 жыл; ең көбі, 2: 2021.',
    );
  });
});

describe('activityOf', () => {
  it('counts by kind under the kinds’ names, and writes the figures as the language does', () => {
    const activity = activityOf(
      getLocale('ru'),
      ['X'],
      [{ year: 2021, count: 1234 }],
      [{ kind: 'call', count: 3 }],
    );
    expect(activity.kinds.rows).toEqual([{ name: 'Телефонный разговор', count: 3 }]);
    expect(activity.figures.years).toEqual([{ year: 2021, count: '1\u00a0234' }]);
    expect(activity.chart.bars[0]!.text).toBe('1\u00a0234');
  });
});
