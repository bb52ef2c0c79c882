/** The article page in English: its facts, provenance, citations, other reports, related articles. */
import type { Messages } from '../messages';

export const article = {
  'article.published': 'Published',
  'article.updated': 'Updated',
  'article.source': 'Source',
  'article.author': 'Author',
  'article.dateline': 'Dateline',
  'article.chips': 'In this article',
  'article.topics': 'Topics',
  'provenance.heading': 'Provenance',
  'provenance.source': 'Source',
  'provenance.address': 'Original address',
  'provenance.licence': 'Licence',
  'provenance.noLicence': 'not stated',
  'provenance.sha256': 'SHA-256 of the raw text',
  'provenance.importer': 'Importer version',
  'provenance.archived': 'Archived copy',
  'provenance.wayback': 'Internet Archive, nearest the publication date',
  'cite.heading': 'Cite this article',
  'reports.heading': 'Other reports of this event',
  'reports.order': 'In order of publication, earliest first.',
  'reports.current': '{title} (this article)',
  'related.heading': 'Related articles',
  'articleNav.label': 'Previous and next articles',
  'articleNav.older': '← Previous',
  'articleNav.newer': 'Next →',
} as const satisfies Messages;
