/**
 * The activity of an entity or a pair: articles per year (chart and table) and
 * per kind, with every word in the interface's language. The chart's geometry
 * comes from src/model/chart.ts; its title, description and axes from here.
 */
import type { Locale } from '../i18n';
import { chartFigures, yearChart, type ChartTexts, type YearChartGeometry } from '../model/chart';
import type { KindCount, YearCount } from '../model/relations';
import { kindLabel } from './names';

/** One row of a counts table. */
export interface CountRow {
  name: string;
  /** Where the name links: the pair page for a counterpart of the same side, else the entity's page. */
  href?: string;
  count: number;
}

/** A table of counts with its caption and column headers. */
export interface CountTable {
  caption: string;
  nameHeader: string;
  countHeader: string;
  rows: CountRow[];
}

/** The figures under a chart, for screen readers and print. */
export interface ChartFiguresTable {
  summary: string;
  yearHeader: string;
  countHeader: string;
  /** Each year with its count as the language writes it. */
  years: { year: number; count: string }[];
}

/** Articles per year (chart and figures) and per kind. */
export interface Activity {
  heading: string;
  chart: YearChartGeometry;
  figures: ChartFiguresTable;
  kinds: CountTable;
}

/** Whom the activity is of: one leader or country, or the two of a pair, by the names the page shows. */
export type ActivitySubject = readonly [name: string] | readonly [a: string, b: string];

/**
 * What the activity's texts say the articles involve, as the language says it of
 * one name or of two (Russian's verb agrees: «где упоминается X», «где упоминаются и X, и Y»).
 */
function subjectText(locale: Locale, subject: ActivitySubject): string {
  return subject.length === 1
    ? locale.t('subject.one', { name: subject[0] })
    : locale.t('subject.pair', { a: subject[0], b: subject[1] });
}

/** The chart's words for `of`, in the locale's language. */
export function chartTexts(locale: Locale, of: ActivitySubject, byYear: readonly YearCount[]): ChartTexts {
  const subject = subjectText(locale, of);
  const f = chartFigures(byYear);
  const peaks = locale.list(f.peaks.map(String));
  const vars = { subject, max: locale.number(f.max), peaks };
  const description =
    f.total === 0 || f.first === undefined || f.last === undefined
      ? locale.t('chart.none', { subject })
      : f.first === f.last
        ? locale.plural('chart.summaryOneYear', f.total, { ...vars, year: f.first })
        : locale.plural('chart.summaryYears', f.total, { ...vars, first: f.first, last: f.last });
  return {
    title: locale.t('chart.title', { subject }),
    description,
    xTitle: locale.t('chart.year'),
    yTitle: locale.t('chart.articles'),
    number: (n) => locale.number(n),
  };
}

/** The activity of a list of articles, charted for `of`. */
export function activityOf(
  locale: Locale,
  of: ActivitySubject,
  byYear: readonly YearCount[],
  byKind: readonly KindCount[],
): Activity {
  const subject = subjectText(locale, of);
  return {
    heading: locale.t('dashboard.activity'),
    chart: yearChart(byYear, chartTexts(locale, of, byYear)),
    figures: {
      summary: locale.t('chart.figures'),
      yearHeader: locale.t('chart.year'),
      countHeader: locale.t('chart.articles'),
      years: byYear.map(({ year, count }) => ({ year, count: locale.number(count) })),
    },
    kinds: {
      caption: locale.t('dashboard.byKind', { subject }),
      nameHeader: locale.t('dashboard.kind'),
      countHeader: locale.t('entities.articles'),
      rows: byKind.map(({ kind, count }) => ({ name: kindLabel(kind, locale), count })),
    },
  };
}
