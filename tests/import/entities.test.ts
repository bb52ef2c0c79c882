import { describe, expect, it } from 'vitest';
import { createMatcher, matchEntities } from '../../src/import/entities';
import { matcher } from './support';

describe('matchEntities', () => {
  it('finds leaders and countries by name, alias, demonym and adjective', () => {
    const found = matchEntities(
      matcher,
      'Kazakh President Tokayev discussed the Kyrgyz-Tajik border with Putin.',
    );
    expect(found.leaders).toEqual(['kassym-jomart-tokayev', 'vladimir-putin']);
    expect(found.countries).toEqual(['kazakhstan', 'kyrgyzstan', 'tajikistan']);
  });

  it('lists each entry once, in order of first mention', () => {
    const found = matchEntities(
      matcher,
      'Tajikistan and Russia. Then Kazakhstan, Tajikistan and Kazakhstan again.',
    );
    expect(found.countries).toEqual(['tajikistan', 'russia', 'kazakhstan']);
  });

  it('matches Russian names in their case forms', () => {
    const found = matchEntities(
      matcher,
      'Касым-Жомарту Токаеву позвонил Эмомали Рахмон из Таджикистана; речь шла о России и Казахстане.',
    );
    expect(found.leaders).toEqual(['kassym-jomart-tokayev', 'emomali-rahmon']);
    expect(found.countries).toEqual(['tajikistan', 'russia', 'kazakhstan']);
  });

  it('ignores case and needs whole words', () => {
    expect(matchEntities(matcher, 'KAZAKHSTAN and tokayev').leaders).toEqual(['kassym-jomart-tokayev']);
    expect(matchEntities(matcher, 'Rushdie and Tajikistanian pilaf').countries).toEqual([]);
  });

  it('reports names that look like leaders or countries but match no entry', () => {
    const found = matchEntities(
      matcher,
      'President Shavkat Mirziyoyev of Uzbekistan met Kazakh President Tokayev in Astana. Президент Туркменистана Сердар Бердымухамедов прибыл.',
    );
    expect(found.unmatched).toEqual([
      { kind: 'leader', text: 'Shavkat Mirziyoyev' },
      { kind: 'leader', text: 'Сердар Бердымухамедов' },
      { kind: 'country', text: 'Uzbekistan' },
      { kind: 'country', text: 'Туркменистана' },
    ]);
  });

  it('works with any collection it is given', () => {
    const custom = createMatcher(
      [{ id: 'shavkat-mirziyoyev', name: 'Shavkat Mirziyoyev', aliases: ['Мирзиёев'] }],
      [{ id: 'uzbekistan', name: 'Uzbekistan', aliases: ['Uzbek', 'Узбекистан'] }],
    );
    const found = matchEntities(custom, 'Президент Узбекистана Шавкат Мирзиёев and the Uzbek side');
    expect(found).toEqual({ leaders: ['shavkat-mirziyoyev'], countries: ['uzbekistan'], unmatched: [] });
  });
});
