/**
 * Stem tokens and the query words that find them (src/search/stem/): what an
 * article indexes, what a query asks, which reading settles an ambiguous word,
 * and which visible words a match highlights.
 */
import { describe, expect, it } from 'vitest';
import { russianStem } from '../../../src/search/stem/russian';
import {
  articleStemTokens,
  indexKeys,
  queryKey,
  STEM_MARK,
  stemToken,
  textWords,
} from '../../../src/search/stem/tokens';
import { resolveReadings, searchTerm, stemmedLocations } from '../../../src/search/stem/query';

/** Whether a query word finds a word of an article in `lang`, as the index and the query meet. */
const finds = (query: string, word: string, lang: 'ru' | 'kk'): boolean =>
  indexKeys(word.toLowerCase(), lang).includes(queryKey(query.toLowerCase(), lang) ?? '');

/** An article of a modelled index: its language, its text and its leaders' and countries' aliases. */
interface Article {
  lang: 'ru' | 'kk';
  text: string;
  aliases?: string[];
}

const TOKAYEV = ['Tokayev', 'Токаев', 'Тоқаев', 'Касым-Жомарт Токаев', 'Қасым-Жомарт Тоқаев'];
const MIRZIYOYEV = ['Shavkat Mirziyoyev', 'Мирзиёев', 'Шавкат Мирзиёев'];

/** Articles in Russian and Kazakh, for the searches below. */
const ARTICLES: Record<string, Article> = {
  grain: {
    lang: 'ru',
    text: 'В 2023 году аграрии Казахстана собрали урожай пшеницы с 12 миллионов гектаров. Объём экспорта зерна в Китай превысил 900 миллионов долларов.',
  },
  drought: {
    lang: 'ru',
    text: 'Засуха 2022 года снизила сбор зерна: потери урожая на севере страны составили 15 процентов.',
  },
  tapi: {
    lang: 'ru',
    text: 'Сердар Бердымухамедов провёл в Ашхабаде совещание о строительстве газопровода ТАПИ.',
    aliases: ['Serdar Berdimuhamedov', 'Сердар Бердымухамедов'],
  },
  sanctions: {
    lang: 'ru',
    text: 'Токаев заявил, что санкции против России осложнили расчёты казахстанских банков в долларах.',
    aliases: TOKAYEV,
  },
  talks: {
    lang: 'ru',
    text: 'Токаев провёл переговоры с Президентом Узбекистана в Ташкенте.',
    aliases: [...TOKAYEV, ...MIRZIYOYEV],
  },
  visit: { lang: 'ru', text: 'Президент высоко оценил её визит в Астану и пригласил её на форум.' },
  ai: { lang: 'ru', text: 'Правительство внедряет ИИ в государственные услуги.' },
  call: {
    lang: 'kk',
    text: 'Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті.',
    aliases: [...TOKAYEV, ...MIRZIYOYEV],
  },
  border: {
    lang: 'kk',
    text: 'Шекарадағы өткізу бекеттері туралы келіссөздерде тараптар келісімге қол қойды.',
  },
  moscow: { lang: 'kk', text: 'Тоқаев Мәскеуде Путинмен кездесті.', aliases: [...TOKAYEV, 'Путин'] },
  dushanbe: { lang: 'kk', text: 'Рахмонның Астанаға сапары екі күнге созылады.', aliases: ['Рахмон'] },
  bishkek: {
    lang: 'kk',
    text: 'Жапаровтың Бішкектегі баспасөз мәслихаты кейінге қалдырылды.',
    aliases: ['Жапаров'],
  },
  harvest: { lang: 'kk', text: 'Елімізде 2023 жылы 17 миллион тонна астық жиналды.' },
  oil: { lang: 'kk', text: 'Теңіз кен орнында 2022 жылы мұнай өндіру 29 миллион тоннаға жетті.' },
  river: { lang: 'kk', text: 'Сырдария өзенінде су деңгейі төмендеді.' },
  syrdarya: { lang: 'ru', text: 'Уровень воды в Сырдарье снизился.' },
  naryn: { lang: 'kk', text: 'Нарын өзені бойындағы бөгеттер тексерілді.' },
  capital: { lang: 'kk', text: 'Делегация Астананы таныстырды.' },
  economyRu: { lang: 'ru', text: 'Экономика страны выросла на пять процентов.' },
  market: { lang: 'ru', text: 'Цены на рынке зерна выросли за два дня.' },
  region: { lang: 'kk', text: 'Түркістан облысында жаңа мектеп ашылды.' },
  price: { lang: 'kk', text: 'Нанның бағасы өсті.' },
  economyKk: { lang: 'kk', text: 'Ел экономикасы бес пайызға өсті.' },
};

