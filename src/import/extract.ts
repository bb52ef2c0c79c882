/**
 * Reading an article out of text copied from a news page: the headline, date,
 * dateline and agency, author, tags and body paragraphs, with the page's chrome
 * (menus, rates, weather, "Related news", "Popular"…) left out wherever it sits.
 *
 * Everything here works by general rules about how news pages are laid out:
 * running text ends with a full stop, headlines and menus do not; the body starts
 * at the first paragraph of running text and ends at the author, tags or a
 * section of links.
 */
import {
  findDate,
  isTimeLine,
  readDateLine,
  readDatePrefix,
  withTimeLine,
  type DateLine,
  type FoundDate,
} from './dates';
import { inCaseOf } from './entities';
import { AGENCY_KEYS, agencyName, knownAgency, knownPlace } from './places';
import { refuse } from './refusal';

/** What the extractor found in a raw text. */
export interface Extracted {
  title?: string;
  /** The publication date and where it was found. */
  date?: FoundDate & { from: 'header' | 'first line' | 'below lead' | 'dateline' | 'footer' };
  updated?: FoundDate;
  /** The place of the dateline, as written ("NUR-SULTAN"). */
  dateline?: string;
  /** The agency of the dateline, as written ("KAZINFORM", "TASS"). */
  agency?: string;
  /** A "Source: …" line, when the page has one. */
  sourceLine?: { name?: string; url?: string };
  /** The publisher a credit or copyright line after the body names ("Akorda press service", "© 2024 Akorda"). */
  publisher?: string;
  author?: string;
  tags: string[];
  /** Body paragraphs as plain text. */
  paragraphs: string[];
  /** Lines of chrome dropped from inside the body ("Read also: …", "Photo: …"). */
  droppedInBody: string[];
  /**
   * Running text after the end of the body and before the page's next section or footer:
   * the editor is told of it, since it may be the article's (a paragraph after a table).
   */
  leftAfterBody?: string[];
  /** A standfirst printed without a final stop between the headline and the body, which opens the body. */
  standfirst?: string;
  /**
   * Lines above the body that read as a headline or as running text and were neither taken
   * (headline, standfirst, date, author) nor chrome: the editor is told of them.
   */
  leftInHeader?: string[];
}

