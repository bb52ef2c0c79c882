/** The open data page, its codebook and the page for a missing address, in English. */
import type { Messages } from '../messages';

export const data = {
  'data.title': 'Data',
  'data.heading': 'Open data',
  'data.description': "The archive's articles, leaders and countries as CSV, JSON Lines and JSON files.",
  'data.lede':
    "Every article's metadata, the leaders and the countries, as files for spreadsheets and analysis.",
  'data.articlesHeading': 'Articles, one file per year',
  'data.articlesText':
    'One row per article, newest first, with the columns the {codebook} describes. CSV opens in any spreadsheet; JSON Lines keeps lists as arrays and unknown values as null.',
  'data.codebookLink': 'codebook',
  'data.filesCaption': 'Article files by year',
  'data.year': 'Year',
  'data.articles': 'Articles',
  'data.files': 'Files',
  'data.entitiesHeading': 'Leaders, countries and schemas',
  'data.file': '{file} ({format}): {title}',
  'data.file.leaders': 'Leaders, with their offices',
  'data.file.countries': 'Countries',
  'data.file.articlesSchema': 'One article (a JSON Lines row)',
  'data.file.leadersSchema': 'The leaders file',
  'data.file.countriesSchema': 'The countries file',
  'data.licenceHeading': 'Licence and sources',
  'data.licenceText':
    "The texts belong to their sources. Each article's row names its source, the original address when known, and the licence the source states (empty when it states none: then the terms are unknown and the source's own apply). Every article page shows the same in its Provenance block.",
  'codebook.title': 'Codebook',
  'codebook.description': "Every column of the archive's article files, with its type and meaning.",
  'codebook.lede':
    'The columns of the article files, in the order they appear in each CSV row and JSON Lines object.',
  'codebook.caption': 'Columns of the article files',
  'codebook.column': 'Column',
  'codebook.type': 'Type',
  'codebook.meaning': 'Meaning',
  'codebook.encodingHeading': 'Encoding',
  'codebook.csv':
    'CSV: UTF-8, comma-separated, quoted where needed (RFC 4180), CRLF line ends, one header row. Lists are joined with “{separator}”; an unknown value is an empty cell.',
  'codebook.jsonl':
    'JSON Lines: one JSON object per line, keys in the order above. Lists are arrays; an unknown value is {null}. Each row validates against {schema}.',
  'codebook.entities':
    "Leaders and countries: arrays of objects in {leaders} (with each office's title, role and dates) and {countries}; their ids are the values of the {leadersColumn} and {countriesColumn} columns.",
  'notFound.title': 'Page not found',
  'notFound.lede': 'The page you asked for is not in the archive, or has moved.',
  'notFound.text': 'Try the search box at the top of the page, or browse the {archive} or the {latest}.',
  'notFound.archive': 'archive by date',
  'notFound.latest': 'latest articles',
} as const satisfies Messages;