/**
 * The articles a query finds, as Pagefind does over the index these
 * articles make, within the language filter's `languages`: each word given
 * in two readings settled by how many of those articles hold each, then every
 * term held by the article (a stem token as
 * it is; any other term, such as a number, as the beginning of a word of its
 * text).
 */
async function search(query: string, languages: string[] = []): Promise<string[]> {
  // The language filter, as the index's `language` values name the languages.
  const chosen = (a: Article): boolean =>
    languages.length === 0 || languages.includes(a.lang === 'ru' ? 'Russian' : 'Kazakh');
  const held = new Map(
    Object.entries(ARTICLES)
      .filter(([, a]) => chosen(a))
      .map(([name, a]) => [name, new Set(articleStemTokens(a.text, a.lang, a.aliases ?? []))]),
  );
  const matching = (term: string): string[] =>
    [...held.keys()].filter((name) =>
      term
        .split(' ')
        .every((t) =>
          t.startsWith(STEM_MARK)
            ? held.get(name)!.has(t)
            : (ARTICLES[name]!.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) =>
                w.startsWith(t),
              ),
        ),
    );
  const count = (term: string) => Promise.resolve(matching(term).length);
  return matching(await resolveReadings(searchTerm(query, languages), count));
}

describe('russianStem', () => {
  it('is Snowball’s Russian stem, in lower case, ё as е', () => {
    expect(russianStem('Соглашений')).toBe('соглашен');
    expect(russianStem('Мирзиёевым')).toBe('мирзиеев');
    expect(russianStem('выступлении')).toBe('выступлен');
  });
});

