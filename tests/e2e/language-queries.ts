/**
 * The test set of language-aware search: inflected Russian and Kazakh queries
 * over the archive `tests/fixtures/archives/languages/`, each with the articles
 * it must find (every article holding a form of each of its words, or naming
 * the leader or country it names) and articles it must not find (holding a
 * word that only begins like it, or another word of the same family). Articles
 * are named by their file names. Written by hand from the articles' texts.
 */

/** One query of the test set. */
export interface LanguageQuery {
  query: string;
  language: 'ru' | 'kk' | 'en';
  must: string[];
  mustNot: string[];
}

const RU = {
  border: 'tokaev-i-mirzieev-podpisali-soglashenie-o-granice',
  nazarbayev: 'nazarbaev-posetil-vystavku-v-astane',
  gas: 'mirzieev-i-berdymuhamedov-obsudili-postavki-gaza',
  water: 'v-bishkeke-obsudili-vodno-energeticheskiy-kompleks',
  moscow: 'putin-i-tokaev-proveli-peregovory-v-moskve',
  tapi: 'v-ashhabade-obsudili-gazoprovod-tapi',
  peace: 'rahmon-vystupaet-za-mir-v-regione',
  checkpoints: 'kazahstan-i-turkmenistan-obsudili-pogranichnoe-sotrudnichestvo',
  call: 'tokaev-i-putin-obsudili-sotrudnichestvo',
  grain: 'kazahstan-uvelichil-eksport-pshenicy-v-kitay',
  drought: 'zasuha-snizila-sbor-zerna-na-severe-kazahstana',
};
const KK = {
  border: 'tokaev-pen-mirziyoev-shekara-turaly-kelisimge-qol-qoydy',
  birthday: 'tokaevqa-turikmenstan-prezidenti-telefon-soqty',
  water: 'bishkekte-su-energetika-kelissozderi-otti',
  nazarbayev: 'nazarbaev-astanadagy-kormege-bardy',
  call: 'toqaev-mirziyoevpen-telefon-arqyly-soylesti',
  painters: 'astanada-suretshilerdin-kormesi-ashyldy',
  checkpoints: 'qazaqstan-men-turikmenstan-shekara-zhoninde-kelissoz',
  moscow: 'toqaev-putinmen-maskeude-kelissozder-zhurgizdi',
  budget: 'mazhilis-byudzhet-turaly-zang-qabyldady',
  tengiz: 'tengiz-ken-ornynda-munay-ondiru-artty',
};
const EN = {
  border: 'tokayev-and-mirziyoyev-sign-border-demarcation-agreement',
  trade: 'tokayev-and-putin-discuss-trade-by-phone',
};

/** Every article naming Kassym-Jomart Tokayev. */
const TOKAYEV = [
  RU.border,
  RU.moscow,
  RU.call,
  KK.border,
  KK.birthday,
  KK.call,
  KK.moscow,
  EN.border,
  EN.trade,
];
/** Every article naming Shavkat Mirziyoyev. */
const MIRZIYOYEV = [RU.border, RU.gas, KK.border, KK.call, EN.border];
/** Every article naming Turkmenistan. */
const TURKMENISTAN = [RU.gas, RU.tapi, RU.checkpoints, KK.birthday, KK.checkpoints];

/**
 * Queries of a leader's name in the other language's case forms, in a search
 * narrowed by the language filter: the articles of that language naming them.
 */
export const NARROWED_NAME_QUERIES: { query: string; language: 'Russian' | 'Kazakh'; must: string[] }[] = [
  { query: 'Мирзиёевпен', language: 'Russian', must: [RU.border, RU.gas] },
  { query: 'Мирзиёевым', language: 'Kazakh', must: [KK.border, KK.call] },
];

