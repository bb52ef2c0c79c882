/**
 * The chart of `<search-timeline>` (./timeline.ts), loaded when the reader
 * first opens its box: it counts the search's results per month (the `month`
 * filter's counts, see `SearchIndex.monthCounts`), and draws them per year or
 * per month (../timeline.ts) as bars that are links narrowing the search to
 * their period, with the same figures in a table. The reader switches between
 * counts and shares of all the archive's articles in each period, and can add
 * up to three searches to compare, drawn as shares beside the current one.
 * Everything from the index or the URL is inserted as text.
 */
import {
  createLocale,
  keepUnitsWithNumbers,
  type CalendarWords,
  type Locale,
  type MessageSource,
} from '../../i18n/locale';
import { LOCALE_CODES, type LocaleCode } from '../../i18n/locales';
import { createPaths, type Paths } from '../../routes/paths';
import { element, part } from './dom';
import { shardsInRange } from '../shards';
import {
  narrowTo,
  periodKind,
  searchLabel,
  valueLabel as searchLabelOf,
  timelineBars,
  timelineQuery,
  timelineSpan,
  type Bar,
  type MonthCounts,
  type PeriodKind,
} from '../timeline';
import {
  compareQuery,
  hasCriteria,
  MAX_COMPARE,
  parseSearchState,
  periodLabel,
  toSearchParams,
  type SearchState,
} from '../url-state';
import type { SearchedDetail } from './timeline';

/** One search drawn on the chart. */
interface Series {
  label: string;
  bars: Bar[];
  /** The compared search's query string; `undefined` for the current search. */
  query?: string;
}

type Measure = 'count' | 'share';

