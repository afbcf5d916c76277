import type { CorridorCollection } from '../../analytics/corridors/types.ts';
import type { CorridorAnalysis, CorridorAnalysisInput } from './corridor-analysis.ts';

/**
 * A request to the corridor worker. The collection travels only when its key changes; the
 * worker keeps the prepared corridors of the last key.
 */
export interface WorkerRequest {
  id: number;
  collectionKey: number;
  collection: CorridorCollection | null;
  input: Omit<CorridorAnalysisInput, 'prepared'>;
}

/** The worker's answer to request `id`: the analysis or an error message. */
export type WorkerReply = { id: number; result: CorridorAnalysis } | { id: number; error: string };
