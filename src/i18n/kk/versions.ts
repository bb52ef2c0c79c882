/** An article's versions in other languages, in Kazakh (see ../en/versions.ts). */
import type { Area } from '../messages';
import type { versions as en } from '../en/versions';

export const versions: Area<typeof en> = {
  'versions.label': 'Бұл мақала басқа тілдерде:',
};