const readJson = <T>(text: string | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** What the chart needs of its element: the element, and how to record the compared searches. */
export interface ChartHost {
  element: HTMLElement;
  /** Sets the compared searches and has the search page record them in the URL. */
  compare: (queries: readonly string[]) => void;
}

/** The chart inside `<search-timeline>`'s box, from the element's attributes and markup. */
export class TimelineChart {
  readonly #host: HTMLElement;
  readonly #setCompare: ChartHost['compare'];
  readonly #locale: Locale;
  readonly #paths: Paths;
  readonly #totals: MonthCounts;
  readonly #percent: Intl.NumberFormat;
  /** The page's calendar words (a browser's ICU may lack its language's), when the page gave them. */
  readonly #calendar: CalendarWords | undefined;
  readonly #monthShort: Intl.DateTimeFormat;
  readonly #monthYearShort: Intl.DateTimeFormat;
  #latest: SearchedDetail | undefined;
  /** The figures last drawn, to redraw when the measure changes without counting again. */
  #drawn: { kind: PeriodKind; series: Series[] } | undefined;
  /** The search the figures drawn (or being counted) are of. */
  #countedFor: SearchedDetail | undefined;
  /** Increases with each count, so a slow earlier count never overwrites a later one. */
  #run = 0;

  readonly #hint: HTMLElement;
  readonly #body: HTMLElement;
  readonly #status: HTMLElement;
  readonly #measure: HTMLElement;
  readonly #comparedNote: HTMLElement;
  readonly #caption: HTMLElement;
  readonly #chart: HTMLOListElement;
  readonly #legend: HTMLUListElement;
  readonly #table: HTMLTableElement;
  readonly #compare: HTMLButtonElement;
  readonly #full: HTMLElement;

  constructor({ element: host, compare }: ChartHost) {
    this.#host = host;
    this.#setCompare = compare;
    const code = LOCALE_CODES.find((c) => c === host.dataset['locale']) ?? 'en';
    this.#calendar = readJson<CalendarWords | undefined>(host.dataset['calendar'], undefined);
    this.#locale = createLocale(
      code as LocaleCode,
      readJson<MessageSource>(host.dataset['messages'], {}),
      this.#calendar,
    );
    this.#totals = readJson<MonthCounts>(host.dataset['totals'], {});
    this.#paths = createPaths(host.dataset['base'] ?? '/', this.#locale.config.prefix);
    const tag = this.#locale.config.intl;
    this.#percent = new Intl.NumberFormat(tag, { style: 'percent', maximumSignificantDigits: 2 });
    this.#monthShort = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
    this.#monthYearShort = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });

    this.#hint = part(host, '[data-hint]');
    this.#body = part(host, '[data-body]');
    this.#status = part(host, '[data-progress]');
    this.#measure = part(host, '[data-measure]');
    this.#comparedNote = part(host, '[data-compared-note]');
    this.#caption = part(host, '[data-caption]');
    this.#chart = part(host, '[data-chart]');
    this.#legend = part(host, '[data-legend]');
    this.#table = part(host, '[data-table]');
    this.#compare = part(host, '[data-compare]');
    this.#full = part(host, '[data-full]');

    this.#measure.addEventListener('change', () => this.#render());
    this.#compare.addEventListener('click', this.#onCompare);
    this.#legend.addEventListener('click', this.#onRemove);
  }

  /** Shows the figures of a search, counting them unless they are those drawn. */
  show(latest: SearchedDetail): void {
    this.#latest = latest;
    this.#writeCompare();
    if (this.#countedFor !== latest) void this.#count();
  }

  /** Adds the current search to the compared ones, and lets the search page record it in the URL. */
  #onCompare = (): void => {
    const state = this.#latest?.state;
    const query = state && compareQuery(state);
    if (!state || !query || state.compare.includes(query) || state.compare.length >= MAX_COMPARE) return;
    this.#setCompare([...state.compare, query]);
  };

  #onRemove = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest('button[data-remove]') : null;
    const state = this.#latest?.state;
    if (!(button instanceof HTMLButtonElement) || !state) return;
    const query = button.dataset['remove'];
    this.#setCompare(state.compare.filter((one) => one !== query));
    // The button goes with its search: keep the reader's place.
    this.#compare.focus();
  };

  #writeCompare(): void {
    const state = this.#latest?.state;
    const query = state ? compareQuery(state) : '';
    const full = (state?.compare.length ?? 0) >= MAX_COMPARE;
    this.#compare.disabled = !state || !query || full || state.compare.includes(query);
    this.#full.hidden = !full;
  }

  /**
   * A filter's value as the search page's menus name it (the label the build
   * gave its checkbox, in the page's language); a value the menus lack as itself.
   */
  #valueLabel(key: string, value: string): string {
    for (const input of document.querySelectorAll<HTMLInputElement>(
      `input[type="checkbox"][name="${key}"]`,
    )) {
      if (input.value !== value) continue;
      const label = input.parentElement?.querySelector<HTMLElement>('[data-label]')?.dataset['label'];
      if (label) return label;
    }
    return searchLabelOf(key, value, this.#locale);
  }

  /** Counts the latest search, and each compared one, per month, then draws them. */
  async #count(): Promise<void> {
    const latest = this.#latest;
    if (!latest) return;
    const run = ++this.#run;
    this.#countedFor = latest;
    const { state, index, months, shards } = latest;
    const span = hasCriteria(state) ? timelineSpan(state, Object.keys(this.#totals)) : undefined;
    this.#hint.hidden = span !== undefined;
    this.#body.hidden = span === undefined;
    if (!span) return;
    const kind = periodKind(span);
    const scope = shardsInRange(shards, span.first, span.last);
    const barsOf = async (search: SearchState): Promise<Bar[]> => {
      const { term, options } = timelineQuery(search, span, months);
      const counts = await index.monthCounts(term, options, scope);
      if (!counts) throw new Error('The count was superseded');
      return timelineBars(span, kind, counts, this.#totals);
    };
    this.#host.setAttribute('aria-busy', 'true');
    this.#status.textContent = this.#locale.t('timeline.loading');
    try {
      const compared = state.compare.map((query) => ({ query, state: parseSearchState(`?${query}`) }));
      const label = (key: string, value: string): string => this.#valueLabel(key, value);
      const series: Series[] = [
        { label: searchLabel(state, this.#locale, label), bars: await barsOf(state) },
      ];
      for (const one of compared) {
        series.push({
          label: searchLabel(one.state, this.#locale, label),
          bars: await barsOf(one.state),
          query: one.query,
        });
      }
      if (run !== this.#run) return;
      this.#drawn = { kind, series };
      this.#status.textContent = '';
      this.#render();
    } catch {
      if (run !== this.#run) return;
      this.#status.textContent = this.#locale.t('timeline.failed');
      // Opening the box again, or the next search, tries again.
      this.#countedFor = undefined;
    } finally {
      if (run === this.#run) this.#host.removeAttribute('aria-busy');
    }
  }

  /** Draws the figures counted last: the chart, its legend and its table. */
  #render(): void {
    const drawn = this.#drawn;
    const state = this.#latest?.state;
    if (!drawn || !state) return;
    const { kind, series } = drawn;
    const comparing = series.length > 1;
    const checked = this.#measure.querySelector<HTMLInputElement>('input:checked');
    const measure: Measure = comparing || checked?.value === 'share' ? 'share' : 'count';
    this.#measure.hidden = comparing;
    this.#comparedNote.hidden = !comparing;
    this.#caption.textContent = this.#locale.t(
      kind === 'year' ? 'timeline.caption.year' : 'timeline.caption.month',
    );

    const valueOf = (bar: Bar): number => (measure === 'share' ? bar.share : bar.count);
    const most = Math.max(0, ...series.flatMap((one) => one.bars.map(valueOf)));
    const main = series[0]?.bars ?? [];
    this.#chart.dataset['kind'] = kind;
    this.#chart.replaceChildren(
      ...main.map((bar, i) => {
        const link = element('a');
        link.href = this.#paths.search(toSearchParams(narrowTo(state, bar.period)));
        const plot = element('span', { className: 'plot' });
        series.forEach((one, s) => {
          const value = one.bars[i] ? valueOf(one.bars[i]) : 0;
          const column = element('span', { className: `column series-${s}` });
          column.style.height = `${most > 0 ? (value / most) * 100 : 0}%`;
          plot.append(column);
        });
        const shown = measure === 'share' ? this.#percent.format(bar.share) : this.#locale.number(bar.count);
        const value = element('span', { className: 'value', text: shown });
        const axis = element('span', { className: 'period', text: this.#shortPeriod(bar.period, i === 0) });
        for (const decoration of [value, plot, axis]) decoration.setAttribute('aria-hidden', 'true');
        link.append(
          value,
          plot,
          axis,
          element('span', { className: 'visually-hidden', text: this.#barText(bar) }),
        );
        return element('li', {}, link);
      }),
    );

    this.#legend.hidden = !comparing;
    this.#legend.replaceChildren(
      ...series.map((one, s) => {
        const swatch = element('span', { className: `swatch series-${s}` });
        swatch.setAttribute('aria-hidden', 'true');
        const item = element(
          'li',
          {},
          swatch,
          element('span', {
            text:
              one.query === undefined ? this.#locale.t('timeline.current', { label: one.label }) : one.label,
          }),
        );
        if (one.query !== undefined) {
          const remove = element('button', { text: this.#locale.t('timeline.remove') });
          remove.type = 'button';
          remove.dataset['remove'] = one.query;
          remove.setAttribute('aria-label', this.#locale.t('timeline.remove.label', { label: one.label }));
          item.append(' ', remove);
        }
        return item;
      }),
    );
    this.#renderTable(kind, series);
  }

  #renderTable(kind: PeriodKind, series: Series[]): void {
    const t = (key: Parameters<Locale['t']>[0], vars?: Record<string, string>): string =>
      this.#locale.t(key, vars);
    const head = (text: string): HTMLTableCellElement => {
      const cell = element('th', { text });
      cell.scope = 'col';
      return cell;
    };
    // Its text in a span of its own, which stays in view while a wide table scrolls sideways.
    const caption = element(
      'caption',
      {},
      element('span', { text: t(kind === 'year' ? 'timeline.caption.year' : 'timeline.caption.month') }),
    );
    const columns = [
      head(t('timeline.column.period')),
      head(t('timeline.column.count')),
      head(t('timeline.column.share')),
      ...series.slice(1).map((one) => head(t('timeline.column.compared', { label: one.label }))),
    ];
    const rows = (series[0]?.bars ?? []).map((bar, i) => {
      // On a phone a period may wrap («2021 ж. / желтоқсан»), keeping a year with its «г.» or «ж.».
      const label = keepUnitsWithNumbers(periodLabel(bar.period, this.#locale, 'alone'));
      const period = element('th', { text: label });
      period.scope = 'row';
      return element(
        'tr',
        {},
        period,
        element('td', { text: this.#locale.number(bar.count) }),
        element('td', { text: this.#percent.format(bar.share) }),
        ...series
          .slice(1)
          .map((one) => element('td', { text: this.#percent.format(one.bars[i]?.share ?? 0) })),
      );
    });
    this.#table.replaceChildren(
      caption,
      element('thead', {}, element('tr', {}, ...columns)),
      element('tbody', {}, ...rows),
    );
  }

  /** A bar's link text: its period, count and share. */
  #barText(bar: Bar): string {
    return this.#locale.t('timeline.bar', {
      period: periodLabel(bar.period, this.#locale, 'alone'),
      articles: this.#locale.plural('timeline.articles', bar.count),
      share: this.#percent.format(bar.share),
    });
  }

  /** The period under a bar: a year, or a month's short name with its year on the first bar and each January. */
  #shortPeriod(period: string, first: boolean): string {
    if (period.length === 4) return period;
    const month = Number(period.slice(5, 7));
    const year = period.slice(0, 4);
    const withYear = first || month === 1;
    const word = (withYear ? this.#calendar?.shortYear : this.#calendar?.short)?.[month - 1];
    const date = new Date(Date.UTC(Number(year), month - 1, 1));
    return this.#locale.alone(
      'months',
      word?.replace('{year}', year) ?? (withYear ? this.#monthYearShort : this.#monthShort).format(date),
    );
  }
}
