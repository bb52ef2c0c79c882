/**
 * Citations formatted on a worker thread (citation-worker.ts) while the build
 * renders pages on the main thread: two cores instead of one for the costliest
 * step of an article page.
 */
import { Worker } from 'node:worker_threads';
import type { CslItem } from '@citation-js/core';
import type { AstroIntegration } from 'astro';
import type { Citations } from '../model/citation';
import { holdsCitations } from './citation-cache';

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

interface Settle {
  resolve: (citations: Citations) => void;
  reject: (reason: string) => void;
}

/** A worker of the pool, and the items it has been sent and not answered yet. */
interface PoolWorker {
  worker: Worker;
  open: Set<number>;
}

/**
 * Worker threads that cite for as long as the build asks. A worker takes more
 * than a second to load citeproc-js and its styles, so the workers start on the
 * first request and stay; while a worker has nothing to cite it does not keep
 * the process alive. Batches are dealt to the workers in turn, so items are
 * cited roughly in the order asked.
 */
export class CitationPool {
  readonly #file: string | URL;
  readonly #threads: number;
  readonly #workers: (PoolWorker | undefined)[] = [];
  readonly #settle = new Map<number, Settle>();
  #nextId = 0;
  #turn = 0;

  constructor(workerFile: string | URL, threads = 1) {
    this.#file = workerFile;
    this.#threads = Math.max(1, threads);
  }

  /**
   * Sends `items` to the workers and returns one promise per item. An item that
   * cannot be cited rejects its own promise, naming it; if a worker fails, every
   * item it had not cited yet is rejected.
   */
  cite(items: readonly CslItem[]): Promise<Citations>[] {
    const first = this.#nextId;
    this.#nextId += items.length;
    const promises = items.map(
      (item, i) =>
        new Promise<Citations>((resolve, reject) => {
          this.#settle.set(first + i, {
            resolve,
            reject: (reason) => reject(new Error(`Could not cite "${item.id}": ${reason}`)),
          });
        }),
    );
    // A page that never asks for its citation must not leave an unhandled rejection.
    for (const promise of promises) promise.catch(() => undefined);
    const threads = Math.min(this.#threads, Math.ceil(items.length / BATCH));
    for (let offset = 0; offset < items.length; offset += BATCH) {
      const slot = this.#turn++ % threads;
      const request: CitationRequest = { start: first + offset, items: items.slice(offset, offset + BATCH) };
      const target = this.#workerAt(slot);
      request.items.forEach((_, i) => target.open.add(request.start + i));
      target.worker.ref();
      target.worker.postMessage(request);
    }
    return promises;
  }

  /** Stops every worker; items not cited yet are rejected. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w?.worker.terminate()));
  }

  #answer(id: number, reply: CitationReply): void {
    const settle = this.#settle.get(id);
    this.#settle.delete(id);
    if ('error' in reply) settle?.reject(reply.error);
    else settle?.resolve(reply.citations);
  }

  #workerAt(slot: number): PoolWorker {
    const existing = this.#workers[slot];
    if (existing) return existing;
    const worker = takeEarlyWorker(this.#file) ?? new Worker(this.#file, { resourceLimits: WORKER_LIMITS });
    const entry: PoolWorker = { worker, open: new Set() };
    this.#workers[slot] = entry;
    const failRest = (reason: string): void => {
      if (this.#workers[slot] === entry) this.#workers[slot] = undefined;
      for (const id of entry.open) this.#answer(id, { error: reason });
      entry.open.clear();
      void worker.terminate();
    };
    worker.on('message', ({ start, replies }: CitationResponse) => {
      replies.forEach((reply, i) => {
        entry.open.delete(start + i);
        this.#answer(start + i, reply);
      });
      if (entry.open.size === 0) worker.unref();
    });
    worker.on('error', (error) => failRest(`the citation worker failed: ${error.message}`));
    worker.on('exit', (code) => failRest(`the citation worker stopped (exit code ${code})`));
    return entry;
  }
}

/**
 * Cites `items` on `threads` new workers (a {@link CitationPool} of their own)
 * and returns one promise per item; the workers end once every item is cited.
 */
export function citeInWorkers(
  workerFile: string | URL,
  items: readonly CslItem[],
  threads = 1,
): Promise<Citations>[] {
  if (items.length === 0) return [];
  const pool = new CitationPool(workerFile, threads);
  const promises = pool.cite(items);
  void Promise.allSettled(promises).then(() => pool.close());
  return promises;
}

/**
 * A worker started when the build has loaded the content, before Astro bundles
 * the pages, so that it has loaded citeproc-js and its styles by the time the first article
 * page asks for a citation (the pool's first worker takes it over). The build
 * and the pages' code run in one process but load this module separately: the
 * worker waits on a global, under a registered symbol.
 */
interface EarlyWorker {
  file: string;
  worker: Worker;
  /** Set if the worker failed or stopped before the pool took it. */
  ended: boolean;
}

const EARLY = Symbol.for('news-archive.citation-worker');

function early(): { [EARLY]?: EarlyWorker } {
  return globalThis as { [EARLY]?: EarlyWorker };
}

/**
 * Starts the worker of `workerFile` ahead of the pool (once per process) and
 * returns it, or the one already waiting. It keeps no process alive.
 */
export function startEarlyWorker(workerFile: string | URL): Worker {
  const waiting = early()[EARLY];
  if (waiting) return waiting.worker;
  const worker = new Worker(workerFile, { resourceLimits: WORKER_LIMITS });
  worker.unref();
  const entry: EarlyWorker = { file: String(workerFile), worker, ended: false };
  worker.once('error', () => (entry.ended = true));
  worker.once('exit', () => (entry.ended = true));
  early()[EARLY] = entry;
  return worker;
}

/** The worker started early for `workerFile`, if it is still running; it is the caller's from now on. */
export function takeEarlyWorker(workerFile: string | URL): Worker | undefined {
  const entry = early()[EARLY];
  if (!entry || entry.file !== String(workerFile)) return undefined;
  delete early()[EARLY];
  if (!entry.ended) return entry.worker;
  void entry.worker.terminate();
  return undefined;
}

/**
 * The integration: in a cold build (no citation in the build cache `cacheDir`),
 * starts a citation worker when `astro build` has loaded the content and starts
 * bundling (a build that stops at bad content never starts it), and stops it
 * at the end if no page needed it. A rebuild finds most citations, often all,
 * in the cache: the pool starts a worker only for those it lacks.
 */
export function citationWorkers(workerFile: string, cacheDir: string): AstroIntegration {
  return {
    name: 'citation-workers',
    hooks: {
      'astro:build:start': () => {
        if (!holdsCitations(cacheDir)) startEarlyWorker(workerFile);
      },
      'astro:build:done': () => {
        void takeEarlyWorker(workerFile)?.terminate();
      },
    },
  };
}
