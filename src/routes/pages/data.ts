/** The open data page (`/data/`), its codebook (`/data/codebook/`) and the page for a missing address. */
import type { TextKey } from '../../i18n';
import {
  ARTICLE_COLUMNS,
  CSV_LIST_SEPARATOR,
  DATA_FORMATS,
  dataFiles,
  type DataContent,
} from '../../model/open-data';
import type { Segment } from '../../i18n';
import { pageHead, type PageHead, type RouteContext } from '../context';
import type { Link } from './entities';

/** The open data page. */
export interface DataRoute {
  head: PageHead;
  heading: string;
  lede: string;
  articles: {
    heading: string;
    text: Segment[];
    codebook: Link;
    caption: string;
    headers: { year: string; articles: string; files: string };
    years: { year: number; count: string; files: Link[] }[];
  };
  /** Each other file: its sentence, with its link standing in for `{file}`. */
  entities: { heading: string; files: { link: Link; segments: Segment[] }[] };
  licence: { heading: string; text: string };
}

/** A piece of text with a link or code standing in for one of its placeholders. */
export type RichSlot = { code: string } | { link: Link };

/** The codebook. */
export interface CodebookRoute {
  head: PageHead;
  heading: string;
  lede: string;
  caption: string;
  headers: { column: string; type: string; meaning: string };
  columns: { key: string; type: string; description: string }[];
  encoding: { heading: string; items: { segments: Segment[]; slots: Record<string, RichSlot> }[] };
}

/** What the data page calls a file that is not a year of articles. */
function titleKey(content: DataContent): TextKey {
  if (content.type === 'leaders') return 'data.file.leaders';
  if (content.type === 'countries') return 'data.file.countries';
  if (content.type === 'schema')
    return content.of === 'articles'
      ? 'data.file.articlesSchema'
      : content.of === 'leaders'
        ? 'data.file.leadersSchema'
        : 'data.file.countriesSchema';
  throw new Error(`a year's articles have no title of their own`);
}

/** The open data page's route data. */
export function dataRoute(ctx: RouteContext): DataRoute {
  const { archive, locale, paths } = ctx;
  const files = dataFiles(archive.years.map((y) => y.year));
  const link = (file: string, label: string): Link => ({ href: paths.dataFile(file), label });
  return {
    head: pageHead(ctx, {
      in: (p) => p.data(),
      title: locale.t('data.title'),
      description: locale.t('data.description'),
    }),
    heading: locale.t('data.heading'),
    lede: locale.t('data.lede'),
    articles: {
      heading: locale.t('data.articlesHeading'),
      text: locale.segments('data.articlesText'),
      codebook: { href: paths.codebook(), label: locale.t('data.codebookLink') },
      caption: locale.t('data.filesCaption'),
      headers: {
        year: locale.t('data.year'),
        articles: locale.t('data.articles'),
        files: locale.t('data.files'),
      },
      years: archive.years.map((y) => ({
        year: y.year,
        count: locale.number(y.count),
        files: files
          .filter((f) => f.content.type === 'articles' && f.content.year === y.year)
          .map((f) => link(f.file, DATA_FORMATS[f.format].label)),
      })),
    },
    entities: {
      heading: locale.t('data.entitiesHeading'),
      files: files
        .filter((f) => f.content.type !== 'articles')
        .map((f) => ({
          link: link(f.file, f.file),
          segments: locale.segments('data.file', {
            format: DATA_FORMATS[f.format].label,
            title: locale.t(titleKey(f.content)),
          }),
        })),
    },
    licence: { heading: locale.t('data.licenceHeading'), text: locale.t('data.licenceText') },
  };
}

/** The codebook's route data. */
export function codebookRoute(ctx: RouteContext): CodebookRoute {
  const { locale, paths } = ctx;
  const title = locale.t('codebook.title');
  const fileLink = (file: string): RichSlot => ({ link: { href: paths.dataFile(file), label: file } });
  return {
    head: pageHead(ctx, { in: (p) => p.codebook(), title, description: locale.t('codebook.description') }),
    heading: title,
    lede: locale.t('codebook.lede'),
    caption: locale.t('codebook.caption'),
    headers: {
      column: locale.t('codebook.column'),
      type: locale.t('codebook.type'),
      meaning: locale.t('codebook.meaning'),
    },
    columns: ARTICLE_COLUMNS.map((c) => ({
      key: c.key,
      type: locale.t(`codebook.type.${c.key}` as TextKey),
      description: locale.t(`codebook.col.${c.key}` as TextKey),
    })),
    encoding: {
      heading: locale.t('codebook.encodingHeading'),
      items: [
        { segments: locale.segments('codebook.csv'), slots: { separator: { code: CSV_LIST_SEPARATOR } } },
        {
          segments: locale.segments('codebook.jsonl'),
          slots: { null: { code: 'null' }, schema: fileLink('articles.schema.json') },
        },
        {
          segments: locale.segments('codebook.entities'),
          slots: {
            leaders: fileLink('leaders.json'),
            countries: fileLink('countries.json'),
            leadersColumn: { code: 'leaders' },
            countriesColumn: { code: 'countries' },
          },
        },
      ],
    },
  };
}

/** The page for an address the archive does not have, in one language. */
export interface NotFoundMessage {
  /** The language of this message, when it is not the page's. */
  lang?: string;
  heading: string;
  lede: string;
  text: Segment[];
  links: Record<'archive' | 'latest', Link>;
}

/** The page for an address the archive does not have: one page for every address, in every language. */
export interface NotFoundRoute {
  head: PageHead;
  /** The message in the page's language first, then in each other interface language. */
  messages: NotFoundMessage[];
}

/**
 * The page for a missing address. A server answers every unknown address with
 * this one page, whatever its language's prefix, so it says it in every
 * interface language, each message under its own `lang`.
 */
export function notFoundRoute(ctx: RouteContext): NotFoundRoute {
  const messages = ctx.locales.map((locale): NotFoundMessage => {
    const paths = ctx.pathsIn(locale.config.prefix);
    return {
      ...(locale.code !== ctx.locale.code && { lang: locale.code }),
      heading: locale.t('notFound.title'),
      lede: locale.t('notFound.lede'),
      text: locale.segments('notFound.text'),
      links: {
        archive: { href: paths.archive(), label: locale.t('notFound.archive') },
        latest: { href: paths.home(), label: locale.t('notFound.latest') },
      },
    };
  });
  return {
    head: pageHead(ctx, { path: ctx.paths.asset('404.html'), title: ctx.locale.t('notFound.title') }),
    messages,
  };
}
