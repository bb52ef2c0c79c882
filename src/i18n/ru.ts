/** The interface in Russian (see en.ts for the keys), one file per area (ru/). */
import type { Dictionary } from './messages';
import { article } from './ru/article';
import { data } from './ru/data';
import { pages } from './ru/pages';
import { site } from './ru/site';
import { search } from './ru/search';
import { timeline } from './ru/timeline';
import { versions } from './ru/versions';

export const ru: Dictionary = { ...site, ...pages, ...article, ...data, ...versions, ...search, ...timeline };
