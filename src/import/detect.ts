/**
 * What kind of piece an article is, and what language it is written in, from
 * general rules about its words.
 */
import type { ARTICLE_KINDS } from '../model/schema';

/** One of the schema's article kinds. */
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

const W = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu');

/** The kinds in order of precedence: a phone call that mentions a meeting is a call, a speech at a summit a speech. */
const KIND_RULES: [Exclude<ArticleKind, 'report'>, RegExp][] = [
  [
    'call',
    W(
      'telephone|phone call|phone calls|phone conversation|phone talks?|by phone|over the phone|video call|' +
        'телефонн\\p{L}* разговор\\p{L}*|телефонн\\p{L}* переговор\\p{L}*|по телефону|телефон арқылы|телефонмен',
    ),
  ],
  [
    'speech',
    W(
      'speech|speeches|speaks|spoke at|addressed|address(?:es)? (?:to|at)|address to the nation|in his address|in her address|' +
        'выступил\\p{L}*|выступлени\\p{L}*|речь|речи|обращени\\p{L}*|сөз сөйле\\p{L}*|жолдау\\p{L}*',
    ),
  ],
  [
    'meeting',
    W(
      'met|meets|meet|meeting|meetings|(?:held|holds|hold|holding|had|have) talks|talks (?:with|between)|negotiations|receives|received|' +
        'встретил\\p{L}*|встреч\\p{L}*|переговор\\p{L}*|кездес\\p{L}*|келіссөз\\p{L}*|' +
        // "held a meeting": «провёл совещание», «заседание Совета»; «кеңес өткізді», «жиналыста»
        // («Кеңес» alone is also a council, or the Soviet Union: «Кеңес Одағы»).
        'совещани\\p{L}*|заседани\\p{L}*|кеңес(?:ін)? өткіз\\p{L}*|кеңесте|кеңесінде|отырыс\\p{L}*|жиналыс\\p{L}*|' +
        // "received" a person («принял Премьер-министра», «Премьер-министрді қабылдады»), not
        // a part, a decision, a law or an oath («принял участие», «заңды қабылдады»).
        '(?:принял|приняла|принимает)(?! (?:участи|решени|закон|указ|постановлени|мер|поправк|документ|присяг|программ|бюджет)\\p{L}*)|' +
        '(?<!(?:заң|шешім|қаулы|жарлық|құжат|ант|бағдарлама|бюджет)\\p{L}* )(?:қабылдады|қабылдап|қабылдайды)',
    ),
  ],
  [
    'visit',
    W(
      'visit|visits|visited|visiting|arrives|arrived|визит\\p{L}*|посети\\p{L}*|посещени\\p{L}*|прибыл\\p{L}*|сапар\\p{L}*',
    ),
  ],
  ['interview', W('interview|interviews|интервью|сұхбат\\p{L}*')],
  ['statement', W('statement|statements|declaration|заявлени\\p{L}*|мәлімдеме\\p{L}*')],
  // A summit is a meeting of leaders, unless the piece is a call, a speech, a visit, an interview or a statement.
  ['meeting', W('summit|summits|саммит\\p{L}*')],
];

/**
 * The article's kind: the first rule that matches the headline, else the first that
 * matches the lead paragraph, else `report`.
 * @example detectKind('Head of State had telephone talk with Tajik President', '…') // 'call'
 */
export function detectKind(headline: string, lead: string): ArticleKind {
  for (const text of [headline, lead]) {
    for (const [kind, re] of KIND_RULES) if (re.test(text)) return kind;
  }
  return 'report';
}

const STOPWORDS: [string, Set<string>][] = [
  ['en', new Set('the of and to in a is that for on with was as by at from has have said will'.split(' '))],
  ['fr', new Set('le la les et des du un une est dans pour que qui sur avec au aux'.split(' '))],
  ['de', new Set('der die das und den dem ist nicht mit von zu ein eine auf für sich'.split(' '))],
  ['es', new Set('el la los las y de que en un una por con para del se es al'.split(' '))],
  ['tr', new Set('ve bir bu ile için da de olarak olan en çok daha gibi'.split(' '))],
  ['uz', new Set('va bilan uchun bu ham bo‘yicha boʻyicha yil davlat respublikasi prezidenti'.split(' '))],
];

/**
 * The BCP 47 tag of the text's language, from its script and its commonest words:
 * `ru`, `kk` (Kazakh letters), `tg`, `ky`, `uk` for Cyrillic, `en`/`fr`/`de`/`es`/`tr`/`uz`
 * for Latin. `guessed` is true when no rule really applied and the tag is a fallback.
 */
export function detectLang(text: string): { lang: string; guessed: boolean } {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) {
    const share = (re: RegExp) => (text.match(re)?.length ?? 0) / cyrillic;
    if (share(/[әғқұһіӘҒҚҰҺІ]/gu) > 0.005) return { lang: 'kk', guessed: false };
    if (share(/[ҷӣӯҳҶӢӮҲ]/gu) > 0.003) return { lang: 'tg', guessed: false };
    if (share(/[ңөүҢӨҮ]/gu) > 0.003) return { lang: 'ky', guessed: false };
    if (share(/[їєґЇЄҐ]/gu) > 0.003) return { lang: 'uk', guessed: false };
    return { lang: 'ru', guessed: false };
  }
  const words = text.toLowerCase().match(/\p{L}[\p{L}‘ʻ']*/gu) ?? [];
  let best = { lang: 'en', score: 0 };
  for (const [lang, set] of STOPWORDS) {
    const score = words.filter((w) => set.has(w)).length;
    if (score > best.score) best = { lang, score };
  }
  return { lang: best.lang, guessed: best.score === 0 || best.score < words.length * 0.03 };
}