describe('index keys and query keys', () => {
  it.each([
    ['соглашений', ['соглашение', 'соглашения', 'соглашении', 'соглашениями', 'соглашениях']],
    ['Назарбаеву', ['Назарбаев', 'Назарбаева', 'Назарбаевым', 'Назарбаеве']],
    ['Назарбаев', ['Назарбаеву', 'Назарбаевым']],
    ['Туркменистане', ['Туркменистан', 'Туркменистана', 'Туркменистаном']],
    ['Туркменистан', ['Туркменистане', 'Туркменистана']],
    ['переговоров', ['переговоры', 'переговорах', 'переговорам']],
    ['энергетической', ['энергетическая', 'энергетическое', 'энергетическую', 'энергетического']],
    // A noun in -й after a vowel, whose genitive Snowball stems shorter.
    ['урожай', ['урожая', 'урожаю', 'урожаем', 'урожае', 'урожаи']],
    ['Китай', ['Китая', 'Китаю', 'Китаем', 'Китае']],
    ['случай', ['случая', 'случаю', 'случае']],
    ['музея', ['музей', 'музею', 'музее', 'музеем']],
    // A nominative and a dative Snowball reads as an adjective's (-ем, -ему).
    ['объёма', ['объём', 'объёму', 'объёмом', 'объёме']],
    ['приёма', ['приём', 'приёму', 'приёмом']],
  ])('finds every form of the Russian «%s»', (query, forms) => {
    for (const form of forms) expect(finds(query, form, 'ru'), form).toBe(true);
  });

  it.each([
    ['Тоқаевқа', ['Тоқаев', 'Тоқаевтың', 'Тоқаевпен']],
    ['Канадада', ['Канада', 'Канаданың']],
    ['Канада', ['Канадада', 'Канадаға']],
    ['шекарасы', ['шекара', 'шекарадағы', 'шекаралардың']],
    // Stems ending in -м or -ң, read as "my" or "your" no longer.
    ['келісімдер', ['келісім', 'келісімі', 'келісімге', 'келісімнің']],
    ['заңы', ['заң', 'заңға', 'заңдар', 'заңның']],
    ['шешімдер', ['шешім', 'шешімге']],
    ['әкімдер', ['әкім', 'әкімі', 'әкімнің']],
    // An agent noun: «басшы» loses its -ы, as a possessive, where «басшылар» keeps it.
    ['басшылар', ['басшы', 'басшыға', 'басшымен', 'басшысы', 'басшылары']],
    ['елшілер', ['елші', 'елшіге', 'елшісі']],
  ])('finds every form of the Kazakh «%s»', (query, forms) => {
    for (const form of forms) expect(finds(query, form, 'kk'), form).toBe(true);
  });

  it('joins the cases Snowball splits without matching a word by its beginning or its ending', () => {
    expect(finds('урожая', 'урожай', 'ru')).toBe(true);
    expect(finds('объёма', 'объём', 'ru')).toBe(true);
    expect(finds('мира', 'Мирзиёевым', 'ru')).toBe(false);
    expect(finds('газа', 'газете', 'ru')).toBe(false);
    expect(finds('выступлении', 'выступает', 'ru')).toBe(false);
    expect(finds('мир', 'мирный', 'ru')).toBe(false);
    // «тока» ("of the current") is no Токаев, and a voting («голосовали») no voice mail («голосовая»).
    expect(finds('тока', 'Токаеву', 'ru')).toBe(false);
    expect(finds('ток', 'Токаев', 'ru')).toBe(false);
    expect(finds('голосовали', 'голосовая', 'ru')).toBe(false);
    expect(finds('Назарбаеву', 'Назарбаевым', 'ru')).toBe(true);
  });

  it('keeps apart Kazakh words that only end alike', () => {
    expect(finds('теңге', 'Теңіз', 'kk')).toBe(false);
    expect(finds('Теңіз', 'теңгеге', 'kk')).toBe(false);
    expect(finds('келісімге', 'келісті', 'kk')).toBe(false);
    expect(finds('басшылар', 'басы', 'kk')).toBe(false);
    expect(finds('су', 'сурет', 'kk')).toBe(false);
  });

  it('never matches by a beginning', () => {
    expect(finds('мира', 'Мирзиёев', 'ru')).toBe(false);
    expect(finds('газа', 'газете', 'ru')).toBe(false);
    expect(finds('выступлении', 'выступает', 'ru')).toBe(false);
    expect(finds('су', 'сурет', 'kk')).toBe(false);
  });

  it('leaves out stopwords and single letters, and words not in Cyrillic', () => {
    expect(indexKeys('в', 'ru')).toEqual([]);
    expect(indexKeys('және', 'kk')).toEqual([]);
    expect(queryKey('в', 'ru')).toBe('');
    expect(queryKey('Tokayev', 'ru')).toBeUndefined();
  });

  it('keys a word whose stem would be a single letter by the word itself, in the index and the query alike', () => {
    // Snowball leaves «е» of «её» and «ей», and «и» of «ИИ» ("AI").
    expect(queryKey('её', 'ru')).toBe('ее');
    expect(indexKeys('её', 'ru')).toContain('ее');
    expect(finds('ее', 'её', 'ru')).toBe(true);
    expect(finds('ей', 'ей', 'ru')).toBe(true);
    expect(finds('ИИ', 'ИИ', 'ru')).toBe(true);
    expect(finds('ИИ', 'ИИ', 'kk')).toBe(true);
    expect(finds('её', 'ей', 'ru')).toBe(false);
  });

  it('marks a token so that it begins no other and no word begins it', () => {
    expect(stemToken('выступлен')).toBe('ǂвыступленǂ');
    // Pagefind compares words without their marks: й is и.
    expect(stemToken('китай')).toBe('ǂкитаиǂ');
  });

  it('splits a text into words at hyphens, digits and punctuation', () => {
    expect(textWords('Касым-Жомарт Токаев, 2024 «Астана»')).toEqual(['касым', 'жомарт', 'токаев', 'астана']);
  });
});

