/**
 * The interface in English: every text the site's frame shows, by key, one
 * file per area of the site (en/). These keys are the dictionaries' shape (see
 * messages.ts); ru.ts and kk.ts give the same keys, area by area. Names of
 * leaders, offices and countries are not here: they come from the registry and CLDR.
 */
import { article } from './en/article';
import { data } from './en/data';
import { pages } from './en/pages';
import { site } from './en/site';
import { search } from './en/search';
import { timeline } from './en/timeline';
import { versions } from './en/versions';

export const en = { ...site, ...pages, ...article, ...data, ...versions, ...search, ...timeline } as const;