export const LANGUAGE_QUERIES: LanguageQuery[] = [
  // Russian: cases and numbers of nouns and adjectives, names in oblique cases.
  {
    query: 'соглашений',
    language: 'ru',
    must: [RU.border, RU.nazarbayev, RU.checkpoints],
    mustNot: [RU.gas, RU.water, RU.moscow, RU.call],
  },
  {
    query: 'Назарбаеву',
    language: 'ru',
    must: [RU.nazarbayev, KK.nazarbayev],
    mustNot: [RU.border, KK.border, EN.border],
  },
  { query: 'Мирзиёевым', language: 'ru', must: MIRZIYOYEV, mustNot: [RU.moscow, RU.peace, KK.moscow] },
  { query: 'в Туркменистане', language: 'ru', must: TURKMENISTAN, mustNot: [RU.border, RU.water, KK.water] },
  {
    query: 'выступлении',
    language: 'ru',
    must: [RU.border, RU.nazarbayev],
    mustNot: [RU.peace, RU.gas, RU.water, RU.moscow, RU.tapi, RU.checkpoints, RU.call],
  },
  {
    query: 'переговоров по границе',
    language: 'ru',
    must: [RU.border, RU.checkpoints],
    mustNot: [RU.moscow, RU.water, RU.call],
  },
  { query: 'водных ресурсов', language: 'ru', must: [RU.border, RU.water], mustNot: [RU.peace, RU.tapi] },
  { query: 'энергетической', language: 'ru', must: [RU.water, RU.moscow], mustNot: [RU.border, RU.tapi] },
  { query: 'газопровода', language: 'ru', must: [RU.gas, RU.tapi], mustNot: [RU.peace] },
  { query: 'газа', language: 'ru', must: [RU.gas, RU.tapi], mustNot: [RU.peace] },
  { query: 'мира', language: 'ru', must: [RU.peace], mustNot: [RU.border, RU.gas, KK.border, KK.call] },
  {
    query: 'Токаевым',
    language: 'ru',
    must: TOKAYEV,
    mustNot: [RU.nazarbayev, RU.gas, RU.peace, KK.nazarbayev],
  },
  // Russian words that end like Kazakh plurals (-тар, -дар) stay Russian, and so do the other
  // words of a query that holds a Kazakh name.
  { query: 'пшеница гектар', language: 'ru', must: [RU.grain], mustNot: [RU.drought, KK.budget] },
  {
    query: 'Сердар Бердымухамедов в Ашхабаде',
    language: 'ru',
    must: [RU.tapi],
    mustNot: [RU.gas, KK.birthday],
  },
  {
    query: 'Тоқаев сотрудничество',
    language: 'ru',
    must: [RU.call, RU.moscow],
    mustNot: [RU.water, RU.checkpoints, RU.border],
  },
  // A year with the ending it takes in writing: the year, not the ending, is searched.
  { query: 'в 2023-м году', language: 'ru', must: [RU.grain], mustNot: [RU.drought, KK.budget] },
  { query: 'урожай 2022-го года', language: 'ru', must: [RU.drought], mustNot: [RU.grain] },
  // Nouns whose cases Snowball stems apart: -й after a vowel («урожая»), -ём («объём»).
  { query: 'урожай', language: 'ru', must: [RU.grain, RU.drought], mustNot: [RU.water, KK.tengiz] },
  { query: 'Китай', language: 'ru', must: [RU.grain, RU.drought], mustNot: [RU.tapi, RU.moscow] },
  { query: 'объёма экспорта', language: 'ru', must: [RU.grain], mustNot: [RU.drought, RU.tapi] },
  // Kazakh: case, plural and possessive endings, consonants changed at the junction.
  { query: 'Тоқаевқа', language: 'kk', must: TOKAYEV, mustNot: [KK.nazarbayev, KK.painters, RU.nazarbayev] },
  {
    query: 'келіссөздерде',
    language: 'kk',
    must: [KK.border, KK.water, KK.checkpoints, KK.moscow],
    mustNot: [KK.birthday, KK.nazarbayev, KK.call, KK.painters],
  },
  { query: 'шекарасы', language: 'kk', must: [KK.border, KK.checkpoints], mustNot: [KK.water, KK.moscow] },
  {
    query: 'келісімге',
    language: 'kk',
    must: [KK.border, KK.nazarbayev, KK.checkpoints],
    mustNot: [KK.birthday, KK.water, KK.moscow],
  },
  { query: 'су', language: 'kk', must: [KK.border, KK.water], mustNot: [KK.painters, KK.birthday] },
  { query: 'Мирзиёевпен', language: 'kk', must: MIRZIYOYEV, mustNot: [KK.moscow, RU.moscow] },
  {
    query: 'Астанада',
    language: 'kk',
    must: [KK.nazarbayev, KK.call, KK.painters],
    mustNot: [KK.border, KK.birthday],
  },
  { query: 'Назарбаевтың', language: 'kk', must: [RU.nazarbayev, KK.nazarbayev], mustNot: [KK.border] },
  { query: 'энергетикасы', language: 'kk', must: [KK.birthday, KK.water], mustNot: [KK.border] },
  { query: 'Түрікменстанмен', language: 'kk', must: TURKMENISTAN, mustNot: [KK.border, KK.water] },
  { query: 'тілегін', language: 'kk', must: [KK.birthday], mustNot: [KK.border, KK.call] },
  { query: 'талабын', language: 'kk', must: [KK.water, KK.checkpoints], mustNot: [KK.border] },
  {
    query: 'ынтымақтастығын',
    language: 'kk',
    must: [KK.birthday, KK.call, KK.checkpoints, KK.moscow],
    mustNot: [KK.border, KK.water, KK.nazarbayev, KK.painters],
  },
  { query: '2023-жылғы', language: 'kk', must: [KK.budget], mustNot: [KK.tengiz, RU.grain] },
  // Stems ending in -м, -ң or -ңіз, which are not read as "my" or "your": the nominative meets the
  // other forms, and the tenge does not meet the Tengiz field.
  {
    query: 'келісімдер',
    language: 'kk',
    must: [KK.border, KK.nazarbayev, KK.checkpoints],
    mustNot: [KK.water, KK.moscow, KK.budget],
  },
  { query: 'заңдары', language: 'kk', must: [KK.budget], mustNot: [KK.tengiz, KK.border] },
  { query: 'теңге', language: 'kk', must: [KK.budget], mustNot: [KK.tengiz] },
  { query: 'Теңіз', language: 'kk', must: [KK.tengiz], mustNot: [KK.budget] },
  // -ні after a vowel: «өзені» is «өзен» ("river") with "its", as «өзенінің»; «Астананы» is an accusative.
  { query: 'Сырдария өзені', language: 'kk', must: [KK.border], mustNot: [KK.water] },
  { query: 'өзен', language: 'kk', must: [KK.border, KK.water], mustNot: [KK.checkpoints, KK.budget] },
  // A word both languages write: its Russian reading finds the Kazakh articles' forms too.
  {
    query: 'Астана',
    language: 'ru',
    must: [RU.nazarbayev, KK.nazarbayev, KK.call, KK.painters],
    mustNot: [RU.border, KK.border, RU.moscow],
  },
  // An agent noun: «басшы» as «басшылар».
  {
    query: 'басшылар',
    language: 'kk',
    must: [KK.budget, KK.border, KK.birthday, KK.call],
    mustNot: [KK.water, KK.tengiz],
  },
  // English keeps what it found before.
  { query: 'Tokayev', language: 'en', must: TOKAYEV, mustNot: [RU.nazarbayev, KK.painters] },
  { query: 'trade', language: 'en', must: [EN.trade], mustNot: [EN.border, RU.call] },
  { query: 'border', language: 'en', must: [EN.border], mustNot: [EN.trade] },
];

/** Recall and precision over a set of queries: found relevant / relevant, and found relevant / found judged. */
export function recallPrecision(
  outcomes: readonly { must: readonly string[]; mustNot: readonly string[]; found: readonly string[] }[],
): { recall: number; precision: number } {
  let relevant = 0;
  let foundRelevant = 0;
  let foundWrong = 0;
  for (const { must, mustNot, found } of outcomes) {
    relevant += must.length;
    foundRelevant += must.filter((slug) => found.includes(slug)).length;
    foundWrong += mustNot.filter((slug) => found.includes(slug)).length;
  }
  return {
    recall: relevant === 0 ? 1 : foundRelevant / relevant,
    precision: foundRelevant + foundWrong === 0 ? 1 : foundRelevant / (foundRelevant + foundWrong),
  };
}
