import { chooseSource } from '../query/cube/choose-source.ts';
import type { CubeSpec } from '../query/cube/cube-spec.ts';
import { VIEW_NEEDS } from '../query/cube/needs.ts';
import { type QuerySource, RAW_SOURCE } from '../query/cube/source.ts';
import { clusteredFlowsQuery } from '../query/flow-clusters-query.ts';
import { type FlowEnds, type FlowSplit, flowsQuery } from '../query/flows-query.ts';
import { incidentsGridQuery } from '../query/incidents-grid-query.ts';
import { routesQuery, routeTotalsQuery } from '../query/routes-query.ts';
import type { Filters } from '../state/filters.ts';
import type { ViewConfig } from '../state/view-config.ts';
import { cellDegreesForZoom } from './grid-cell.ts';

/** How many flows and routes are drawn before the rest are summed as "other". */
export const TOP_FLOWS = 120;
export const TOP_ROUTES = 60;

/**
 * Below this zoom (a world view) nearby countries are merged into clusters on a grid of
 * CLUSTER_DEGREES, so arcs stop piling on top of each other (see flow-clusters-query.ts).
 */
export const CLUSTER_BELOW_ZOOM = 1.7;
export const CLUSTER_DEGREES = 10;

/** The SQL input of a view: what its camera means for the layers (pure). */
export function mapLayerSqlInput(view: ViewConfig, cubes: readonly CubeSpec[]): MapLayerSqlInput {
  return {
    filters: view.filters,
    flowSplit: view.flowSplit,
    flowEnds: view.flowEnds,
    k: view.k,
    clustered: view.camera.zoom < CLUSTER_BELOW_ZOOM,
    cellDegrees: cellDegreesForZoom(view.camera.zoom),
    cubes,
  };
}

/** What decides the SQL of the map's layers, besides the filters. */
export interface MapLayerSqlInput {
  filters: Filters;
  flowSplit: FlowSplit;
  flowEnds: FlowEnds;
  /** Suppression threshold (admin-1 ends fold parts below it into their country). */
  k: number;
  /** Flows between clusters of countries (a world view, see {@link CLUSTER_BELOW_ZOOM}). */
  clustered: boolean;
  /** Grid cell of the incident layer, in degrees (follows the zoom, grid-cell.ts). */
  cellDegrees: number;
  /** Pre-aggregated tables available now (cube-service.ts). */
  cubes: readonly CubeSpec[];
}

/**
 * The flows layer's SQL: every flow of the view (the layer draws the top {@link TOP_FLOWS}),
 * clustered below {@link CLUSTER_BELOW_ZOOM}, else country or admin-1 ends on the smallest
 * cube that answers it. Pure: the layer and the figure guard (map-figures/) build their SQL
 * here, so they count alike.
 */
export function flowsLayerSql(input: MapLayerSqlInput): string {
  const { filters, flowSplit: split, flowEnds, k } = input;
  if (input.clustered) {
    return clusteredFlowsQuery({ filters, split, cellDegrees: CLUSTER_DEGREES });
  }
  const options = { filters, split, source: flowsSource(input) };
  return flowsQuery(flowEnds === 'admin1' ? { ...options, ends: 'admin1', k } : options);
}

/**
 * Where the country and admin-1 flows read: the smallest cube that answers them exactly, or
 * the raw table (clustered flows always read the raw table). The map table carries its name
 * as `data-source`, so a test or a curious reader of the page can tell which table the
 * figures came from. Pure.
 */
export function flowsSource(input: MapLayerSqlInput): QuerySource {
  if (input.clustered) return RAW_SOURCE;
  return chooseSource(input.filters, VIEW_NEEDS.flows(input.flowSplit, input.flowEnds), input.cubes);
}

/** Where the routes read: the smallest cube that answers them exactly, or the raw table. Pure. */
function routesSource({ filters, cubes }: MapLayerSqlInput): QuerySource {
  return chooseSource(filters, VIEW_NEEDS.routes, cubes);
}

/** The routes layer's SQL (top {@link TOP_ROUTES}; toRouteData draws their paths). Pure. */
export function routesLayerSql(input: MapLayerSqlInput): string {
  return routesQuery({ filters: input.filters, topN: TOP_ROUTES, source: routesSource(input) });
}

/** Every route of the view with its persons (the figure guard's rows), from the layer's source. Pure. */
export function routeFiguresSql(input: MapLayerSqlInput): string {
  const totals = routeTotalsQuery({ filters: input.filters, source: routesSource(input) });
  return `SELECT route, crime_type, origin, array_to_string(transit, '|') AS transit, destination, persons
FROM (${totals})`;
}

/** The incident grid's SQL, its cell size following the zoom. Pure. */
export function gridLayerSql(input: MapLayerSqlInput): string {
  const { filters, cellDegrees, cubes } = input;
  return incidentsGridQuery({
    filters,
    cellDegrees,
    source: chooseSource(filters, VIEW_NEEDS.grid(cellDegrees), cubes),
  });
}