describe('articleStemTokens', () => {
  it('indexes the words of a Russian or Kazakh text in its language, and names in both', () => {
    const tokens = articleStemTokens('Переговоры в Ашхабаде', 'ru', ['Tokayev', 'Тоқаев', 'Токаев']);
    expect(tokens).toEqual(expect.arrayContaining(['ǂпереговорǂ', 'ǂашхабадǂ', 'ǂтоқаевǂ', 'ǂтокаевǂ']));
    expect(tokens).not.toContain('ǂвǂ');
    expect(tokens.some((t) => /[a-z]/.test(t))).toBe(false);
  });

  it('indexes the Cyrillic words of an article in another language by their Russian stems', () => {
    expect(articleStemTokens('Talks in Москва', 'en', [])).toEqual(['ǂмосквǂ']);
    expect(articleStemTokens('Талкууда Бишкекте', 'ky', [])).toEqual(
      expect.arrayContaining(['ǂталкуудǂ', 'ǂбишкектǂ']),
    );
  });
});

describe('searchTerm', () => {
  it('asks for the tokens of a Russian query’s stems, without its prepositions', () => {
    expect(searchTerm('в Туркменистане', ['Russian'])).toBe('ǂтуркменистанǂ|ǂтуркменистанеǂ');
    expect(searchTerm('переговоров по границе', ['Russian'])).toBe(
      'ǂпереговорǂ|ǂпереговоровǂ ǂграницǂ|ǂграницеǂ',
    );
  });

  it('leaves Latin words to Pagefind', () => {
    expect(searchTerm('Tokayev Назарбаеву', ['Russian'])).toBe('Tokayev ǂназарбаевǂ|ǂназарбаевуǂ');
    expect(searchTerm('border talks')).toBe('border talks');
  });

  it('reads a word holding a Kazakh letter as Kazakh, and every other word in both readings', () => {
    expect(searchTerm('Тоқаевқа')).toBe('ǂтоқаевǂ');
    expect(searchTerm('Тоқаев санкции')).toBe('ǂтоқаевǂ ǂсанкцǂ|ǂсанкцииǂ');
    // An ending proves nothing: «гектар» ends like a Kazakh plural (-тар).
    expect(searchTerm('гектар')).toBe('ǂгектарǂ|ǂгекǂ');
    expect(searchTerm('Мирзиёевпен')).toBe('ǂмирзиеевпǂ|ǂмирзиеевǂ');
  });

  it('settles each word’s reading on its own, by the articles that hold it', async () => {
    // Russian words that end like Kazakh plurals or genitives, beside Russian or Kazakh words.
    expect(await search('пшеница гектар')).toEqual(['grain']);
    expect(await search('гектар')).toEqual(['grain']);
    expect(await search('Сердар Бердымухамедов в Ашхабаде')).toEqual(['tapi']);
    expect(await search('санкции доллар')).toEqual(['sanctions']);
    expect(await search('Тоқаев санкции')).toEqual(['sanctions']);
    // Kazakh words with and without a letter of their own, and names with Kazakh endings.
    expect(await search('Мирзиёевпен')).toEqual(['talks', 'call']);
    expect(await search('Путинмен')).toEqual(['moscow']);
    expect(await search('Рахмонның')).toEqual(['dushanbe']);
    expect(await search('Жапаровтың')).toEqual(['bishkek']);
    expect(await search('келіссөздерде')).toEqual(['border']);
    expect(await search('шекарадағы')).toEqual(['border']);
    expect(await search('Тоқаев Мирзиёевпен')).toEqual(['talks', 'call']);
  });

  it('searches a word whose stem would be a single letter by the word itself', async () => {
    expect(searchTerm('её визит')).toBe('ǂееǂ ǂвизǂ|ǂвизитǂ');
    expect(await search('её визит')).toEqual(['visit']);
    expect(await search('ИИ')).toEqual(['ai']);
    expect(await search('ИИ в государственные услуги')).toEqual(['ai']);
  });

  it('keeps the number of a word that also holds letters, without the ending the number takes', async () => {
    expect(searchTerm('в 2022-м году')).toBe('2022 ǂгодǂ|ǂгодуǂ');
    expect(searchTerm('урожай 2022-го года', ['Russian'])).toBe('ǂурожаǂ|ǂурожаиǂ 2022 ǂгодǂ|ǂгодаǂ');
    expect(searchTerm('2022-жылғы')).toBe('2022 ǂжылǂ');
    expect(searchTerm('1991-ден бастап')).toBe('1991 ǂбастапǂ');
    expect(searchTerm('Су-35')).toBe('ǂсуǂ 35');
    expect(await search('в 2023-м году')).toEqual(['grain']);
    expect(await search('урожай 2022-го года')).toEqual(['drought']);
    expect(await search('2022-жылғы мұнай')).toEqual(['oil']);
    expect(await search('2023-жылғы')).toEqual(['harvest']);
  });

  it('reads a Kazakh -ны/-ні after a vowel as an accusative or as a possessive after -н, as the articles settle', async () => {
    // «өзені» is «өзен» ("river") with "its"; «Астананы» is «Астана» in the accusative.
    expect(searchTerm('өзені')).toBe('ǂөзеǂ|ǂөзенǂ');
    // «Сырдария» alone is held as often in Russian's stem («Сырдарье»): the two words settle it together.
    expect(await search('Сырдария өзені')).toEqual(['river']);
    expect(await search('өзен')).toEqual(['river', 'naryn']);
    expect(await search('өзені')).toEqual(['river', 'naryn']);
    expect(await search('Астананы')).toEqual(expect.arrayContaining(['dushanbe', 'capital']));
  });

  it('finds a word the two languages share in the articles of both, whichever reading settles it', async () => {
    // «Астана»: «в Астану» in Russian, «Астанаға», «Астананы» in Kazakh.
    expect(await search('Астана')).toEqual(['visit', 'dushanbe', 'capital']);
    expect(await search('экономика')).toEqual(['economyRu', 'economyKk']);
    expect(await search('экономики')).toEqual(['economyRu', 'economyKk']);
    // Narrowed to one language, that language's articles alone.
    expect(await search('Астана', ['Kazakh'])).toEqual(['dushanbe', 'capital']);
    expect(await search('экономика', ['Russian'])).toEqual(['economyRu']);
    // A Kazakh word is not a Russian one that begins alike: «газ» is not «газет».
    expect(await search('газета')).toEqual([]);
  });

  it('finds a Russian noun whose last vowel drops by its nominative', async () => {
    expect(await search('рынок')).toEqual(['market']);
    expect(await search('день')).toEqual(['market']);
    // «посол» keeps its vowel in the key: «посла» and «после» share Snowball's stem.
    expect(indexKeys('посол', 'ru')).toEqual(['посол']);
  });

  it('reads a Kazakh -сы/-сі after a vowel as a stem’s с with a possessive too', async () => {
    expect(await search('облыс')).toEqual(['region']);
    expect(await search('облыстары')).toEqual(['region']);
    // «бағасы» is баға with "its", no «ба»: «басы» ("its head") does not find the price.
    expect(await search('басы')).toEqual([]);
    expect(await search('бағасы')).toEqual(['price']);
  });

  it('indexes no ending a number takes as a word', () => {
    expect(articleStemTokens('Бағасы 200-ден 1990-нан асты.', 'kk', [])).not.toEqual(
      expect.arrayContaining(['ǂденǂ']),
    );
    expect(articleStemTokens('Бағасы 200-ден 1990-нан асты.', 'kk', [])).not.toContain('ǂнанǂ');
    expect(articleStemTokens('В 90-х годах', 'ru', [])).toEqual(['ǂгодǂ', 'ǂгодахǂ']);
  });

  it('gives a word that may be either language both readings, the filter’s language first', () => {
    expect(searchTerm('шекарасы')).toBe('ǂшекарасǂ|ǂшекараǂ');
    expect(searchTerm('шекарасы', ['Kazakh'])).toBe('ǂшекараǂ|ǂшекарасǂ');
    expect(searchTerm('шекарасы', ['Russian'])).toBe('ǂшекарасǂ|ǂшекараǂ');
    expect(searchTerm('шекарасы', ['Russian', 'Kazakh'])).toBe('ǂшекарасǂ|ǂшекараǂ');
  });

  it('finds a name in the other language’s case forms in a search narrowed to one language', async () => {
    // Russian articles hold their leaders' names in both languages' stems, as aliases.
    expect(await search('Мирзиёевпен', ['Russian'])).toEqual(['talks']);
    expect(await search('Мирзиёевым', ['Kazakh'])).toEqual(['call']);
    // The filter's language still settles a word spelt alike in both.
    expect(await search('шекарасы', ['Kazakh'])).toEqual(['border']);
    expect(await search('шекарасы', ['Russian'])).toEqual([]);
  });

  it('searches a query of stopwords alone as written', () => {
    expect(searchTerm('в')).toBe('в');
  });
});

