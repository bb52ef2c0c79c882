/**
 * The vocabulary of the synthetic archive: countries, sources and the phrases
 * articles are assembled from. Countries and leaders are real (the leaders come
 * from the registry in `content/leaders/`); sources are invented, and quotations
 * are the press service's, so no real person is quoted by generated text.
 */
import type { ZoneName } from './zones';

/** A country of the generated archive. */
export interface CountrySeed {
  name: string;
  iso: string;
  /** The Russian name, in Cyrillic. */
  ru: string;
  /** Other names: demonyms, local or older names, in Latin or Cyrillic script. */
  more: readonly string[];
  capital: string;
  capitalRu: string;
}

/** 45 countries, the first ones those the archive's own content covers. */
export const COUNTRIES: readonly CountrySeed[] = [
  {
    name: 'Kazakhstan',
    iso: 'KZ',
    ru: 'Казахстан',
    more: ['Kazakh', 'Kazakhstani', 'Қазақстан'],
    capital: 'Astana',
    capitalRu: 'Астана',
  },
  {
    name: 'Kyrgyzstan',
    iso: 'KG',
    ru: 'Кыргызстан',
    more: ['Kyrgyz', 'Kirghizia', 'Киргизия'],
    capital: 'Bishkek',
    capitalRu: 'Бишкек',
  },
  {
    name: 'Tajikistan',
    iso: 'TJ',
    ru: 'Таджикистан',
    more: ['Tajik', 'Тоҷикистон'],
    capital: 'Dushanbe',
    capitalRu: 'Душанбе',
  },
  {
    name: 'Uzbekistan',
    iso: 'UZ',
    ru: 'Узбекистан',
    more: ['Uzbek', "O'zbekiston", 'Ўзбекистон'],
    capital: 'Tashkent',
    capitalRu: 'Ташкент',
  },
  {
    name: 'Turkmenistan',
    iso: 'TM',
    ru: 'Туркменистан',
    more: ['Turkmen', 'Türkmenistan'],
    capital: 'Ashgabat',
    capitalRu: 'Ашхабад',
  },
  {
    name: 'Russia',
    iso: 'RU',
    ru: 'Россия',
    more: ['Russian Federation', 'Russian', 'Российская Федерация'],
    capital: 'Moscow',
    capitalRu: 'Москва',
  },
  {
    name: 'Belarus',
    iso: 'BY',
    ru: 'Беларусь',
    more: ['Belarusian', 'Белоруссия'],
    capital: 'Minsk',
    capitalRu: 'Минск',
  },
  {
    name: 'Ukraine',
    iso: 'UA',
    ru: 'Украина',
    more: ['Ukrainian', 'Україна'],
    capital: 'Kyiv',
    capitalRu: 'Киев',
  },
  {
    name: 'Azerbaijan',
    iso: 'AZ',
    ru: 'Азербайджан',
    more: ['Azerbaijani', 'Azərbaycan'],
    capital: 'Baku',
    capitalRu: 'Баку',
  },
  {
    name: 'Armenia',
    iso: 'AM',
    ru: 'Армения',
    more: ['Armenian', 'Hayastan'],
    capital: 'Yerevan',
    capitalRu: 'Ереван',
  },
  {
    name: 'Georgia',
    iso: 'GE',
    ru: 'Грузия',
    more: ['Georgian', 'Sakartvelo'],
    capital: 'Tbilisi',
    capitalRu: 'Тбилиси',
  },
  {
    name: 'Moldova',
    iso: 'MD',
    ru: 'Молдова',
    more: ['Moldovan', 'Молдавия'],
    capital: 'Chisinau',
    capitalRu: 'Кишинёв',
  },
  {
    name: 'China',
    iso: 'CN',
    ru: 'Китай',
    more: ["People's Republic of China", 'Chinese', 'КНР'],
    capital: 'Beijing',
    capitalRu: 'Пекин',
  },
  {
    name: 'Mongolia',
    iso: 'MN',
    ru: 'Монголия',
    more: ['Mongolian', 'Монгол Улс'],
    capital: 'Ulaanbaatar',
    capitalRu: 'Улан-Батор',
  },
  {
    name: 'Afghanistan',
    iso: 'AF',
    ru: 'Афганистан',
    more: ['Afghan'],
    capital: 'Kabul',
    capitalRu: 'Кабул',
  },
  {
    name: 'Iran',
    iso: 'IR',
    ru: 'Иран',
    more: ['Iranian', 'Persia'],
    capital: 'Tehran',
    capitalRu: 'Тегеран',
  },
  {
    name: 'Turkey',
    iso: 'TR',
    ru: 'Турция',
    more: ['Türkiye', 'Turkish'],
    capital: 'Ankara',
    capitalRu: 'Анкара',
  },
  {
    name: 'Pakistan',
    iso: 'PK',
    ru: 'Пакистан',
    more: ['Pakistani'],
    capital: 'Islamabad',
    capitalRu: 'Исламабад',
  },
  {
    name: 'India',
    iso: 'IN',
    ru: 'Индия',
    more: ['Indian', 'Bharat'],
    capital: 'New Delhi',
    capitalRu: 'Нью-Дели',
  },
  {
    name: 'Japan',
    iso: 'JP',
    ru: 'Япония',
    more: ['Japanese', 'Nippon'],
    capital: 'Tokyo',
    capitalRu: 'Токио',
  },
  {
    name: 'South Korea',
    iso: 'KR',
    ru: 'Южная Корея',
    more: ['Republic of Korea', 'Korean', 'Республика Корея'],
    capital: 'Seoul',
    capitalRu: 'Сеул',
  },
  {
    name: 'Germany',
    iso: 'DE',
    ru: 'Германия',
    more: ['German', 'Deutschland', 'ФРГ'],
    capital: 'Berlin',
    capitalRu: 'Берлин',
  },
  {
    name: 'France',
    iso: 'FR',
    ru: 'Франция',
    more: ['French', 'French Republic'],
    capital: 'Paris',
    capitalRu: 'Париж',
  },
  { name: 'Italy', iso: 'IT', ru: 'Италия', more: ['Italian', 'Italia'], capital: 'Rome', capitalRu: 'Рим' },
  {
    name: 'Spain',
    iso: 'ES',
    ru: 'Испания',
    more: ['Spanish', 'España'],
    capital: 'Madrid',
    capitalRu: 'Мадрид',
  },
  {
    name: 'United Kingdom',
    iso: 'GB',
    ru: 'Великобритания',
    more: ['Britain', 'British', 'UK'],
    capital: 'London',
    capitalRu: 'Лондон',
  },
  {
    name: 'United States',
    iso: 'US',
    ru: 'США',
    more: ['USA', 'American', 'Соединённые Штаты'],
    capital: 'Washington',
    capitalRu: 'Вашингтон',
  },
  { name: 'Canada', iso: 'CA', ru: 'Канада', more: ['Canadian'], capital: 'Ottawa', capitalRu: 'Оттава' },
  {
    name: 'Brazil',
    iso: 'BR',
    ru: 'Бразилия',
    more: ['Brazilian', 'Brasil'],
    capital: 'Brasilia',
    capitalRu: 'Бразилиа',
  },
  { name: 'Egypt', iso: 'EG', ru: 'Египет', more: ['Egyptian'], capital: 'Cairo', capitalRu: 'Каир' },
  {
    name: 'Saudi Arabia',
    iso: 'SA',
    ru: 'Саудовская Аравия',
    more: ['Saudi', 'KSA'],
    capital: 'Riyadh',
    capitalRu: 'Эр-Рияд',
  },
  {
    name: 'United Arab Emirates',
    iso: 'AE',
    ru: 'ОАЭ',
    more: ['UAE', 'Emirati', 'Объединённые Арабские Эмираты'],
    capital: 'Abu Dhabi',
    capitalRu: 'Абу-Даби',
  },
  { name: 'Qatar', iso: 'QA', ru: 'Катар', more: ['Qatari'], capital: 'Doha', capitalRu: 'Доха' },
  {
    name: 'Israel',
    iso: 'IL',
    ru: 'Израиль',
    more: ['Israeli'],
    capital: 'Jerusalem',
    capitalRu: 'Иерусалим',
  },
  {
    name: 'Poland',
    iso: 'PL',
    ru: 'Польша',
    more: ['Polish', 'Polska'],
    capital: 'Warsaw',
    capitalRu: 'Варшава',
  },
  {
    name: 'Hungary',
    iso: 'HU',
    ru: 'Венгрия',
    more: ['Hungarian', 'Magyarország'],
    capital: 'Budapest',
    capitalRu: 'Будапешт',
  },
  {
    name: 'Serbia',
    iso: 'RS',
    ru: 'Сербия',
    more: ['Serbian', 'Србија'],
    capital: 'Belgrade',
    capitalRu: 'Белград',
  },
  {
    name: 'Austria',
    iso: 'AT',
    ru: 'Австрия',
    more: ['Austrian', 'Österreich'],
    capital: 'Vienna',
    capitalRu: 'Вена',
  },
  {
    name: 'Switzerland',
    iso: 'CH',
    ru: 'Швейцария',
    more: ['Swiss', 'Schweiz'],
    capital: 'Bern',
    capitalRu: 'Берн',
  },
  {
    name: 'Finland',
    iso: 'FI',
    ru: 'Финляндия',
    more: ['Finnish', 'Suomi'],
    capital: 'Helsinki',
    capitalRu: 'Хельсинки',
  },
  {
    name: 'Indonesia',
    iso: 'ID',
    ru: 'Индонезия',
    more: ['Indonesian'],
    capital: 'Jakarta',
    capitalRu: 'Джакарта',
  },
  {
    name: 'Malaysia',
    iso: 'MY',
    ru: 'Малайзия',
    more: ['Malaysian'],
    capital: 'Kuala Lumpur',
    capitalRu: 'Куала-Лумпур',
  },
  {
    name: 'Vietnam',
    iso: 'VN',
    ru: 'Вьетнам',
    more: ['Vietnamese', 'Viet Nam'],
    capital: 'Hanoi',
    capitalRu: 'Ханой',
  },
  {
    name: 'Singapore',
    iso: 'SG',
    ru: 'Сингапур',
    more: ['Singaporean'],
    capital: 'Singapore',
    capitalRu: 'Сингапур',
  },
  {
    name: 'Kuwait',
    iso: 'KW',
    ru: 'Кувейт',
    more: ['Kuwaiti'],
    capital: 'Kuwait City',
    capitalRu: 'Эль-Кувейт',
  },
];

