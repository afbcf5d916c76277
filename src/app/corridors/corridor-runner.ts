import { type PreparedCorridors, prepareCorridors } from '../../analytics/corridors/prepare-corridors.ts';
import type { CorridorCollection } from '../../analytics/corridors/types.ts';
import { SupersededError } from '../../db/coordinator.ts';
import {
  AnalysisCaches,
  analyseCorridors,
  type CorridorAnalysis,
  type CorridorAnalysisInput,
} from './corridor-analysis.ts';
import type { WorkerReply, WorkerRequest } from './corridor-worker-protocol.ts';

/** The analysis inputs apart from the prepared corridors, which the runner owns. */
export type RunInput = Omit<CorridorAnalysisInput, 'prepared'>;

const keys = new WeakMap<CorridorCollection, number>();
let nextKey = 1;

function keyOf(collection: CorridorCollection): number {
  let key = keys.get(collection);
  if (key === undefined) {
    key = nextKey++;
    keys.set(collection, key);
  }
  return key;
}

const preparedCache = new WeakMap<CorridorCollection, PreparedCorridors>();

/** prepareCorridors memoised per collection object (the store replaces it on every change). */
export function preparedFor(collection: CorridorCollection): PreparedCorridors {
  let prepared = preparedCache.get(collection);
  if (!prepared) {
    prepared = prepareCorridors(collection);
    preparedCache.set(collection, prepared);
  }
  return prepared;
}

/**
 * Runs corridor analyses in a module worker (inline where workers do not exist, as in Node
 * tests). Only the latest run resolves: an earlier one still pending rejects with
 * SupersededError, so a slow result for old filters never replaces a newer one.
 */
export class CorridorRunner {
  #worker: Worker | null = null;
  #sentKey = 0;
  #latest = 0;
  #pending = new Map<number, { resolve: (r: CorridorAnalysis) => void; reject: (e: Error) => void }>();
  /** Caches of the inline runs (the worker keeps its own). */
  #caches = new AnalysisCaches();

  constructor(useWorker = typeof Worker !== 'undefined') {
    if (!useWorker) return;
    this.#worker = new Worker(new URL('./corridor-worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else if (reply.id !== this.#latest) waiting.reject(new SupersededError());
      else waiting.resolve(reply.result);
    };
  }

  /** Analyses `collection` with `input`; rejects with SupersededError if run again meanwhile. */
  run(collection: CorridorCollection, input: RunInput): Promise<CorridorAnalysis> {
    const id = ++this.#latest;
    for (const [old, waiting] of this.#pending) {
      this.#pending.delete(old);
      waiting.reject(new SupersededError());
    }
    if (!this.#worker) {
      try {
        return Promise.resolve(
          analyseCorridors({ ...input, prepared: preparedFor(collection) }, this.#caches),
        );
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    const key = keyOf(collection);
    const request: WorkerRequest = {
      id,
      collectionKey: key,
      collection: key === this.#sentKey ? null : collection,
      input,
    };
    this.#sentKey = key;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker!.postMessage(request);
    });
  }

  /** Stops the worker; pending runs reject. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const waiting of this.#pending.values()) waiting.reject(new SupersededError());
    this.#pending.clear();
  }
}
