/**
 * The search page's elements, in the order they must be defined: the chart's
 * first, so that it hears `<archive-search>`'s first search. Loaded by ./boot.ts.
 */
import './timeline';
import './archive-search';