/** A topic in the forms the three languages need. */
export interface Topic {
  /** English, lower case: "energy security". */
  en: string;
  /** The tag a source would give it. */
  tag: string;
  /** Russian, genitive: "энергетической безопасности". */
  ruGen: string;
  /** French, after "de": "de la sécurité énergétique". */
  frDe: string;
}

/** What the articles are about. */
export const TOPICS: readonly Topic[] = [
  {
    en: 'trade and economic cooperation',
    tag: 'Trade',
    ruGen: 'торгово-экономического сотрудничества',
    frDe: 'de la coopération commerciale',
  },
  {
    en: 'energy security',
    tag: 'Energy',
    ruGen: 'энергетической безопасности',
    frDe: 'de la sécurité énergétique',
  },
  { en: 'water resources', tag: 'Water resources', ruGen: 'водных ресурсов', frDe: 'des ressources en eau' },
  {
    en: 'transport corridors',
    tag: 'Transport',
    ruGen: 'транспортных коридоров',
    frDe: 'des corridors de transport',
  },
  {
    en: 'regional security',
    tag: 'Security',
    ruGen: 'региональной безопасности',
    frDe: 'de la sécurité régionale',
  },
  {
    en: 'border delimitation',
    tag: 'Borders',
    ruGen: 'делимитации границы',
    frDe: 'de la délimitation des frontières',
  },
  {
    en: 'digital transformation',
    tag: 'Digitalization',
    ruGen: 'цифровой трансформации',
    frDe: 'de la transformation numérique',
  },
  {
    en: 'investment',
    tag: 'Investment',
    ruGen: 'инвестиционного сотрудничества',
    frDe: 'des investissements',
  },
  { en: 'agriculture', tag: 'Agriculture', ruGen: 'сельского хозяйства', frDe: "de l'agriculture" },
  { en: 'climate change', tag: 'Climate', ruGen: 'изменения климата', frDe: 'du changement climatique' },
  {
    en: 'education and science',
    tag: 'Education',
    ruGen: 'образования и науки',
    frDe: "de l'éducation et de la science",
  },
  { en: 'public health', tag: 'Healthcare', ruGen: 'здравоохранения', frDe: 'de la santé publique' },
  { en: 'cultural exchange', tag: 'Culture', ruGen: 'культурного обмена', frDe: 'des échanges culturels' },
  { en: 'tourism', tag: 'Tourism', ruGen: 'туризма', frDe: 'du tourisme' },
  {
    en: 'counter-terrorism',
    tag: 'Counter-terrorism',
    ruGen: 'борьбы с терроризмом',
    frDe: 'de la lutte contre le terrorisme',
  },
  { en: 'labour migration', tag: 'Migration', ruGen: 'трудовой миграции', frDe: 'des migrations de travail' },
  {
    en: 'nuclear non-proliferation',
    tag: 'Non-proliferation',
    ruGen: 'ядерного нераспространения',
    frDe: 'de la non-prolifération nucléaire',
  },
  { en: 'space exploration', tag: 'Space', ruGen: 'освоения космоса', frDe: "de l'exploration spatiale" },
  {
    en: 'food security',
    tag: 'Food security',
    ruGen: 'продовольственной безопасности',
    frDe: 'de la sécurité alimentaire',
  },
  {
    en: 'industrial cooperation',
    tag: 'Industry',
    ruGen: 'промышленной кооперации',
    frDe: 'de la coopération industrielle',
  },
  {
    en: 'humanitarian aid',
    tag: 'Humanitarian aid',
    ruGen: 'гуманитарной помощи',
    frDe: "de l'aide humanitaire",
  },
  { en: 'green energy', tag: 'Renewable energy', ruGen: 'зелёной энергетики', frDe: "de l'énergie verte" },
];