const TERMINAL = /[.!?…]["'»”’)\]]*$/u;
const BULLET = /^[•·►▶■□▪◦●*]\s*/u;
/** Lines that end the article: the page's next section, or its footer. */
const MARKER =
  /^(?:related(?: news| articles| stories| materials)?|more news|other news|more on (?:this|the) topic|latest news|top news|news feed|all news|popular|most (?:read|popular|viewed)|trending|recommended|you may also like|see also|read (?:also|more)|also read|share(?: this| on\b.*)?|comments?|leave a comment|add a comment|subscribe\b.*|follow us\b.*|(?:(?:другие |ещё |еще |все )?(?:новости|материалы|статьи|публикации) )?по теме|похожие (?:новости|материалы|статьи)|связанные (?:новости|материалы)|другие новости|последние новости|лента новостей|все новости|популярное|популярные(?: новости)?|самое (?:читаемое|популярное)|читайте (?:также|ещё|еще)|поделиться|комментари[иий]|подписывайтесь(?![\p{L}\p{N}]).*|оставить комментарий|ұқсас (?:жаңалықтар|материалдар)|(?:осы )?тақырып(?: бойынша|қа қатысты|та)(?: (?:басқа |соңғы )?(?:жаңалықтар|материалдар|мақалалар))?|осы тақырыптағы (?:жаңалықтар|материалдар|мақалалар)|соңғы жаңалықтар|басқа жаңалықтар|барлық жаңалықтар|жаңалықтар таспасы|(?:ең )?көп оқылған(?:дар)?|танымал|бөлісу|пікірлер|пікір қалдыру|тағы оқыңыз|сондай-ақ оқыңыз|жазылыңыз(?![\p{L}\p{N}]).*)\s*:?$/iu;
/**
 * A footer line: a copyright or rights notice, or an agency's credits ("Reporting by Olzhas
 * Auyezov; Editing by …", "Our standards: …"). Not a sentence that only begins with the
 * word ("Copyright holders will…", "Reporting by local media suggested…").
 */
const FOOTER_LABEL =
  /^(?:©|\(c\)|copyright(?![\p{L}\p{N}])|(?:additional )?(?:reporting|writing|editing) by(?![\p{L}\p{N}])|additional reporting(?![\p{L}\p{N}])|our standards(?![\p{L}\p{N}]))\s*(.*)$/iu;
const RIGHTS = /all rights reserved|все права защищены|барлық құқықтар қорғалған/iu;

function isFooter(line: string): boolean {
  if (RIGHTS.test(line)) return true;
  const label = FOOTER_LABEL.exec(line);
  return label !== null && !/^\p{Ll}/u.test(label[1] ?? '');
}
/**
 * Lines dropped wherever they stand in the body: a pointer to another page or a
 * call to follow the site, whatever follows it («Read also: …», «Подписывайтесь
 * на наш канал…», «Жазылыңыз…»). A word ends where no letter or digit follows
 * (`\b` knows only Latin letters: «Фото:» never matched it).
 */
const LEAD_CHROME =
  /^(?:read (?:also|more)|also read|see also|читайте (?:также|ещё|еще)|тағы оқыңыз|сондай-ақ оқыңыз|subscribe|подписывайтесь|жазылыңыз|follow us)(?![\p{L}\p{N}])/iu;
/**
 * Labels of a caption, a credit or a button: chrome when they stand alone, head
 * a line with a colon or a dash («Photo: Akorda», «Видео — Kazinform»), or lead a
 * line that is not running text («Фото из открытых источников»). A sentence that
 * only starts with the word is the article's («Share of renewables rose…»,
 * «Видео жазбаны баспасөз қызметі жариялады…»).
 */
const LABEL =
  /^(?:photo|фото|сурет|video|видео|бейне|advertisement|реклама|жарнама|share|поделиться|бөлісу|подробнее|читать далее|толығырақ)(?![\p{L}\p{N}])(\s*[:：|—–-])?/iu;

/**
 * A site's notice that its text may be used only with a link to it: «Ссылка на 24.kg
 * обязательна!», «При цитировании ссылка на Kazinform обязательна», "Reproduction is allowed
 * only with a link to Kabar", «Материалды көшіріп басқанда сілтеме міндетті». The whole line
 * is the notice: a sentence that goes on after it («…обязательна, напомнил министр.») is the
 * article's.
 */
const ATTRIBUTION = [
  /^(?:(?:при|в случае) [^!?]{3,80}?,?\s+)?(?:активная |прямая |обратная )?(?:гипер)?ссылка на [^,;!?]{1,60}? обязательн[аы][.!]?$/iu,
  /^(?:полное или частичное )?(?:перепечатка|копирование|использование|цитирование|воспроизведение)(?![\p{L}\p{N}])[^!?]{0,80}? (?:только )?со? (?:активной |прямой )?(?:гипер)?ссылк(?:ой|ами) на [^,;!?]{1,60}?[.!]?$/iu,
  /^(?:(?:any |full or partial )?(?:reproduction|reprinting|republication|copying|citing|quoting|use of (?:the |our |this )?(?:site's )?(?:materials?|content|articles?|texts?|news))|when (?:using|citing|quoting|copying|reprinting))(?![\p{L}\p{N}])[^!?]{0,100}? (?:an? )?(?:active |direct )?(?:hyper)?links? (?:back )?to [^,;!?]{1,40}?(?: (?:is|are) (?:required|mandatory|obligatory))?[.!]?$/iu,
  /^(?:an? )?(?:active |direct )?(?:hyper)?link to [^,;!?]{1,40}? is (?:required|mandatory|obligatory)[.!]?$/iu,
  /^(?:(?:материал|ақпарат|мақала|жаңалық)\p{L}*(?:\s+[^\s!?]+){0,8}?\s+)?(?:гипер)?сілтеме(?:\s+(?:жасау|беру|қою))?\s+міндетті(?:\s+түрде)?[.!]?$/iu,
];

/** Where a site asks to be read or followed. */
const PLATFORM =
  'telegram|телеграм|дзен|яндекс\\.?\\s?дзен|вконтакте|vk|одноклассник|youtube|ютуб|instagram|инстаграм|facebook|фейсбук|twitter|whatsapp|tiktok|google news|threads|viber';
const NAMES_PLATFORM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PLATFORM})`, 'iu');
/** Nothing but a platform's name: the second line of «Читать ria.ru в» / «Дзен». */
const PLATFORM_ONLY = new RegExp(`^(?:${PLATFORM})(?:[-‑]?\\p{L}{0,4})?$`, 'iu');
/** A call to read or follow the site, at the start of the line ("Follow us on", «Читайте нас в»). */
const PROMO_CALL =
  /^(?:читать|читайте|подпишитесь|подписывайтесь|следите|присоединяйтесь|мы в|read us|follow|join us|subscribe|find us|бізді|біздің)(?![\p{L}\p{N}])/iu;
/** A Kazakh call to read or follow the site, at the end of the line («Telegram-ға жазылыңыз»). */
const PROMO_CALL_KK = /(?:жазылыңыз|оқыңыз|қосылыңыз|қараңыз)[.!]?$/iu;

/**
 * A site's call to read it elsewhere, a short line: «Читать ria.ru в» (with «Дзен» on the next
 * line), «Читайте нас в Telegram», "Follow us on Telegram", «Telegram-ға жазылыңыз»; or the
 * platform's name alone. A headline or a sentence that only begins like one is not.
 */
function isPromo(line: string): boolean {
  if (PLATFORM_ONLY.test(line)) return true;
  if (words(line).length > 8 || TERMINAL.test(line.replace(/!$/u, ''))) return false;
  const platform = NAMES_PLATFORM.test(line);
  if (PROMO_CALL.test(line)) return platform || /\s(?:в|во|на|in|on|at)$/iu.test(line);
  return platform && PROMO_CALL_KK.test(line);
}

/** A line of chrome inside the body, dropped from it (see {@link LEAD_CHROME}, {@link LABEL}, {@link ATTRIBUTION}, {@link isPromo}). */
function isInlineChrome(line: string): boolean {
  if (LEAD_CHROME.test(line) || isPromo(line)) return true;
  if (words(line).length <= 20 && ATTRIBUTION.some((re) => re.test(line))) return true;
  const label = LABEL.exec(line);
  return label !== null && (label[1] !== undefined || !isProse(line));
}
const NAV =
  /^(?:go to|back to|main page|home(?: page)?|menu|search|log ?in|sign (?:in|up)|register|contacts?|about us|advertising|all news|news|latest|weather|currency(?: rates)?|exchange rates?|print|font size|version for|главная|новости|все новости|поиск|меню|войти|регистрация|контакты|реклама|погода|курсы? валют|версия для|басты бет|жаңалықтар)(?![\p{L}\p{N}])/iu;
/** Section names of news sites: a line made mostly of them is a menu ("World Business Russia Sport"). */
const SECTIONS = new Set(
  (
    'world business economy politics society sport sports culture science tech technology opinion opinions ' +
    'video videos photo photos regions region incidents lifestyle health travel international analytics ' +
    'interview interviews events multimedia markets finance entertainment weather home news ' +
    'мир бизнес экономика политика общество спорт культура наука технологии происшествия регионы мнения ' +
    'видео фото мультимедиа аналитика интервью новости погода ' +
    'әлем саясат қоғам мәдениет ғылым аймақтар оқиғалар сұхбат'
  ).split(' '),
);
const AUTHOR =
  /^(?:author|authors|written by|text by|editor|автор материала|автор текста|авторы материала|авторы|автор|редактор)(?![\p{L}\p{N}])\s*([:：])?\s*(.*)$/iu;
const BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3})$/u;
const TAGS = /^(?:tags|теги|тэги|keywords|ключевые слова|тегтер)(?![\p{L}\p{N}])\s*([:：])?\s*(.*)$/iu;

/**
 * What follows the label of a label line ({@link AUTHOR}, {@link TAGS}): anything after a
 * colon; else nothing (the value is on the next lines), or a few words that are not a
 * sentence and do not begin in lower case ("Written by Anna Lee", "Tags Kazakhstan Russia").
 * `undefined` when the line is a sentence that only begins with the label's word ("Author of
 * the initiative, …", «Редактор газеты … награждён орденом», "Tags of the product were…").
 */
function labelValue(re: RegExp, line: string, maxWords: number): string | undefined {
  const m = re.exec(line);
  if (!m) return undefined;
  const value = (m[2] ?? '').trim();
  if (m[1] !== undefined || value === '') return value;
  return words(value).length <= maxWords && !TERMINAL.test(value) && !/^\p{Ll}/u.test(value)
    ? value
    : undefined;
}
/** The name after an author's label, as {@link labelValue} reads it. */
const authorValue = (line: string) => labelValue(AUTHOR, line, 6);
/** The tags after a tags label, as {@link labelValue} reads it. */
const tagsValue = (line: string) => labelValue(TAGS, line, 16);
const HEADLINE_LABEL = /^(?:subject|title|headline|тема|заголовок|тақырып)\s*[:：]\s*/iu;
const SOURCE = /^(?:source|источник|дереккөз)\s*[:：]\s*(.+)$/iu;
/** Lowercase words that continue a flattened tag: "President of Kazakhstan". */
const TAG_CONNECTORS = new Set(
  'of and the for in on at to de du la van von и в на по для с о об и между және мен'.split(' '),
);

function words(line: string): string[] {
  return line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
}

function letterRatio(line: string): number {
  const letters = line.match(/[\p{L}\s]/gu)?.length ?? 0;
  return letters / Math.max(1, line.length);
}

/** The characters of text with figures: letters, digits, white space and the signs figures are written with. */
const FIGURE_TEXT = /[\p{L}\p{N}\s.,;:%()'’+\-–—−/]/gu;

/**
 * Text with figures in it: letters, digits and the signs figures are written with
 * making nearly all of the line, and letters at least half of what is not white
 * space ("Kazakhstan's GDP grew 5.1% in 2023", "GDP: 105.1"), where rates, dates
 * and codes are mostly digits ("USD 470.5 EUR 510.2").
 */
function readsAsFigures(line: string): boolean {
  const text = line.match(FIGURE_TEXT)?.length ?? 0;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const marks = line.replace(/\s/gu, '').length;
  return text / Math.max(1, line.length) >= 0.9 && letters / Math.max(1, marks) >= 0.5;
}

/** Running text: a sentence-like line of six words or more, ending like a sentence. */
export function isProse(line: string): boolean {
  return (
    words(line).length >= 6 &&
    TERMINAL.test(line) &&
    letterRatio(line) >= 0.6 &&
    !MARKER.test(line) &&
    !isFooter(line)
  );
}

/** A line that can continue the body: ends like a sentence, introduces a quote, or is long. */
function isBodyLine(line: string): boolean {
  if (TERMINAL.test(line) && words(line).length > 0 && /\p{N}/u.test(line) && isFigureSentence(line))
    return true;
  return (
    (TERMINAL.test(line) || /[:;,]$/u.test(line) || words(line).length >= 12) && letterRatio(line) >= 0.5
  );
}

/**
 * A sentence mostly of figures, ended as a sentence is: «2022: 3.2%; 2023: 5.1%; 2024
 * (forecast): 4.5–5.0%.» Letters, digits and the signs of figures make the whole line.
 */
function isFigureSentence(line: string): boolean {
  const text = line.match(FIGURE_TEXT)?.length ?? 0;
  return text === line.length;
}

function isEnd(line: string): boolean {
  return (
    MARKER.test(line) ||
    isFooter(line) ||
    authorValue(line) !== undefined ||
    tagsValue(line) !== undefined ||
    BYLINE.test(line) ||
    readDateLine(line) !== undefined
  );
}

/** Three or more words, most of them the section names of a news site's menu. */
function isMenu(ws: readonly string[]): boolean {
  if (ws.length < 3 || ws.length > 10) return false;
  const sections = ws.filter((w) => SECTIONS.has(w.toLowerCase())).length;
  return sections >= Math.max(2, Math.ceil(ws.length / 2));
}

/** Navigation, rates, language lists and labels: never a headline or a paragraph. */
function isChrome(line: string): boolean {
  const ws = words(line);
  return (
    BULLET.test(line) ||
    /\s[>»|/]\s|\s[>»]$|^[<«]\s/u.test(line) ||
    /[:：]$/u.test(line) ||
    /\+?\d[\d\s()-]{8,}\d/u.test(line) ||
    (letterRatio(line) < 0.75 && !readsAsFigures(line)) ||
    (ws.length <= 6 && NAV.test(line)) ||
    isMenu(ws) ||
    (ws.length >= 3 && ws.reduce((n, w) => n + w.length, 0) / ws.length < 3) ||
    MARKER.test(line) ||
    isFooter(line) ||
    isInlineChrome(line) ||
    SOURCE.test(line)
  );
}

function isHeadline(line: string): boolean {
  const ws = words(line);
  return (
    ws.length >= 3 &&
    ws.length <= 30 &&
    line.length >= 15 &&
    line.length <= 300 &&
    !/\.["'»”’)]*$/u.test(line) &&
    !/^\p{Ll}/u.test(line) &&
    !isChrome(line) &&
    !isEnd(line)
  );
}

/** The beginnings (five letters) of the words of five letters or more: a stem that inflection leaves alone. */
function wordStarts(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5)));
}

/**
 * Whether `line`, printed below the headline-like `above` with only dates, times or an author
 * between them, is the standfirst under that headline rather than the headline: a sentence
 * without its final stop, of 15 words or more and a third longer than `above`, while `above`
 * names what the article is about, two of its words being in the standfirst or the first
 * paragraph (`opening`), as a section's name or a slogan's are not ("Central Asia news").
 */
function isStandfirst(line: string, above: string, opening: string): boolean {
  const [own, theirs] = [words(line).length, words(above).length];
  if (own < 15 || own < theirs * 1.3) return false;
  const told = wordStarts(`${line} ${opening}`);
  return [...wordStarts(above)].filter((start) => told.has(start)).length >= 2;
}

/** Splits text into trimmed lines and joins lines that a hard wrap broke mid-sentence. */
export function toLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.length >= 40 &&
      line !== '' &&
      /^\p{Ll}/u.test(line) &&
      !/[.!?…:;"»”)]$/u.test(prev) &&
      !isChrome(line)
    ) {
      out[out.length - 1] = `${prev} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

/** A dateline at the head of the first paragraph. */
export interface Dateline {
  place: string;
  agency?: string;
  date?: FoundDate;
  /** The author the dateline names after the agency ("— 24.kg, Анна Ли."). */
  author?: string;
  /** The paragraph without its dateline. */
  rest: string;
}

/** A place in capitals ("NUR-SULTAN", "ASTANA", "НУР-СУЛТАН"). */
const PLACE = "\\p{Lu}[\\p{Lu}’'\\-]*(?:[ \\-]\\p{Lu}[\\p{Lu}’'\\-]*){0,2}";
/** A place as a name is written ("Bishkek", "Nur-Sultan", "New York"). */
const TITLE_PLACE = '\\p{Lu}\\p{Ll}+(?:[ \\-]\\p{Lu}\\p{Ll}+){0,2}';
const REGION = '\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?';
const AGENCY_WORD = '\\p{Lu}[\\p{L}\\-.]*';
const DASH = '\\s*(?:--|[-–—])\\s+';
/** An agency's name, or a site's address that starts with a digit ("24.kg"). */
const SITE_WORD = '[\\p{Lu}\\p{N}][\\p{L}\\p{N}\\-.]*';
/** A day in digits, maybe with a time: "14.02.2023", "14.02.2023, 10:15". */
const NUMERIC_DAY = '\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:,?\\s+\\d{1,2}:\\d{2})?';
const DATELINE = new RegExp(
  `^(?<place>${PLACE}|${TITLE_PLACE})` +
    // The day after a comma, or after a full stop as Interfax writes it ("Москва. 12 марта. ИНТЕРФАКС -").
    `(?:[,.]\\s*(?<when>${NUMERIC_DAY}|(?=[^.()/–—-]{0,25}\\d)[^.()/–—-]{3,25}?)|,\\s*(?<region>${REGION}))?` +
    '(?:' +
    `\\.?\\s*/(?<slashed>[^/]{2,30})/\\.?\\s+` + // ASTANA, September 26. /TASS/. | DUSHANBE, 14.02.2023 /NIAT "Khovar"/.
    `|\\s*\\((?<bracketed>[^)]{2,30})\\)(?:${DASH}|(?<stop>[.:])\\s+)` + // ALMATY, May 2 (Reuters) - | Ashgabat, 12 March 2024 (TDH).
    `|\\.\\s*(?<named>${AGENCY_WORD}(?: ${AGENCY_WORD})?)${DASH}` + // NUR-SULTAN. KAZINFORM -
    // Bishkek, March 12, 2024 – Kabar. | Бишкек, 12 мар — 24.kg, Анна Ли.
    `|${DASH}(?<trailing>${SITE_WORD}(?: ${AGENCY_WORD})?)(?:,\\s*(?<byline>\\p{Lu}[\\p{L}.’'\\-]*(?: \\p{Lu}[\\p{L}.’'\\-]*){0,3}))?\\.\\s+` +
    `|\\.?${DASH}` + // ASTANA –
    ')',
  'u',
);

/**
 * Whether a name in a dateline is an agency's: one the importer knows, one in
 * capitals ("TDH", "NIAT KHOVAR") or a site's address ("UzDaily.com").
 */
function isAgencyName(name: string): boolean {
  return (
    knownAgency(name) ||
    (name === name.toUpperCase() && (name.match(/\p{L}/gu)?.length ?? 0) >= 2) ||
    /\.\p{L}{2,}$/u.test(name)
  );
}

/**
 * Reads a dateline such as `NUR-SULTAN. KAZINFORM - `, `ASTANA, September 26. /TASS/. `,
 * `ALMATY, May 2 (Reuters) - `, `НУР-СУЛТАН. КАЗИНФОРМ – `, `DUSHANBE, 14.02.2023 /Khovar/. `,
 * `Bishkek, March 12, 2024 – Kabar. ` or `Ashgabat, 12 March 2024 (TDH). ` at the start of a
 * paragraph. A place written as a name (not in capitals) is read only with a date, an
 * agency, or as a place the importer knows, so that a sentence starting with a name stays whole.
 */
export function readDateline(paragraph: string): Dateline | undefined {
  const m = DATELINE.exec(paragraph);
  if (!m?.groups) return readBareDateline(paragraph);
  const { place = '', when, region, slashed, bracketed, stop, named, trailing, byline } = m.groups;
  if ((place.match(/\p{L}/gu)?.length ?? 0) < 3) return undefined;
  let date: FoundDate | undefined;
  if (when !== undefined) {
    date = findDate(when);
    if (!date) return undefined;
  }
  // A name after the dash, or in brackets before a full stop, is an agency only if it reads as one;
  // otherwise the dash alone ends the dateline ("ASTANA – Tokayev. …" keeps "Tokayev.").
  let length = m[0].length;
  let agency = (slashed ?? bracketed ?? named ?? trailing)?.trim();
  let author = byline;
  if (trailing !== undefined && !isAgencyName(trailing)) {
    length = m[0].lastIndexOf(trailing);
    agency = undefined;
    author = undefined;
  }
  if (stop !== undefined && bracketed !== undefined && !isAgencyName(bracketed)) return undefined;
  if (place !== place.toUpperCase() && date?.year === undefined && !agency && !knownPlace(place)) {
    return undefined;
  }
  const rest = paragraph.slice(length).trim();
  if (!/^[\p{L}\p{N}"“«„'‘(]/u.test(rest) || words(rest).length < 3) return undefined;
  const result: Dateline = { place: region ? `${place}, ${region}` : place, rest };
  if (agency) result.agency = agency;
  if (author) result.author = author;
  if (date) result.date = date;
  return result;
}

/** A place in capitals and a full stop before the first sentence ("ASTANA. Kazakh President…"). */
const BARE_DATELINE = new RegExp(`^(?<place>${PLACE})\\.\\s+(?=["“«„]?\\p{Lu})`, 'u');

/**
 * Reads a dateline of a place alone, in capitals and followed by a full stop: only a
 * place the importer knows, so that a sentence in capitals ("NATO. The alliance…") stays whole.
 */
function readBareDateline(paragraph: string): Dateline | undefined {
  const place = BARE_DATELINE.exec(paragraph)?.groups?.['place'];
  if (place === undefined || !knownPlace(place)) return undefined;
  const rest = paragraph.slice(place.length + 1).trim();
  return words(rest).length < 3 ? undefined : { place, rest };
}

/**
 * Splits a tags line. Commas, semicolons or `#` separate tags when present; a line
 * flattened from tag links starts a new tag at each capitalised word, unless the
 * word before it is a lowercase connector such as "of".
 * @example splitTags('President of Kazakhstan Kyrgyzstan Akorda presidential residence')
 * // ['President of Kazakhstan', 'Kyrgyzstan', 'Akorda presidential residence']
 */
export function splitTags(line: string): string[] {
  let tags: string[];
  if (/[,;]/u.test(line)) tags = line.split(/[,;]/u);
  else if (/(?:^|\s)#\p{L}/u.test(line)) tags = line.split('#');
  else {
    tags = [];
    let prev = '';
    for (const word of line.split(/\s+/u).filter(Boolean)) {
      const startsTag = /^[\p{Lu}\p{N}]/u.test(word) && !TAG_CONNECTORS.has(prev);
      if (startsTag || tags.length === 0) tags.push(word);
      else tags[tags.length - 1] += ` ${word}`;
      prev = word;
    }
  }
  const seen = new Set<string>();
  return tags
    .map((t) => t.trim().replace(/^#/, ''))
    .filter((t) => t !== '' && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/**
 * Joins tags that together give one of `names` (a line of tag links flattened into
 * text starts a tag at each capitalised word, so «Касым-Жомарт Токаев Узбекистан»
 * came apart into «Касым-Жомарт», «Токаев», «Узбекистан»).
 * @example joinNames(['Касым-Жомарт', 'Токаев', 'Узбекистан'], ['Касым-Жомарт Токаев'])
 * // ['Касым-Жомарт Токаев', 'Узбекистан']
 */
export function joinNames(tags: readonly string[], names: readonly string[]): string[] {
  const known = new Set(names.map((n) => n.trim().replace(/\s+/gu, ' ').toLowerCase()));
  const longest = Math.max(0, ...names.map((n) => n.trim().split(/\s+/u).length));
  const joined: string[] = [];
  for (let i = 0; i < tags.length;) {
    let taken = 1;
    for (let k = Math.min(longest, tags.length - i); k >= 2; k--) {
      if (
        known.has(
          tags
            .slice(i, i + k)
            .join(' ')
            .toLowerCase(),
        )
      ) {
        taken = k;
        break;
      }
    }
    joined.push(tags.slice(i, i + taken).join(' '));
    i += taken;
  }
  return joined;
}

function nextNonEmpty(lines: readonly string[], from: number, to = lines.length): number {
  for (let i = from; i < to; i++) if (lines[i] !== '') return i;
  return -1;
}

/** Reads an author line, whose name may stand on the next line. Returns the name and the last line used. */
function readAuthor(lines: string[], i: number, end: number): { name: string; last: number } | undefined {
  const line = lines[i] ?? '';
  const by = BYLINE.exec(line);
  if (by?.[1]) return { name: by[1], last: i };
  const inline = authorValue(line);
  if (inline === undefined) return undefined;
  if (inline !== '') return words(inline).length <= 8 ? { name: inline, last: i } : undefined;
  const next = nextNonEmpty(lines, i + 1, end);
  const value = lines[next] ?? '';
  if (next === -1 || words(value).length > 6 || isEnd(value) || TERMINAL.test(value)) return undefined;
  return { name: value, last: next };
}

/** Reads "Tags: a, b", or a "Tags" heading followed by one line of tags or by one tag per line. */
function readTagsLine(lines: string[], i: number, end: number): { tags: string[]; last: number } | undefined {
  const inline = tagsValue(lines[i] ?? '');
  if (inline === undefined) return undefined;
  if (inline !== '') return { tags: splitTags(inline), last: i };
  const block: number[] = [];
  for (let j = nextNonEmpty(lines, i + 1, end); j !== -1; j = nextNonEmpty(lines, j + 1, end)) {
    const line = lines[j] ?? '';
    if (isEnd(line) || TERMINAL.test(line) || isChrome(line) || words(line).length > 6) break;
    block.push(j);
  }
  const [only] = block;
  if (only === undefined) return undefined;
  const last = block[block.length - 1] ?? only;
  if (block.length === 1) return { tags: splitTags(lines[only] ?? ''), last };
  return { tags: splitTags(block.map((j) => lines[j]).join('; ')), last };
}

/** A credit line naming a press service: "Akorda press service". */
const CREDIT = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)\s+press service\.?$/iu;
/** A copyright line: "© 2024 Akorda. All rights reserved." */
const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.+?)[.,]?\s*(?:all rights reserved|все права защищены|барлық құқықтар қорғалған)?\.?$/iu;

/** A copyright line with the name first: "Tengrinews.kz © 2022. Барлық құқықтар қорғалған.", "Orda.kz © 2023". */
const COPYRIGHT_AFTER =
  /^(\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)\s*(?:©|\(c\))\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*[.,]?\s*(?:(?:all rights reserved|все права защищены|барлық құқықтар қорғалған)\.?)?$/iu;

/**
 * A credit line naming a press service in Russian or Kazakh, its name in the genitive:
 * «Пресс-служба Акорды», «Фото: пресс-служба Акорды», «Ақорданың баспасөз қызметі».
 */
const CREDIT_RU = /^(?:фото:\s*)?пресс-служба\s+(\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)\.?$/iu;
const CREDIT_KK = /^(?:фото:\s*)?(\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)\s+баспасөз\s+қызметі\.?$/iu;

/**
 * The agency a Russian or Kazakh credit line names, as the importer knows it, or
 * undefined: a name in the genitive is read back to the name only when it is an
 * agency the importer knows («Акорды», «Ақорданың» → Akorda; «Казинформа» →
 * Kazinform), never guessed for another name (a publisher recorded as «Президента
 * Республики Казахстан» would be wrong).
 */
function creditedAgency(line: string): string | undefined {
  const name = (CREDIT_RU.exec(line)?.[1] ?? CREDIT_KK.exec(line)?.[1])?.trim();
  if (!name) return undefined;
  if (knownAgency(name)) return agencyName(name);
  const key = AGENCY_KEYS.find((k) => /\p{Script=Cyrillic}/u.test(k) && inCaseOf(name, k));
  return key === undefined ? undefined : agencyName(key);
}

/**
 * The publisher a credit or copyright line names, when it reads as a name (six words at most):
 * "© 2024 Akorda", or with the name first, "Orda.kz © 2023. Все права защищены."
 */
export function readPublisher(line: string): string | undefined {
  const credited = creditedAgency(line);
  if (credited) return credited;
  const name = (CREDIT.exec(line)?.[1] ?? COPYRIGHT_AFTER.exec(line)?.[1] ?? COPYRIGHT.exec(line)?.[1])
    ?.trim()
    .replace(/[.,]+$/u, '')
    // The years after the name: "© 24.kg, 2021", "© ТАСС 1999-2022".
    .replace(/[,\s]+\d{4}(?:\s*[-–]\s*\d{4})?$/u, '');
  if (
    !name ||
    words(name).length === 0 ||
    words(name).length > 6 ||
    /https?:|@/u.test(name) ||
    RIGHTS.test(name)
  )
    return undefined;
  return name;
}

/**
 * A line that reads as tags flattened from links rather than as a sentence:
 * no sentence punctuation (colons, quotation marks), and at least half of its
 * words, connectors aside, capitalised ("President of Kazakhstan Kyrgyzstan
 * Akorda presidential residence"). "The leaders agreed to meet again soon in
 * Moscow" is a sentence, with or without its full stop.
 */
export function readsAsTags(line: string): boolean {
  if (/[:：«»"“”„]/u.test(line) || TERMINAL.test(line)) return false;
  const ws = line.split(/\s+/u).filter((w) => w !== '' && !TAG_CONNECTORS.has(w.toLowerCase()));
  const capitalised = ws.filter((w) => /^[#\p{Lu}\p{N}]/u.test(w)).length;
  return ws.length > 0 && capitalised * 2 >= ws.length;
}

function readSourceLine(line: string): Extracted['sourceLine'] {
  const value = SOURCE.exec(line)?.[1]?.trim();
  if (!value) return undefined;
  const url = /https?:\/\/[^\s<>"]+/u.exec(value)?.[0];
  const name = value
    .replace(/https?:\/\/[^\s<>"]+/u, '')
    .replace(/[\s,;:()–—-]+$/u, '')
    .trim();
  return { ...(name && words(name).length <= 6 ? { name } : {}), ...(url ? { url } : {}) };
}

/**
 * Reads the date line at `i`, completed with the time a line next to it gives alone
 * ("March 5, 2024" then "17:30", or the other way round), within lines before `to`.
 * `last` is the last line it used.
 */
export function dateLineAt(
  lines: readonly string[],
  i: number,
  to: number,
): (DateLine & { last: number }) | undefined {
  const found = readDateLine(lines[i] ?? '');
  if (!found) return undefined;
  if (found.date.time) return { ...found, last: i };
  const next = nextNonEmpty(lines, i + 1, to);
  if (next !== -1 && isTimeLine(lines[next] ?? '')) {
    return { ...found, date: withTimeLine(found.date, lines[next] ?? ''), last: next };
  }
  let previous = i - 1;
  while (previous >= 0 && lines[previous] === '') previous--;
  if (previous >= 0 && isTimeLine(lines[previous] ?? '')) {
    return { ...found, date: withTimeLine(found.date, lines[previous] ?? ''), last: i };
  }
  return { ...found, last: i };
}

/**
 * The lines just before line `anchor`, the first of running text, that are short
 * sentences (a short first paragraph: «Токаев прибыл в Ташкент.»), in order: each ends
 * like a sentence and is no chrome, label, date, time or end of the body.
 */
function leadInAt(lines: readonly string[], anchor: number): number[] {
  const found: number[] = [];
  for (let i = anchor - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const sentence =
      words(line).length >= 2 &&
      TERMINAL.test(line) &&
      letterRatio(line) >= 0.6 &&
      !isChrome(line) &&
      !isEnd(line) &&
      !isTimeLine(line) &&
      readDatePrefix(line) === undefined &&
      dateLineAt(lines, i, anchor) === undefined &&
      BYLINE.exec(line) === null;
    if (!sentence) break;
    found.unshift(i);
  }
  return found;
}

/** The mark of a line that is an item of a list: a bullet, a dash or a number. */
const LIST_MARK = /^(?:[•·►▶■□▪◦●*–—-]|\d{1,2}[.)])\s+(?=\S)/u;
/** The most items a list inside the body is read to have. */
const LIST_ITEMS = 40;

/**
 * A list inside the body, starting at line `i`: short lines, each an item, that the
 * body's last line introduces («Подписаны документы:») or that mark themselves items
 * (bullets, dashes, numbers), followed by more of the body, by its end, or (when
 * introduced) by nothing. `undefined` when the lines there are not such a list: the
 * body then ends as before, at a run of short lines that is the page's next section.
 */
/** An item of figures after a line that introduces them: "GDP: 105.1", «Промышленность: 104,3 %». */
const FIGURE_ITEM = /^\p{L}[\p{L}\s'’().-]*:\s*[-+−]?\d[\d.,\s%]*$/u;

/** A line that separates a text's parts: "***", "* * *", "---", "___", "———". */
const SEPARATOR = /^(?:[*_=~•·—–-]\s*){3,}$/u;

function listAt(
  lines: readonly string[],
  i: number,
  introduced: boolean,
): { items: string[]; last: number } | undefined {
  const items: string[] = [];
  let last = i;
  let j = i;
  for (; j !== -1 && items.length < LIST_ITEMS; j = nextNonEmpty(lines, j + 1)) {
    const line = lines[j] ?? '';
    const marked = LIST_MARK.test(line);
    if (isEnd(line) || (isBodyLine(line) && !marked)) break;
    if (!marked && !introduced) return undefined;
    // An item is text, not a menu's entry or a pointer to another page («• Читайте также: …»).
    const text = line.replace(LIST_MARK, '');
    if ((isChrome(text) && !(introduced && FIGURE_ITEM.test(text))) || isInlineChrome(text)) return undefined;
    items.push(line);
    last = j;
  }
  if (items.length < 2 && !introduced) return undefined;
  const after = j === -1 ? '' : (lines[j] ?? '');
  const continues = j !== -1 && !isEnd(after) && isBodyLine(after);
  const ends = j === -1 || isEnd(after);
  return continues || (introduced && ends) ? { items, last } : undefined;
}

/** The most short lines the body may hold in a row between two of its paragraphs. */
const SHORT_RUN = 3;

/**
 * Short lines inside the body, from line `i`: up to {@link SHORT_RUN} lines, none of
 * them chrome or an end of the body, followed by a line of the body (a subheading; a
 * table's cells, one per line). `undefined` when the lines there are not followed by
 * more of the body.
 */
function shortRun(lines: readonly string[], i: number): { lines: string[]; last: number } | undefined {
  const run: string[] = [];
  let last = i;
  for (let j = i; j !== -1; j = nextNonEmpty(lines, j + 1)) {
    const line = lines[j] ?? '';
    if (isEnd(line)) return undefined;
    if (isBodyLine(line)) return run.length > 0 ? { lines: run, last } : undefined;
    if (run.length === SHORT_RUN || isChrome(line)) return undefined;
    run.push(line);
    last = j;
  }
  return undefined;
}

/** A photo's credit: «© РИА Новости / Сергей Бобылев», «Фото: Акорда», «Сурет: Tengrinews.kz / …», "Photo by …". */
function isPhotoCredit(line: string): boolean {
  if (/^(?:©|\(c\))/iu.test(line)) return !RIGHTS.test(line);
  return /^(?:photo|фото|сурет|фотосурет)(?![\p{L}\p{N}])/iu.test(line) && isInlineChrome(line);
}

/**
 * The lines of the header that read as running text or as a headline about the article (two
 * of their words in the headline or the first paragraph, `about`) and were neither taken nor
 * chrome: the editor is told of each. Lines above the page's last menu or chrome before the
 * headline are the site's own (its name, its slogan) and are not named.
 */
function leftInHeader(
  header: readonly string[],
  taken: ReadonlySet<number>,
  photo: ReadonlySet<number>,
  about: string,
): string[] {
  const told = wordStarts(about);
  const top = Math.min(...taken);
  let from = 0;
  for (let i = 0; i < top; i++) if (header[i] !== '' && isChrome(header[i] ?? '')) from = i + 1;
  const left: string[] = [];
  for (let i = from; i < header.length; i++) {
    const line = header[i] ?? '';
    if (line === '' || taken.has(i) || photo.has(i) || isChrome(line) || isEnd(line) || isTimeLine(line))
      continue;
    const headline = line.replace(BULLET, '').replace(HEADLINE_LABEL, '');
    const relevant = [...wordStarts(headline)].filter((start) => told.has(start)).length >= 2;
    if (isProse(line) || (isHeadline(headline) && relevant)) left.push(line);
  }
  return left;
}

/**
 * Extracts the article from raw text (already decoded: see `decodeInput`).
 * Refuses (throws `ImportRefusal`) when the text holds no paragraph of running text.
 */
export function extractArticle(text: string): Extracted {
  const lines = toLines(text);
  const anchor = lines.findIndex((line) => {
    const prefixed = readDatePrefix(line)?.rest ?? line;
    return isProse(prefixed) && !isEnd(line) && !isInlineChrome(line) && !SOURCE.test(line);
  });
  if (anchor === -1) {
    refuse(
      'no article text found: the input has no paragraph of running text, only headlines, menus or other page chrome',
    );
  }
  const result: Extracted = { tags: [], paragraphs: [], droppedInBody: [] };

  // The first paragraph: a date printed before it, then the dateline.
  let first = lines[anchor] ?? '';
  const prefix = readDatePrefix(first);
  if (prefix) {
    result.date = { ...prefix.date, from: 'first line' };
    first = prefix.rest;
  }
  const dateline = readDateline(first);
  if (dateline) {
    result.dateline = dateline.place;
    if (dateline.agency) result.agency = dateline.agency;
    if (dateline.author) result.author = dateline.author;
    first = dateline.rest;
  }
  const body = [first];

  // The body runs until the author, the tags, a date line or the next section of the page.
  // A date line between the lead and more running text is the page's date, printed below
  // the lead (as on kremlin.ru): the body goes on after it.
  let belowLead: DateLine | undefined;
  let end = lines.length;
  for (let i = anchor + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const dated = dateLineAt(lines, i, lines.length);
    if (dated) {
      const next = nextNonEmpty(lines, dated.last + 1);
      if (next !== -1 && isProse(lines[next] ?? '') && !isEnd(lines[next] ?? '')) {
        if (dated.updated) result.updated ??= dated.date;
        else belowLead ??= dated;
        if (dated.update) result.updated ??= dated.update;
        i = dated.last;
        continue;
      }
    }
    if (SEPARATOR.test(line)) {
      // A break between two parts of the text: the body goes on when running text follows.
      const after = nextNonEmpty(lines, i + 1);
      const following = after === -1 ? '' : (lines[after] ?? '');
      if (following !== '' && isBodyLine(following) && !isEnd(following) && !isChrome(following)) continue;
    }
    if (isEnd(line)) {
      end = i;
      break;
    }
    if (isInlineChrome(line) || SOURCE.test(line) || /^https?:\/\/\S+$/u.test(line)) {
      result.droppedInBody.push(line);
      continue;
    }
    if (isBodyLine(line)) {
      body.push(line);
      continue;
    }
    const list = listAt(lines, i, body.at(-1)?.endsWith(':') ?? false);
    if (list !== undefined) {
      body.push(...list.items);
      i = list.last;
      continue;
    }
    const next = nextNonEmpty(lines, i + 1);
    const run = shortRun(lines, i);
    if (run !== undefined) {
      // A subheading inside the body, or the few short lines of a table's row or a caption.
      body.push(...run.lines);
      i = run.last;
      continue;
    }
    // The body's last paragraph, without a final full stop or ending in a quotation: the
    // text ends after it, or the page's next section starts. Kept unless it reads as tags.
    if ((next === -1 || isEnd(lines[next] ?? '')) && !isChrome(line) && !readsAsTags(line)) {
      body.push(line);
      continue;
    }
    end = i;
    break;
  }
  result.paragraphs = body;

  // The tail: author, tags and a source line before the next section; then the header.
  let tailEnd = lines.length;
  for (let i = end; i < lines.length; i++) {
    if (MARKER.test(lines[i] ?? '') || isFooter(lines[i] ?? '')) {
      tailEnd = i;
      break;
    }
  }
  const after = lines.slice(end, tailEnd).filter((line) => isProse(line) && !isEnd(line));
  if (after.length > 0) result.leftAfterBody = after;
  let afterAuthor = end;
  for (let i = end; i < tailEnd; i++) {
    const author = result.author === undefined ? readAuthor(lines, i, tailEnd) : undefined;
    if (author) {
      result.author = author.name;
      afterAuthor = author.last + 1;
      i = author.last;
      continue;
    }
    const tags = readTagsLine(lines, i, tailEnd);
    if (tags && result.tags.length === 0) {
      result.tags = tags.tags;
      i = tags.last;
      continue;
    }
    const source = readSourceLine(lines[i] ?? '');
    if (source && !result.sourceLine) result.sourceLine = source;
  }
  // A credit or copyright line after the body names the publisher, for a text that names no agency.
  for (let i = end; i < lines.length && result.publisher === undefined; i++) {
    const publisher = readPublisher(lines[i] ?? '');
    if (publisher) result.publisher = publisher;
  }
  if (result.tags.length === 0) {
    // A line of flattened tag links right after the body (or its author), before the next section.
    const at = nextNonEmpty(lines, afterAuthor, tailEnd);
    const line = lines[at] ?? '';
    const after = nextNonEmpty(lines, at + 1);
    if (
      at !== -1 &&
      /^[\p{Lu}#]/u.test(line) &&
      !TERMINAL.test(line) &&
      !isEnd(line) &&
      !isChrome(line) &&
      readsAsTags(line) &&
      words(line).length <= 40 &&
      (after === -1 || after >= tailEnd)
    ) {
      result.tags = splitTags(line);
    }
  }

  // Short sentences just before the first paragraph of running text, below the headline,
  // open the body («Tokayev arrived in Tashkent.»); without a headline above them, a
  // question or an exclamation there may be the headline itself.
  const leadIn = leadInAt(lines, anchor);
  const leadStart = leadIn[0] ?? anchor;
  const header = lines.slice(0, leadStart);
  // A photo in the header: its credit («© РИА Новости / …», «Фото: Акорда», «Сурет: …»), and
  // the caption on the line right under it. Neither is the headline, unless nothing else is.
  const photo = new Set<number>();
  const captions: number[] = [];
  for (let i = 0; i < header.length; i++) {
    if (!isPhotoCredit(header[i] ?? '')) continue;
    photo.add(i);
    const caption = header[i + 1] ?? '';
    if (caption !== '' && !isChrome(caption) && !isEnd(caption) && !isTimeLine(caption)) {
      photo.add(i + 1);
      captions.push(i + 1);
    }
  }
  /** The lines of the header taken for the headline, the standfirst, a date or an author. */
  const taken = new Set<number>();
  let titleAt = -1;
  /** The line above the headline, when it is not a date, a time or an author: `''` unless it reads as a headline too. */
  let aboveTitle: string | undefined;
  let aboveTitleAt = -1;
  for (let i = header.length - 1; i >= 0; i--) {
    const line = header[i] ?? '';
    if (line === '' || photo.has(i)) continue;
    if (result.author === undefined) {
      const author = readAuthor(lines, i, anchor);
      if (author) {
        result.author = author.name;
        for (let j = i; j <= author.last; j++) taken.add(j);
        continue;
      }
    }
    const dateLine = dateLineAt(lines, i, anchor);
    if (dateLine) {
      if (dateLine.updated) result.updated ??= dateLine.date;
      else if (!result.date || result.date.from !== 'header')
        result.date = { ...dateLine.date, from: 'header' };
      if (dateLine.update) result.updated ??= dateLine.update;
      // The place beside the date is the dateline when the first paragraph has none.
      if (dateLine.place !== undefined) result.dateline ??= dateLine.place;
      taken.add(i);
      continue;
    }
    if (isTimeLine(line)) continue;
    const headline = line.replace(BULLET, '').replace(HEADLINE_LABEL, '');
    if (result.title === undefined) {
      if (isHeadline(headline)) [result.title, titleAt] = [headline, i];
    } else if (aboveTitle === undefined) {
      aboveTitle = isHeadline(headline) ? headline : '';
      aboveTitleAt = i;
    }
    const source = readSourceLine(line);
    if (source && !result.sourceLine) result.sourceLine = source;
  }
  // A headline right above a much longer one is the headline, and the longer its standfirst.
  if (result.title !== undefined && aboveTitle && isStandfirst(result.title, aboveTitle, first)) {
    result.standfirst = result.title;
    result.title = aboveTitle;
    taken.add(aboveTitleAt);
  }
  // A photo's caption is the headline only when the header has no other.
  const caption = captions.findLast((i) => isHeadline(header[i] ?? ''));
  if (result.title === undefined && caption !== undefined)
    [result.title, titleAt] = [header[caption] ?? '', caption];
  if (titleAt !== -1) taken.add(titleAt);
  if (result.title !== undefined) {
    result.paragraphs.unshift(
      ...(result.standfirst === undefined ? [] : [result.standfirst]),
      ...leadIn.map((i) => lines[i] ?? ''),
    );
    const left = leftInHeader(header, taken, photo, `${result.title} ${first}`);
    if (left.length > 0) result.leftInHeader = left;
  } else {
    for (const i of leadIn.toReversed()) {
      const line = lines[i] ?? '';
      if (isHeadline(line)) {
        result.title = line;
        break;
      }
    }
  }
  if (!result.date && belowLead) result.date = { ...belowLead.date, from: 'below lead' };
  if (!result.date && dateline?.date) result.date = { ...dateline.date, from: 'dateline' };
  if (!result.date) {
    for (let i = end; i < tailEnd; i++) {
      const dateLine = dateLineAt(lines, i, tailEnd);
      if (dateLine && !dateLine.updated) {
        result.date = { ...dateLine.date, from: 'footer' };
        break;
      }
    }
  }
  return result;
}
