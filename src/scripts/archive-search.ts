/**
 * `<archive-search>`: the search page's client. It reads the state (query,
 * filters, sort) from the URL, searches the Pagefind index written by the build,
 * and keeps the URL in step as the reader types, filters and sorts, so back,
 * forward, reload and shared links all restore the same results.
 *
 * Attributes: `data-shards` (the folders of the index's shards, newest first,
 * separated by spaces; see src/lib/search-shards.ts) and `data-base` (the
 * site's base, `paths.base`). Everything from the index is
 * inserted as text; only Pagefind's `<mark>` highlights become elements.
 */
import { createPaths, type Paths } from '../lib/paths';
import {
  EMPTY_STATE,
  FILTER_KEYS,
  filterOptions,
  hasCriteria,
  optionLabel,
  hasFilters,
  parseSearchState,
  resultSummary,
  safeResultUrl,
  sameState,
  toPagefindQuery,
  toSearchParams,
  withoutFilter,
  type FilterKey,
  visibleExcerpt,
  type SearchState,
} from '../lib/search';
import {
  loadPagefind,
  type FilterCounts,
  type PagefindResult,
  type SearchIndex,
  type SearchResults,
} from './pagefind-api';

/** Results rendered at once; "Show more" adds as many again. */
const PAGE_SIZE = 10;
/** Words in a result's excerpt. */
const EXCERPT_WORDS = 30;
/** Pause after the last keystroke before searching, so each letter is not a search of its own. */
const TYPING_DELAY_MS = 150;

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<archive-search> needs an element matching ${selector}`);
  return found;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

export class ArchiveSearch extends HTMLElement {
  #paths: Paths = createPaths('/');
  #index: SearchIndex | undefined;
  /** Every value of each filter with its count over the whole archive, as the menus were built. */
  #known: FilterCounts = {};
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
  #selects!: Record<FilterKey | 'sort', HTMLSelectElement>;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #notice!: HTMLElement;

  connectedCallback(): void {
    this.#form = part(this, 'form');
    this.#query = part(this, 'input[name="q"]');
    this.#selects = {
      leader: part(this, 'select[name="leader"]'),
      country: part(this, 'select[name="country"]'),
      year: part(this, 'select[name="year"]'),
      sort: part(this, 'select[name="sort"]'),
    };
    this.#status = part(this, '[data-status]');
    this.#list = part(this, '[data-results]');
    this.#more = part(this, '[data-more]');
    this.#empty = part(this, '[data-empty]');
    this.#notice = part(this, '[data-notice]');
    this.#paths = createPaths(this.dataset['base'] ?? '/');
    this.#known = this.#readKnown();

    const menus = part(this, '[data-menus]');
    menus.addEventListener('focusin', this.#onMenus);
    menus.addEventListener('pointerenter', this.#onMenus);

    this.#form.addEventListener('submit', this.#onSubmit);
    this.#query.addEventListener('input', this.#onInput);
    this.#form.addEventListener('change', this.#onChange);
    this.#more.addEventListener('click', this.#onMore);
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
      const shards = (this.dataset['shards'] ?? '').split(/\s+/).filter(Boolean);
      this.#index = await loadPagefind(shards, this.#paths.base);
    } catch {
      this.#notice.textContent =
        'Search is unavailable: the search index could not be loaded. Browse the archive by date, leader or country instead.';
      this.#notice.hidden = false;
      return;
    }
    this.setAttribute('data-ready', '');
    await this.#search();
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
    const { term, options } = toPagefindQuery(this.#readForm());
    if (!index || !term) return;
    if (this.#aheadRunning) {
      index.results.preload(term, options).catch(() => undefined);
      return;
    }
    this.#aheadRunning = true;
    const found = index.search(term, options).catch(() => null);
    void found.then(() => (this.#aheadRunning = false));
    this.#ahead = { key: JSON.stringify([term, options]), found };
  };

  #onChange = (event: Event): void => {
    if (event.target instanceof HTMLSelectElement) this.#commit('push');
  };

  #onClear = (): void => {
    for (const key of FILTER_KEYS) this.#selects[key].value = '';
    this.#commit('push');
    this.#query.focus();
  };

  #onMore = (): void => {
    const first = this.#shown;
    void this.#showMore(this.#run).then(() => {
      this.#list.children[first]?.querySelector('a')?.focus();
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

  #readForm(): SearchState {
    const params = new URLSearchParams({ q: this.#query.value, sort: this.#selects.sort.value });
    for (const key of FILTER_KEYS) params.set(key, this.#selects[key].value);
    return parseSearchState(params);
  }

  #writeForm(): void {
    this.#query.value = this.#state.q;
    this.#selects.sort.value = this.#state.sort;
    this.#renderFilters(hasCriteria(this.#state) ? undefined : this.#known);
  }

  /** Each filter's values and whole-archive counts, from the options the build wrote (`data-count`). */
  #readKnown(): FilterCounts {
    const menus = FILTER_KEYS.map((key) => {
      const values = [...this.#selects[key].options]
        .filter((option) => option.value !== '')
        .map((option) => [option.value, Number(option.dataset['count'] ?? 0)] as const);
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
    if (!hasCriteria(state)) {
      this.#found = undefined;
      this.#shown = 0;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#empty.hidden = true;
      this.#status.textContent = '';
    } else {
      const { term, options } = toPagefindQuery(state);
      const ahead = this.#ahead;
      this.#ahead = undefined;
      // A search started while typing that failed is tried again here.
      const early = ahead?.key === JSON.stringify([term, options]) ? await ahead.found : null;
      const found = early ?? (await index.search(term, options));
      if (!found || run !== this.#run) return;
      this.#found = found;
      this.#shown = 0;
      this.#list.replaceChildren();
      this.#empty.hidden = true;
      await this.#showMore(run);
      if (run !== this.#run) return;
      const count = await found.total();
      if (run !== this.#run) return;
      this.#empty.hidden = count > 0;
      part<HTMLElement>(this, '[data-clear]').hidden = !hasFilters(state);
      this.#status.textContent = resultSummary(count, state);
    }
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
   * filter: for a menu with a value chosen, the counts of the same search
   * without it; for the others, the counts of this search; with no criteria,
   * the counts in the whole index.
   */
  async #menuCounts(index: SearchIndex, state: SearchState): Promise<FilterCounts> {
    const pagefind = await index.counts();
    const countsOf = async (criteria: SearchState): Promise<FilterCounts> => {
      if (!hasCriteria(criteria)) return this.#known;
      const { term, options } = toPagefindQuery(criteria);
      return (await pagefind.search(term, options))?.filters ?? {};
    };
    const counts = await countsOf(state);
    const menus = await Promise.all(
      FILTER_KEYS.map(async (key) => {
        if (!state[key]) return [key, counts[key] ?? {}] as const;
        return [key, (await countsOf(withoutFilter(state, key)))[key] ?? {}] as const;
      }),
    );
    return Object.fromEntries(menus);
  }

  /**
   * Shows the next results, each as soon as its record and those before it
   * have arrived, then whether there are more.
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
    const total = await found.total();
    if (run !== this.#run) return;
    this.#more.hidden = this.#shown >= total;
  }

  #renderResult(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
    const title = data.meta['title'] ?? data.url;
    const url = safeResultUrl(data.url);
    const link = url ? element('a', { text: title }) : element('span', { text: title });
    if (url && link instanceof HTMLAnchorElement) link.href = url;

    const meta = element('p', { className: 'result-meta' });
    const date = data.meta['date'];
    if (date) {
      const time = element('time', { text: date });
      time.dateTime = data.meta['datetime'] ?? '';
      meta.append(time);
    }
    const source = data.meta['source'];
    if (source) meta.append(date ? ' · ' : '', source);

    // The excerpt from the words readers see, not from the aliases the record
    // ends with; the summary when only an alias matched.
    const hiddenWords = Number(data.meta['aliaswords'] ?? 0);
    const parts = visibleExcerpt(data.content, data.locations, hiddenWords, EXCERPT_WORDS) ?? [
      { text: data.meta['summary'] ?? '', mark: false },
    ];
    const excerpt = element('p', { className: 'excerpt' });
    for (const { text, mark } of parts) {
      excerpt.append(mark ? element('mark', { text }) : document.createTextNode(text));
    }

    const chips = element('ul', { className: 'chips' });
    chips.setAttribute('aria-label', `Narrow to a leader or country of “${title}”`);
    for (const key of ['leader', 'country'] as const) {
      // Pagefind does not keep the order of a filter's values: show them alphabetically.
      for (const name of [...(data.filters[key] ?? [])].sort((a, b) => a.localeCompare(b, 'en'))) {
        const chip = element('a', { className: `chip ${key}`, text: name });
        chip.href = this.#paths.search(toSearchParams({ ...this.#state, [key]: name }));
        chips.append(element('li', {}, chip));
      }
    }

    return element(
      'li',
      { className: 'result' },
      element('article', {}, element('h2', {}, link), meta, excerpt, chips),
    );
  }

  /** Refills the filter menus: every known value, with its count among the current results when `counts` are known. */
  #renderFilters(counts: FilterCounts | undefined): void {
    for (const key of FILTER_KEYS) {
      const select = this.#selects[key];
      const anyOption = select.options[0] ?? element('option', { text: 'Any' });
      const current = counts ? (counts[key] ?? {}) : undefined;
      const options = filterOptions(key, this.#known[key], current, this.#state[key]).map((found) => {
        const option = element('option', { text: optionLabel(found) });
        option.value = found.value;
        return option;
      });
      select.replaceChildren(anyOption, ...options);
      select.value = this.#state[key];
    }
  }
}

if (!customElements.get('archive-search')) customElements.define('archive-search', ArchiveSearch);
