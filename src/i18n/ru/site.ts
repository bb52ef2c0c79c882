/** The site's frame in Russian (see ../en/site.ts). */
import type { Area } from '../messages';
import type { site as en } from '../en/site';

export const site: Area<typeof en> = {
  'site.name': 'Архив новостей',
  'site.tagline': 'Лидеры, страны и всё, что они сказали',
  'site.description':
    'Архив новостей о лидерах и странах с поиском; каждая статья сохранена так, как её опубликовал источник.',
  'articles.count': {
    plural: { one: '{count} статья', few: '{count} статьи', many: '{count} статей', other: '{count} статьи' },
  },
};
