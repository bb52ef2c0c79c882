/**
 * The search page's script: it loads the page's two elements,
 * `<search-timeline>` (./timeline.ts) before `<archive-search>`
 * (./archive-search.ts), so that the chart hears the first search.
 *
 * A page opened with a search in its address loads them at once. A page
 * opened empty loads them once it has painted its first content: nothing needs
 * them before the reader types, and fetched before the first paint they
 * competed with the page's style sheets for the network (Lighthouse's first
 * paint of the empty search page was about 0.5 s later than an article page's,
 * which loads no script).
 */
const load = (): Promise<unknown> => import('./search-page');

/** Runs `start` once the page has painted content, or a second after it loaded in a browser that does not say. */
function afterFirstPaint(start: () => void): void {
  let started = false;
  let observer: PerformanceObserver | undefined;
  const once = (): void => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
  };
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) once();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  window.addEventListener('load', () => setTimeout(once, 1000), { once: true });
}

if (window.location.search.length > 1) void load();
else afterFirstPaint(() => void load());
