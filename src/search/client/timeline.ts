/**
 * `<search-timeline>`: the search page's "Results over time". It listens to
 * `<archive-search>`'s `archive-search:searched` event and, once the reader
 * opens its box (nothing is fetched before), counts the search's results per
 * month (the `month` filter's counts, see `SearchIndex.monthCounts`), and draws
 * them per year or per month (../timeline.ts) as bars that are links narrowing
 * the search to their period, with the same figures in a table. The reader
 * switches between counts and shares of all the archive's articles in each
 * period, and can add up to three searches to compare, drawn as shares beside
 * the current one. The compared searches live in the URL (`vs`): this element
 * keeps them in hidden inputs of its `<archive-search>`'s form (through their
 * `form` attribute), so the search page's own URL keeping carries them.
 *
 * Attributes: `data-locale` and `data-messages` (the page's language and the
 * texts this element shows, JSON), `data-totals` (the archive's articles per
 * month, JSON, written at build time) and `data-base` (the site's base). Everything from the index or the URL is
 * inserted as text.
 */
import { createLocale, type Locale, type MessageSource } from '../../i18n/locale';
import { LOCALE_CODES, type LocaleCode } from '../../i18n/locales';
import { createPaths, type Paths } from '../../routes/paths';
import { shardsInRange } from '../shards';
import {
  narrowTo,
  periodKind,
  periodLabel,
  searchLabel,
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
  toSearchParams,
  type SearchState,
} from '../url-state';
import type { IndexShard, SearchIndex } from './pagefind';

/** The event `<archive-search>` dispatches after each search, and once its index is open. */
export const SEARCHED_EVENT = 'archive-search:searched';

/** What the event says: the search, the index to count with, its months and shards. */
export interface SearchedDetail {
  state: SearchState;
  index: SearchIndex;
  /** The index's months, `YYYY-MM`. */
  months: readonly string[];
  /** The index's shards, newest first. */
  shards: readonly IndexShard[];
}

/** One search drawn on the chart. */
interface Series {
  label: string;
  bars: Bar[];
  /** The compared search's query string; `undefined` for the current search. */
  query?: string;
}

