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

  it('finds Belarus and Moldova by the adjectives the press writes of them, in every language', () => {
    for (const text of [
      'The Belarusian prime minister and a Moldovan delegation arrived in Astana.',
      'Белорусская делегация и молдавские предприниматели прибыли в Астану.',
      'Астанаға белорус делегациясы мен молдаван кәсіпкерлері келді.',
    ]) {
      expect(matchEntities(matcher, text).countries.slice(0, 2)).toEqual(['belarus', 'moldova']);
    }
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

  it('ignores case, but for a surname alone’s capital, and needs whole words', () => {
    expect(matchEntities(matcher, 'KAZAKHSTAN and TOKAYEV').leaders).toEqual(['kassym-jomart-tokayev']);
    expect(matchEntities(matcher, 'kazakhstan and kassym-jomart tokayev').leaders).toEqual([
      'kassym-jomart-tokayev',
    ]);
    // A surname alone in lower case is a word: «мамин рецепт» is "mum's recipe".
    expect(matchEntities(matcher, 'kazakhstan and tokayev').leaders).toEqual([]);
    expect(matchEntities(matcher, 'Это мамин рецепт плова.', '2024-05-01', 'ru').leaders).toEqual([]);
    expect(
      matchEntities(matcher, 'Премьер-министр Мамин провёл совещание.', '2019-05-01', 'ru').leaders,
    ).toEqual(['askar-mamin']);
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

    it('names the one named in full in the text, even before the first recorded office of either', () => {
      // Ilham Aliyev's first recorded office began in 2003, Akylbek Japarov's in October 2021,
      // Serdar Berdimuhamedov's in 2022: the bare surname is still theirs, not their namesake's in office.
      expect(
        matchEntities(
          matcher,
          'Ilham Aliyev, first vice-president of SOCAR, arrived in London. Aliyev met BP executives.',
          '1999-03-04',
        ).leaders,
      ).toEqual(['ilham-aliyev']);
      expect(
        matchEntities(
          matcher,
          'Akylbek Japarov, a former finance minister, was named an adviser. Japarov said he would focus on tax reform.',
          '2021-03-01',
        ).leaders,
      ).toEqual(['akylbek-japarov']);
      expect(
        matchEntities(
          matcher,
          'Вице-премьер Сердар Бердымухамедов посетил Токио. Бердымухамедов встретился с японскими инвесторами.',
          '2019-06-01',
          'ru',
        ).leaders,
      ).toEqual(['serdar-berdimuhamedov']);
    });

    it('after a past holder’s title, names the one who held the office before the day and not on it', () => {
      const on = (text: string, day: string, lang: string) => matchEntities(matcher, text, day, lang).leaders;
      expect(
        on('Former President Berdimuhamedov opened the new city of Arkadag.', '2023-05-10', 'en'),
      ).toEqual(['gurbanguly-berdimuhamedov']);
      expect(on('Экс-президент Бердымухамедов открыл новый город Аркадаг.', '2023-05-10', 'ru')).toEqual([
        'gurbanguly-berdimuhamedov',
      ]);
      expect(on('Бұрынғы Президент Бердімұхамедов Аркадаг қаласын аралады.', '2023-05-10', 'kk')).toEqual([
        'gurbanguly-berdimuhamedov',
      ]);
      expect(
        on('Бывший президент Алиев похоронен на Аллее почётного захоронения.', '2005-06-01', 'ru'),
      ).toEqual(['heydar-aliyev']);
      expect(on('The late President Karimov was buried in Samarkand.', '2016-10-01', 'en')).toEqual([
        'islam-karimov',
      ]);
      // "First President": the one who held the office by the day, in office or not.
      expect(on('Tributes were paid to the first President Karimov.', '2017-06-01', 'en')).toEqual([
        'islam-karimov',
      ]);
      expect(on('Первый Президент Назарбаев выступил на форуме.', '2015-06-01', 'ru')).toEqual([
        'nursultan-nazarbayev',
      ]);
      // Sadyr Japarov is President on that day, Akylbek never was: no past holder fits, so nobody.
      const none = matchEntities(matcher, 'Former President Japarov gave an interview.', '2022-06-01', 'en');
      expect(none.leaders).toEqual([]);
      expect(none.unmatched).toEqual([
        expect.objectContaining({
          text: 'Japarov',
          reason: expect.stringContaining('the title before it (Former President) does not say which'),
        }),
      ]);
      // A title names the name right after it, not one further on in the sentence.
      expect(
        on('Former President Atambayev criticised his successor Jeenbekov.', '2017-12-01', 'en'),
      ).toEqual(['almazbek-atambayev', 'sooronbay-jeenbekov']);
    });

    it('after a deputy’s title, never names the one who holds the full office that day', () => {
      const on = (text: string, day: string, lang: string) => matchEntities(matcher, text, day, lang).leaders;
      // In 2019 Gurbanguly Berdimuhamedov chaired the Cabinet himself; his son was a deputy.
      expect(on('Deputy Prime Minister Berdimuhamedov visited Tokyo.', '2019-03-04', 'en')).toEqual([]);
      expect(
        on('Заместитель Председателя Кабинета министров Бердымухамедов посетил Токио.', '2019-06-01', 'ru'),
      ).toEqual([]);
      expect(on('Вице-премьер Бердымухамедов провёл переговоры.', '2019-06-01', 'ru')).toEqual([]);
      expect(
        on(
          'Deputy Chairman of the Cabinet of Ministers Serdar Berdimuhamedov visited Tokyo. Deputy Prime Minister Berdimuhamedov met investors.',
          '2021-06-01',
          'en',
        ),
      ).toEqual(['serdar-berdimuhamedov']);
      expect(on('Vice-President Japarov met investors.', '2022-06-01', 'en')).toEqual([]);
      // Alikhan Smailov was Prime Minister in 2023; Tokayev was a Deputy Prime Minister in 1999.
      expect(on('Премьер-Министрдің орынбасары Смайылов кездесу өткізді.', '2023-06-01', 'kk')).toEqual([]);
      expect(on('Заместитель Премьер-Министра Токаев встретился с послами.', '1999-06-01', 'ru')).toEqual([
        'kassym-jomart-tokayev',
      ]);
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

  it('takes no given name or common noun for a Russian country name in «-ия»', () => {
    const countriesOf = (text: string) => matchEntities(matcher, text, '2023-05-10', 'ru').countries;
    expect(countriesOf('Германом Грефом подписан меморандум.')).toEqual([]);
    expect(countriesOf('Министр вручил награду Францу Клинцевичу.')).toEqual([]);
    expect(countriesOf('Армена Саркисяна встретили в аэропорту.')).toEqual([]);
    expect(countriesOf('Грузы прибыли на станцию Достык.')).toEqual([]);
    // The country's own case forms still name it.
    expect(countriesOf('Переговоры с Германией, Францией и Арменией прошли в Грузии.')).toEqual([
      'germany',
      'france',
      'armenia',
      'georgia',
    ]);
  });

  it.each([
    ['Делегация из Китая прибыла в Астану.', ['china']],
    ['Инвестиции в Китае выросли, экспорт Китаю тоже.', ['china']],
    ['Посол Индии вручил верительные грамоты.', ['india']],
    ['Визит в Индию отложен.', ['india']],
    ['Товарооборот с Сирией и Кубой вырос.', ['syria', 'cuba']],
  ])('finds a short Russian country name in its case forms: %s', (text, countries) => {
    expect(matchEntities(matcher, text, '2023-05-10', 'ru').countries).toEqual(countries);
  });

  it('takes no common word or web address for a country’s alias, and still reads the alias', () => {
    expect(matchEntities(matcher, 'Imports of chicken and turkey meat from Brazil rose.').countries).toEqual([
      'brazil',
    ]);
    expect(
      matchEntities(matcher, 'Заявление можно подать на портале госуслуги.рф или в ЦОНе.').countries,
    ).toEqual([]);
    expect(matchEntities(matcher, 'Turkey and Kazakhstan signed a transport agreement.').countries).toEqual([
      'turkiye',
      'kazakhstan',
    ]);
    expect(matchEntities(matcher, 'TURKEY SIGNS TRANSPORT DEAL').countries).toEqual(['turkiye']);
  });

  it('takes no US state, Iranian province or language for the country it is named like, and says so', () => {
    const atlanta = matchEntities(matcher, 'Kazakh students will study in Atlanta, Georgia, from September.');
    expect(atlanta.countries).toEqual(['kazakhstan']);
    expect(atlanta.unmatched).toEqual([
      { kind: 'country', text: 'Georgia', reason: 'the US state of Georgia' },
    ]);
    expect(matchEntities(matcher, 'The governor of Georgia visited Astana.').countries).toEqual([]);
    expect(
      matchEntities(matcher, 'An earthquake hit the East Azerbaijan province of Iran.').countries,
    ).toEqual(['iran']);
    expect(
      matchEntities(
        matcher,
        'Землетрясение произошло в провинции Восточный Азербайджан на северо-западе Ирана.',
      ).countries,
    ).toEqual(['iran']);
    expect(matchEntities(matcher, 'The film was dubbed into the Kazakh language.').countries).toEqual([]);
    expect(matchEntities(matcher, 'Документ опубликован на казахском языке.').countries).toEqual([]);
    expect(matchEntities(matcher, 'Фильм қазақ тіліне аударылды.').countries).toEqual([]);
    // The countries themselves.
    expect(
      matchEntities(matcher, 'Georgia and Azerbaijan signed a transit agreement in Tbilisi.').countries,
    ).toEqual(['georgia', 'azerbaijan']);
    expect(matchEntities(matcher, 'Kazakh exports of grain grew.').countries).toEqual(['kazakhstan']);
  });

  it('names a leader by the surname of any of their full names, when the registry lets a surname alone name them', () => {
    // "Qasym-Jomart Toqayev" is an alias of Tokayev, and "Tokayev" alone names him: so does "Toqayev".
    expect(
      matchEntities(matcher, 'President Toqayev held talks with Shavkat Mirziyoyev.', '2025-03-04').leaders,
    ).toEqual(['kassym-jomart-tokayev', 'shavkat-mirziyoyev']);
    // A common surname names nobody alone: Yılmaz is one of Türkiye's most common, and
    // Ivan Silayev headed the Russian government in 1990–1991.
    for (const text of [
      'Yilmaz scored twice for the visitors.',
      'Burak Yılmaz ve Йылмаз.',
      'Председатель Совмина РСФСР Силаев подписал постановление.',
      // The river Jordan, «Иордан» in Russian, is no Andrei Iordan; İnönü alone is most often İsmet.
      'Паломники пришли к реке Иордан.',
      'Atatürk and İnönü founded the Republican People’s Party in 1923.',
    ]) {
      expect(matchEntities(matcher, text, '2024-05-01').leaders, text).toEqual([]);
    }
    expect(matchEntities(matcher, 'Former Prime Minister Mesut Yilmaz died.', '2020-10-30').leaders).toEqual([
      'mesut-yilmaz',
    ]);
  });

  it('takes no person whose given name is a country’s for the country, and still reads the country', () => {
    const people = matchEntities(
      matcher,
      'President Tokayev met Jordan Peterson in Akorda. Chad Smith and Israel Adesanya attended; Kenya Barris spoke with India Arie and Georgia May Jagger.',
    );
    expect(people.countries).toEqual(['kazakhstan']);
    expect(people.unmatched).toContainEqual({
      kind: 'country',
      text: 'Jordan',
      reason: 'the name of a person, Jordan Peterson',
    });
    expect(people.unmatched).toContainEqual({
      kind: 'country',
      text: 'Kenya',
      reason: 'the name of a person, Kenya Barris',
    });
    for (const [text, countries] of [
      ['Jordan and Kazakhstan signed a visa agreement.', ['jordan', 'kazakhstan']],
      ['The Jordan Foreign Ministry welcomed the talks.', ['jordan']],
      ['Jordan’s King Abdullah II arrived in Astana.', ['jordan']],
      ['King Abdullah II of Jordan arrived in Astana.', ['jordan']],
      ['Jordan Signs Visa Deal With Kazakhstan', ['jordan', 'kazakhstan']],
      ['India To Host Central Asia Summit', ['india']],
      ['Israel Defense Forces said, India Today reported.', ['israel', 'india']],
      ['Trade with Israel, Chad, Georgia and India grew.', ['israel', 'chad', 'georgia', 'india']],
      ['Exports to Jordan. Peterson, an analyst, disagreed.', ['jordan']],
      ['Basketball star Michael Jordan visited Astana.', []],
      ['Michael Jordan won six championships; Air Jordan sneakers sold out.', []],
      ['Tokayev Visits Jordan', ['jordan', 'kazakhstan']],
      [
        'In Jordan, the talks went well. Visiting India, the minister met Northern Ireland’s envoy.',
        ['jordan', 'india'],
      ],
    ] as const) {
      expect(matchEntities(matcher, text).countries, text).toEqual(countries);
    }
  });

  it('reports no title, region or word before a title as a name or a country nobody knows', () => {
    for (const text of [
      'First President Nazarbayev opened the season of the Kazakhstan Premier League.',
      'Ousted President Bakiyev left; Former President Atambayev stayed.',
      'Delegations from Dagestan, Tatarstan and Karakalpakstan arrived in Turkestan.',
      'Ресей Президенті Қазақстан Президентін сайлануымен құттықтады.',
      'Саммит барысында президенттер Ферғана алқабындағы су ресурстарын талқылады.',
      'Делегация Түркістан облысына барды.',
    ]) {
      expect(matchEntities(matcher, text, '2019-04-10').unmatched, text).toEqual([]);
    }
  });

  it('takes a longer name holding a country’s, or a place named after it, for no mention of that country', () => {
    for (const [text, countries] of [
      ['Papua New Guinea and Guinea-Bissau signed a memorandum.', ['papua-new-guinea', 'guinea-bissau']],
      ['South Sudan joined the talks.', ['south-sudan']],
      ['Делегация Экваториальной Гвинеи и Южного Судана прибыла.', ['equatorial-guinea', 'south-sudan']],
      ['Oil spills in the Niger Delta grew.', []],
      ['Students from New Jersey and New Mexico arrived.', []],
      ['Нью-Джерси и Внутренняя Монголия.', []],
      ['Inner Mongolia borders Mongolia.', ['mongolia']],
      ['Guinea pigs and Jersey numbers were sold.', []],
      ['New Zealand and Guinea signed.', ['new-zealand', 'guinea']],
    ] as const) {
      expect(matchEntities(matcher, text).countries, text).toEqual(countries);
    }
  });

  it('names the holder of the office a title gives, whoever else of the surname the text names', () => {
    const erdogan = matchEntities(
      matcher,
      'President Erdoğan, accompanied by First Lady Emine Erdoğan, arrived in Astana.',
      '2024-05-01',
    );
    expect(erdogan.leaders).toContain('recep-tayyip-erdogan');
    expect(
      matchEntities(matcher, 'Президент Мирзиёев и Саида Мирзиёева посетили выставку.', '2024-05-01', 'ru')
        .leaders,
    ).toEqual(['shavkat-mirziyoyev']);
  });

  it('takes a deputy’s title for a leader only when the leader held a deputy’s office that day', () => {
    // Khan Akhmedov headed Turkmenistan's government in 1989–1992; a deputy of 2024 is someone else.
    expect(
      matchEntities(
        matcher,
        'Deputy Chairman of the Cabinet of Ministers of Turkmenistan Akhmedov said.',
        '2024-05-01',
      ).leaders,
    ).toEqual([]);
    // Tokayev was Deputy Prime Minister in 1999.
    expect(matchEntities(matcher, 'Deputy Prime Minister Tokayev arrived.', '1999-05-01').leaders).toEqual([
      'kassym-jomart-tokayev',
    ]);
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
