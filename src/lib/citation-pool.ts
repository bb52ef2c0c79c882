/**
 * Citations formatted on a worker thread (citation-worker.ts) while the build
 * renders pages on the main thread: two cores instead of one for the costliest
 * step of an article page.
 */
import { Worker } from 'node:worker_threads';
import type { CslItem } from '@citation-js/core';
import type { Citations } from './citation';

/** A batch of items, and where it starts in the whole list. */
export interface CitationRequest {
  start: number;
  items: CslItem[];
}

/** The worker's answer to a batch: one reply per item, in order. */
export interface CitationResponse {
  start: number;
  replies: CitationReply[];
}

/** What the worker answers for one item. */
export type CitationReply = { citations: Citations } | { error: string };

/** Items per message: few enough that the first pages never wait long. */
const BATCH = 50;

/**
 * A worker needs about 60 MB live (citeproc-js and two styles); left to itself,
 * V8 lets each grow to hundreds before collecting. These limits keep the build's
 * peak memory down; a worker that outgrows them fails the build, naming the items.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 };

/**
 * Starts citing `items` on `threads` new workers, batches dealt out in turn so
 * that they are cited roughly in order, and returns one promise per item. An
 * item that cannot be cited rejects its own promise, naming it; if a worker
 * fails, every item it had not cited yet is rejected. Each worker ends after its
 * last batch.
 */
export function citeInWorkers(
  workerFile: string | URL,
  items: readonly CslItem[],
  threads = 1,
): Promise<Citations>[] {
  const settle: { resolve: (c: Citations) => void; reject: (reason: string) => void }[] = [];
  const promises = items.map(
    (item) =>
      new Promise<Citations>((resolve, reject) => {
        settle.push({
          resolve,
          reject: (reason) => reject(new Error(`Could not cite "${item.id}": ${reason}`)),
        });
      }),
  );
  // A page that never asks for its citation must not leave an unhandled rejection.
  for (const promise of promises) promise.catch(() => undefined);

  const batches: CitationRequest[] = [];
  for (let start = 0; start < items.length; start += BATCH) {
    batches.push({ start, items: items.slice(start, start + BATCH) });
  }
  const count = Math.max(1, Math.min(threads, batches.length));
  for (let w = 0; w < count && batches.length > 0; w += 1) {
    const mine = batches.filter((_, b) => b % count === w);
    const open = new Set(mine.flatMap(({ start, items: batch }) => batch.map((_, i) => start + i)));
    const worker = new Worker(workerFile, { resourceLimits: WORKER_LIMITS });
    const failRest = (reason: string): void => {
      for (const index of open) settle[index]?.reject(reason);
      open.clear();
      void worker.terminate();
    };
    worker.on('message', ({ start, replies }: CitationResponse) => {
      replies.forEach((reply, i) => {
        open.delete(start + i);
        if ('error' in reply) settle[start + i]?.reject(reply.error);
        else settle[start + i]?.resolve(reply.citations);
      });
      if (open.size === 0) void worker.terminate();
    });
    worker.on('error', (error) => failRest(`the citation worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (open.size > 0) failRest(`the citation worker stopped (exit code ${code})`);
    });
    for (const request of mine) worker.postMessage(request);
  }
  return promises;
}