type Measure = 'count' | 'share';

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<search-timeline> needs an element matching ${selector}`);
  return found;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

const readJson = <T>(text: string | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

export class SearchTimeline extends HTMLElement {
  #locale!: Locale;
  #paths: Paths = createPaths('/');
  #totals: MonthCounts = {};
  #percent!: Intl.NumberFormat;
  #monthShort!: Intl.DateTimeFormat;
  #monthYearShort!: Intl.DateTimeFormat;
  #latest: SearchedDetail | undefined;
  /** The figures last drawn, to redraw when the measure changes without counting again. */
  #drawn: { kind: PeriodKind; series: Series[] } | undefined;
  /** Whether the figures drawn are those of the latest search. */
  #current = false;
  /** Increases with each count, so a slow earlier count never overwrites a later one. */
  #run = 0;

  #details!: HTMLDetailsElement;
  #hint!: HTMLElement;
  #body!: HTMLElement;
  #status!: HTMLElement;
  #measure!: HTMLElement;
  #comparedNote!: HTMLElement;
  #caption!: HTMLElement;
  #chart!: HTMLOListElement;
  #legend!: HTMLUListElement;
  #table!: HTMLTableElement;
  #compare!: HTMLButtonElement;
  #full!: HTMLElement;
  #inputs!: HTMLElement;
  #form: HTMLFormElement | undefined;

  connectedCallback(): void {
    const code = LOCALE_CODES.find((c) => c === this.dataset['locale']) ?? 'en';
    this.#locale = createLocale(code as LocaleCode, readJson<MessageSource>(this.dataset['messages'], {}));
    this.#totals = readJson<MonthCounts>(this.dataset['totals'], {});
    this.#paths = createPaths(this.dataset['base'] ?? '/');
    const tag = this.#locale.config.intl;
    this.#percent = new Intl.NumberFormat(tag, { style: 'percent', maximumSignificantDigits: 2 });
    this.#monthShort = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
    this.#monthYearShort = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });

    this.#details = part(this, 'details');
    this.#hint = part(this, '[data-hint]');
    this.#body = part(this, '[data-body]');
    this.#status = part(this, '[data-progress]');
    this.#measure = part(this, '[data-measure]');
    this.#comparedNote = part(this, '[data-compared-note]');
    this.#caption = part(this, '[data-caption]');
    this.#chart = part(this, '[data-chart]');
    this.#legend = part(this, '[data-legend]');
    this.#table = part(this, '[data-table]');
    this.#compare = part(this, '[data-compare]');
    this.#full = part(this, '[data-full]');
    this.#inputs = part(this, '[data-inputs]');

    const search = this.closest('archive-search');
    this.#form = search?.querySelector('form') ?? undefined;
    // The hidden inputs of `vs` belong to the form through its id.
    if (this.#form && !this.#form.id) this.#form.id = 'archive-search-form';
    (search ?? document).addEventListener(SEARCHED_EVENT, this.#onSearched);
    this.#details.addEventListener('toggle', this.#onToggle);
    this.#measure.addEventListener('change', () => this.#render());
    this.#compare.addEventListener('click', this.#onCompare);
    this.#legend.addEventListener('click', this.#onRemove);
  }

  disconnectedCallback(): void {
    (this.closest('archive-search') ?? document).removeEventListener(SEARCHED_EVENT, this.#onSearched);
  }

  #onSearched = (event: Event): void => {
    if (!(event instanceof CustomEvent)) return;
    this.#latest = event.detail as SearchedDetail;
    this.#current = false;
    this.#writeInputs(this.#latest.state.compare);
    this.#writeCompare();
    if (this.#details.open) void this.#count();
  };

  #onToggle = (): void => {
    if (this.#details.open && !this.#current) void this.#count();
  };

  /** Adds the current search to the compared ones, and lets the search page record it in the URL. */
  #onCompare = (): void => {
    const state = this.#latest?.state;
    const query = state && compareQuery(state);
    if (!state || !query || state.compare.includes(query) || state.compare.length >= MAX_COMPARE) return;
    this.#writeInputs([...state.compare, query]);
    this.#submit();
  };

  #onRemove = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest('button[data-remove]') : null;
    const state = this.#latest?.state;
    if (!(button instanceof HTMLButtonElement) || !state) return;
    const query = button.dataset['remove'];
    this.#writeInputs(state.compare.filter((one) => one !== query));
    this.#submit();
    // The button goes with its search: keep the reader's place.
    this.#compare.focus();
  };

  /** Submits the search form, whose script records its state (with the inputs of `vs`) in the URL. */
  #submit(): void {
    this.#form?.requestSubmit();
  }

  /** One hidden input `vs` of the search form for each compared search. */
  #writeInputs(compare: readonly string[]): void {
    const form = this.#form?.id ?? '';
    this.#inputs.replaceChildren(
      ...compare.map((query) => {
        const input = element('input');
        input.type = 'hidden';
        input.name = 'vs';
        input.value = query;
        input.setAttribute('form', form);
        return input;
      }),
    );
  }

  #writeCompare(): void {
    const state = this.#latest?.state;
    const query = state ? compareQuery(state) : '';
    const full = (state?.compare.length ?? 0) >= MAX_COMPARE;
    this.#compare.disabled = !state || !query || full || state.compare.includes(query);
    this.#full.hidden = !full;
  }

  /** Counts the latest search, and each compared one, per month, then draws them. */
  async #count(): Promise<void> {
    const latest = this.#latest;
    if (!latest) return;
    const run = ++this.#run;
    const { state, index, months, shards } = latest;
    const span = hasCriteria(state) ? timelineSpan(state, Object.keys(this.#totals)) : undefined;
    this.#hint.hidden = span !== undefined;
    this.#body.hidden = span === undefined;
    if (!span) {
      this.#current = true;
      return;
    }
    const kind = periodKind(span);
    const scope = shardsInRange(shards, span.first, span.last);
    const barsOf = async (search: SearchState): Promise<Bar[]> => {
      const { term, options } = timelineQuery(search, span, months);
      const counts = await index.monthCounts(term, options, scope);
      if (!counts) throw new Error('The count was superseded');
      return timelineBars(span, kind, counts, this.#totals);
    };
    this.setAttribute('aria-busy', 'true');
    this.#status.textContent = this.#locale.t('timeline.loading');
    try {
      const compared = state.compare.map((query) => ({ query, state: parseSearchState(`?${query}`) }));
      const series: Series[] = [{ label: searchLabel(state, this.#locale), bars: await barsOf(state) }];
      for (const one of compared) {
        series.push({
          label: searchLabel(one.state, this.#locale),
          bars: await barsOf(one.state),
          query: one.query,
        });
      }
      if (run !== this.#run) return;
      this.#drawn = { kind, series };
      this.#current = true;
      this.#status.textContent = '';
      this.#render();
    } catch {
      if (run === this.#run) this.#status.textContent = this.#locale.t('timeline.failed');
    } finally {
      if (run === this.#run) this.removeAttribute('aria-busy');
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
    const caption = element('caption', {
      text: t(kind === 'year' ? 'timeline.caption.year' : 'timeline.caption.month'),
    });
    const columns = [
      head(t('timeline.column.period')),
      head(t('timeline.column.count')),
      head(t('timeline.column.share')),
      ...series.slice(1).map((one) => head(t('timeline.column.compared', { label: one.label }))),
    ];
    const rows = (series[0]?.bars ?? []).map((bar, i) => {
      const period = element('th', { text: periodLabel(bar.period, this.#locale) });
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
      period: periodLabel(bar.period, this.#locale),
      articles: this.#locale.plural('timeline.articles', bar.count),
      share: this.#percent.format(bar.share),
    });
  }

  /** The period under a bar: a year, or a month's short name with its year on the first bar and each January. */
  #shortPeriod(period: string, first: boolean): string {
    if (period.length === 4) return period;
    const month = Number(period.slice(5, 7));
    const date = new Date(Date.UTC(Number(period.slice(0, 4)), month - 1, 1));
    return (first || month === 1 ? this.#monthYearShort : this.#monthShort).format(date);
  }
}

if (!customElements.get('search-timeline')) customElements.define('search-timeline', SearchTimeline);
