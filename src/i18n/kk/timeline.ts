/** The search page's timeline, in Kazakh (see ../en/timeline.ts). */
import type { Area } from '../messages';
import type { timeline as en } from '../en/timeline';

export const timeline: Area<typeof en> = {
  'timeline.open': 'Нәтижелер жылдар мен айлар бойынша',
  'timeline.hint':
    'Әр жылда немесе айда қанша мақала табылғанын көру үшін сөз енгізіңіз немесе сүзгі таңдаңыз.',
  'timeline.loading': 'Нәтижелер уақыт бойынша саналуда…',
  'timeline.failed': 'Нәтижелерді уақыт бойынша санау мүмкін болмады; қайталап көріңіз.',
  'timeline.measure': 'Көрсету',
  'timeline.measure.count': 'Мақалалар саны',
  'timeline.measure.share': 'Барлық мақалалардағы үлесі',
  'timeline.measure.compared':
    'Салыстырылатын іздеулер әр кезеңдегі мұрағаттың барлық мақалаларындағы үлесі ретінде көрсетіледі.',
  'timeline.caption.year': 'Жылдар бойынша табылған мақалалар',
  'timeline.caption.month': 'Айлар бойынша табылған мақалалар',
  'timeline.column.period': 'Кезең',
  // Soft hyphens (U+00AD) between the suffixes of the long words: where a phone's column is
  // narrower than the word, it breaks there, with a hyphen, and nowhere else.
  'timeline.column.count': 'Табылған мақала\u00ADлар',
  'timeline.column.share': 'Барлық мақала\u00ADлар\u00ADдағы үлесі',
  'timeline.column.compared': 'Үлесі: {label}',
  'timeline.articles': { plural: { one: '{count} мақала', other: '{count} мақала' } },
  'timeline.bar': '{period}: {articles}, барлығының {share}',
  'timeline.legend': 'Графиктегі іздеулер',
  'timeline.current': 'Осы іздеу: {label}',
  'timeline.compare': 'Осы іздеуді салыстыруға қосу',
  'timeline.compare.hint': 'Содан кейін іздеуді өзгертіңіз: графикте екеуі де көрсетіледі.',
  'timeline.compare.full': 'Үш іздеу салыстырылып жатыр: басқасын қосу үшін біреуін алып тастаңыз.',
  'timeline.remove': 'Алып тастау',
  'timeline.remove.label': 'Салыстырудан алып тастау: {label}',
  'timeline.label.words': '«{words}»',
  'timeline.label.range': '{from} – {to}',
  'timeline.label.from': '{from} және одан кейін',
  'timeline.label.until': '{to} және одан бұрын',
  'timeline.label.or': '{first} немесе {second}',
};
