import { useMemo } from 'react';
import type { MapLayerSqlInput } from '../map-layer-sql.ts';
import type { MapData } from '../map-layers.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import {
  guardFlowFigures,
  guardGridFigures,
  guardRouteFigures,
  type MapFigures,
  routeDataKeys,
} from './guard-map-figures.ts';
import { type FigureLayer, mapFigureVariantsSql } from './map-figure-queries.ts';

/** The guarded figures of each layer; null while not asked for or not computed yet. */
export type MapFiguresState = Record<FigureLayer, MapFigures | null>;

/**
 * The map's exact figures, protected against differencing (guard-map-figures.ts), for the
 * layers in `want`: the table view asks for flows and routes, a tooltip for the layer under
 * the pointer. Nothing is queried for a layer no one reads, so panning and playback pay
 * nothing; once asked, each view change runs one statement per layer (the view and its
 * neighbours), cached by SQL like every query.
 */
export function useMapFigures(data: MapData, want: ReadonlySet<FigureLayer>): MapFiguresState {
  const { dataset } = useServices();
  const months = useStoreValue(dataset, (d) => d.months);
  const { input } = data;
  const flows = useVariantsResult('flows', want.has('flows') && data.flows !== null, input, months);
  const routes = useVariantsResult('routes', want.has('routes') && data.routes !== null, input, months);
  const grid = useVariantsResult('grid', want.has('grid') && data.grid !== null, input, months);
  const k = input.k;
  const shownRoutes = useMemo(() => new Set(data.routes ? routeDataKeys(data.routes) : []), [data.routes]);
  return {
    flows: useMemo(
      () =>
        flows.table && !flows.loading
          ? guardFlowFigures(flows.table, k, { stableKeys: !input.clustered && input.flowEnds === 'country' })
          : null,
      [flows.table, flows.loading, k, input.clustered, input.flowEnds],
    ),
    routes: useMemo(
      () => (routes.table && !routes.loading ? guardRouteFigures(routes.table, k, shownRoutes) : null),
      [routes.table, routes.loading, k, shownRoutes],
    ),
    grid: useMemo(
      () => (grid.table && !grid.loading ? guardGridFigures(grid.table, k) : null),
      [grid.table, grid.loading, k],
    ),
  };
}

/** One layer's variants statement (null while not `enabled`) and its result. */
function useVariantsResult(
  layer: FigureLayer,
  enabled: boolean,
  input: MapLayerSqlInput,
  months: readonly [string, string],
) {
  const sql = useMemo(
    () => (enabled ? mapFigureVariantsSql(layer, input, months) : null),
    [layer, enabled, input, months],
  );
  return useQueryResult(`map:figures:${layer}`, sql);
}
