/** The site's frame in Russian (see ../en/site.ts). */
import type { Area } from '../messages';
import type { site as en } from '../en/site';

export const site: Area<typeof en> = {
  'site.name': 'Архив новостей',
  'site.tagline': 'Лидеры, страны и всё, что они говорили',
  'site.description':
    'Архив новостей о лидерах и странах с поиском: каждая статья сохранена так, как её опубликовал источник.',
  'head.title': '{title} · {site}',
  'head.siteFeed': '{site}: последние статьи',
  'head.openSearch': 'Поиск: {site}',
  'frame.skip': 'Перейти к содержанию',
  'frame.nav': 'Основная навигация',
  'frame.languages': 'Языки',
  'nav.home': 'Новое',
  'nav.archive': 'Архив',
  'nav.leaders': 'Лидеры',
  'nav.countries': 'Страны',
  'nav.topics': 'Темы',
  'searchForm.label': 'Поиск по архиву',
  'searchForm.placeholder': 'Имя, страна или слово',
  'searchForm.submit': 'Найти',
  'footer.about':
    '{site} хранит каждую статью в том виде, в каком её опубликовал источник. Даты и время указаны по часам источника, со смещением от UTC.',
  'footer.byDate': 'Архив по датам',
  'footer.leaders': 'Лидеры',
  'footer.countries': 'Страны',
  'footer.search': 'Поиск',
  'footer.data': 'Данные',
  'crumbs.label': 'Навигационная цепочка',
  'crumb.home': 'Главная',
  'crumb.archive': 'Архив',
  'crumb.leaders': 'Лидеры',
  'crumb.countries': 'Страны',
  'crumb.topics': 'Темы',
  'title.paged': '{title}, страница {page}',
  'pager.label': 'Страницы',
  'pager.status': 'статьи {first}–{last} из {count} · страница {page} из {pages}',
  'pager.newer': '← Новее',
  'pager.older': 'Старше →',
  'date.withTime': '{date}, {time} ({offset})',
  'articles.count': {
    plural: { one: '{count} статья', few: '{count} статьи', many: '{count} статей', other: '{count} статьи' },
  },
  'articles.none': 'Статей пока нет.',
  'list.none': 'Здесь пока ничего нет.',
};
