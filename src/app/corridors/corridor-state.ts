import { createStore, type Store } from '../../state/store.ts';
import type { Services } from '../services.ts';
import type { CorridorAnalysis } from './corridor-analysis.ts';
import type { CorridorEdit } from './corridor-edit.ts';
import type { DraftCorridor } from './draft-corridor.ts';

/** Default buffer around corridors, km. */
export const DEFAULT_DISTANCE_KM = 25;

/** The corridor analysis as views see it: the last good result stays while the next runs. */
export interface AnalysisState {
  analysis: CorridorAnalysis | null;
  loading: boolean;
  error: Error | null;
}

/** Runtime state of the corridor tools, shared by the panel, the map layers and the click handler. */
export interface CorridorState {
  /** Buffer distance chosen by the user, km. */
  distance: Store<number>;
  analysis: Store<AnalysisState>;
  /** The corridor being drawn; null when the draw tool is off. */
  draft: Store<DraftCorridor | null>;
  /** The corridor whose vertices are being edited; null when the edit tool is off. */
  edit: Store<CorridorEdit | null>;
  /** Index of the corridor last chosen on the map or in the hotspot table (offered for editing). */
  picked: Store<number | null>;
}

const states = new WeakMap<Services, CorridorState>();

/**
 * The corridor state of one set of services, created on first use. Runtime only (never in
 * the view config or the URL), kept beside the services rather than in them so the corridor
 * tools plug in without changing boot.
 */
export function corridorState(services: Services): CorridorState {
  let state = states.get(services);
  if (!state) {
    state = {
      distance: createStore(DEFAULT_DISTANCE_KM),
      analysis: createStore<AnalysisState>({ analysis: null, loading: false, error: null }),
      draft: createStore<DraftCorridor | null>(null),
      edit: createStore<CorridorEdit | null>(null),
      picked: createStore<number | null>(null),
    };
    states.set(services, state);
  }
  return state;
}
