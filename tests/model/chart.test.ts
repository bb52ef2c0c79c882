import { describe, expect, it } from 'vitest';
import { chartFigures, niceStep, yearChart, type ChartTexts } from '../../src/model/chart';

const TEXTS: ChartTexts = {
  title: 'T',
  description: 'D',
  xTitle: 'X axis',
  yTitle: 'Y axis',
  number: (n) => `#${n}`,
};

const counts = [
  { year: 2019, count: 2 },
  { year: 2020, count: 0 },
  { year: 2021, count: 5 },
];

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(3)).toBe(1);
    expect(niceStep(9)).toBe(5);
    expect(niceStep(37)).toBe(10);
    expect(niceStep(180)).toBe(50);
    expect(niceStep(700)).toBe(200);
  });
});

describe('yearChart', () => {
  const chart = yearChart(counts, TEXTS, { width: 300, height: 200 });

  it('draws one bar a year, left to right, as tall as its count on one scale', () => {
    expect(chart.bars.map((b) => b.year)).toEqual([2019, 2020, 2021]);
    const [a, zero, c] = chart.bars;
    expect(a!.x).toBeLessThan(zero!.x);
    expect(zero!.x).toBeLessThan(c!.x);
    expect(zero!.height).toBe(0);
    expect(c!.height / a!.height).toBeCloseTo(5 / 2);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom);
  });

  it('keeps every bar and label inside the drawing', () => {
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right);
      expect(bar.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(bar.labelY).toBeGreaterThan(0);
    }
  });

  it('labels the vertical axis from 0 to a round number at least the highest count', () => {
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6]);
    expect(chart.yTicks.map((t) => t.text)).toEqual(['#0', '#2', '#4', '#6']);
    expect(chart.bars.map((b) => b.text)).toEqual(['#2', '#0', '#5']);
    expect(chart.yTicks[0]!.y).toBeCloseTo(chart.plot.bottom);
    expect(chart.yTicks.at(-1)!.y).toBeCloseTo(chart.plot.top);
  });

  it('labels every year when there are few, and at most twelve when there are many', () => {
    expect(chart.xTicks.map((t) => t.text)).toEqual(['2019', '2020', '2021']);
    const many = Array.from({ length: 30 }, (_, i) => ({ year: 1995 + i, count: i % 4 }));
    const ticks = yearChart(many, TEXTS).xTicks;
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks[0]!.text).toBe('1995');
  });

  it('takes its words from the texts it is given', () => {
    expect([chart.xTitle.text, chart.yTitle.text, chart.title, chart.description]).toEqual([
      'X axis',
      'Y axis',
      'T',
      'D',
    ]);
  });

  it('finds the figures a description states: total, busiest count, its years, the span', () => {
    expect(chartFigures(counts)).toEqual({ total: 7, max: 5, peaks: [2021], first: 2019, last: 2021 });
    const tied = [
      { year: 2019, count: 2 },
      { year: 2020, count: 1 },
      { year: 2021, count: 2 },
    ];
    expect(chartFigures(tied).peaks).toEqual([2019, 2021]);
    expect(chartFigures([])).toEqual({ total: 0, max: 0, peaks: [] });
    expect(yearChart([], TEXTS).bars).toEqual([]);
  });
});
