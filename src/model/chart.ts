/**
 * The geometry of the "articles per year" bar chart, computed at build time so
 * that the page draws it as plain SVG with no script. Pure: counts in,
 * coordinates and texts out; `YearChart.astro` only places them.
 */
import type { YearCount } from './relations';

/** One bar, in the chart's coordinate space (origin top left). */
export interface Bar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the count is written, above the bar, and how. */
  labelX: number;
  labelY: number;
  text: string;
}

/** A label on an axis, with its gridline position for the vertical axis. */
export interface Tick {
  value: number;
  /** The label's position. */
  x: number;
  y: number;
  text: string;
}

/** Everything the SVG needs. */
export interface YearChartGeometry {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: Bar[];
  /** Year labels under the bars (every year, or every n-th when there are many). */
  xTicks: Tick[];
  /** Article counts along the vertical axis, from 0 to the top of the scale. */
  yTicks: Tick[];
  /** The axes' titles and where they go. */
  xTitle: { text: string; x: number; y: number };
  yTitle: { text: string; x: number; y: number };
  /** The chart's accessible name and description (`<title>`, `<desc>`). */
  title: string;
  description: string;
}

const MARGIN = { top: 20, right: 8, bottom: 44, left: 48 };
/** At most this many year labels, so they never overlap. */
const MAX_YEAR_LABELS = 12;

/**
 * A round step for a scale up to `max` in about `ticks` steps: 1, 2 or 5 times a power of ten.
 * @example niceStep(37, 4) // 10
 */
export function niceStep(max: number, ticks = 4): number {
  if (max <= ticks) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const factor = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return factor * power;
}

/** The words a chart shows, in the page's language (see src/routes/activity.ts). */
export interface ChartTexts {
  /** The accessible name: what the chart shows. */
  title: string;
  /** The accessible description: the figures in a sentence. */
  description: string;
  /** The horizontal axis's title ("Year"). */
  xTitle: string;
  /** The vertical axis's title ("Articles"). */
  yTitle: string;
  /** How a number is written on the axis and above the bars. */
  number: (n: number) => string;
}

/** The figures a chart's description states: the total, the busiest count and its years, the span. */
export interface ChartFigures {
  total: number;
  max: number;
  /** The years with the most articles, oldest first. */
  peaks: number[];
  first?: number;
  last?: number;
}

/**
 * The figures of a run of yearly counts, for the chart's description.
 * @example chartFigures([{ year: 2019, count: 2 }, { year: 2021, count: 2 }]).peaks // [2019, 2021]
 */
export function chartFigures(counts: readonly YearCount[]): ChartFigures {
  const max = Math.max(0, ...counts.map((c) => c.count));
  const figures: ChartFigures = {
    total: counts.reduce((sum, c) => sum + c.count, 0),
    max,
    peaks: counts.filter((c) => c.count === max).map((c) => c.year),
  };
  const first = counts[0];
  const last = counts.at(-1);
  if (first) figures.first = first.year;
  if (last) figures.last = last.year;
  return figures;
}

/**
 * The bar chart of articles per year, with the words `texts` gives.
 * `counts` are consecutive years, oldest first, as `countByYear` gives them.
 * @example yearChart([{ year: 2021, count: 2 }], texts).bars[0]?.count // 2
 */
export function yearChart(
  counts: readonly YearCount[],
  texts: ChartTexts,
  { width = 480, height = 240 }: { width?: number; height?: number } = {},
): YearChartGeometry {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  };
  const max = Math.max(0, ...counts.map((c) => c.count));
  const step = niceStep(max);
  const scaleTop = Math.max(step, Math.ceil(max / step) * step);
  const plotHeight = plot.bottom - plot.top;
  const slot = counts.length > 0 ? (plot.right - plot.left) / counts.length : 0;
  const barWidth = slot * 0.7;
  const yOf = (value: number): number => plot.bottom - (value / scaleTop) * plotHeight;

  const bars = counts.map(({ year, count }, i) => {
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    const y = yOf(count);
    return {
      year,
      count,
      x,
      y,
      width: barWidth,
      height: plot.bottom - y,
      labelX: x + barWidth / 2,
      labelY: y - 4,
      text: texts.number(count),
    };
  });
  const every = Math.ceil(counts.length / MAX_YEAR_LABELS);
  const xTicks = counts.flatMap(({ year }, i) =>
    i % every === 0
      ? [{ value: year, x: plot.left + (i + 0.5) * slot, y: plot.bottom + 16, text: String(year) }]
      : [],
  );
  const yTicks: Tick[] = [];
  for (let value = 0; value <= scaleTop; value += step) {
    yTicks.push({ value, x: plot.left - 6, y: yOf(value), text: texts.number(value) });
  }

  return {
    width,
    height,
    plot,
    bars,
    xTicks,
    yTicks,
    xTitle: { text: texts.xTitle, x: (plot.left + plot.right) / 2, y: height - 6 },
    yTitle: { text: texts.yTitle, x: 14, y: (plot.top + plot.bottom) / 2 },
    title: texts.title,
    description: texts.description,
  };
}
