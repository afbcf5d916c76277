import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { type FlowData, toFlowData } from '../layers/flow-data.ts';
import { flowsLayer } from '../layers/flows-layer.ts';
import { type GridData, toGridData } from '../layers/grid-data.ts';
import { incidentsLayer } from '../layers/incidents-layer.ts';
import { type RouteData, toRouteData } from '../layers/route-data.ts';
import { routesLayer } from '../layers/routes-layer.ts';
import { chooseSource } from '../query/cube/choose-source.ts';
import { VIEW_NEEDS } from '../query/cube/needs.ts';
import { clusteredFlowsQuery } from '../query/flow-clusters-query.ts';
import { flowsQuery } from '../query/flows-query.ts';
import { incidentsGridQuery } from '../query/incidents-grid-query.ts';
import { routesQuery } from '../query/routes-query.ts';
import type { ViewConfig } from '../state/view-config.ts';
import { useCubes } from './cube-service.ts';
import { cellDegreesForZoom } from './grid-cell.ts';
import { useQueryResult } from './use-query-result.ts';

/** Layer data of the map, for the layers, the legend, the tooltips and the table view. */
export interface MapData {
  flows: FlowData | null;
  routes: RouteData | null;
  grid: GridData | null;
  layers: Layer[];
  loading: boolean;
  error: Error | null;
}

/** How many flows and routes are drawn before the rest are summed as "other". */
export const TOP_FLOWS = 120;
export const TOP_ROUTES = 60;

/**
 * Below this zoom (a world view) nearby countries are merged into clusters on a grid of
 * CLUSTER_DEGREES, so arcs stop piling on top of each other (see flow-clusters-query.ts).
 */
export const CLUSTER_BELOW_ZOOM = 1.7;
export const CLUSTER_DEGREES = 10;

/**
 * Runs the map's queries for the current view and turns their Arrow results into deck.gl
 * layers. Each layer has its own query, so toggling one never re-runs the others. Each query
 * reads the smallest cube that answers it exactly, or the raw table (see src/app/cube-service.ts).
 */
export function useMapLayers(view: ViewConfig): MapData {
  const { filters, layers: visible, flowSplit, flowEnds, k } = view;
  const cell = cellDegreesForZoom(view.camera.zoom);
  const cubes = useCubes();
  const clustered = view.camera.zoom < CLUSTER_BELOW_ZOOM;
  // Admin-1 ends fold parts below k into their country, so their SQL depends on k.
  const admin1K = flowEnds === 'admin1' ? k : null;
  const flowsSql = useMemo(() => {
    if (!visible.flows) return null;
    if (clustered) {
      return clusteredFlowsQuery({
        filters,
        split: flowSplit,
        topN: TOP_FLOWS,
        cellDegrees: CLUSTER_DEGREES,
      });
    }
    const options = {
      filters,
      split: flowSplit,
      topN: TOP_FLOWS,
      source: chooseSource(filters, VIEW_NEEDS.flows(flowSplit, flowEnds), cubes),
    };
    return flowsQuery(admin1K === null ? options : { ...options, ends: 'admin1', k: admin1K });
  }, [filters, flowSplit, flowEnds, admin1K, visible.flows, cubes, clustered]);
  const routesSql = useMemo(
    () =>
      visible.routes
        ? routesQuery({ filters, topN: TOP_ROUTES, source: chooseSource(filters, VIEW_NEEDS.routes, cubes) })
        : null,
    [filters, visible.routes, cubes],
  );
  const gridSql = useMemo(
    () =>
      visible.incidents
        ? incidentsGridQuery({
            filters,
            cellDegrees: cell,
            source: chooseSource(filters, VIEW_NEEDS.grid(cell), cubes),
          })
        : null,
    [filters, cell, visible.incidents, cubes],
  );
  const flowsResult = useQueryResult('map:flows', flowsSql);
  const routesResult = useQueryResult('map:routes', routesSql);
  const gridResult = useQueryResult('map:grid', gridSql);

  const flows = useMemo(
    () => (flowsSql && flowsResult.table ? toFlowData(flowsResult.table, k) : null),
    [flowsSql, flowsResult.table, k],
  );
  const routes = useMemo(
    () => (routesSql && routesResult.table ? toRouteData(routesResult.table, k) : null),
    [routesSql, routesResult.table, k],
  );
  const grid = useMemo(
    () => (gridSql && gridResult.table ? toGridData(gridResult.table, k) : null),
    [gridSql, gridResult.table, k],
  );
  const layers = useMemo(() => {
    const out: Layer[] = [];
    if (grid) out.push(incidentsLayer(grid));
    if (routes) out.push(routesLayer(routes));
    if (flows) out.push(flowsLayer(flows));
    return out;
  }, [grid, routes, flows]);
  return {
    flows,
    routes,
    grid,
    layers,
    loading: flowsResult.loading || routesResult.loading || gridResult.loading,
    error: flowsResult.error ?? routesResult.error ?? gridResult.error,
  };
}
