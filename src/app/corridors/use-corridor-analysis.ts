import { useEffect, useMemo, useState } from 'react';
import { previousPeriod } from '../../analytics/corridors/proximity.ts';
import type { MonthRange } from '../../analytics/corridors/types.ts';
import { SupersededError } from '../../db/coordinator.ts';
import { splitVariants } from '../../db/split-variants.ts';
import { toRouteData } from '../../layers/route-data.ts';
import { toRoutePaths } from '../../layers/route-paths.ts';
import { monthIndex, monthOfIndex, proximityQuery } from '../../query/proximity-query.ts';
import { routesQuery } from '../../query/routes-query.ts';
import { variantsQuery } from '../../query/variants-query.ts';
import { viewNeighbours } from '../../state/view-neighbours.ts';
import { useCubes } from '../cube-service.ts';
import type { MapFigures } from '../map-figures/guard-map-figures.ts';
import { mapFigureVariantsSql } from '../map-figures/map-figure-queries.ts';
import { mapLayerSqlInput, TOP_ROUTES } from '../map-layer-sql.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import { toAggregatedPositions } from './aggregated-positions.ts';
import { CorridorRunner } from './corridor-runner.ts';
import { type AnalysisState, corridorState } from './corridor-state.ts';
import { crossingFigures } from './crossing-figures.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The analysed period: the period filter, else the months the dataset spans; null if unknown. */
export function analysedPeriod(
  filterPeriod: readonly [string, string] | null,
  datasetMonths: readonly [string, string],
): MonthRange | null {
  const [from, to] = filterPeriod ?? datasetMonths;
  if (!MONTH.test(from) || !MONTH.test(to)) return null;
  return { from: monthIndex(from), to: monthIndex(to) };
}

/**
 * Runs the corridor analysis for the current filters, corridors and buffer distance, and
 * publishes it to the corridor state (for the map layers). Two queries go through the
 * coordinator: incidents by coarse position × crime type × month over the analysed period and
 * the one before it, and the map's route query (same SQL, so it is a cache hit). The pure
 * work runs in a module worker. Call it from one component only (the corridors panel).
 */
export function useCorridorAnalysis(): AnalysisState & {
  period: MonthRange | null;
  distanceKm: number;
  /** Guarded persons of each crossing route (crossingFigureKey); null until computed. */
  routeFigures: MapFigures | null;
} {
  const services = useServices();
  const state = corridorState(services);
  const config = useStoreValue(services.view, (v) => v);
  const months = useStoreValue(services.dataset, (d) => d.months);
  const collection = useStoreValue(services.corridors, (c) => c);
  const distanceKm = useStoreValue(state.distance, (d) => d);
  const { filters, k } = config;
  const period = useMemo(() => analysedPeriod(filters.period, months), [filters.period, months]);
  const positionsSql = useMemo(() => {
    if (!period || !collection) return null;
    return proximityQuery({ filters, window: analysisWindow(period) });
  }, [filters, period, collection]);
  // The same positions under each filter state one click away, in one statement, for the
  // hotspot table's differencing guard.
  const neighbourViews = useMemo(
    () =>
      collection
        ? viewNeighbours(filters, { months }).flatMap((f) => {
            const p = analysedPeriod(f.period, months);
            return p ? [{ filters: f, period: p }] : [];
          })
        : [],
    [filters, months, collection],
  );
  const neighboursSql = useMemo(
    () =>
      neighbourViews.length
        ? variantsQuery(
            neighbourViews.map((v) =>
              proximityQuery({ filters: v.filters, window: analysisWindow(v.period) }),
            ),
            'lon, lat, month_index, crime_type_code',
          )
        : null,
    [neighbourViews],
  );
  const neighboursResult = useQueryResult('corridors:neighbourPositions', neighboursSql);
  const neighbours = useMemo(() => {
    if (neighbourViews.length === 0) return [];
    if (!neighboursResult.table || neighboursResult.loading) return null;
    return splitVariants(neighboursResult.table, neighbourViews.length).map((t, i) => ({
      positions: toAggregatedPositions(t),
      period: neighbourViews[i]!.period,
    }));
  }, [neighbourViews, neighboursResult.table, neighboursResult.loading]);
  const routesSql = useMemo(
    () => (collection ? routesQuery({ filters, topN: TOP_ROUTES }) : null),
    [filters, collection],
  );
  const positionsResult = useQueryResult('corridors:positions', positionsSql);
  const routesResult = useQueryResult('corridors:routes', routesSql);
  const positions = useMemo(
    () => (positionsResult.table ? toAggregatedPositions(positionsResult.table) : null),
    [positionsResult.table],
  );
  const routeData = useMemo(
    () => (routesResult.table ? toRouteData(routesResult.table, k) : null),
    [routesResult.table, k],
  );
  const routes = useMemo(() => (routeData ? toRoutePaths(routeData) : null), [routeData]);
  // The crossings list shows each route's persons: the map's guarded route figures, keyed
  // by the route label the analysis uses.
  const cubes = useCubes();
  const figuresSql = useMemo(
    () => (collection ? mapFigureVariantsSql('routes', mapLayerSqlInput(config, cubes), months) : null),
    [collection, config, cubes, months],
  );
  const figuresResult = useQueryResult('corridors:routeFigures', figuresSql);
  const routeFigures = useMemo(
    () =>
      routeData && figuresResult.table && !figuresResult.loading && !routesResult.loading
        ? crossingFigures(routeData, figuresResult.table, k)
        : null,
    [routeData, figuresResult.table, figuresResult.loading, routesResult.loading, k],
  );
  const [runner, setRunner] = useState<CorridorRunner | null>(null);
  useEffect(() => {
    const r = new CorridorRunner();
    setRunner(r);
    return () => r.dispose();
  }, []);

  useEffect(() => {
    // Wait for every input of this view: a positions table of the previous view with this
    // view's neighbours would guard the wrong figures.
    const stale = positionsResult.loading || routesResult.loading;
    if (!runner || !collection || !positions || !routes || !period || !neighbours || stale) {
      if (!collection) state.analysis.set({ analysis: null, loading: false, error: null });
      return;
    }
    state.analysis.set((s) => ({ ...s, loading: true }));
    runner.run(collection, { positions, routes, period, distanceKm, neighbours }).then(
      (analysis) => state.analysis.set({ analysis, loading: false, error: null }),
      (error: unknown) => {
        if (error instanceof SupersededError) return;
        state.analysis.set({
          analysis: null,
          loading: false,
          error: error instanceof Error ? error : new Error(String(error)),
        });
      },
    );
  }, [
    runner,
    state,
    collection,
    positions,
    routes,
    period,
    distanceKm,
    neighbours,
    positionsResult.loading,
    routesResult.loading,
  ]);

  const analysis = useStoreValue(state.analysis, (a) => a);
  const queryError = positionsResult.error ?? routesResult.error ?? neighboursResult.error;
  return {
    ...analysis,
    loading: analysis.loading || positionsResult.loading || routesResult.loading || neighboursResult.loading,
    error: analysis.error ?? queryError,
    period,
    distanceKm,
    routeFigures,
  };
}

/** Months the positions query reads for a period: the previous period of equal length and the period. */
function analysisWindow(period: MonthRange): [string, string] {
  return [monthOfIndex(previousPeriod(period).from), monthOfIndex(period.to)];
}
