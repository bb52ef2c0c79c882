/**
 * `<search-timeline>`: the search page's "Results over time". It listens to
 * `<archive-search>`'s `archive-search:searched` event, dispatched after each
 * search, and keeps the searches compared in the URL (`vs`) as hidden inputs of
 * the search form (through their `form` attribute), so the search page's own
 * URL keeping carries them. Nothing else happens before the reader opens its
 * box: then it loads its chart (./timeline-chart.ts), which counts and draws,
 * and which then follows each search while the box is open.
 *
 * Attributes, read by the chart: `data-locale` and `data-messages` (the page's
 * language and the texts the chart shows, JSON), `data-totals` (the archive's
 * articles per month, JSON, written at build time) and `data-base` (the site's base).
 */
import type { SearchState } from '../url-state';
import type { IndexShard, SearchIndex } from './pagefind';
import type { TimelineChart } from './timeline-chart';

/** The event `<archive-search>` dispatches after each search. */
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

export class SearchTimeline extends HTMLElement {
  #latest: SearchedDetail | undefined;
  #chart: Promise<TimelineChart> | undefined;
  #form: HTMLFormElement | undefined;
  #search: Element | null = null;
  #details: HTMLDetailsElement | null = null;
  #inputs: HTMLElement | null = null;

  connectedCallback(): void {
    this.#search = this.closest('archive-search');
    this.#form = this.#search?.querySelector('form') ?? undefined;
    // The hidden inputs of `vs` belong to the form through its id.
    if (this.#form && !this.#form.id) this.#form.id = 'archive-search-form';
    this.#details = this.querySelector('details');
    this.#inputs = this.querySelector('[data-inputs]');
    (this.#search ?? document).addEventListener(SEARCHED_EVENT, this.#onSearched);
    this.#details?.addEventListener('toggle', this.#onToggle);
  }

  disconnectedCallback(): void {
    (this.#search ?? document).removeEventListener(SEARCHED_EVENT, this.#onSearched);
  }

  #onSearched = (event: Event): void => {
    if (!(event instanceof CustomEvent)) return;
    this.#latest = event.detail as SearchedDetail;
    this.#writeInputs(this.#latest.state.compare);
    if (this.#details?.open) this.#show();
  };

  #onToggle = (): void => {
    if (this.#details?.open) this.#show();
  };

  /** Loads the chart on first use and has it show the latest search. */
  #show(): void {
    const latest = this.#latest;
    if (!latest) return;
    this.#chart ??= import('./timeline-chart').then(
      ({ TimelineChart }) => new TimelineChart({ element: this, compare: this.#compare }),
    );
    this.#chart.then(
      (chart) => chart.show(this.#latest ?? latest),
      () => (this.#chart = undefined),
    );
  }

  /** Sets the compared searches and submits the form, whose script records them in the URL and searches. */
  #compare = (queries: readonly string[]): void => {
    this.#writeInputs(queries);
    this.#form?.requestSubmit();
  };

  /** One hidden input `vs` of the search form for each compared search. */
  #writeInputs(compare: readonly string[]): void {
    const form = this.#form?.id ?? '';
    this.#inputs?.replaceChildren(
      ...compare.map((query) => {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = 'vs';
        input.value = query;
        input.setAttribute('form', form);
        return input;
      }),
    );
  }
}

if (!customElements.get('search-timeline')) customElements.define('search-timeline', SearchTimeline);
