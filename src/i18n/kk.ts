/** The interface in Kazakh (see en.ts for the keys), one file per area (kk/). */
import type { Dictionary } from './messages';
import { site } from './kk/site';

export const kk: Dictionary = { ...site };
