import { describe, expect, it } from 'vitest';
import {
  extractArticle,
  joinNames,
  readDateline,
  readPublisher,
  splitTags,
  toLines,
} from '../../src/import/extract';
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
    // Places written as names, with the date and agency in the forms the region's agencies use.
    ['Bishkek, March 12, 2024 – Kabar. ', { place: 'Bishkek', agency: 'Kabar' }],
    ['Ashgabat, 12 March 2024 (TDH). ', { place: 'Ashgabat', agency: 'TDH' }],
    ['DUSHANBE, 14.02.2023 /NIAT "Khovar"/. ', { place: 'DUSHANBE', agency: 'NIAT "Khovar"' }],
    ['Tashkent, Uzbekistan (UzDaily.com) -- ', { place: 'Tashkent, Uzbekistan', agency: 'UzDaily.com' }],
    ['Moscow – ', { place: 'Moscow' }],
    ['Бишкек, 12 мар — 24.kg, Анна Ли. ', { place: 'Бишкек', agency: '24.kg', author: 'Анна Ли' }],
    ['Москва. 12 марта. ИНТЕРФАКС - ', { place: 'Москва', agency: 'ИНТЕРФАКС' }],
    ['Нур-Султан. 12 марта. ИНТЕРФАКС-КАЗАХСТАН – ', { place: 'Нур-Султан', agency: 'ИНТЕРФАКС-КАЗАХСТАН' }],
    // A known place in capitals and a full stop, with no agency.
    ['ASTANA. ', { place: 'ASTANA' }],
    ['АСТАНА. ', { place: 'АСТАНА' }],
    ['BISHKEK. ', { place: 'BISHKEK' }],
  ])('reads "%s" and removes it from the paragraph', (dateline, expected) => {
    const found = readDateline(dateline + BODY);
    expect(found).toMatchObject({ ...expected, rest: BODY });
    if (!('agency' in expected)) expect(found?.agency).toBeUndefined();
  });

  it('keeps the day of a dateline that gives one', () => {
    expect(readDateline(`ASTANA, September 26. /TASS/. ${BODY}`)?.date).toMatchObject({ month: 9, day: 26 });
    expect(readDateline(`Bishkek, March 12, 2024 – Kabar. ${BODY}`)?.date).toMatchObject({
      year: 2024,
      month: 3,
      day: 12,
    });
    expect(readDateline(`Москва. 12 марта. ИНТЕРФАКС - ${BODY}`)?.date).toMatchObject({ month: 3, day: 12 });
    expect(readDateline(`DUSHANBE, 14.02.2023 /Khovar/. ${BODY}`)?.date).toMatchObject({
      year: 2023,
      month: 2,
      day: 14,
    });
  });

  it('leaves an ordinary first sentence alone', () => {
    expect(readDateline(BODY)).toBeUndefined();
    expect(readDateline('The UN - and the EU - welcomed the talks between the two leaders.')).toBeUndefined();
    // A name that is no known place, with neither a full date nor an agency, is the sentence's own.
    expect(readDateline('Tokayev – as he told the forum – wants the border settled soon.')).toBeUndefined();
    expect(readDateline('Rahmon, in turn – thanked the guests for their visit.')).toBeUndefined();
    expect(readDateline('Japarov, March 12 – a day of talks on the border began.')).toBeUndefined();
    // A name after the dash that is no agency stays in the text.
    expect(readDateline('ASTANA – Tokayev. The President met the delegation.')).toMatchObject({
      place: 'ASTANA',
      rest: 'Tokayev. The President met the delegation.',
    });
    expect(readDateline('ASTANA – Tokayev. The President met the delegation.')?.agency).toBeUndefined();
    expect(readDateline('ASTANA – The President, Tokayev. He met the delegation.')).toMatchObject({
      place: 'ASTANA',
      rest: 'The President, Tokayev. He met the delegation.',
    });
    expect(readDateline('ASTANA – The President, Tokayev. He met the delegation.')?.author).toBeUndefined();
    // Capitals and a full stop are a dateline only for a place the importer knows.
    expect(readDateline('NATO. The alliance met the delegation in Brussels.')).toBeUndefined();
    expect(readDateline('SCO. Leaders of the organisation met in Astana.')).toBeUndefined();
    expect(readDateline('ASTANA. Yes.')).toBeUndefined();
    // Brackets before a full stop hold an agency, not an aside.
    expect(readDateline('Almaty, 2 May 2021 (Sunday). The talks went on.')).toBeUndefined();
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

describe('readPublisher', () => {
  it.each([
    ['Akorda press service', 'Akorda'],
    ['© 2024 Akorda. All rights reserved.', 'Akorda'],
    // Russian and Kazakh credit lines name the agency in the genitive.
    ['Пресс-служба Акорды', 'Akorda'],
    ['Фото: пресс-служба Акорды', 'Akorda'],
    ['Ақорданың баспасөз қызметі', 'Akorda'],
    ['Ақорда баспасөз қызметі', 'Akorda'],
    ['Пресс-служба Казинформа', 'Kazinform'],
  ])('reads "%s" as %s', (line, name) => {
    expect(readPublisher(line)).toBe(name);
  });

  it('reads a copyright line with the name first, or with the years after the name, as it reads «© 2022 Name»', () => {
    expect(readPublisher('Tengrinews.kz © 2022. Барлық құқықтар қорғалған.')).toBe('Tengrinews.kz');
    expect(readPublisher('Orda.kz © 2023. Все права защищены.')).toBe('Orda.kz');
    expect(readPublisher('Kabar © 2020–2023')).toBe('Kabar');
    expect(readPublisher('© 24.kg, 2021. Все права защищены.')).toBe('24.kg');
    // A sentence with a © in it, or a rights notice before it, names no one.
    expect(readPublisher('Tokayev © 2022 was a good year for trade.')).toBeUndefined();
    expect(readPublisher('Все права защищены © 2022')).toBeUndefined();
  });

  it('reads no publisher from a Russian or Kazakh credit naming no agency it knows, rather than keep a genitive', () => {
    expect(readPublisher('Пресс-служба Президента Республики Казахстан')).toBeUndefined();
    expect(readPublisher('Пресс-служба Минобороны')).toBeUndefined();
    expect(readPublisher('Сыртқы істер министрлігінің баспасөз қызметі')).toBeUndefined();
  });
});

describe('joinNames', () => {
  const names = [
    'Kassym-Jomart Tokayev',
    'Касым-Жомарт Токаев',
    'Shavkat Mirziyoyev',
    'Republic of Uzbekistan',
  ];

  it('joins tags that together give a name', () => {
    expect(joinNames(splitTags('Касым-Жомарт Токаев Узбекистан'), names)).toEqual([
      'Касым-Жомарт Токаев',
      'Узбекистан',
    ]);
    expect(
      joinNames(splitTags('Kassym-Jomart Tokayev Shavkat Mirziyoyev Republic of Uzbekistan'), names),
    ).toEqual(['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Republic of Uzbekistan']);
  });

  it('leaves tags that give no name, or a name only in part, as they are', () => {
    expect(joinNames(['Kassym-Jomart', 'Putin', 'Tokayev'], names)).toEqual([
      'Kassym-Jomart',
      'Putin',
      'Tokayev',
    ]);
    expect(joinNames(['Shavkat'], names)).toEqual(['Shavkat']);
    expect(joinNames([], names)).toEqual([]);
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
  it('takes the date and the dateline from a line of a place and a day above the text', () => {
    const found = extractArticle(
      [
        'Путин и Токаев обсудили сотрудничество в энергетике',
        'Москва, 5 апреля 2023 года',
        'Президент России Владимир Путин провёл телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым.',
      ].join('\n'),
    );
    expect(found.title).toBe('Путин и Токаев обсудили сотрудничество в энергетике');
    expect(found.date).toMatchObject({ year: 2023, month: 4, day: 5, from: 'header' });
    expect(found.dateline).toBe('Москва');
    expect(found.paragraphs).toHaveLength(1);
  });

  it('takes a headline with figures for a headline, and keeps figures and their sentences in the body', () => {
    const found = extractArticle(
      [
        "Kazakhstan's GDP grew 5.1% in 2023",
        '',
        "ASTANA. KAZINFORM – Kazakhstan's gross domestic product grew by 5.1 percent in 2023, the Bureau of National Statistics said.",
        '',
        'Key figures, 2023 vs 2022 (%):',
        'GDP: 105.1',
        'Industry: 104.3',
        '',
        '2022: 3.2%; 2023: 5.1%; 2024 (forecast): 4.5–5.0%.',
        '',
        'Inflation slowed to 9.8%.',
      ].join('\n'),
    );
    expect(found.title).toBe("Kazakhstan's GDP grew 5.1% in 2023");
    expect(found.paragraphs.slice(1)).toEqual([
      'Key figures, 2023 vs 2022 (%):',
      'GDP: 105.1',
      'Industry: 104.3',
      '2022: 3.2%; 2023: 5.1%; 2024 (forecast): 4.5–5.0%.',
      'Inflation slowed to 9.8%.',
    ]);
    expect(
      extractArticle(
        'COVID-19: 1,234 new cases in 24 hours\n\nKazakhstan registered 1,234 new cases of the infection in the past 24 hours, the commission said.',
      ).title,
    ).toBe('COVID-19: 1,234 new cases in 24 hours');
  });

  it('goes on after a line that separates two parts of the text, and stops at one before the page’s next section', () => {
    for (const separator of ['***', '* * *', '---', '___', '———']) {
      const found = extractArticle(
        [
          'Токаев провел совещание по паводкам',
          '',
          'Глава государства Касым-Жомарт Токаев провел совещание по ситуации с паводками в Актюбинской области.',
          '',
          separator,
          '',
          'Напомним, паводки начались 27 марта.',
        ].join('\n'),
      );
      expect(found.paragraphs.at(-1), separator).toBe('Напомним, паводки начались 27 марта.');
    }
    const related = extractArticle(
      [
        'Токаев провел совещание по паводкам',
        '',
        'Глава государства Касым-Жомарт Токаев провел совещание по ситуации с паводками в Актюбинской области.',
        '',
        '***',
        '',
        'Читайте также: Паводки в регионах',
      ].join('\n'),
    );
    expect(related.paragraphs).toHaveLength(1);
  });

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

  it('keeps a paragraph that only begins with a word of chrome, and drops the chrome itself, in every language', () => {
    const paragraphs = [
      'Share of renewable energy in the country’s power generation rose to 6.4 percent in 2024, the minister said.',
      'Video footage released by the press service shows the President touring the new wind farm near Astana.',
      'Photo exhibitions dedicated to the anniversary will open in all regions of the country next month.',
      'Видео с места событий опубликовала пресс-служба акимата города Алматы в своём телеграм-канале.',
      'Фото көрмесі келесі айда еліміздің барлық өңірлерінде ашылатын болады деп атап өтті министр.',
      'Бейне жазбаны Ақорданың баспасөз қызметі жариялады және онда Президент жел станциясын аралап жүр.',
      'Подробнее об условиях соглашения рассказал министр торговли и интеграции на брифинге.',
    ];
    const chrome = [
      'Photo: Akorda press service',
      'Video',
      'Advertisement',
      'Photo by Reuters',
      'Фото из открытых источников',
      'Видео — Kazinform',
      'Сурет: Ақорданың баспасөз қызметі',
      'Жарнама',
      'Сондай-ақ оқыңыз: Тоқаев Түркістан облысына барды',
      'Подробнее →',
    ];
    const found = extractArticle(
      [BODY, ...chrome.flatMap((line, i) => [line, paragraphs[i] ?? ''])].join('\n'),
    );
    expect(found.paragraphs).toEqual([BODY, ...paragraphs]);
    expect(found.droppedInBody).toEqual(chrome);
  });

  it.each([
    'Editorial boards of leading newspapers were invited to the ceremony in Akorda on Friday.',
    'Author of the initiative, deputy Ivan Petrov, presented the bill to the Mazhilis on Tuesday.',
    'Автор идеи, депутат Мажилиса Иван Петров, представил законопроект коллегам во вторник.',
    'Авторы проекта рассказали о планах строительства новой дороги между Алматы и Бишкеком.',
    'Редактор газеты «Егемен Қазақстан» был награждён орденом «Парасат» за заслуги перед страной.',
    'Copyright holders will receive new protections under the law signed by the President today.',
    'Reporting by local media suggested that the talks would continue in Tashkent next month.',
    'Our standards of living have risen sharply over the last decade, Tokayev said in his speech.',
    'Tags of the new product line were shown to the press at the exhibition in Astana.',
  ])('keeps the body going past a sentence that only begins like a label or a footer: %s', (sentence) => {
    const last = 'The two leaders agreed to keep in touch on the situation in the region.';
    const found = extractArticle([BODY, sentence, last].join('\n'));
    expect(found.paragraphs).toEqual([BODY, sentence, last]);
    expect(found.author).toBeUndefined();
    expect(found.tags).toEqual([]);
  });

  it.each([
    [
      'introduced by a colon',
      [
        'The following documents were signed:',
        'Agreement on economic cooperation',
        'Memorandum on education',
      ],
    ],
    [
      'of bullets',
      ['По итогам переговоров подписаны:', '• Соглашение о торговле', '• Меморандум об образовании'],
    ],
    ['of numbered items', ['1. Trade', '2. Energy', '3. Water']],
    [
      'of dashes, in Kazakh',
      ['Құжаттарға қол қойылды:', '– сауда туралы келісім', '– білім беру туралы меморандум'],
    ],
  ])('keeps a list %s inside the body, and the body after it', (_, list) => {
    const last = 'The two leaders agreed to keep in touch on the situation in the region.';
    expect(extractArticle([BODY, ...list, last].join('\n')).paragraphs).toEqual([BODY, ...list, last]);
  });

  it('keeps an introduced list that ends the body, but not a run of short lines that is the page’s next section', () => {
    const list = [
      'The following documents were signed:',
      'Agreement on economic cooperation',
      'Memorandum on education',
    ];
    expect(
      extractArticle([BODY, ...list, 'Related news', 'Tokayev visits Tashkent'].join('\n')).paragraphs,
    ).toEqual([BODY, ...list]);
    const next = ['Tokayev visits Tashkent', 'Putin arrives in Astana', 'Rahmon opens a school'];
    expect(extractArticle([BODY, ...next].join('\n')).paragraphs).toEqual([BODY]);
    const menu = ['• News', '• Sport', 'Tokayev arrived in Tashkent on a state visit on Monday morning.'];
    expect(extractArticle([BODY, ...menu].join('\n')).paragraphs).toEqual([BODY]);
  });

  it.each([
    ['a short sentence', 'Tokayev arrived in Tashkent.'],
    ['a short Russian sentence', 'Токаев прибыл в Ташкент.'],
    ['a quotation', '“We are brothers,” Tokayev said.'],
  ])('keeps %s that opens the body before its first long paragraph', (_, lead) => {
    const found = extractArticle(['Tokayev visits Tashkent', '', lead, '', BODY].join('\n'));
    expect(found.title).toBe('Tokayev visits Tashkent');
    expect(found.paragraphs).toEqual([lead, BODY]);
  });

  it('takes a long line without a final stop under the headline for its standfirst, and keeps it as the first paragraph', () => {
    const headline = 'Tokayev and Mirziyoyev agree on joint management of transboundary rivers';
    const standfirst =
      'The two presidents instructed their governments to prepare an agreement on the Syr Darya by the end of the year';
    const first = `Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev on Wednesday.`;
    const date = '12 March 2025, 14:30';
    // Under the headline, above or below the date.
    for (const order of [
      [headline, standfirst, date],
      [headline, date, standfirst],
    ]) {
      const found = extractArticle(['Politics Economy Society Sport', ...order, first, BODY].join('\n'));
      expect(found.title).toBe(headline);
      expect(found.standfirst).toBe(standfirst);
      expect(found.paragraphs).toEqual([standfirst, first, BODY]);
      expect(found.date).toMatchObject({ year: 2025, month: 3, day: 12 });
    }
    const ru = extractArticle(
      [
        'Токаев и Мирзиёев договорились о совместном управлении трансграничными реками',
        'Президенты двух стран поручили правительствам подготовить соглашение по Сырдарье до конца года и обсудили энергетику',
        'Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Президентом Узбекистана Шавкатом Мирзиёевым.',
      ].join('\n'),
    );
    expect(ru.title).toBe('Токаев и Мирзиёев договорились о совместном управлении трансграничными реками');
    expect(ru.paragraphs).toHaveLength(2);
  });

  it('takes neither a photo block nor a call to read the site elsewhere for the headline, and names a line it leaves out', () => {
    const headline = 'Путин и Си Цзиньпин встретились в Самарканде на полях саммита ШОС';
    const standfirst =
      'Лидеры России и Китая обсудили западные санкции, ситуацию на Украине и рост товарооборота, который может превысить 200 миллиардов долларов';
    const first =
      'САМАРКАНД, 15 сен — РИА Новости. Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином на полях саммита.';
    for (const promo of [
      ['Читать ria.ru в', 'Дзен'],
      ['Читайте нас в Telegram'],
      ['Follow us on Telegram'],
      ['Telegram-ға жазылыңыз'],
    ]) {
      const found = extractArticle(
        [
          'Политика  В мире  Экономика  Общество  Спорт',
          'Саммит ШОС в Самарканде',
          headline,
          standfirst,
          '17:20 15.09.2022 (обновлено: 19:02 15.09.2022)',
          '© РИА Новости / Сергей Бобылев / Перейти в фотобанк',
          'Президент России Владимир Путин и председатель КНР Си Цзиньпин во время встречи в Самарканде',
          ...promo,
          first,
        ].join('\n'),
      );
      expect(found.title).toBe(headline);
      expect(found.standfirst).toBe(standfirst);
      expect(found.paragraphs[0]).toBe(standfirst);
      expect(found.date).toMatchObject({ year: 2022, month: 9, day: 15, time: { hour: 17, minute: 20 } });
      expect(found.updated).toMatchObject({ year: 2022, month: 9, day: 15, time: { hour: 19, minute: 2 } });
      // The rubric is about the article and is named; the menu and the photo block are not.
      expect(found.leftInHeader).toEqual(['Саммит ШОС в Самарканде']);
    }
    // In Kazakh, a credit «Сурет: …» and its caption.
    const kk = extractArticle(
      [
        'Тоқаев пен Мирзиёев Астанада келіссөз жүргізді',
        '8 тамыз 2024, 13:20',
        'Сурет: Ақорданың баспасөз қызметі',
        'Тоқаев пен Мирзиёев Ақордада кездесу кезінде',
        'Мемлекет басшысы Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен Астанада кездесті.',
      ].join('\n'),
    );
    expect(kk.title).toBe('Тоқаев пен Мирзиёев Астанада келіссөз жүргізді');
    expect(kk.leftInHeader).toBeUndefined();
    // A headline that only begins like such a call is the headline; a caption is one when nothing else is.
    expect(extractArticle(['Подпишитесь на перемены: Токаев о реформе', BODY].join('\n')).title).toBe(
      'Подпишитесь на перемены: Токаев о реформе',
    );
    expect(
      extractArticle(['Фото: Акорда', 'Tokayev and Rahmon discuss trade by telephone', BODY].join('\n'))
        .title,
    ).toBe('Tokayev and Rahmon discuss trade by telephone');
  });

  it('keeps a long headline under a section’s name or a slogan, and a short line under the headline, as they were', () => {
    const long =
      'Tokayev and Mirziyoyev agree on joint management of transboundary rivers in the Syr Darya basin at talks in Astana';
    const found = extractArticle(['Central Asia news and analysis', long, BODY].join('\n'));
    expect(found.title).toBe(long);
    expect(found.standfirst).toBeUndefined();
    expect(found.paragraphs).toEqual([BODY]);
    // A line hardly longer than the one above it is the headline, under a kicker.
    const kicker = extractArticle(
      [
        'Tokayev and Rahmon on the phone',
        'Tokayev and Rahmon discuss trade and water by telephone',
        BODY,
      ].join('\n'),
    );
    expect(kicker.title).toBe('Tokayev and Rahmon discuss trade and water by telephone');
    expect(kicker.paragraphs).toEqual([BODY]);
  });

  it('still takes a question right above the body for the headline when nothing above it is one', () => {
    const found = extractArticle(['Menu', '', 'Will Tokayev visit Tashkent?', '', BODY].join('\n'));
    expect(found.title).toBe('Will Tokayev visit Tashkent?');
    expect(found.paragraphs).toEqual([BODY]);
  });

  it('still reads the labels and footers those sentences begin like', () => {
    const tail = (...lines: string[]) => extractArticle([BODY, ...lines, 'Related news'].join('\n'));
    expect(tail('Written by Anna Lee').author).toBe('Anna Lee');
    expect(tail('Автор материала: Иванова Анна').author).toBe('Иванова Анна');
    expect(tail('Tags Kazakhstan Russia').tags).toEqual(['Kazakhstan', 'Russia']);
    for (const footer of [
      'Copyright 2024 Kazinform International News Agency. All rights reserved.',
      'Reporting by Olzhas Auyezov; Editing by Mark Trevelyan',
      'Our standards: The Thomson Reuters Trust Principles.',
    ]) {
      expect(tail(footer, 'Tokayev visits Tashkent on a state visit this week.').paragraphs).toEqual([BODY]);
    }
  });

  it('ends a Kazakh article at the page’s comments, its call to subscribe or its other news', () => {
    for (const marker of [
      'Пікірлер',
      'Жазылыңыз: Telegram арнамызға',
      'Басқа жаңалықтар',
      'Ең көп оқылған',
    ]) {
      expect(
        extractArticle(
          [BODY, marker, 'Тоқаев Ташкентке мемлекеттік сапармен барды және келіссөздер жүргізді.'].join('\n'),
        ).paragraphs,
      ).toEqual([BODY]);
    }
  });

  it('ends a Kazakh or Russian article at a longer heading of related news, and reads the tag line above it', () => {
    const body = 'Мемлекет басшысы Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті.';
    const related = 'Тоқаев Душанбеде Рахмонмен кездесті';
    for (const heading of [
      'Тақырып бойынша жаңалықтар',
      'Тақырыпқа қатысты материалдар',
      'Осы тақырыптағы жаңалықтар',
      'Другие новости по теме',
      'Материалы по теме:',
    ]) {
      const found = extractArticle(
        [body, 'Президент Өзбекстан Шавкат Мирзиёев', heading, related].join('\n'),
      );
      expect(found.paragraphs).toEqual([body]);
      // The tag links come apart at each capital; the registry's names join them again (joinNames).
      expect(found.tags).toEqual(['Президент', 'Өзбекстан', 'Шавкат', 'Мирзиёев']);
    }
    // A sentence that only begins like such a heading is the article's.
    const sentence = 'Тақырып бойынша жаңалықтар легін министрлік күн сайын жаңартып отырады.';
    expect(extractArticle([body, sentence, related].join('\n')).paragraphs).toEqual([body, sentence]);
  });

  it('ends the article at a call to subscribe, in Russian as in English', () => {
    for (const call of [
      'Subscribe to our Telegram channel to be the first to know the main news.',
      'Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости страны.',
    ]) {
      expect(
        extractArticle([BODY, call, 'Tokayev arrives in Tashkent on a state visit.'].join('\n')).paragraphs,
      ).toEqual([BODY]);
    }
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

  it('reads the date printed below the lead, with the time on the next line, and keeps the text after it', () => {
    const found = extractArticle(
      [
        'Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev',
        'Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.',
        'March 5, 2024',
        '17:30',
        'The two leaders discussed current issues of cooperation in trade, economy and energy.',
        'The presidents agreed to continue contacts.',
      ].join('\n'),
    );
    expect(found.title).toBe('Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev');
    expect(found.date).toMatchObject({
      year: 2024,
      month: 3,
      day: 5,
      time: { hour: 17, minute: 30 },
      from: 'below lead',
    });
    expect(found.paragraphs).toEqual([
      'Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.',
      'The two leaders discussed current issues of cooperation in trade, economy and energy.',
      'The presidents agreed to continue contacts.',
    ]);
  });

  it('reads a time printed on its own line beside the date above the headline', () => {
    for (const header of [
      ['12 March 2024', '10:15'],
      ['10:15', '12 March 2024'],
    ]) {
      const found = extractArticle([...header, 'Tokayev holds talks with Uzbek President', BODY].join('\n'));
      expect(found.title).toBe('Tokayev holds talks with Uzbek President');
      expect(found.date).toMatchObject({ year: 2024, month: 3, day: 12, time: { hour: 10, minute: 15 } });
    }
  });

  it('still ends the body at a date followed by the next section of the page', () => {
    const found = extractArticle(
      [BODY, 'The two leaders agreed to keep in touch.', '2 May 2021', 'Related news', BODY].join('\n'),
    );
    expect(found.paragraphs).toEqual([BODY, 'The two leaders agreed to keep in touch.']);
    expect(found.date).toMatchObject({ month: 5, day: 2, from: 'footer' });
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
