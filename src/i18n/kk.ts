/** The interface in Kazakh (see en.ts for the keys), one file per area (kk/). */
import type { Dictionary } from './messages';
import { article } from './kk/article';
import { data } from './kk/data';
import { pages } from './kk/pages';
import { site } from './kk/site';
import { search } from './kk/search';
import { timeline } from './kk/timeline';
import { versions } from './kk/versions';

export const kk: Dictionary = { ...site, ...pages, ...article, ...data, ...versions, ...search, ...timeline };