describe('resolveReadings', () => {
  it('keeps the reading more articles hold, the Russian one on a tie', async () => {
    const counts: Record<string, number> = { ǂшекараǂ: 3, ǂшекарасǂ: 0, ǂмираǂ: 0, ǂмирǂ: 0 };
    const count = (token: string) => Promise.resolve(counts[token] ?? 0);
    expect(await resolveReadings('Tokayev ǂшекарасǂ|ǂшекараǂ', count)).toBe('Tokayev ǂшекараǂ');
    expect(await resolveReadings('ǂмирǂ|ǂмираǂ', count)).toBe('ǂмирǂ');
  });

  it('settles the words of a query together, as the combination that finds the most articles', async () => {
    // Each reading of «Сырдария» is held by one article, but only the Kazakh one beside «өзен».
    const articles = [['ǂсырдарǂ'], ['ǂсырдарияǂ', 'ǂөзенǂ'], ['ǂөзенǂ'], ['ǂөзеǂ']];
    const count = (term: string) =>
      Promise.resolve(articles.filter((tokens) => term.split(' ').every((t) => tokens.includes(t))).length);
    expect(await resolveReadings('ǂсырдарǂ|ǂсырдарияǂ ǂөзеǂ|ǂөзенǂ', count)).toBe('ǂсырдарияǂ ǂөзенǂ');
    // Alone, the reading more articles hold; on a tie, the first.
    expect(await resolveReadings('ǂөзеǂ|ǂөзенǂ', count)).toBe('ǂөзенǂ');
    expect(await resolveReadings('ǂсырдарǂ|ǂсырдарияǂ', count)).toBe('ǂсырдарǂ');
    // A reading no article holds is not tried in combination.
    const asked: string[] = [];
    await resolveReadings('ǂсырдарǂ|ǂнетǂ ǂөзеǂ|ǂөзенǂ', (term) => {
      asked.push(term);
      return count(term);
    });
    expect(asked.filter((term) => term.includes('ǂнетǂ '))).toEqual([]);
  });

  it('settles a pasted paragraph word by word, without making its combinations', async () => {
    // 60 words of two readings each, every reading held: 2⁶⁰ combinations, none made.
    const term = Array.from({ length: 60 }, (_, i) => `ǂа${i}ǂ|ǂб${i}ǂ`).join(' ');
    const asked: string[] = [];
    const settled = await resolveReadings(term, (t) => {
      asked.push(t);
      return Promise.resolve(t.startsWith('ǂб') ? 2 : 1);
    });
    expect(settled).toBe(Array.from({ length: 60 }, (_, i) => `ǂб${i}ǂ`).join(' '));
    expect(asked).toHaveLength(120);
  });

  it('counts nothing for a term without readings', async () => {
    let asked = 0;
    const term = await resolveReadings('ǂгазǂ', () => Promise.resolve(++asked));
    expect([term, asked]).toEqual(['ǂгазǂ', 0]);
  });
});

describe('stemmedLocations', () => {
  it('points at the visible forms of the matched stems, not at the hidden words', () => {
    const content = 'Стороны подписали соглашение. Речь о соглашениях ǂсоглашенǂ';
    expect(stemmedLocations(content, 1, 'ǂсоглашенǂ', 'ru')).toEqual([2, 5]);
  });

  it('reads a Kazakh article’s words by the Kazakh table, and finds nothing for a term without tokens', () => {
    expect(stemmedLocations('Тараптар келісімге қол қойды', 0, 'ǂкелісімǂ', 'kk')).toEqual([1]);
    expect(stemmedLocations('Talks on соглашение', 0, 'ǂсоглашенǂ', 'en')).toEqual([2]);
    expect(stemmedLocations('Речь о соглашениях', 0, 'agreement', 'ru')).toEqual([]);
  });
});