/** Multilateral formats, used for speeches and event tags. */
export const EVENTS: readonly { en: string; ru: string }[] = [
  { en: 'SCO summit', ru: 'саммит ШОС' },
  { en: 'CIS summit', ru: 'саммит СНГ' },
  { en: 'CSTO summit', ru: 'саммит ОДКБ' },
  { en: 'Eurasian Economic Forum', ru: 'Евразийский экономический форум' },
  { en: 'CICA summit', ru: 'саммит СВМДА' },
  { en: 'OSCE conference', ru: 'конференция ОБСЕ' },
  { en: 'UN General Assembly', ru: 'Генеральная Ассамблея ООН' },
  { en: 'Central Asia consultative meeting', ru: 'Консультативная встреча глав государств Центральной Азии' },
  { en: 'Turkic Council summit', ru: 'саммит Тюркского совета' },
  { en: 'investment forum', ru: 'инвестиционный форум' },
  { en: 'climate conference', ru: 'климатическая конференция' },
];

/** A news source and the zone its clock runs in. */
export interface SourceSeed {
  name: string;
  host: string;
  zone: ZoneName;
  /** Share of its pieces in Russian and French. */
  ru: number;
  fr: number;
  /** Share of its pieces dated by day only, without a time. */
  dateOnly: number;
  dateline: 'upper' | 'none';
}

