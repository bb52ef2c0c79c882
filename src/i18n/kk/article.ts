/** The article page in Kazakh (see ../en/article.ts). */
import type { Area } from '../messages';
import type { article as en } from '../en/article';

export const article: Area<typeof en> = {
  'article.published': 'Жарияланды',
  'article.updated': 'Жаңартылды',
  'article.source': 'Дереккөз',
  'article.author': 'Авторы',
  'article.dateline': 'Орны мен агенттігі',
  'article.chips': 'Осы мақалада',
  'article.topics': 'Тақырыптар',
  'provenance.heading': 'Шығу тегі',
  'provenance.source': 'Дереккөз',
  'provenance.address': 'Бастапқы мекенжайы',
  'provenance.licence': 'Лицензия',
  'provenance.noLicence': 'көрсетілмеген',
  'provenance.sha256': 'Бастапқы мәтіннің SHA-256 хэші',
  'provenance.importer': 'Импорттаушы нұсқасы',
  'provenance.archived': 'Мұрағаттық көшірме',
  'provenance.wayback': 'Internet Archive, жарияланған күнге ең жақыны',
  'cite.heading': 'Дәйексөз келтіру',
  'reports.heading': 'Осы оқиға туралы басқа хабарлар',
  'reports.order': 'Жариялану ретімен, алдымен ең ертелері.',
  'reports.current': '{title} (осы мақала)',
  'related.heading': 'Ұқсас мақалалар',
  'articleNav.label': 'Алдыңғы және келесі мақалалар',
  'articleNav.older': '← Алдыңғы',
  'articleNav.newer': 'Келесі →',
};
