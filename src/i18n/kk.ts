/** The interface in Kazakh (see en.ts for the keys), one file per area (kk/). */
import type { Dictionary } from './messages';
import { site } from './kk/site';
import { versions } from './kk/versions';

export const kk: Dictionary = { ...site, ...versions };
