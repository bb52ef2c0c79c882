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
  stemToken,
  textWords,
} from '../../../src/search/stem/tokens';
import { queryLanguage, resolveReadings, searchTerm, stemmedLocations } from '../../../src/search/stem/query';

/** Whether a query word finds a word of an article in `lang`, as the index and the query meet. */
const finds = (query: string, word: string, lang: 'ru' | 'kk'): boolean =>
  indexKeys(word.toLowerCase(), lang).includes(queryKey(query.toLowerCase(), lang) ?? '');

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
  ])('finds every form of the Russian «%s»', (query, forms) => {
    for (const form of forms) expect(finds(query, form, 'ru'), form).toBe(true);
  });

  it.each([
    ['Тоқаевқа', ['Тоқаев', 'Тоқаевтың', 'Тоқаевпен']],
    ['Канадада', ['Канада', 'Канаданың']],
    ['Канада', ['Канадада', 'Канадаға']],
    ['шекарасы', ['шекара', 'шекарадағы', 'шекаралардың']],
  ])('finds every form of the Kazakh «%s»', (query, forms) => {
    for (const form of forms) expect(finds(query, form, 'kk'), form).toBe(true);
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
    expect(searchTerm('в Туркменистане', ['Russian'])).toBe('ǂтуркменистанǂ');
    expect(searchTerm('переговоров по границе', ['Russian'])).toBe('ǂпереговорǂ ǂграницǂ');
    // Without the filter, each word in both readings when they differ.
    expect(searchTerm('в Туркменистане')).toBe('ǂтуркменистанǂ|ǂтуркменистанеǂ');
  });

  it('leaves Latin words to Pagefind', () => {
    expect(searchTerm('Tokayev Назарбаеву', ['Russian'])).toBe('Tokayev ǂназарбаевǂ');
    expect(searchTerm('border talks')).toBe('border talks');
  });

  it('reads a query holding a Kazakh letter or ending as Kazakh throughout', () => {
    expect(searchTerm('Тоқаевқа')).toBe('ǂтоқаевǂ');
    expect(searchTerm('Астанада Мирзиёевпен')).toBe('ǂастанаǂ ǂмирзиеевǂ');
    expect(queryLanguage(['назарбаеву'], [])).toBeUndefined();
  });

  it('gives a word that may be either language both readings, unless the filter names one', () => {
    expect(searchTerm('шекарасы')).toBe('ǂшекарасǂ|ǂшекараǂ');
    expect(searchTerm('шекарасы', ['Kazakh'])).toBe('ǂшекараǂ');
    expect(searchTerm('шекарасы', ['Russian'])).toBe('ǂшекарасǂ');
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
    expect(stemmedLocations('Тараптар келісімге қол қойды', 0, 'ǂкелісǂ', 'kk')).toEqual([1]);
    expect(stemmedLocations('Talks on соглашение', 0, 'ǂсоглашенǂ', 'en')).toEqual([2]);
    expect(stemmedLocations('Речь о соглашениях', 0, 'agreement', 'ru')).toEqual([]);
  });
});
