import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/model/slug';

describe('slugify', () => {
  it('lowercases and hyphenates English headlines', () => {
    expect(slugify('Head of State had telephone talk with Tajik President')).toBe(
      'head-of-state-had-telephone-talk-with-tajik-president',
    );
  });

  it('drops punctuation and joins dashes of any kind', () => {
    expect(slugify('Tokayev speaks at Central Asia–Russia Summit in Dushanbe')).toBe(
      'tokayev-speaks-at-central-asia-russia-summit-in-dushanbe',
    );
    expect(slugify('  “Xi’an”: 7,591 km!  ')).toBe('xian-7-591-km');
  });

  it('transliterates Kazakh letters instead of dropping them', () => {
    expect(slugify('Қазақстан')).toBe('qazaqstan');
    expect(slugify('Тоқаев және Ұлытау')).toBe('toqaev-zhane-ulytau');
    expect(slugify('Әлем ғылымы, Өскемен, Үржар, Іле, Шаңырақ')).toBe(
      'alem-ghylymy-oskemen-urzhar-ile-shangyraq',
    );
  });

  it('transliterates Russian and Tajik Cyrillic', () => {
    expect(slugify('Телефонный разговор с Президентом Таджикистана')).toBe(
      'telefonnyy-razgovor-s-prezidentom-tadzhikistana',
    );
    expect(slugify('Эмомалӣ Раҳмон')).toBe('emomali-rahmon');
  });

  it('removes accents from Latin letters', () => {
    expect(slugify('Sätteri Café Ñandú')).toBe('satteri-cafe-nandu');
  });

  it('never percent-encodes: scripts it cannot transliterate give an empty slug the caller must handle', () => {
    expect(slugify('中文')).toBe('');
  });
});
