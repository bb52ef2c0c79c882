/**
 * A worker thread that formats citations. citeproc-js is the slowest part of an
 * article page, so the build hands it every article's CSL item up front and
 * renders pages on the main thread while this one cites them (see
 * citation-pool.ts). Node runs this file as it is, stripping its types.
 *
 * Message in: a `CitationRequest`; out: its `CitationResponse`.
 */
import { parentPort } from 'node:worker_threads';
import { formatCitations, prepareCitationStyles } from '../model/citation.ts';
import type { CitationReply, CitationRequest, CitationResponse } from './citation-pool.ts';

// Parse the styles now, while the build has not asked for anything yet.
prepareCitationStyles();

parentPort?.on('message', ({ start, items }: CitationRequest) => {
  const replies = items.map((item): CitationReply => {
    try {
      return { citations: formatCitations(item) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  const response: CitationResponse = { start, replies };
  parentPort?.postMessage(response);
});
