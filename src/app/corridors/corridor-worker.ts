/// <reference lib="webworker" />
import { type PreparedCorridors, prepareCorridors } from '../../analytics/corridors/prepare-corridors.ts';
import { AnalysisCaches, analyseCorridors } from './corridor-analysis.ts';
import type { WorkerReply, WorkerRequest } from './corridor-worker-protocol.ts';

/**
 * Module worker running the corridor analyses off the main thread (they take a few hundred
 * ms on the 50k sample, enough to stall the map). Prepared corridors are kept per collection
 * key, so changing filters or the distance does not prepare them again, and which positions
 * lie near which corridor is remembered across runs (AnalysisCaches), so a filter change
 * searches only positions not seen before.
 */
let prepared: { key: number; value: PreparedCorridors } | null = null;
const caches = new AnalysisCaches();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    if (req.collection) prepared = { key: req.collectionKey, value: prepareCorridors(req.collection) };
    if (!prepared || prepared.key !== req.collectionKey) throw new Error('corridors not sent to the worker');
    const result = analyseCorridors({ ...req.input, prepared: prepared.value }, caches);
    const reply: WorkerReply = { id: req.id, result };
    self.postMessage(reply);
  } catch (error) {
    const reply: WorkerReply = { id: req.id, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
