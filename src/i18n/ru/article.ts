/** The article page in Russian (see ../en/article.ts). */
import type { Area } from '../messages';
import type { article as en } from '../en/article';

export const article: Area<typeof en> = {
  'article.published': 'Опубликовано',
  'article.updated': 'Обновлено',
  'article.source': 'Источник',
  'article.author': 'Автор',
  'article.dateline': 'Место и агентство',
  'article.chips': 'В этой статье',
  'article.topics': 'Темы',
  'provenance.heading': 'Происхождение',
  'provenance.source': 'Источник',
  'provenance.address': 'Исходный адрес',
  'provenance.licence': 'Лицензия',
  'provenance.noLicence': 'не указана',
  'provenance.sha256': 'SHA-256 исходного текста',
  'provenance.importer': 'Версия импортёра',
  'provenance.archived': 'Архивная копия',
  'provenance.wayback': 'Internet Archive, ближайшая к дате публикации',
  'cite.heading': 'Как цитировать',
  'reports.heading': 'Другие сообщения об этом событии',
  'reports.order': 'В порядке публикации, сначала самые ранние.',
  'reports.current': '{title} (эта статья)',
  'related.heading': 'Похожие статьи',
  'articleNav.label': 'Предыдущая и следующая статьи',
  'articleNav.older': '← Предыдущая',
  'articleNav.newer': 'Следующая →',
};
