/**
 * What the importer knows about news agencies and datelines: the name readers know
 * an agency by, and the IANA time zone its clock (or a dateline's place) runs on.
 */

interface Agency {
  name: string;
  /** The zone the agency's site stamps its articles in, when it has one home. */
  zone?: string;
  /**
   * The addresses of its sites that are not its name and a domain ending, as pages name
   * themselves ("inform.kz"); "Tengrinews.kz" or "Kabar.kg" is read by the name alone.
   */
  sites?: string[];
}

const AGENCIES: [string[], Agency][] = [
  [
    ['kazinform', 'казинформ', 'қазақпарат', 'kazinform news agency'],
    { name: 'Kazinform', zone: 'Asia/Almaty', sites: ['inform.kz'] },
  ],
  [['tass', 'тасс', 'итар-тасс'], { name: 'TASS', zone: 'Europe/Moscow' }],
  [['interfax', 'интерфакс'], { name: 'Interfax', zone: 'Europe/Moscow' }],
  [['interfax-kazakhstan', 'интерфакс-казахстан'], { name: 'Interfax-Kazakhstan', zone: 'Asia/Almaty' }],
  [['kaztag', 'казтаг'], { name: 'KazTAG', zone: 'Asia/Almaty' }],
  [['ria novosti', 'риа новости'], { name: 'RIA Novosti', zone: 'Europe/Moscow', sites: ['ria.ru'] }],
  [['akorda', 'акорда', 'ақорда'], { name: 'Akorda', zone: 'Asia/Almaty' }],
  [['tengrinews', 'тенгриньюс'], { name: 'Tengrinews', zone: 'Asia/Almaty' }],
  [['orda.kz', 'орда.kz'], { name: 'Orda.kz', zone: 'Asia/Almaty' }],
  [['kabar', 'кабар'], { name: 'Kabar', zone: 'Asia/Bishkek' }],
  [['akipress', 'акипресс'], { name: 'AKIpress', zone: 'Asia/Bishkek' }],
  [['24.kg', '24kg'], { name: '24.kg', zone: 'Asia/Bishkek' }],
  [['khovar', 'ховар', 'niat khovar', 'ниат ховар'], { name: 'Khovar', zone: 'Asia/Dushanbe' }],
  [['asia-plus', 'азия-плюс'], { name: 'Asia-Plus', zone: 'Asia/Dushanbe' }],
  [['uza', 'уза'], { name: 'UzA', zone: 'Asia/Tashkent' }],
  [['tdh', 'тдх'], { name: 'TDH', zone: 'Asia/Ashgabat' }],
  [['xinhua', 'синьхуа'], { name: 'Xinhua', zone: 'Asia/Shanghai' }],
  [['belta', 'белта'], { name: 'BelTA', zone: 'Europe/Minsk' }],
  [['trend'], { name: 'Trend', zone: 'Asia/Baku' }],
  [['azertac'], { name: 'AZERTAC', zone: 'Asia/Baku' }],
  [['reuters', 'рейтер'], { name: 'Reuters' }],
  [['ap', 'associated press'], { name: 'AP' }],
  [['afp'], { name: 'AFP' }],
];

const AGENCY_BY_KEY = new Map<string, Agency>();
for (const [keys, agency] of AGENCIES) for (const key of keys) AGENCY_BY_KEY.set(key, agency);
const AGENCY_BY_SITE = new Map<string, Agency>();
for (const [, agency] of AGENCIES) for (const site of agency.sites ?? []) AGENCY_BY_SITE.set(site, agency);

/** A site's address as a page names itself: "Tengrinews.kz", "www.inform.kz", "https://24.kg/". */
const SITE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?((?:[\p{L}\p{N}-]+\.)+([\p{L}]{2,6}))\/?$/u;

/**
 * The agency a name or a site's address names, if the importer knows it: by the name
 * ("Kabar", "24.kg"), by an address of its site ("inform.kz", "en.inform.kz"), or by the
 * name before the address's last part ("Tengrinews.kz", "akorda.kz"). A name it does not
 * know is not guessed ("Sputnik.kz" stays as written, with no zone).
 */
function agencyOf(raw: string): Agency | undefined {
  const key = normaliseKey(raw);
  const named = AGENCY_BY_KEY.get(key);
  if (named) return named;
  const site = SITE_ADDRESS.exec(key);
  if (!site?.[1] || !site[2]) return undefined;
  // The address, then without each leading part in turn ("en.inform.kz", "kaz.tengrinews.kz").
  for (let host = site[1]; host.includes('.'); host = host.slice(host.indexOf('.') + 1)) {
    const agency =
      AGENCY_BY_SITE.get(host) ??
      AGENCY_BY_KEY.get(host) ??
      AGENCY_BY_KEY.get(host.slice(0, -site[2].length - 1));
    if (agency) return agency;
  }
  return undefined;
}

/**
 * The agency named in a dateline or given by `--source`, as readers know it.
 * Unknown names are kept as written.
 * @example agencyName('KAZINFORM') // 'Kazinform'
 * @example agencyName('/TASS/') // 'TASS'
 * @example agencyName('Tengrinews.kz') // 'Tengrinews'
 * @example agencyName('inform.kz') // 'Kazinform'
 */
export function agencyName(raw: string): string {
  return agencyOf(raw)?.name ?? raw.replace(/^[/(\s]+|[/)\s.]+$/g, '').trim();
}

/** Every name the importer knows an agency by, in lower case. */
export const AGENCY_KEYS: readonly string[] = [...AGENCY_BY_KEY.keys()];

