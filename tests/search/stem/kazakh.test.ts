/**
 * The Kazakh suffix table (src/search/stem/kazakh.ts): the forms of a noun
 * (case, plural, possessive, and the consonant Kazakh voices at the junction)
 * share one key, and words that only begin alike do not.
 */
import { describe, expect, it } from 'vitest';
import { genitiveOf, kazakhStem } from '../../../src/search/stem/kazakh';

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
  // Possessive of the first and second person, then the dative.
  үй: ['үйім', 'үйіме', 'үйің', 'үйіңе', 'үйіміз'],
};

describe('kazakhStem', () => {
  it.each(Object.entries(PARADIGMS))('gives every form of «%s» one key', (lemma, forms) => {
    const keys = new Set(forms.map(kazakhStem));
    expect([...keys]).toHaveLength(1);
    expect(kazakhStem(forms[0]!)).toBe(lemma === 'үй' ? 'үй' : kazakhStem(lemma));
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
