/**
 * The Kazakh suffix table (src/search/stem/kazakh.ts): the forms of a noun
 * (case, plural, possessive, and the consonant Kazakh voices at the junction)
 * share one key, and words that only begin or end alike do not.
 */
import { describe, expect, it } from 'vitest';
import {
  agentNounKey,
  genitiveOf,
  kazakhStem,
  possessiveKey,
  sibilantKey,
} from '../../../src/search/stem/kazakh';

/** Each lemma with forms written as Kazakh writes them. */
const PARADIGMS: Record<string, string[]> = {
  // Case endings after a back vowel, plural, possessive, plural with possessive and case.
  шекара: [
    'шекара',
    'шекараны',
    'шекараның',
    'шекараға',
    'шекарада',
    'шекарадан',
    'шекарамен',
    'шекарасы',
    'шекарасын',
    'шекарасында',
    'шекаралар',
    'шекаралардың',
    'шекарадағы',
  ],
  // Front vowels; plural after a sonorant.
  келіссөз: [
    'келіссөз',
    'келіссөздер',
    'келіссөздерде',
    'келіссөздердің',
    'келіссөзі',
    'келіссөздерін',
    'келіссөзге',
    'келіссөзден',
  ],
  // A name from Russian: after -в, the voiceless variants.
  тоқаев: ['Тоқаев', 'Тоқаевқа', 'Тоқаевтың', 'Тоқаевты', 'Тоқаевпен', 'Тоқаевтан', 'Тоқаевта'],
  // After a nasal: -ның, -нан.
  қазақстан: ['Қазақстан', 'Қазақстанның', 'Қазақстанға', 'Қазақстанда', 'Қазақстаннан', 'Қазақстанмен'],
  // қ → ғ before a vowel.
  ынтымақтастық: [
    'ынтымақтастық',
    'ынтымақтастығы',
    'ынтымақтастығын',
    'ынтымақтастықты',
    'ынтымақтастықтың',
    'ынтымақтастыққа',
  ],
  // к → г.
  тілек: ['тілек', 'тілегі', 'тілегін', 'тілектер', 'тілекке'],
  // п → б.
  талап: ['талап', 'талабы', 'талабын', 'талаптар', 'талаптары', 'талапқа'],
  // A stem of two letters; у takes the endings of a consonant.
  су: ['су', 'суы', 'суын', 'суды', 'суға', 'суда', 'судың', 'сумен', 'сулар'],
  // Possessive of the first person plural ("our"), then a case.
  үй: ['үй', 'үйі', 'үйіміз', 'үйімізге', 'үйімізде', 'үйлер', 'үйге'],
  // Stems ending in -м or -ң, which would be read as "my" or "your" (келісім → келіс, заң → за).
  келісім: ['келісім', 'келісімі', 'келісімге', 'келісімнің', 'келісімдер', 'келісімдерге', 'келісімдерінде'],
  заң: ['заң', 'заңы', 'заңға', 'заңның', 'заңда', 'заңдар', 'заңдары', 'заңын'],
  шешім: ['шешім', 'шешімі', 'шешімге', 'шешімдер', 'шешімдерін'],
  әкім: ['әкім', 'әкімі', 'әкімнің', 'әкімге', 'әкімдер'],
  ұйым: ['ұйым', 'ұйымы', 'ұйымның', 'ұйымға', 'ұйымдар', 'ұйымдарының'],
  өнім: ['өнім', 'өнімі', 'өнімнің', 'өнімдер', 'өнімдерін'],
  // -ңіз, which would be read as the polite "your".
  теңіз: ['Теңіз', 'Теңізде', 'Теңіздің', 'Теңізге', 'теңізі'],
};

