/**
 * `<archive-search>`: the search page's client. It reads the state (query,
 * filters, date range, sort) from the URL, searches the Pagefind index written
 * by the build, and keeps the URL in step as the reader types, filters and
 * sorts, so back, forward, reload and shared links all restore the same
 * results. Its export buttons write every result of the search to a file; the
 * export code loads only when one is pressed.
 *
 * Newest first, it searches the newest years first and older shards of the
 * index only as the reader asks for more results, for the count over every
 * year ("Count all years") or for an export; until then the status says which
 * years its count is of (see ./pagefind.ts).
 *
 * Attributes: `data-shards` (the folders of the index's shards, newest first,
 * separated by spaces; see ../shards.ts), `data-shard-ids` (their ids, which
 * name their years, in the same order), `data-base` (the site's base,
 * `paths.base`), `data-site` (the site's origin, for permanent URLs),
 * `data-locale` (the interface language's code) and `data-messages` (the
 * texts it says in that language, as JSON; see src/routes/search.ts).
 * Values keep the archive's own names in the URL; what readers see of them is
 * the label the page gave each checkbox (`data-label`) and month option.
 * Everything from the index is inserted as text; only Pagefind's `<mark>`
 * highlights become elements.
 */
import { createLocale, type CalendarWords, type Locale, type MessageSource } from '../../i18n/locale';
import { LOCALES, type LocaleCode } from '../../i18n/locales';
import { textLang } from '../../i18n/text-lang';
import { createPaths, type Paths } from '../../routes/paths';
import { element, part } from './dom';
import { safeResultUrl, visibleExcerpt } from '../excerpt';
import { VALUE_FILTERS, type ValueFilterKey } from '../filters';
import { filterOptions, optionLabel, resultSummary, toPagefindQuery, type SearchWords } from '../query';
import { searchedYears, shardSpan, shardsInRange } from '../shards';
import { searchedValue } from '../meta';
import { searchTerm, stemmedLocations } from '../stem/query';
import {
  EMPTY_STATE,
  hasCriteria,
  hasFilters,
  parseSearchState,
  periodLabel,
  sameState,
  toSearchParams,
  withoutFilter,
  withValue,
  type SearchState,
} from '../url-state';
import {
  loadPagefind,
  type FilterCounts,
  type IndexShard,
  type PagefindResult,
  type SearchIndex,
  type SearchResults,
} from './pagefind';

/** Results rendered at once; "Show more" adds as many again. */
const PAGE_SIZE = 10;
/** Words in a result's excerpt. */
const EXCERPT_WORDS = 30;
/** Pause after the last keystroke before searching, so each letter is not a search of its own. */
const TYPING_DELAY_MS = 150;

/** The checkbox of one value of a filter, the text beside it, and its label in the page's language. */
interface Choice {
  input: HTMLInputElement;
  text: HTMLElement;
  label: string;
}

/** Below this width the filters are folded when the page opens (as in ArchiveSearch.astro's layout). */
const NARROW = '(max-width: 55.99rem)';

/** The checkboxes of each value filter, by value. */
type Choices = Record<ValueFilterKey, { list: HTMLElement; byValue: Map<string, Choice> }>;

export class ArchiveSearch extends HTMLElement {
  #paths: Paths = createPaths('/');
  #locale!: Locale;
  /** The page's words for filter values and months, for the summary and the chips. */
  #words!: SearchWords;
  #index: SearchIndex | undefined;
  /** The index's shards, newest first. */
  #shards: IndexShard[] = [];
  /** Every value of each filter with its count over the whole archive, as the menus were built. */
  #known: FilterCounts = {};
  /** The index's months, `YYYY-MM`, as the date menus were built. */
  #months: string[] = [];
  /**
   * Whether the reader has reached the filter menus. Counting their options for
   * a search loads every filter of the index (the largest part of it at scale),
   * so searches count them only from then on.
   */
  #menusInUse = false;
  #state: SearchState = EMPTY_STATE;
  /** The results of the latest search, fetched as they are shown. */
  #found: SearchResults | undefined;
  #shown = 0;
  /** Increases with each search, so a slow earlier search never overwrites a later one. */
  #run = 0;
  #typing: ReturnType<typeof setTimeout> | undefined;
  /**
   * A search started as the reader typed, for the search after the typing
   * pause to take over when the words are the same; and whether it still runs.
   */
  #ahead: { key: string; found: Promise<SearchResults | null> } | undefined;
  #aheadRunning = false;

