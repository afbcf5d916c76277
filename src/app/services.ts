import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CorridorCollection } from '../analytics/corridors/types.ts';
import type { Coordinator } from '../db/coordinator.ts';
import type { CubeSpec } from '../query/cube/cube-spec.ts';
import type { Store } from '../state/store.ts';
import type { ViewConfig } from '../state/view-config.ts';
import type { LastGoodData } from './recovery/last-good-data.ts';

/** What the dataset on screen is, for the header, footer and provenance. */
export interface DatasetInfo {
  /** Display name (file names, or the sample's name). */
  name: string;
  synthetic: boolean;
  /** Incidents loaded. */
  incidents: number;
  /** First and last month present, `YYYY-MM`. */
  months: readonly [string, string];
  /** SHA-256 of the loaded bytes, shortened for display. */
  fingerprint: string;
}

/** Runtime services shared by views: never serialised, never in the view store. */
export interface Services {
  coordinator: Coordinator;
  view: Store<ViewConfig>;
  dataset: Store<DatasetInfo>;
  /** Corridor layers loaded (the illustrative sample at start). */
  corridors: Store<CorridorCollection | null>;
  /**
   * Pre-aggregated tables built for the current filters (src/app/cube-service.ts); empty while
   * none is ready. Views pass them to `chooseSource` through `useCubes()`.
   */
  cubes: Store<readonly CubeSpec[]>;
  /** How to put the last good data back into a fresh engine after a crash. */
  lastGood: LastGoodData;
}

/** React access to the services created at boot. */
export const ServicesContext = createContext<Services | null>(null);

/** The services; throws outside the provider, which is a programming error. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}

/** Subscribes a component to a store slice. */
export function useStoreValue<T, S>(store: Store<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
