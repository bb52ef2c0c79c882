import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '@citation-js/core';
import {
  CitationPool,
  citeInWorkers,
  startEarlyWorker,
  takeEarlyWorker,
} from '../../src/build/citation-pool';

const WORKER = fileURLToPath(new URL('../../src/build/citation-worker.ts', import.meta.url));

function item(n: number): CslItem {
  return {
    id: `talk-${n}`,
    type: 'article-newspaper',
    title: `Telephone talk number ${n}`,
    'container-title': 'Kazinform',
    issued: { 'date-parts': [[2021, 5, 2]] },
    URL: `https://news.example.org/articles/2021/05/talk-${n}/`,
    language: 'en',
  };
}

describe('citeInWorkers', () => {
  // One run for both: each worker loads citeproc-js and its styles, about two seconds of CPU.
  it('cites every item on two workers across batches, each promise with its own item, and rejects only the item that cannot be cited, naming it', async () => {
    const bad = { id: 'broken', type: 'article-newspaper', title: 5 } as unknown as CslItem;
    const items = Array.from({ length: 120 }, (_, i) => item(i + 1));
    const promises = citeInWorkers(WORKER, [...items.slice(0, 60), bad, ...items.slice(60)], 2);
    const broken = promises.splice(60, 1)[0];
    await expect(broken).rejects.toThrow(/^Could not cite "broken": /);
    const cited = await Promise.all(promises);
    expect(cited).toHaveLength(120);
    cited.forEach((citations, i) => {
      const n = i + 1;
      expect(citations.apa).toContain(`Telephone talk number ${n}.`);
      expect(citations.apa).toContain(`https://news.example.org/articles/2021/05/talk-${n}/`);
      expect(citations.chicago).toContain(`“Telephone Talk Number ${n}.”`);
      expect(citations.bibtex).toContain(`title = {{Telephone talk number ${n}}}`);
    });
  });

  it('rejects every item, naming it, when the worker cannot start', async () => {
    const cited = citeInWorkers('/nowhere/citation-worker.ts', [item(1), item(2)]);
    for (const [i, promise] of cited.entries()) {
      await expect(promise).rejects.toThrow(`Could not cite "talk-${i + 1}": the citation worker failed`);
    }
  });

  it('starts no worker for no items', () => {
    expect(citeInWorkers('/nowhere/citation-worker.ts', [])).toEqual([]);
  });
});

describe('CitationPool', () => {
  it('keeps its workers between requests and answers each request with its own items', async () => {
    const pool = new CitationPool(WORKER, 2);
    try {
      const [one] = await Promise.all(pool.cite([item(1)]));
      expect(one!.apa).toContain('/talk-1/');
      // Idle in between: the workers wait without holding the process, then cite again.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const later = await Promise.all(pool.cite(Array.from({ length: 70 }, (_, i) => item(i + 2))));
      later.forEach((citations, i) => expect(citations.apa).toContain(`/talk-${i + 2}/`));
    } finally {
      await pool.close();
    }
  });
});

describe('a worker started early', () => {
  it('is taken over once, by a pool of its own worker file, and cites', async () => {
    startEarlyWorker(WORKER);
    expect(takeEarlyWorker('/elsewhere/citation-worker.ts')).toBeUndefined();
    const worker = takeEarlyWorker(WORKER);
    expect(worker).toBeDefined();
    expect(takeEarlyWorker(WORKER)).toBeUndefined();
    await worker!.terminate();

    startEarlyWorker(WORKER);
    const pool = new CitationPool(WORKER, 1);
    try {
      const [cited] = await Promise.all(pool.cite([item(9)]));
      expect(cited!.chicago).toContain('“Telephone Talk Number 9.”');
      // The pool took the early worker: none is left to take.
      expect(takeEarlyWorker(WORKER)).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('is not handed over once it has stopped', async () => {
    const worker = startEarlyWorker('/nowhere/citation-worker.ts');
    // Its start fails ('error', which the early start records), then it exits.
    await new Promise((resolve) => worker.once('exit', resolve));
    expect(takeEarlyWorker('/nowhere/citation-worker.ts')).toBeUndefined();
  });
});
