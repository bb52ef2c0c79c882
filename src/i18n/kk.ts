/** The interface in Kazakh (see en.ts for the keys). */
import type { Dictionary } from './messages';

export const kk: Dictionary = {
  'site.name': 'Жаңалықтар мұрағаты',
  'site.tagline': 'Көшбасшылар, елдер және олардың айтқандары',
  'site.description':
    'Көшбасшылар мен елдер туралы жаңалықтардың іздеуі бар мұрағаты; әр мақала дереккөзі жариялаған күйінде сақталған.',
  'articles.count': { plural: { one: '{count} мақала', other: '{count} мақала' } },
};
