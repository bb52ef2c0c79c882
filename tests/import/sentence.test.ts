import { describe, expect, it } from 'vitest';
import { leadSentence } from '../../src/import/sentence';

describe('leadSentence', () => {
  it('ends at the first full stop that ends a sentence', () => {
    expect(leadSentence('Tokayev met Rahmon in Dushanbe. They discussed water.')).toBe(
      'Tokayev met Rahmon in Dushanbe.',
    );
  });

  it('does not stop at abbreviations, initials or numbers', () => {
    expect(
      leadSentence('Mr. K. Tokayev met Dr. Smith of the U.S. delegation at 10.30 today. Then he left.'),
    ).toBe('Mr. K. Tokayev met Dr. Smith of the U.S. delegation at 10.30 today.');
    expect(leadSentence('Президент К.-Ж. Токаев прибыл в г. Душанбе. Визит продлится два дня.')).toBe(
      'Президент К.-Ж. Токаев прибыл в г. Душанбе.',
    );
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(leadSentence('"We agreed," he said. "Now we act."')).toBe('"We agreed," he said.');
    expect(leadSentence('He said: "We agreed." Then he left.')).toBe('He said: "We agreed."');
  });

  it('reads on past a place or an agency in capitals before the first sentence', () => {
    expect(leadSentence('ASTANA. Kazakh President Tokayev met Rahmon. They talked.')).toBe(
      'ASTANA. Kazakh President Tokayev met Rahmon.',
    );
    expect(leadSentence('БИШКЕК. КАБАР. Президент Жапаров провёл встречу. Затем…')).toBe(
      'БИШКЕК. КАБАР. Президент Жапаров провёл встречу.',
    );
  });

  it('returns a paragraph with one sentence whole', () => {
    expect(leadSentence('The border is 7,591 km long (the longest in the world).')).toBe(
      'The border is 7,591 km long (the longest in the world).',
    );
  });
});
