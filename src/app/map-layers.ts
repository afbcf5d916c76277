import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { type FlowData, toFlowData } from '../layers/flow-data.ts';
import { flowsLayer } from '../layers/flows-layer.ts';
import { type GridData, toGridData } from '../layers/grid-data.ts';
import { incidentsLayer } from '../layers/incidents-layer.ts';
import { type RouteData, toRouteData } from '../layers/route-data.ts';
import { routesLayer } from '../layers/routes-layer.ts';
import type { ViewConfig } from '../state/view-config.ts';
import { useCubes } from './cube-service.ts';
import {
  flowsLayerSql,
  gridLayerSql,
  type MapLayerSqlInput,
  mapLayerSqlInput,
  routesLayerSql,
  TOP_FLOWS,
} from './map-layer-sql.ts';
import { useQueryResult } from './use-query-result.ts';

/** Layer data of the map, for the layers, the legend, the tooltips and the table view. */
export interface MapData {
  flows: FlowData | null;
  routes: RouteData | null;
  grid: GridData | null;
  layers: Layer[];
  /** What the layers' SQL was built from (the figure guard builds its own from it). */
  input: MapLayerSqlInput;
  loading: boolean;
  error: Error | null;
}

/**
 * Runs the map's queries for the current view and turns their Arrow results into deck.gl
 * layers. Each layer has its own query, so toggling one never re-runs the others. Each query
 * reads the smallest cube that answers it exactly, or the raw table (see src/app/cube-service.ts).
 */
export function useMapLayers(view: ViewConfig): MapData {
  const cubes = useCubes();
  const visible = view.layers;
  const k = view.k;
  const { filters, flowSplit, flowEnds } = view;
  // Rebuilt only when something the SQL reads changes (the zoom matters in steps).
  const { clustered, cellDegrees } = mapLayerSqlInput(view, cubes);
  const input = useMemo(
    (): MapLayerSqlInput => ({ filters, flowSplit, flowEnds, k, clustered, cellDegrees, cubes }),
    [filters, flowSplit, flowEnds, k, clustered, cellDegrees, cubes],
  );
  const flowsSql = useMemo(() => (visible.flows ? flowsLayerSql(input) : null), [input, visible.flows]);
  const routesSql = useMemo(() => (visible.routes ? routesLayerSql(input) : null), [input, visible.routes]);
  const gridSql = useMemo(() => (visible.incidents ? gridLayerSql(input) : null), [input, visible.incidents]);
  const flowsResult = useQueryResult('map:flows', flowsSql);
  const routesResult = useQueryResult('map:routes', routesSql);
  const gridResult = useQueryResult('map:grid', gridSql);

  const flows = useMemo(
    () => (flowsSql && flowsResult.table ? toFlowData(flowsResult.table, k, { topN: TOP_FLOWS }) : null),
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
    input,
    loading: flowsResult.loading || routesResult.loading || gridResult.loading,
    error: flowsResult.error ?? routesResult.error ?? gridResult.error,
  };
}