/** Invented agencies, one per zone the archive covers. */
export const SOURCES: readonly SourceSeed[] = [
  {
    name: 'Steppe News Agency',
    host: 'steppe-news.example',
    zone: 'Asia/Almaty',
    ru: 0.2,
    fr: 0,
    dateOnly: 0.05,
    dateline: 'upper',
  },
  {
    name: 'Presidential Press Office',
    host: 'press-office.example',
    zone: 'Asia/Almaty',
    ru: 0.3,
    fr: 0,
    dateOnly: 0.3,
    dateline: 'none',
  },
  {
    name: 'Moscow Wire',
    host: 'moscow-wire.example',
    zone: 'Europe/Moscow',
    ru: 0.6,
    fr: 0,
    dateOnly: 0,
    dateline: 'upper',
  },
  {
    name: 'Dushanbe Herald',
    host: 'dushanbe-herald.example',
    zone: 'Asia/Dushanbe',
    ru: 0.4,
    fr: 0,
    dateOnly: 0.1,
    dateline: 'upper',
  },
  {
    name: 'Ala-Too Courier',
    host: 'alatoo-courier.example',
    zone: 'Asia/Bishkek',
    ru: 0.5,
    fr: 0,
    dateOnly: 0.1,
    dateline: 'upper',
  },
  {
    name: 'Tashkent Daily',
    host: 'tashkent-daily.example',
    zone: 'Asia/Tashkent',
    ru: 0.3,
    fr: 0,
    dateOnly: 0.05,
    dateline: 'none',
  },
  {
    name: 'Silk Road Newswire',
    host: 'silkroad-newswire.example',
    zone: 'Asia/Shanghai',
    ru: 0,
    fr: 0,
    dateOnly: 0,
    dateline: 'upper',
  },
  {
    name: 'Global Dispatch',
    host: 'global-dispatch.example',
    zone: 'UTC',
    ru: 0,
    fr: 0.2,
    dateOnly: 0,
    dateline: 'upper',
  },
  {
    name: 'Assembly Observer',
    host: 'assembly-observer.example',
    zone: 'America/New_York',
    ru: 0,
    fr: 0.3,
    dateOnly: 0,
    dateline: 'upper',
  },
];

/** Bylines some pieces carry. */
export const AUTHORS: readonly string[] = [
  'Aliya Dzhaksybekova',
  'Pavel Sokolov',
  'Gulnara Ismoilova',
  'Maxim Lebedev',
  'Saida Tursunova',
  'Claire Dubois',
  'James Whitfield',
  'Нурсултан Оспанов',
];
