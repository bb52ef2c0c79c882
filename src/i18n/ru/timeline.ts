/** The search page's timeline, in Russian (see ../en/timeline.ts). */
import type { Area } from '../messages';
import type { timeline as en } from '../en/timeline';

export const timeline: Area<typeof en> = {
  'timeline.open': 'Результаты по годам и месяцам',
  'timeline.hint':
    'Введите слова или выберите фильтры, чтобы увидеть, сколько статей найдено в каждом году или месяце.',
  'timeline.loading': 'Подсчёт результатов по времени…',
  'timeline.failed': 'Не удалось подсчитать результаты по времени; попробуйте ещё раз.',
  'timeline.measure': 'Показать',
  'timeline.measure.count': 'Число статей',
  'timeline.measure.share': 'Долю от всех статей',
  'timeline.measure.compared':
    'Сравниваемые поиски показаны как доля от всех статей архива за каждый период.',
  'timeline.caption.year': 'Найденные статьи по годам',
  'timeline.caption.month': 'Найденные статьи по месяцам',
  'timeline.column.period': 'Период',
  'timeline.column.count': 'Найдено статей',
  'timeline.column.share': 'Доля от всех статей',
  'timeline.column.compared': 'Доля: {label}',
  'timeline.articles': {
    plural: {
      one: '{count} статья',
      few: '{count} статьи',
      many: '{count} статей',
      other: '{count} статьи',
    },
  },
  'timeline.bar': '{period}: {articles}, {share} от всех',
  'timeline.legend': 'Поиски на графике',
  'timeline.current': 'Этот поиск: {label}',
  'timeline.compare': 'Добавить этот поиск к сравнению',
  'timeline.compare.hint': 'Затем измените поиск: на графике будут оба.',
  'timeline.compare.full': 'Уже сравниваются три поиска: удалите один, чтобы добавить другой.',
  'timeline.remove': 'Удалить',
  'timeline.remove.label': 'Удалить из сравнения: {label}',
  'timeline.label.words': '«{words}»',
  'timeline.label.range': '{from} – {to}',
  'timeline.label.from': '{from} и позже',
  'timeline.label.until': '{to} и ранее',
  'timeline.label.or': '{first} или {second}',
};