/** Whether the importer knows the agency by that name. */
export function knownAgency(raw: string): boolean {
  return agencyOf(raw) !== undefined;
}

/** The zone an agency stamps its articles in, if the importer knows it. */
export function agencyZone(raw: string): string | undefined {
  return agencyOf(raw)?.zone;
}

/**
 * How agencies are named in running text, matched with their case as written: a
 * name that is also a common word ("Trend", "AP") is not looked for.
 */
const NAMED_IN_TEXT: [RegExp, string][] = AGENCIES.filter(([, a]) => a.zone && a.name !== 'Trend').map(
  ([keys, agency]) => {
    const forms = new Set([agency.name, agency.name.toUpperCase()]);
    for (const key of keys) {
      if (key.length >= 4) {
        forms.add(key.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()));
        forms.add(key.toUpperCase());
      }
    }
    const alternatives = [...forms].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return [new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u'), agency.name];
  },
);

/**
 * The agencies with a home zone that a text names anywhere ("…, Kazinform reports",
 * "according to TASS"), in the importer's list order.
 * @example agenciesNamedIn('Tokayev met Rahmon, Kazinform reports.') // [{ name: 'Kazinform', zone: 'Asia/Almaty' }]
 */
export function agenciesNamedIn(text: string): { name: string; zone: string }[] {
  const found: { name: string; zone: string }[] = [];
  for (const [re, name] of NAMED_IN_TEXT) {
    const zone = agencyZone(name);
    if (zone && re.test(text)) found.push({ name, zone });
  }
  return found;
}

const PLACES: [string[], string][] = [
  [
    [
      'nur-sultan',
      'astana',
      'akmola',
      'нур-султан',
      'нұр-сұлтан',
      'астана',
      'almaty',
      'alma-ata',
      'алматы',
      'алма-ата',
    ],
    'Asia/Almaty',
  ],
  [
    ['shymkent', 'шымкент', 'karaganda', 'karagandy', 'караганда', 'қарағанды', 'taraz', 'тараз'],
    'Asia/Almaty',
  ],
  [
    ['turkistan', 'turkestan', 'туркестан', 'түркістан', 'pavlodar', 'павлодар', 'semey', 'семей'],
    'Asia/Almaty',
  ],
  [['ust-kamenogorsk', 'oskemen', 'усть-каменогорск', 'өскемен', 'kokshetau', 'кокшетау'], 'Asia/Almaty'],
  [['aktobe', 'актобе', 'ақтөбе'], 'Asia/Aqtobe'],
  [['atyrau', 'атырау'], 'Asia/Atyrau'],
  [['aktau', 'актау', 'ақтау'], 'Asia/Aqtau'],
  [['uralsk', 'oral', 'уральск', 'орал'], 'Asia/Oral'],
  [['kostanay', 'костанай', 'қостанай'], 'Asia/Qostanay'],
  [['kyzylorda', 'кызылорда', 'қызылорда'], 'Asia/Qyzylorda'],
  [
    [
      'moscow',
      'москва',
      'мәскеу',
      'saint petersburg',
      'st. petersburg',
      'санкт-петербург',
      'kazan',
      'казань',
      'sochi',
      'сочи',
    ],
    'Europe/Moscow',
  ],
  [['dushanbe', 'душанбе'], 'Asia/Dushanbe'],
  [['bishkek', 'бишкек', 'osh', 'ош'], 'Asia/Bishkek'],
  [['tashkent', 'ташкент', 'ташкент', 'samarkand', 'самарканд'], 'Asia/Tashkent'],
  [['ashgabat', 'ашхабад'], 'Asia/Ashgabat'],
  [['baku', 'баку'], 'Asia/Baku'],
  [['minsk', 'минск'], 'Europe/Minsk'],
  [['kyiv', 'kiev', 'киев', 'київ'], 'Europe/Kyiv'],
  [['tbilisi', 'тбилиси'], 'Asia/Tbilisi'],
  [['yerevan', 'ереван'], 'Asia/Yerevan'],
  [['beijing', 'пекин', 'бейжің'], 'Asia/Shanghai'],
  [['ankara', 'istanbul', 'анкара', 'стамбул'], 'Europe/Istanbul'],
  [['berlin', 'берлин'], 'Europe/Berlin'],
  [['paris', 'париж'], 'Europe/Paris'],
  [['brussels', 'брюссель'], 'Europe/Brussels'],
  [['geneva', 'женева'], 'Europe/Zurich'],
  [['london', 'лондон'], 'Europe/London'],
  [['washington', 'new york', 'вашингтон', 'нью-йорк'], 'America/New_York'],
  [['tokyo', 'токио'], 'Asia/Tokyo'],
];

const ZONE_BY_PLACE = new Map<string, string>();
for (const [names, zone] of PLACES) for (const name of names) ZONE_BY_PLACE.set(name, zone);

/**
 * The IANA zone of a dateline's place, if the importer knows the place.
 * @example placeZone('NUR-SULTAN') // 'Asia/Almaty'
 */
export function placeZone(place: string): string | undefined {
  return ZONE_BY_PLACE.get(normaliseKey(place));
}

/** Whether the importer knows the place by that name. */
export function knownPlace(place: string): boolean {
  return ZONE_BY_PLACE.has(normaliseKey(place));
}

function normaliseKey(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/["'«»“”„]/gu, '')
    .replace(/^[/(\s]+|[/)\s.]+$/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[‐‑–]/g, '-');
}
