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
    // Russia is not named, but Putin is: his country comes along, after those the text names.
    expect(found.countries).toEqual(['kazakhstan', 'kyrgyzstan', 'tajikistan', 'russia']);
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

  it('matches Kazakh names with their case endings', () => {
    const found = matchEntities(
      matcher,
      'Қасым-Жомарт Тоқаевтың Ресейге сапары: Мемлекет басшысы Шавкат Мирзиёевпен Өзбекстанның мәселелерін талқылады.',
    );
    expect(found.leaders).toEqual(['kassym-jomart-tokayev', 'shavkat-mirziyoyev']);
    expect(found.countries).toEqual(['russia', 'uzbekistan', 'kazakhstan']);
  });

  it('takes two leaders’ surnames side by side for both leaders, not a given name and a surname', () => {
    // Headlines name leaders by surname alone, one after the other.
    const kazakh = matchEntities(matcher, 'Тоқаев Мирзиёевпен телефон арқылы сөйлесті', '2025-02-05', 'kk');
    expect(kazakh.leaders).toEqual(['kassym-jomart-tokayev', 'shavkat-mirziyoyev']);
    expect(kazakh.unmatched.map((u) => u.text)).toEqual([]);
    const russian = matchEntities(matcher, 'Токаев Рахмону: граница будет открыта', '2025-02-05', 'ru');
    expect(russian.leaders).toEqual(['kassym-jomart-tokayev', 'emomali-rahmon']);
    // A surname-like word that names no leader still makes the name before it a given name.
    const other = matchEntities(matcher, 'Рахмон Набиев выступил в Душанбе', '1992-05-05', 'ru');
    expect(other.leaders).not.toContain('emomali-rahmon');
  });

  it('takes no leader for a place or institution named after one, in English, Russian and Kazakh', () => {
    const day = '2024-08-09';
    const placeOf = (text: string, lang: string) => {
      const found = matchEntities(matcher, text, day, lang);
      return { leaders: found.leaders, named: found.unmatched.map((u) => u.text) };
    };
    expect(placeOf('Students of Nazarbayev University met in Astana.', 'en')).toEqual({
      leaders: [],
      named: ['Nazarbayev'],
    });
    expect(placeOf('Heydar Aliyev International Airport welcomed Ilham Aliyev.', 'en').leaders).toEqual([
      'ilham-aliyev',
    ]);
    expect(placeOf('Делегация посетила Центр Гейдара Алиева в Баку.', 'ru').leaders).toEqual([]);
    expect(placeOf('Самолёт приземлился в аэропорту имени Гейдара Алиева.', 'ru').leaders).toEqual([]);
    expect(placeOf('Студенты Назарбаев Университета встретились с Токаевым.', 'ru').leaders).toEqual([
      'kassym-jomart-tokayev',
    ]);
    expect(placeOf('Тоқаев Назарбаев Университетіне барды.', 'kk').leaders).toEqual([
      'kassym-jomart-tokayev',
    ]);
    expect(placeOf('Гейдар Әлиев атындағы орталықта көрме ашылды.', 'kk').leaders).toEqual([]);
    // The leader himself, beside words that only look like a place's.
    expect(placeOf('Тоқаев мектепке барды.', 'kk').leaders).toEqual(['kassym-jomart-tokayev']);
    expect(placeOf('Тоқаев Орталық Азия елдерінің басшыларымен кездесті.', 'kk').leaders).toEqual([
      'kassym-jomart-tokayev',
    ]);
    expect(placeOf('По данным пресс-центра Токаева, встреча прошла успешно.', 'ru').leaders).toEqual([
      'kassym-jomart-tokayev',
    ]);
    expect(
      placeOf('The Nursultan Nazarbayev Foundation opened; Nazarbayev spoke there.', 'en').leaders,
    ).toEqual(['nursultan-nazarbayev']);
  });

  it('ignores case and needs whole words', () => {
    expect(matchEntities(matcher, 'KAZAKHSTAN and tokayev').leaders).toEqual(['kassym-jomart-tokayev']);
    expect(matchEntities(matcher, 'Rushdie and Tajikistanian pilaf').countries).toEqual([]);
  });

  it('adds the country of a leader the text names without it', () => {
    const found = matchEntities(
      matcher,
      'President Tokayev received the Tajik Minister of Foreign Affairs in Astana.',
      '2024-05-02',
    );
    expect(found.countries).toEqual(['tajikistan', 'kazakhstan']);
  });

  it.each([
    ['Shavkat Mirziyoyev', 'Uzbek President Shavkat Mirziyoyev arrived.'],
    ['Mirziyoev', 'President Mirziyoev arrived.'],
    ['Мирзиёев', 'Прибыл Президент Шавкат Мирзиёев.'],
    ['Мирзиёевым', 'Переговоры с Мирзиёевым прошли в Ташкенте.'],
  ])('finds Mirziyoyev written %s, and Uzbekistan with him', (_, text) => {
    const found = matchEntities(matcher, text, '2023-05-01');
    expect(found.leaders).toEqual(['shavkat-mirziyoyev']);
    expect(found.countries).toEqual(['uzbekistan']);
  });

  it.each([
    ['Japarov', 'President Japarov spoke.'],
    ['Zhaparov', 'President Sadyr Zhaparov spoke.'],
    ['Жапаров', 'Садыр Жапаров выступил.'],
    ['Жапаровым', 'Встреча с Садыром Жапаровым.'],
  ])('finds Sadyr Japarov written %s, and Kyrgyzstan with him', (_, text) => {
    const found = matchEntities(matcher, text, '2022-06-01');
    expect(found.leaders).toEqual(['sadyr-japarov']);
    expect(found.countries).toEqual(['kyrgyzstan']);
  });

  describe('a surname two leaders share', () => {
    it('names the father or the son when the text gives the first name', () => {
      expect(
        matchEntities(matcher, 'Gurbanguly Berdimuhamedov visited Astana.', '2023-06-01').leaders,
      ).toEqual(['gurbanguly-berdimuhamedov']);
      expect(matchEntities(matcher, 'Сердар Бердымухамедов прибыл в Астану.', '2015-06-01').leaders).toEqual([
        'serdar-berdimuhamedov',
      ]);
      expect(
        matchEntities(
          matcher,
          'Serdar Berdymukhamedov met Tokayev. Berdymukhamedov said the talks went well.',
          '2023-06-01',
        ).leaders,
      ).toEqual(['serdar-berdimuhamedov', 'kassym-jomart-tokayev']);
    });

    it('alone, names the one in office on the article’s day', () => {
      expect(
        matchEntities(matcher, 'President Berdimuhamedov opened the summit.', '2015-06-01').leaders,
      ).toEqual(['gurbanguly-berdimuhamedov']);
      expect(matchEntities(matcher, 'Президент Бердымухамедов открыл саммит.', '2023-06-01').leaders).toEqual(
        ['serdar-berdimuhamedov'],
      );
      expect(matchEntities(matcher, 'President Aliyev arrived in Astana.', '2001-04-01').leaders).toEqual([
        'heydar-aliyev',
      ]);
      expect(matchEntities(matcher, 'President Aliyev arrived in Astana.', '2012-04-01').leaders).toEqual([
        'ilham-aliyev',
      ]);
    });

    it('alone, with both in office, names the one whose office the title before it gives', () => {
      // Sadyr Japarov was President and Akylbek Japarov Chairman of the Cabinet from 2021 to 2024.
      const on = (text: string) => matchEntities(matcher, text, '2022-06-01').leaders;
      expect(on('President Japarov signed the law.')).toEqual(['sadyr-japarov']);
      expect(on('Председатель Кабинета министров Жапаров провёл заседание.')).toEqual(['akylbek-japarov']);
      expect(on('Chairman of the Cabinet Akylbek Japarov met investors.')).toEqual(['akylbek-japarov']);
      expect(on('Japarov said the talks went well.')).toEqual([]);
      expect(matchEntities(matcher, 'Japarov said the talks went well.', '2020-10-20').leaders).toEqual([
        'sadyr-japarov',
      ]);
    });

    it('after a title only one of them held that day, names that one even beside the other named in full', () => {
      // Serdar Berdimuhamedov has been President since 19 March 2022; his father chairs the Halk Maslahaty.
      expect(
        matchEntities(
          matcher,
          'President of Turkmenistan Berdimuhamedov received the delegation. Hero-Arkadag Gurbanguly Berdimuhamedov also met it.',
          '2023-06-02',
        ).leaders,
      ).toEqual(['serdar-berdimuhamedov', 'gurbanguly-berdimuhamedov']);
      expect(
        matchEntities(
          matcher,
          'Serdar Berdimuhamedov, the head of state’s son, was at the opening. President Berdimuhamedov cut the ribbon.',
          '2015-06-01',
        ).leaders,
      ).toEqual(['serdar-berdimuhamedov', 'gurbanguly-berdimuhamedov']);
    });

    it('alone and without a day, or on a day neither was in office, names nobody', () => {
      const undated = matchEntities(matcher, 'President Berdimuhamedov opened the summit.');
      expect(undated.leaders).toEqual([]);
      expect(undated.countries).toEqual([]);
      // The report still shows the name, and why, so the editor can add the leader by hand.
      expect(undated.unmatched).toEqual([
        {
          kind: 'leader',
          text: 'Berdimuhamedov',
          reason:
            'a name gurbanguly-berdimuhamedov and serdar-berdimuhamedov share, and the text does not say which',
        },
      ]);
      expect(matchEntities(matcher, 'Berdimuhamedov spoke.', '1995-01-01').leaders).toEqual([]);
      // Without a title too: in 2022 both Japarovs held office.
      const bare = matchEntities(matcher, 'Жапаров подписал закон.', '2022-06-01', 'ru');
      expect(bare.leaders).toEqual([]);
      expect(bare.unmatched).toEqual([
        {
          kind: 'leader',
          text: 'Жапаров',
          reason: 'a name akylbek-japarov and sadyr-japarov share, and the text does not say which',
        },
      ]);
    });
  });

  it('matches every ISO 3166-1 country by its CLDR names in English, Russian and Kazakh', () => {
    expect(matchEntities(matcher, 'Talks with Mongolia.').countries).toEqual(['mongolia']);
    expect(matchEntities(matcher, 'Переговоры с Монголией и Японией.').countries).toEqual([
      'mongolia',
      'japan',
    ]);
    expect(matchEntities(matcher, 'Моңғолия мен Жапония.').countries).toEqual(['mongolia', 'japan']);
    expect(matchEntities(matcher, 'A visit to Türkiye.').countries).toEqual(['turkiye']);
  });

  it.each([
    ['Президент РФ встретился с госсекретарём США.', ['russia', 'united-states']],
    ['РФ мен АҚШ өкілдері кездесті.', ['russia', 'united-states']],
    // Kazakh writes Turkmenistan «Түрікменстан» (CLDR's) and «Түркіменстан».
    ['Түркіменстан Президенті, түркімен халқы.', ['turkmenistan']],
    ['Talks between the U.S. and Belarus.', ['united-states', 'belarus']],
    ['Белоруссия и Молдавия подписали соглашение.', ['belarus', 'moldova']],
    // The American University in Central Asia is not the country.
    ['Students of the American University in Central Asia.', []],
  ])('matches the abbreviations and older names the press of the region writes: %s', (text, countries) => {
    expect(matchEntities(matcher, text).countries).toEqual(countries);
  });

  it('takes no common word for a country name', () => {
    const found = matchEntities(
      matcher,
      'Того же дня Малые предприятия отметили Наурыз. The chad of a ballot; a jersey.',
    );
    expect(found.countries).toEqual([]);
  });

  it('reports names that look like leaders or countries but match no entry', () => {
    const found = matchEntities(
      matcher,
      'President Emmanuel Macron of France met Kazakh President Tokayev in Astana. Президент Кирибати Танети Мамау прибыл.',
    );
    expect(found.countries).toEqual(['france', 'kazakhstan', 'kiribati']);
    expect(found.unmatched).toEqual([
      { kind: 'leader', text: 'Emmanuel Macron' },
      { kind: 'leader', text: 'Танети Мамау' },
    ]);
  });

  it('takes "of the Republic" after a title for part of the country, not for a name', () => {
    const found = matchEntities(
      matcher,
      'Президенти Ҷумҳурии Тоҷикистон Эмомалӣ Раҳмон. Президент Республики Беларусь Александр Лукашенко прибыл.',
      '2022-05-01',
      'tg',
    );
    expect(found.leaders).toEqual(['emomali-rahmon']);
    expect(found.unmatched).toEqual([{ kind: 'leader', text: 'Александр Лукашенко' }]);
  });

  it('takes no institution after a title for a name unknown to the registry, in any case form', () => {
    const found = matchEntities(
      matcher,
      'Президент Үкіметке тапсырма берді. Президент Парламентке жүгінді. Президент Әкімшілігінің басшысы келді. ' +
        'Президент Правительству поручил. President Government officials met.',
      '2025-03-04',
      'kk',
    );
    expect(found.unmatched).toEqual([]);
    // A surname that only begins like an institution is still a name to look up.
    expect(matchEntities(matcher, 'Президент Жолдасбеков келді.', '2025-03-04', 'kk').unmatched).toEqual([
      { kind: 'leader', text: 'Жолдасбеков' },
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
