/** The site's frame in Kazakh (see ../en/site.ts). */
import type { Area } from '../messages';
import type { site as en } from '../en/site';

export const site: Area<typeof en> = {
  'site.name': 'Жаңалықтар мұрағаты',
  'site.tagline': 'Көшбасшылар, елдер және олардың айтқандары',
  'site.description':
    'Көшбасшылар мен елдер туралы жаңалықтардың іздеуі бар мұрағаты; әр мақала дереккөзі жариялаған күйінде сақталған.',
  'articles.count': { plural: { one: '{count} мақала', other: '{count} мақала' } },
};
