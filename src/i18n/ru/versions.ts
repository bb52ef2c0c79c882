/** An article's versions in other languages, in Russian (see ../en/versions.ts). */
import type { Area } from '../messages';
import type { versions as en } from '../en/versions';

export const versions: Area<typeof en> = {
  'versions.label': 'Эта статья на других языках:',
};
