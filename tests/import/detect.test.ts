import { describe, expect, it } from 'vitest';
import { detectKind, detectLang } from '../../src/import/detect';

describe('detectKind', () => {
  it.each([
    ['Head of State had telephone talk with Tajik President', 'call'],
    ['Токаев провел телефонный разговор с Рахмоном', 'call'],
    ['Tokayev speaks at Central Asia–Russia Summit in Dushanbe', 'speech'],
    ['Tokayev meets Putin in Moscow', 'meeting'],
    ['Токаев встретился с Путиным', 'meeting'],
    ['President arrives in Bishkek for a state visit', 'visit'],
    ['Tokayev gives interview to Egemen Qazaqstan', 'interview'],
    ['Foreign Ministry issues statement on border incident', 'statement'],
    ['Kazakhstan to host Asia Rugby Women’s Championship', 'report'],
    // Receiving a person is a meeting; taking part, a decision, a law or an oath is not.
    ['Глава государства принял Премьер-министра Олжаса Бектенова', 'meeting'],
    ['Президент принимает верительные грамоты послов', 'meeting'],
    ['Мемлекет басшысы Премьер-министр Олжас Бектеновті қабылдады', 'meeting'],
    ['Мажилис принял закон о республиканском бюджете', 'report'],
    ['Палата приняла поправки в Конституцию', 'report'],
    ['Токаев принял участие в церемонии открытия', 'report'],
    ['Сенат бюджет туралы заңды қабылдады', 'report'],
    ['Үкімет жаңа бағдарламаны қабылдады', 'report'],
    // Holding a meeting is a meeting in every language; the Soviet Union («Кеңес Одағы») is not one.
    ['Tokayev holds a meeting on the energy sector', 'meeting'],
    ['Токаев провёл совещание по развитию энергетики', 'meeting'],
    ['Глава государства провел заседание Совета безопасности', 'meeting'],
    ['Тоқаев энергетика саласы бойынша кеңес өткізді', 'meeting'],
    ['Президент Қауіпсіздік кеңесінің отырысын өткізді', 'meeting'],
    ['Кеңес Одағы кезіндегі мұрағат құжаттары жарияланды', 'report'],
  ])('classifies "%s" as %s', (headline, kind) => {
    expect(detectKind(headline, '')).toBe(kind);
  });

  it('reads a summit as a meeting, in English, Russian and Kazakh, unless a more specific kind applies', () => {
    expect(detectKind('Central Asian leaders gather for summit in Astana', '')).toBe('meeting');
    expect(detectKind('Саммит ШОС открылся в Самарканде', '')).toBe('meeting');
    expect(detectKind('Хұжандта үшжақты саммит өтті', '')).toBe('meeting');
    expect(
      detectKind(
        'Президенттер шекаралар түйіскен нүкте туралы шартқа қол қойды',
        'Президенттер Хұжанд қаласында өткен үшжақты саммитте шартқа қол қойды.',
      ),
    ).toBe('meeting');
    // A speech, a visit, a call or a statement at a summit keeps its kind.
    expect(detectKind('Tokayev speaks at Central Asia–Russia Summit in Dushanbe', '')).toBe('speech');
    expect(detectKind('Токаев прибыл в Душанбе на саммит ОДКБ', '')).toBe('visit');
    expect(detectKind('Leaders discuss the upcoming summit by phone', '')).toBe('call');
    expect(detectKind('Саммит қорытындысы бойынша мәлімдеме жасалды', '')).toBe('statement');
    expect(detectKind('Summitry in the region is nothing new', '')).toBe('report');
  });

  it('lets a phone call win over a meeting it mentions', () => {
    expect(detectKind('Leaders discuss upcoming meeting by phone', '')).toBe('call');
  });

  it('reads the lead when the headline says nothing', () => {
    expect(detectKind('Tokayev and Rahmon', 'In his speech, Tokayev thanked Rahmon.')).toBe('speech');
  });
});

describe('detectLang', () => {
  it('tells English, Russian and Kazakh apart by script and letters', () => {
    expect(detectLang('The President of Kazakhstan met the leader of Tajikistan.').lang).toBe('en');
    expect(detectLang('Президент Казахстана провел телефонный разговор.').lang).toBe('ru');
    expect(detectLang('Мемлекет басшысы Тәжікстан Президентімен телефон арқылы сөйлесті.').lang).toBe('kk');
  });

  it('says when it only guessed', () => {
    expect(detectLang('Tokayev Rahmon Putin Dushanbe Astana').guessed).toBe(true);
    expect(detectLang('The President said that the talks were useful and that he was glad.').guessed).toBe(
      false,
    );
  });
});
