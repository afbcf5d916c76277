import type { FlowEnds, FlowSplit } from '../query/flows-query.ts';
import { EMPTY_FILTERS, type Filters } from './filters.ts';

/** Map layers a view can show. */
export interface LayerVisibility {
  incidents: boolean;
  flows: boolean;
  routes: boolean;
  corridors: boolean;
}

/** Map camera. */
export interface Camera {
  longitude: number;
  latitude: number;
  zoom: number;
}

/**
 * Everything that defines a view, as plain serialisable config: the URL, saved views and
 * export provenance are this object serialised. Runtime things (connections, Arrow tables,
 * deck.gl layers) never live here.
 */
export interface ViewConfig {
  version: 1;
  filters: Filters;
  layers: LayerVisibility;
  flowSplit: FlowSplit;
  /** Where flows end: destination countries, or admin-1 units of detection where the data has them. */
  flowEnds: FlowEnds;
  camera: Camera;
  /** Suppression threshold: counts in 1..k−1 are never shown. */
  k: number;
}

/** The view the app opens with: the Americas with Iberia reachable, flows and routes on. */
export const DEFAULT_VIEW: ViewConfig = {
  version: 1,
  filters: EMPTY_FILTERS,
  layers: { incidents: true, flows: true, routes: false, corridors: true },
  flowSplit: 'crime_type',
  flowEnds: 'country',
  camera: { longitude: -62, latitude: 8, zoom: 2 },
  k: 5,
};