describe('kazakhStem', () => {
  it.each(Object.entries(PARADIGMS))('gives every form of «%s» one key', (lemma, forms) => {
    const keys = new Set(forms.map(kazakhStem));
    expect([...keys]).toHaveLength(1);
    expect(kazakhStem(forms[0]!)).toBe(kazakhStem(lemma));
  });

  it('writes the key’s last consonant voiceless', () => {
    expect(kazakhStem('кітабы')).toBe('кітап');
    expect(kazakhStem('құқығы')).toBe('құқық');
    expect(kazakhStem('тілегі')).toBe('тілек');
  });

  it('tells a possessive ending from a stem’s own letters by the sound before it', () => {
    // -ті follows a voiceless consonant, never a vowel: үкіметі is үкімет with -і.
    expect(kazakhStem('үкіметі')).toBe('үкімет');
    expect(kazakhStem('үкіметті')).toBe('үкімет');
    // -стан names a country, not an ablative.
    expect(kazakhStem('Өзбекстан')).toBe('өзбекстан');
  });

  it('keeps apart words that only begin alike', () => {
    expect(kazakhStem('сурет')).not.toBe(kazakhStem('су'));
    expect(kazakhStem('суретшілердің')).not.toBe(kazakhStem('суды'));
    expect(kazakhStem('келіссөздер')).not.toBe(kazakhStem('келісімге'));
  });

  it('keeps apart words whose stems end alike but are not one word', () => {
    // The tenge and the Tengiz field: -ге is a dative, -ңіз no possessive.
    expect(kazakhStem('теңге')).not.toBe(kazakhStem('Теңіз'));
    expect(kazakhStem('теңгеге')).not.toBe(kazakhStem('Теңізде'));
    // «Our» stays a possessive: «еліміз» "our country" is ел.
    expect(kazakhStem('елімізде')).toBe('ел');
    expect(kazakhStem('келісім')).not.toBe(kazakhStem('келісті'));
  });

  it('keeps an agent noun’s -шы/-ші in its second key, where the first loses it', () => {
    expect(kazakhStem('басшы')).toBe('басш');
    expect(agentNounKey('басшы')).toBe('басшы');
    expect(agentNounKey('басшыға')).toBe('басшы');
    expect(agentNounKey('елшімен')).toBe('елші');
    // The plural keeps it in the first key already; a possessive after a vowel is still one.
    expect(agentNounKey('басшылар')).toBeUndefined();
    expect(kazakhStem('басшысы')).toBe('басшы');
  });

  it('reads -ны/-ні after a vowel as a stem’s -н with a possessive in a second key', () => {
    expect(kazakhStem('өзені')).toBe('өзе');
    expect(possessiveKey('өзені')).toBe('өзен');
    expect(possessiveKey('өзені')).toBe(kazakhStem('өзенінде'));
    expect(possessiveKey('кедені')).toBe(kazakhStem('кеден'));
    // Only that ending: «өзенінде» and «Астанада» have one reading.
    expect(possessiveKey('өзенінде')).toBeUndefined();
    expect(possessiveKey('Астанада')).toBeUndefined();
    expect(possessiveKey('шекарасы')).toBeUndefined();
  });

  it('reads -сы/-сі after a vowel as a stem’s с with a possessive in a second key', () => {
    expect(kazakhStem('облысында')).toBe('облы');
    expect(sibilantKey('облысында')).toBe('облыс');
    expect(sibilantKey('облысы')).toBe(kazakhStem('облыс'));
    expect(sibilantKey('құрылысы')).toBe('құрылыс');
    expect(sibilantKey('облыс')).toBeUndefined();
  });

  it('leaves no stem of two letters ending in a vowel but у', () => {
    expect(kazakhStem('баға')).toBe('баға');
    expect(kazakhStem('басы')).toBe('бас');
    expect(kazakhStem('суға')).toBe('су');
  });

  it('strips nothing that would leave less than a syllable', () => {
    expect(kazakhStem('ата')).toBe('ата');
    expect(kazakhStem('ел')).toBe('ел');
  });

  it('names the genitive a word takes', () => {
    expect(genitiveOf('шекара')).toBe('ның');
    expect(genitiveOf('қазақстан')).toBe('ның');
    expect(genitiveOf('ел')).toBe('дың');
    expect(genitiveOf('кітап')).toBe('тың');
  });
});
