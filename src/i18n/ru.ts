/** The interface in Russian (see en.ts for the keys). */
import type { Dictionary } from './messages';

export const ru: Dictionary = {
  'site.name': 'Архив новостей',
  'site.tagline': 'Лидеры, страны и всё, что они сказали',
  'site.description':
    'Архив новостей о лидерах и странах с поиском; каждая статья сохранена так, как её опубликовал источник.',
  'articles.count': {
    plural: { one: '{count} статья', few: '{count} статьи', many: '{count} статей', other: '{count} статьи' },
  },
};
