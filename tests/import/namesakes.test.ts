/**
 * A surname is not a leader when the text names someone else with it: another given
 * name or initial, a namesake the registry lists, a longer name of another leader, a
 * woman of that surname, or a day before the leader's first office. Tried in English,
 * Russian and Kazakh against the shipped registry; and the offices the registry gained
 * show in the import's report.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, matchEntities } from '../../src/import/entities';
import { matcher, runImport } from './support';

const leadersOf = (text: string, day?: string, lang?: string) =>
  matchEntities(matcher, text, day, lang).leaders;
const unassigned = (text: string, day?: string, lang?: string) =>
  matchEntities(matcher, text, day, lang).unmatched.filter((u) => u.reason !== undefined);

describe('a surname that other people share', () => {
  it('is not the leader after another given name, in any script', () => {
    // Asylbek Jeenbekov, Speaker of the Supreme Council, is the President's brother.
    expect(leadersOf('Speaker Asylbek Jeenbekov opened the session.', '2014-05-12')).toEqual([]);
    expect(leadersOf('Торага Асылбек Жээнбеков открыл сессию.', '2014-05-12')).toEqual([]);
    expect(leadersOf('Maxim Bakiyev was sentenced in absentia.', '2013-03-01')).toEqual([]);
    expect(leadersOf('Дарига Назарбаева избрана председателем Сената.', '2019-03-20')).toEqual([]);
    expect(leadersOf('Дариға Назарбаева Сенат төрағасы болып сайланды.', '2019-03-20', 'kk')).toEqual([]);
  });

  it('is not the leader after any given name the registry does not know, or another initial', () => {
    expect(
      leadersOf('Janysh Bakiyev, the head of the state protection service, fled.', '2010-04-20'),
    ).toEqual([]);
    expect(leadersOf('Бизнесмен Тимур Токаев открыл завод.', '2022-05-01')).toEqual([]);
    expect(leadersOf('Ответ дал А. Токаев, сотрудник акимата.', '2022-05-01')).toEqual([]);
    expect(leadersOf('Заявление сделал К.-Ж. Токаев.', '2022-05-01')).toEqual(['kassym-jomart-tokayev']);
    expect(leadersOf('Нурсултан Абишевич Назарбаев выступил.', '2010-05-01')).toEqual([
      'nursultan-nazarbayev',
    ]);
    expect(leadersOf('Марат Абишевич Назарбаев выступил.', '2010-05-01')).toEqual([]);
  });

  it('is the leader after an initial of the leader’s given name, in any script, and blocks nothing', () => {
    expect(leadersOf('Указ подписал Президент Республики Казахстан К. Токаев.', '2025-03-04', 'ru')).toEqual([
      'kassym-jomart-tokayev',
    ]);
    expect(leadersOf('The decree was signed by K. Tokayev.', '2023-05-10', 'en')).toEqual([
      'kassym-jomart-tokayev',
    ]);
    expect(leadersOf('Қ.Тоқаев Жарлыққа қол қойды.', '2023-06-01', 'kk')).toEqual(['kassym-jomart-tokayev']);
    expect(leadersOf('Н.А. Назарбаев подписал указ.', '2015-05-10', 'ru')).toEqual(['nursultan-nazarbayev']);
    expect(leadersOf('Ш. Мирзиёев провёл совещание по энергетике.', '2023-05-10', 'ru')).toEqual([
      'shavkat-mirziyoyev',
    ]);
    // The initial also tells two leaders of one surname apart.
    expect(leadersOf('Г. Бердымухамедов посетил Аркадаг.', '2023-05-10', 'ru')).toEqual([
      'gurbanguly-berdimuhamedov',
    ]);
    // A fitting initial is no one else's: the bare surname later in the text is the leader's too.
    expect(
      unassigned(
        'Указ подписал К. Токаев. Президент Токаев поручил правительству доработать закон.',
        '2025-03-04',
      ),
    ).toEqual([]);
    // Another initial is still someone else's.
    expect(leadersOf('Ответ дал Б. Токаев, сотрудник акимата. Токаев добавил…', '2022-05-01', 'ru')).toEqual(
      [],
    );
    expect(leadersOf('E. Tokayev, a local engineer, spoke.', '2022-05-01', 'en')).toEqual([]);
  });

  it('is the leader after a title in any case form or of several words, which is no given name', () => {
    expect(
      leadersOf('Визит Президента Мирзиёева в Астану начнётся в понедельник.', '2023-06-01', 'ru'),
    ).toEqual(['shavkat-mirziyoyev']);
    expect(leadersOf('Токаев провёл переговоры с Президентом Мирзиёевым.', '2023-06-01', 'ru')).toEqual([
      'kassym-jomart-tokayev',
      'shavkat-mirziyoyev',
    ]);
    expect(leadersOf('Токаев направил телеграмму Президенту Путину.', '2023-06-01', 'ru')).toEqual([
      'kassym-jomart-tokayev',
      'vladimir-putin',
    ]);
    expect(
      leadersOf(
        'Өзбекстан Президенті Мирзиёев Астанаға келді. Мирзиёев сапар барысында Тоқаевпен кездеседі.',
        '2025-03-04',
        'kk',
      ),
    ).toEqual(['shavkat-mirziyoyev', 'kassym-jomart-tokayev']);
    // Titles of the registry's offices, inflected or not: Akylbek Japarov chaired the Cabinet.
    expect(
      leadersOf('Chairman of the Cabinet of Ministers Japarov met investors.', '2022-06-01', 'en'),
    ).toEqual(['akylbek-japarov']);
    expect(leadersOf('Председатель Кабмина Жапаров выступил в Жогорку Кенеше.', '2023-06-01', 'ru')).toEqual([
      'akylbek-japarov',
    ]);
    expect(leadersOf('Глава Правительства Мишустин провёл совещание.', '2023-06-01', 'ru')).toEqual([
      'mikhail-mishustin',
    ]);
    expect(
      unassigned('Chairman of the Halk Maslahaty Berdimuhamedov visited Ahal.', '2023-06-01', 'en'),
    ).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('share, and the text does not say which') }),
    ]);
    // A relative is no given name either: «Сына Атамбаева» is the son of Atambayev, the leader.
    expect(unassigned('Сына Атамбаева Кадырбека допросили в ГКНБ.', '2019-08-08', 'ru')).toEqual([]);
    // An institution named after the leader's title and name is still not the leader.
    expect(leadersOf('Фонд Первого Президента Назарбаева провёл конференцию.', '2023-06-01', 'ru')).toEqual(
      [],
    );
    expect(
      leadersOf('The Library of the First President Nazarbayev opened an exhibition.', '2023-06-01'),
    ).toEqual([]);
  });

  it('is the leader in an older form of the surname only with the full name or a title of the office held that day', () => {
    // Emomali Rahmon dropped the Russian ending of «Рахмонов» in 2007; others still bear that surname.
    expect(
      leadersOf('Deputy Minister Rahmonov said the new tax code would take effect in January.', '2023-06-01'),
    ).toEqual([]);
    expect(
      leadersOf(
        'Заместитель министра экономики Рахмонов сообщил о новом Налоговом кодексе.',
        '2023-06-01',
        'ru',
      ),
    ).toEqual([]);
    expect(unassigned('Rahmonov spoke in Dushanbe.', '2005-06-01')).toEqual([
      expect.objectContaining({
        text: 'Rahmonov',
        reason: expect.stringContaining('an older form of the surname'),
      }),
    ]);
    expect(leadersOf('President Rahmonov met Nazarbayev in Dushanbe.', '2005-06-01', 'en')).toEqual([
      'emomali-rahmon',
      'nursultan-nazarbayev',
    ]);
    expect(leadersOf('Президент Таджикистана Рахмонов прибыл в Астану.', '2005-06-01', 'ru')).toEqual([
      'emomali-rahmon',
    ]);
    expect(leadersOf('Эмомали Рахмонов прибыл в Астану.', '2005-06-01', 'ru')).toEqual(['emomali-rahmon']);
    // Named in full, the leader is the one the older surname names later in the text.
    expect(
      unassigned('Эмомали Рахмонов прибыл в Астану. Рахмонов провёл переговоры.', '2005-06-01', 'ru'),
    ).toEqual([]);
    // His present surname, in its own case forms.
    expect(leadersOf('Рахмона встретили в аэропорту Астаны.', '2023-06-01', 'ru')).toEqual([
      'emomali-rahmon',
    ]);
  });

  it('is no one in the name of a family', () => {
    expect(leadersOf('The Aliyevs have ruled Azerbaijan for three decades.', '2023-06-01')).toEqual([]);
    expect(leadersOf('Investigators traced offshore assets to the Aliyev family.', '2023-06-01')).toEqual([]);
    expect(leadersOf('The Nazarbayev clan kept its assets abroad.', '2023-06-01')).toEqual([]);
  });

  it('is a given name before another surname: President Rahmon Nabiyev is not Emomali Rahmon', () => {
    expect(leadersOf('President Rahmon Nabiyev resigned under pressure.', '1992-09-07')).toEqual([
      'rahmon-nabiyev',
    ]);
    expect(leadersOf('Президент Рахмон Набиев ушёл в отставку.', '1992-09-07')).toEqual(['rahmon-nabiyev']);
    expect(leadersOf('The singer Rahmon Sharipov gave a concert.', '2015-01-10')).toEqual([]);
    expect(leadersOf('Rahmon spoke in Dushanbe.', '2015-01-10')).toEqual(['emomali-rahmon']);
  });

  it('is not a known namesake, and makes the bare surname in the same text nobody’s', () => {
    const text =
      'Tahir Yuldashev, the leader of the Islamic Movement of Uzbekistan, threatened Tashkent. Yuldashev spoke from Afghanistan.';
    expect(leadersOf(text, '2016-10-01')).toEqual([]);
    expect(unassigned(text, '2016-10-01')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          text: 'Tahir Yuldashev',
          reason: expect.stringMatching(/namesake of nigmatilla-yuldashev/),
        }),
        expect.objectContaining({ text: 'Yuldashev', reason: 'the text also names Tahir Yuldashev' }),
      ]),
    );
    // Named in full, the leader still counts.
    expect(leadersOf('Нигматилла Юлдашев и Тахир Юлдашев — однофамильцы.', '2016-09-05')).toEqual([
      'nigmatilla-yuldashev',
    ]);
  });

  it('is not the leader before the day their first office began', () => {
    expect(leadersOf('Yuldashev’s militants crossed into Kyrgyzstan.', '1999-08-10')).toEqual([]);
    expect(unassigned('Yuldashev’s militants crossed into Kyrgyzstan.', '1999-08-10')).toEqual([
      expect.objectContaining({
        text: 'Yuldashev',
        reason: 'before the first recorded office of nigmatilla-yuldashev',
      }),
    ]);
    expect(leadersOf('Speaker Jeenbekov opened the session.', '2012-01-10')).toEqual([]);
    // A former leader counts long after leaving office.
    expect(leadersOf('Nazarbayev visited Turkistan.', '2023-05-01')).toEqual(['nursultan-nazarbayev']);
    expect(leadersOf('Jeenbekov signed the law.', '2018-05-01')).toEqual(['sooronbay-jeenbekov']);
  });

  it('is not the leader in a woman’s form, in Russian or in Kazakh', () => {
    expect(leadersOf('Встреча с Назарбаевой прошла в Астане.', '2016-05-01')).toEqual([]);
    expect(leadersOf('Назарбаева заявила, что сенат рассмотрит закон.', '2019-06-01')).toEqual([]);
    expect(leadersOf('Мехрибан Алиева посетила Баку.', '2019-06-01')).toEqual([]);
    expect(leadersOf('Назарбаева Сенат отырысында сөйледі.', '2019-06-01', 'kk')).toEqual([]);
    // The man's forms still name him, in Russian (genitive, dative, instrumental) and in Kazakh.
    expect(leadersOf('Визит Назарбаева в Москву завершился.', '2015-06-01', 'ru')).toEqual([
      'nursultan-nazarbayev',
    ]);
    expect(leadersOf('Переговоры с Назарбаевым прошли успешно.', '2015-06-01')).toEqual([
      'nursultan-nazarbayev',
    ]);
    expect(leadersOf('Назарбаевтың сапары аяқталды.', '2015-06-01', 'kk')).toEqual(['nursultan-nazarbayev']);
  });

  it('is the leader before a feminine verb when joined to another name, whose verb it cannot be', () => {
    // Two joined subjects take a plural verb: «прошла» agrees with «Встреча», both names are genitives.
    expect(leadersOf('Встреча Назарбаева и Путина прошла в Сочи.', '2015-06-01', 'ru')).toEqual([
      'nursultan-nazarbayev',
      'vladimir-putin',
    ]);
    expect(leadersOf('Встреча Назарбаева, Путина и Каримова прошла в Сочи.', '2015-06-01', 'ru')).toEqual([
      'nursultan-nazarbayev',
      'vladimir-putin',
      'islam-karimov',
    ]);
    expect(leadersOf('Депутат Жапарова выступила на форуме.', '2022-06-01', 'ru')).toEqual([]);
  });

  it('is nobody’s in a form a man and a woman of the text share', () => {
    const text = 'Сара Назарбаева открыла выставку. Супруга Назарбаева поблагодарила гостей.';
    expect(leadersOf(text, '2015-06-01')).toEqual([]);
    expect(
      leadersOf('Айдар Акаев и Бермет Акаева пришли на выборы. Акаева встретили журналисты.', '2004-03-01'),
    ).toEqual([]);
  });

  it('is Islam Karimov’s or Jamshed Karimov’s by the day and the title, and a namesake’s with her given name', () => {
    expect(leadersOf('Каримов прибыл в Москву.', '2010-06-01', 'ru')).toEqual(['islam-karimov']);
    expect(leadersOf('Визит Каримова в Москву завершился.', '2010-06-01', 'ru')).toEqual(['islam-karimov']);
    expect(leadersOf('Кәрімов Астанаға келді.', '2010-06-01', 'kk')).toEqual(['islam-karimov']);
    // Both held office from December 1994 to February 1996: the title decides, or nothing does.
    expect(leadersOf('Премьер-министр Таджикистана Каримов прибыл в Москву.', '1995-06-01')).toEqual([
      'jamshed-karimov',
    ]);
    expect(leadersOf('President Karimov arrived in Moscow.', '1995-06-01')).toEqual(['islam-karimov']);
    expect(unassigned('Каримов прибыл в Москву.', '1995-06-01')).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('islam-karimov and jamshed-karimov share') }),
    ]);
    expect(leadersOf('Гульнара Каримова приговорена к сроку.', '2017-06-01', 'ru')).toEqual([]);
    expect(leadersOf('Министр финансов Рустам Каримов выступил.', '2010-06-01', 'ru')).toEqual([]);
  });

  it('is read with «е» written for «ё», as Russian texts often write it, and so is a namesake', () => {
    expect(leadersOf('Мирзиеев провёл встречу.', '2023-06-01', 'ru')).toEqual(['shavkat-mirziyoyev']);
    expect(leadersOf('Переговоры с Шавкатом Мирзиеевым прошли в Ташкенте.', '2023-06-01', 'ru')).toEqual([
      'shavkat-mirziyoyev',
    ]);
    expect(leadersOf('Саида Мирзиеева провела встречу.', '2023-06-01', 'ru')).toEqual([]);
  });

  it('is read as each of the leader’s names spells it: Kazakh, Tajik, Azerbaijani', () => {
    expect(leadersOf('Ақорда: Тоқаев Әлиевпен кездесті.', '2023-06-01', 'kk')).toEqual([
      'kassym-jomart-tokayev',
      'ilham-aliyev',
    ]);
    expect(leadersOf('Бердімұхамедов Астанаға келді.', '2019-06-01', 'kk')).toEqual([
      'gurbanguly-berdimuhamedov',
    ]);
    expect(leadersOf('Мәсімов Үкімет отырысын өткізді.', '2015-06-01', 'kk')).toEqual(['karim-massimov']);
    expect(leadersOf('Смайылов Үкімет отырысын өткізді.', '2023-06-01', 'kk')).toEqual(['alikhan-smailov']);
    expect(leadersOf('Раҳмон ба Душанбе баргашт.', '2023-06-01', 'tg')).toEqual(['emomali-rahmon']);
    expect(leadersOf('Əliyev Bakıda çıxış etdi.', '2023-06-01', 'az')).toEqual(['ilham-aliyev']);
    // A surname the aliases do not give alone stays unread alone, in every spelling.
    expect(leadersOf('Гусейнов выступил.', '1993-06-01', 'ru')).toEqual([]);
  });

  it('still names the leader after a title, a country, a patronymic or at a sentence’s start', () => {
    expect(leadersOf('Kyrgyz President Bakiyev fled Bishkek.', '2010-04-07')).toEqual(['kurmanbek-bakiyev']);
    expect(leadersOf('Yesterday Bakiyev said he would not resign.', '2010-04-08')).toEqual([
      'kurmanbek-bakiyev',
    ]);
    expect(leadersOf('Former President Akayev returned to Bishkek.', '2021-08-01')).toEqual(['askar-akayev']);
    expect(leadersOf('Елбасы Назарбаев выступил в Акорде.', '2019-05-01')).toEqual(['nursultan-nazarbayev']);
    expect(leadersOf('Мемлекет басшысы Тоқаев Мәжілісте сөйледі.', '2022-05-01', 'kk')).toEqual([
      'kassym-jomart-tokayev',
    ]);
    expect(leadersOf('Kazakhstan’s Tokayev met Uzbekistan’s Mirziyoyev.', '2022-05-01')).toEqual([
      'kassym-jomart-tokayev',
      'shavkat-mirziyoyev',
    ]);
  });

  it('works for any collection: a namesake and a given name of its own', () => {
    const custom = createMatcher(
      [
        {
          id: 'a-b',
          name: 'Aslan Beisenov',
          aliases: ['Beisenov', 'Бейсенов'],
          names: { ru: 'Аслан Бейсенов', kk: 'Аслан Бейсенов' },
          offices: [
            {
              title: 'Mayor',
              titles: { ru: 'Аким', kk: 'Әкім' },
              role: 'other',
              start: '2000-01-01',
              source: 'test data',
            },
          ],
          namesakes: [
            { name: 'Dana Beisenova', forms: ['Dana Beisenova', 'Дана Бейсенова'], who: 'his sister' },
          ],
        },
      ],
      [],
    );
    expect(matchEntities(custom, 'Beisenov spoke.', '2005-01-01').leaders).toEqual(['a-b']);
    expect(matchEntities(custom, 'Бейсенов выступил.', '1995-01-01').leaders).toEqual([]);
    expect(matchEntities(custom, 'Марат Бейсенов выступил.', '2005-01-01').leaders).toEqual([]);
    expect(matchEntities(custom, 'Дана Бейсенова выступила. Бейсенов тоже.', '2005-01-01')).toMatchObject({
      leaders: [],
      unmatched: [
        { text: 'Дана Бейсенова', reason: 'Dana Beisenova, his sister: a namesake of a-b' },
        { text: 'Бейсенов', reason: 'the text also names Dana Beisenova' },
      ],
    });
  });
});

describe('the offices the registry gained', () => {
  it('name Prime Minister Babanov, not only his Kazakh counterpart, with his office on the day', async () => {
    const text =
      'Bishkek, 12 March 2012. Kyrgyz Prime Minister Omurbek Babanov met Kazakh Prime Minister Karim Massimov. Babanov said the talks covered water and energy.';
    expect(leadersOf(text, '2012-03-12')).toEqual(['omurbek-babanov', 'karim-massimov']);
    const { code, stderr } = await runImport(
      ['--dry-run', '--title', 'Babanov meets Massimov', '--date', '2012-03-12', '--source', 'Kabar', '-'],
      new TextEncoder().encode(`${text}\n\nThe sides agreed to meet again in Astana in May.\n`),
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /leaders +omurbek-babanov \(Prime Minister of Kyrgyzstan\), karim-massimov \(Prime Minister of Kazakhstan\)/,
    );
  });

  it('give Gurbanguly Berdimuhamedov his council office in 2023, in Russian and in Kazakh', async () => {
    expect(
      leadersOf('Председатель Халк Маслахаты Гурбангулы Бердымухамедов принял делегацию.', '2023-06-02'),
    ).toEqual(['gurbanguly-berdimuhamedov']);
    const { code, stderr } = await runImport(
      [
        '--dry-run',
        '--title',
        'Бердімұхамедов делегацияны қабылдады',
        '--date',
        '2023-06-02',
        '--source',
        'TDH',
        '--lang',
        'kk',
        '-',
      ],
      new TextEncoder().encode(
        'Ашхабад, 2 маусым. Гурбангулы Бердімұхамедов Қазақстан делегациясын қабылдады.\n\nТараптар ынтымақтастықты талқылады.\n',
      ),
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /leaders +gurbanguly-berdimuhamedov \(Chairman of the Halk Maslahaty of Turkmenistan\)/,
    );
  });

  it('tell the acting holders apart: Chernomyrdin in November 1996, Sklyar in February 2024', () => {
    expect(leadersOf('Viktor Chernomyrdin signed the decree.', '1996-11-05')).toEqual([
      'viktor-chernomyrdin',
    ]);
    expect(leadersOf('Роман Скляр провёл заседание правительства.', '2024-02-05')).toEqual(['roman-sklyar']);
  });
});
