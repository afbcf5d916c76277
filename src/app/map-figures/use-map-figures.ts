import { useMemo } from 'react';
import type { MapData } from '../map-layers.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import {
  guardFlowFigures,
  guardGridFigures,
  guardRouteFigures,
  type MapFigures,
  routeFigureKey,
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
  const sql = (layer: FigureLayer, drawn: unknown) =>
    want.has(layer) && drawn ? mapFigureVariantsSql(layer, input, months) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `sql` reads exactly these.
  const flowsSql = useMemo(() => sql('flows', data.flows), [want, input, months, data.flows !== null]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `sql` reads exactly these.
  const routesSql = useMemo(() => sql('routes', data.routes), [want, input, months, data.routes !== null]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `sql` reads exactly these.
  const gridSql = useMemo(() => sql('grid', data.grid), [want, input, months, data.grid !== null]);
  const flows = useQueryResult('map:figures:flows', flowsSql);
  const routes = useQueryResult('map:figures:routes', routesSql);
  const grid = useQueryResult('map:figures:grid', gridSql);
  const k = input.k;
  const shownRoutes = useMemo(() => {
    const r = data.routes;
    if (!r) return new Set<string>();
    return new Set(
      r.route.map((name, i) =>
        routeFigureKey(name, r.origin[i]!, r.transit[i]!, r.destination[i]!, r.crimeType[i]!),
      ),
    );
  }, [data.routes]);
  return {
    flows: useMemo(
      () => (flowsSql && flows.table && !flows.loading ? guardFlowFigures(flows.table, k) : null),
      [flowsSql, flows.table, flows.loading, k],
    ),
    routes: useMemo(
      () =>
        routesSql && routes.table && !routes.loading ? guardRouteFigures(routes.table, k, shownRoutes) : null,
      [routesSql, routes.table, routes.loading, k, shownRoutes],
    ),
    grid: useMemo(
      () => (gridSql && grid.table && !grid.loading ? guardGridFigures(grid.table, k) : null),
      [gridSql, grid.table, grid.loading, k],
    ),
  };
}
