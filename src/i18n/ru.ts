/** The interface in Russian (see en.ts for the keys), one file per area (ru/). */
import type { Dictionary } from './messages';
import { site } from './ru/site';
import { versions } from './ru/versions';

export const ru: Dictionary = { ...site, ...versions };