  #form!: HTMLFormElement;
  #query!: HTMLInputElement;
  #selects!: Record<'from' | 'to' | 'sort', HTMLSelectElement>;
  #choices!: Choices;
  #status!: HTMLElement;
  #countAll!: HTMLButtonElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #notice!: HTMLElement;
  #export!: HTMLElement;
  #exportStatus!: HTMLElement;
  #refine!: HTMLDetailsElement;
  #refineSummary!: HTMLElement;

  connectedCallback(): void {
    this.#form = part(this, 'form');
    this.#query = part(this, 'input[name="q"]');
    this.#selects = {
      from: part(this, 'select[name="from"]'),
      to: part(this, 'select[name="to"]'),
      sort: part(this, 'select[name="sort"]'),
    };
    this.#choices = Object.fromEntries(
      VALUE_FILTERS.map(({ key }) => {
        const list = part<HTMLElement>(this, `[data-filter="${key}"] [data-options]`);
        const byValue = new Map<string, Choice>();
        for (const input of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
          const text = part<HTMLElement>(input.parentElement ?? list, '[data-label]');
          byValue.set(input.value, { input, text, label: text.dataset['label'] ?? input.value });
        }
        return [key, { list, byValue }];
      }),
    ) as Choices;
    this.#status = part(this, '[data-status]');
    this.#countAll = part(this, '[data-count-all]');
    this.#list = part(this, '[data-results]');
    this.#more = part(this, '[data-more]');
    this.#empty = part(this, '[data-empty]');
    this.#notice = part(this, '[data-notice]');
    this.#export = part(this, '[data-export]');
    this.#exportStatus = part(this, '[data-export-status]');
    this.#refine = part(this, '[data-refine]');
    this.#refineSummary = part(this, '[data-refine-summary]');
    this.#locale = this.#readLocale();
    // The search's own links stay in the page's language: /ru/search/?… on the Russian page.
    this.#paths = createPaths(this.dataset['base'] ?? '/', this.#locale.config.prefix);
    this.#words = {
      locale: this.#locale,
      label: (key, value) => this.#choices[key].byValue.get(value)?.label ?? value,
      bound: (bound) => this.#boundLabel(bound),
    };
    // On a phone the results follow the search box: the filters stay folded under their summary.
    // On a wide screen they are unfolded, as the page's style already showed them.
    this.#refine.open = !window.matchMedia(NARROW).matches;
    this.setAttribute('data-laid-out', '');
    this.#known = this.#readKnown();
    this.#months = [...this.#selects.from.options]
      .map((option) => option.value)
      .filter((value) => value.length === 7);

    const menus = part(this, '[data-menus]');
    menus.addEventListener('focusin', this.#onMenus);
    menus.addEventListener('pointerenter', this.#onMenus);
    // Unfolding the filters (on a phone) is reaching them too; the click is also Enter or Space on the summary.
    this.#refineSummary.addEventListener('click', this.#onMenus);

    this.#form.addEventListener('submit', this.#onSubmit);
    this.#query.addEventListener('input', this.#onInput);
    this.#form.addEventListener('change', this.#onChange);
    this.#more.addEventListener('click', this.#onMore);
    this.#countAll.addEventListener('click', this.#onCountAll);
    this.#export.addEventListener('click', this.#onExport);
    part(this, '[data-clear]').addEventListener('click', this.#onClear);
    window.addEventListener('popstate', this.#onPopState);

    this.#state = parseSearchState(window.location.search);
    this.#writeForm();
    void this.#start();
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#typing);
  }

  async #start(): Promise<void> {
    try {
      this.#shards = this.#readShards();
      this.#index = await loadPagefind(this.#shards, this.#paths.base);
    } catch {
      this.#notice.textContent = this.#locale.t('search.unavailable');
      this.#notice.hidden = false;
      return;
    }
    this.setAttribute('data-ready', '');
    if (!hasCriteria(this.#state)) {
      // Nothing to search yet: open what the reader's first search will most likely need.
      const { options } = toPagefindQuery(this.#state, this.#months);
      this.#index.preload(null, options, this.#shards).catch(() => undefined);
    }
    await this.#search();
  }

  /** The page's language and texts, from `data-locale` and `data-messages`. */
  #readLocale(): Locale {
    const code = LOCALES.find((l) => l.code === this.dataset['locale'])?.code ?? ('en' as LocaleCode);
    const read = <T>(name: string): T | undefined => {
      try {
        return JSON.parse(this.dataset[name] ?? 'null') as T | undefined;
      } catch {
        // Left out: each missing text names its key in the console's error; dates fall back to the browser's ICU.
        return undefined;
      }
    };
    return createLocale(
      code,
      read<MessageSource>('messages') ?? {},
      read<CalendarWords>('calendar') ?? undefined,
    );
  }

  /** A date bound as a sentence names it: a year as itself, a month with its year («май 2021 г.»). */
  #boundLabel(bound: string): string {
    return periodLabel(bound, this.#locale);
  }

  /** The shards from `data-shards` and `data-shard-ids`. */
  #readShards(): IndexShard[] {
    const list = (name: string): string[] => (this.dataset[name] ?? '').split(/\s+/).filter(Boolean);
    const dirs = list('shards');
    const ids = list('shardIds');
    if (ids.length !== dirs.length) throw new Error('<archive-search> needs an id for each shard');
    return dirs.map((dir, i) => ({ dir, ...shardSpan(ids[i] ?? '') }));
  }

  /** The shards that can hold results of a state: those of its date range. */
  #scope(state: SearchState): IndexShard[] {
    return shardsInRange(this.#shards, state.from, state.to);
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#commit('push');
  };

  #onInput = (): void => {
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.#commit('replace'), TYPING_DELAY_MS);
    // Search during the pause, not after it: what was typed is searched at
    // once unless a search started this way still runs (searches queue in
    // Pagefind's worker, and each keystroke's would delay the last one);
    // then its index chunks are fetched, at least. Results show after the pause.
    const index = this.#index;
    const state = this.#readForm();
    const { term, options } = toPagefindQuery(state, this.#months);
    const scope = this.#scope(state);
    if (!index || !term) return;
    if (this.#aheadRunning) {
      index.preload(term, options, scope).catch(() => undefined);
      return;
    }
    this.#aheadRunning = true;
    const found = index.search(term, options, scope).catch(() => null);
    void found.then(() => (this.#aheadRunning = false));
    this.#ahead = { key: searchKey(term, options, scope), found };
  };

  #onChange = (event: Event): void => {
    const target = event.target;
    if (
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && target.type === 'checkbox')
    ) {
      this.#commit('push');
    }
  };

  #onClear = (): void => {
    for (const { byValue } of Object.values(this.#choices)) {
      for (const { input } of byValue.values()) input.checked = false;
    }
    this.#selects.from.value = '';
    this.#selects.to.value = '';
    this.#commit('push');
    this.#query.focus();
  };

  #onMore = (): void => {
    const first = this.#shown;
    void this.#showMore(this.#run).then(() => {
      // The first new result, or the count when the older years held none.
      (this.#list.children[first]?.querySelector('a') ?? this.#status).focus();
    });
  };

  /** Counts the results over every year in scope, searching the shards not searched yet. */
  #onCountAll = (): void => {
    const found = this.#found;
    if (!found) return;
    const run = this.#run;
    this.#countAll.disabled = true;
    this.setAttribute('aria-busy', 'true');
    void found
      .total()
      .then(
        () => {
          if (run !== this.#run) return;
          this.#showCount();
          // The button is gone: keep the reader's place at the count it gave.
          this.#status.focus();
        },
        () => {
          if (run !== this.#run) return;
          this.#showCount();
          this.#status.append(' · ', this.#locale.t('search.countFailed'));
        },
      )
      .finally(() => {
        this.#countAll.disabled = false;
        if (run === this.#run) this.removeAttribute('aria-busy');
      });
  };

  /** Writes every result of the current search to a file of the format of the button pressed. */
  #onExport = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest('button[data-format]') : null;
    const found = this.#found;
    if (!(button instanceof HTMLButtonElement) || !found) return;
    const format = button.dataset['format'] ?? '';
    const run = this.#run;
    const buttons = [...this.#export.querySelectorAll('button')];
    for (const b of buttons) b.disabled = true;
    this.#exportStatus.textContent = this.#locale.t('search.export.preparing');
    void import('./export')
      .then(({ exportResults }) =>
        exportResults(found, format, {
          site: this.dataset['site'] || window.location.origin,
          searchUrl: window.location.href,
        }),
      )
      .then(
        ({ count, label }) => {
          if (run === this.#run) {
            this.#exportStatus.textContent = this.#locale.plural('search.export.done', count, {
              format: label,
            });
            // Exporting searched every year: the count is now whole.
            this.#showCount();
          }
        },
        () => {
          this.#exportStatus.textContent = this.#locale.t('search.export.failed');
        },
      )
      .finally(() => {
        for (const b of buttons) b.disabled = false;
      });
  };

  /** The reader reached the menus (by keyboard, pointer or touch): count their options from now on. */
  #onMenus = (): void => {
    if (this.#menusInUse) return;
    this.#menusInUse = true;
    const index = this.#index;
    // Before the index is open, or during a search, the search counts them when its results are shown.
    if (!index || this.hasAttribute('aria-busy')) return;
    const run = this.#run;
    this.setAttribute('aria-busy', 'true');
    void this.#fillMenus(run, index, this.#state).then(() => {
      if (run === this.#run) this.removeAttribute('aria-busy');
    });
  };

  #onPopState = (): void => {
    this.#state = parseSearchState(window.location.search);
    this.#writeForm();
    void this.#search();
  };

  /** Takes the state from the form, records it in the URL and searches. */
  #commit(history: 'push' | 'replace'): void {
    clearTimeout(this.#typing);
    const next = this.#readForm();
    const url = this.#paths.search(toSearchParams(next));
    if (url !== window.location.pathname + window.location.search) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    if (sameState(next, this.#state) && this.#shown > 0) return;
    this.#state = next;
    void this.#search();
  }

  /** The state the form shows, read as the URL would be. */
  #readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) {
      if (typeof value === 'string') params.append(name, value);
    }
    return parseSearchState(params);
  }

  #writeForm(): void {
    this.#query.value = this.#state.q;
    this.#selects.sort.value = this.#state.sort;
    for (const key of ['from', 'to'] as const) {
      const select = this.#selects[key];
      const value = this.#state[key];
      // A bound the menus do not list (a month without articles) is kept as an option of its own.
      if (value && ![...select.options].some((option) => option.value === value)) {
        const option = element('option', { text: periodLabel(value, this.#locale, 'alone') });
        option.value = value;
        select.append(option);
      }
      select.value = value;
    }
    this.#renderFilters(hasCriteria(this.#state) ? undefined : this.#known);
  }

  /** Each filter's values and whole-archive counts, from the checkboxes the build wrote (`data-count`). */
  #readKnown(): FilterCounts {
    const menus = VALUE_FILTERS.map(({ key }) => {
      const values = [...this.#choices[key].byValue.values()].map(
        ({ input }) => [input.value, Number(input.dataset['count'] ?? 0)] as const,
      );
      return [key, Object.fromEntries(values)] as const;
    });
    return Object.fromEntries(menus);
  }

  /**
   * Searches for the current state: the results first, each shown as soon as
   * its record arrives, then the counts in the filter menus (see `#fillMenus`).
   * The element is `aria-busy` until both are done.
   */
  async #search(): Promise<void> {
    const run = ++this.#run;
    const index = this.#index;
    if (!index) return;
    const state = this.#state;
    this.setAttribute('aria-busy', 'true');
    this.#exportStatus.textContent = '';
    if (!hasCriteria(state)) {
      this.#found = undefined;
      this.#shown = 0;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#empty.hidden = true;
      this.#export.hidden = true;
      this.#countAll.hidden = true;
      this.#status.textContent = '';
    } else {
      const { term, options } = toPagefindQuery(state, this.#months);
      const scope = this.#scope(state);
      const ahead = this.#ahead;
      this.#ahead = undefined;
      // A search started while typing that failed is tried again here.
      const early = ahead?.key === searchKey(term, options, scope) ? await ahead.found : null;
      const found = early ?? (await index.search(term, options, scope));
      if (!found || run !== this.#run) return;
      this.#found = found;
      this.#shown = 0;
      this.#list.replaceChildren();
      this.#empty.hidden = true;
      part<HTMLElement>(this, '[data-clear]').hidden = !hasFilters(state);
      await this.#showMore(run);
      if (run !== this.#run) return;
    }
    // Results over time (./timeline.ts) counts each search once its results are shown.
    const detail = { state, index, months: this.#months, shards: this.#shards };
    this.dispatchEvent(new CustomEvent('archive-search:searched', { bubbles: true, detail }));
    await this.#fillMenus(run, index, state);
    if (run !== this.#run) return;
    this.removeAttribute('aria-busy');
  }

  /**
   * Shows the menus' counts for `state`: with no criteria, the whole archive's;
   * otherwise counted once the reader has reached the menus, and left out
   * until then (or when counting fails).
   */
  async #fillMenus(run: number, index: SearchIndex, state: SearchState): Promise<void> {
    if (!hasCriteria(state)) return this.#renderFilters(this.#known);
    if (!this.#menusInUse) return this.#renderFilters(undefined);
    const counts = await this.#menuCounts(index, state).catch(() => undefined);
    if (run === this.#run) this.#renderFilters(counts);
  }

  /**
   * The count of each menu's options, from the instance that holds every
   * filter. For an `all` filter, the results choosing a value would give: how
   * many of this search's results have it. For an `any` filter with values
   * chosen, how many results of the same search without it have each value
   * (what choosing it adds); otherwise this search's counts.
   */
  async #menuCounts(index: SearchIndex, state: SearchState): Promise<FilterCounts> {
    const pagefind = await index.counts();
    const countsOf = async (criteria: SearchState): Promise<FilterCounts> => {
      if (!hasCriteria(criteria)) return this.#known;
      const { term, options } = toPagefindQuery(criteria, this.#months);
      return (await pagefind.search(term, options))?.filters ?? {};
    };
    const counts = await countsOf(state);
    const menus = await Promise.all(
      VALUE_FILTERS.map(async ({ key, match }) => {
        if (match === 'all' || state.values[key].length === 0) return [key, counts[key] ?? {}] as const;
        return [key, (await countsOf(withoutFilter(state, key)))[key] ?? {}] as const;
      }),
    );
    return Object.fromEntries(menus);
  }

  /**
   * Shows the next results, each as soon as its record and those before it
   * have arrived, then the count and whether there may be more.
   */
  async #showMore(run: number): Promise<void> {
    const found = this.#found;
    if (!found) return;
    const batch = await found.slice(this.#shown, this.#shown + PAGE_SIZE);
    if (run !== this.#run) return;
    const records = batch.map((result) => result.data());
    for (const record of records) {
      const data = await record;
      if (run !== this.#run) return;
      this.#list.append(this.#renderResult(data));
      this.#shown += 1;
    }
    this.#showCount();
  }

  /**
   * Says what is known of the current search's count: the whole count, or,
   * while older years are not searched yet, the count of the years searched
   * with the button that counts the rest. "Show more" stays while results may
   * remain, in the results found or in the years not searched.
   */
  #showCount(): void {
    const found = this.#found;
    if (!found) return;
    const state = this.#state;
    const { found: count, complete, searched } = found.count();
    const years = complete ? undefined : searchedYears(searched, state.from, state.to);
    this.#status.textContent = resultSummary(this.#words, count, state, years);
    this.#countAll.hidden = complete;
    this.#more.hidden = complete && this.#shown >= count;
    this.#empty.hidden = !complete || count > 0;
    this.#export.hidden = complete && count === 0;
  }

  #renderResult(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
    const title = data.meta['title'] ?? data.url;
    const url = safeResultUrl(data.url);
    const link = url ? element('a', { text: title }) : element('span', { text: title });
    if (url && link instanceof HTMLAnchorElement) link.href = url;

    const meta = element('p', { className: 'result-meta' });
    // The day as published, in the page's language.
    const datetime = searchedValue(data.meta['datetime']) ?? '';
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(datetime);
    const date = day && this.#locale.date({ year: +day[1]!, month: +day[2]!, day: +day[3]! });
    if (date) {
      const time = element('time', { text: date });
      time.dateTime = datetime;
      meta.append(time);
    }
    const source = data.meta['source'];
    if (source) meta.append(date ? ' · ' : '', source);

    // The excerpt from the words readers see, not from the aliases the record
    // ends with; the summary when only an alias matched.
    const hiddenWords = Number(searchedValue(data.meta['aliaswords']) ?? 0);
    // Language-aware search (../stem/): the visible forms of the stems a Russian or Kazakh query matched.
    const term = this.#state.q && searchTerm(this.#state.q, this.#state.values.language);
    const lang = searchedValue(data.meta['lang']) ?? '';
    const stemmed = stemmedLocations(data.content, hiddenWords, term, lang);
    const locations = [...data.locations, ...stemmed];
    const parts = visibleExcerpt(data.content, locations, hiddenWords, EXCERPT_WORDS) ?? [
      { text: data.meta['summary'] ?? '', mark: false },
    ];
    const excerpt = element('p', { className: 'excerpt' });
    // The article's words in its own language, inside a page in the reader's.
    const text = textLang(lang, this.#locale);
    for (const node of [link, excerpt]) {
      if (text.lang) node.lang = text.lang;
      if (text.dir) node.dir = text.dir;
    }
    for (const { text, mark } of parts) {
      excerpt.append(mark ? element('mark', { text }) : document.createTextNode(text));
    }

    const chips = element('ul', { className: 'chips' });
    chips.setAttribute('aria-label', this.#locale.t('search.chips', { title }));
    for (const key of ['leader', 'country'] as const) {
      // Pagefind does not keep the order of a filter's values: show them alphabetically, by the names shown.
      const named = (data.filters[key] ?? []).map((value) => ({
        value,
        label: this.#words.label(key, value),
      }));
      for (const { value: name, label } of named.sort((a, b) => this.#locale.compare(a.label, b.label))) {
        const chip = element('a', { className: `chip ${key}`, text: label });
        chip.href = this.#paths.search(toSearchParams(withValue(this.#state, key, name)));
        chips.append(element('li', {}, chip));
      }
    }

    return element(
      'li',
      { className: 'result' },
      element('article', {}, element('h2', {}, link), meta, excerpt, chips),
    );
  }

  /**
   * Relabels every filter's checkboxes with their counts among the current
   * results when `counts` are known, and checks the chosen values. Checkboxes
   * are kept in place (focus stays where it is); a chosen value the index
   * does not know gets a checkbox of its own.
   */
  #renderFilters(counts: FilterCounts | undefined): void {
    for (const { key } of VALUE_FILTERS) {
      const { list, byValue } = this.#choices[key];
      const chosen = this.#state.values[key];
      const current = counts ? (counts[key] ?? {}) : undefined;
      const language = {
        label: (value: string) => this.#words.label(key, value),
        compare: this.#locale.compare,
      };
      for (const option of filterOptions(key, this.#known[key], current, chosen, language)) {
        let choice = byValue.get(option.value);
        if (!choice) {
          const input = element('input');
          input.type = 'checkbox';
          input.name = key;
          input.value = option.value;
          const text = element('span');
          list.append(element('label', {}, input, text));
          choice = { input, text, label: option.label };
          byValue.set(option.value, choice);
        }
        // Written only when changed: the page comes with its menus written, and rewriting each
        // of their hundreds of labels as the script starts would lay the page out again.
        const text = optionLabel(this.#locale, option);
        if (choice.text.textContent !== text) choice.text.textContent = text;
        const checked = chosen.includes(option.value);
        if (choice.input.checked !== checked) choice.input.checked = checked;
      }
    }
    this.#renderRefineSummary();
  }

  /** The folded filters' summary: how many are chosen, so a folded form does not hide them. */
  #renderRefineSummary(): void {
    const state = this.#state;
    const chosen =
      VALUE_FILTERS.reduce((sum, { key }) => sum + state.values[key].length, 0) +
      (state.from ? 1 : 0) +
      (state.to ? 1 : 0);
    this.#refineSummary.textContent =
      chosen === 0 ? this.#locale.t('search.filters') : this.#locale.plural('search.filters.chosen', chosen);
  }
}

/** What identifies a search, to tell whether one started while typing is the one wanted. */
function searchKey(term: string | null, options: unknown, scope: readonly IndexShard[]): string {
  return JSON.stringify([term, options, scope.map((shard) => shard.dir)]);
}

if (!customElements.get('archive-search')) customElements.define('archive-search', ArchiveSearch);
