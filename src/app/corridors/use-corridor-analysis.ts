import { useEffect, useMemo, useState } from 'react';
import { previousPeriod } from '../../analytics/corridors/proximity.ts';
import type { MonthRange } from '../../analytics/corridors/types.ts';
import { SupersededError } from '../../db/coordinator.ts';
import { toRouteData } from '../../layers/route-data.ts';
import { toRoutePaths } from '../../layers/route-paths.ts';
import { monthIndex, monthOfIndex, proximityQuery } from '../../query/proximity-query.ts';
import { routesQuery } from '../../query/routes-query.ts';
import { TOP_ROUTES } from '../map-layers.ts';
import { useServices, useStoreValue } from '../services.ts';
import { useQueryResult } from '../use-query-result.ts';
import { toAggregatedPositions } from './aggregated-positions.ts';
import { CorridorRunner } from './corridor-runner.ts';
import { type AnalysisState, corridorState } from './corridor-state.ts';

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
export function useCorridorAnalysis(): AnalysisState & { period: MonthRange | null; distanceKm: number } {
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
    const previous = previousPeriod(period);
    return proximityQuery({ filters, window: [monthOfIndex(previous.from), monthOfIndex(period.to)] });
  }, [filters, period, collection]);
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
  const routes = useMemo(
    () => (routesResult.table ? toRoutePaths(toRouteData(routesResult.table, k)) : null),
    [routesResult.table, k],
  );
  const [runner, setRunner] = useState<CorridorRunner | null>(null);
  useEffect(() => {
    const r = new CorridorRunner();
    setRunner(r);
    return () => r.dispose();
  }, []);

  useEffect(() => {
    if (!runner || !collection || !positions || !routes || !period) {
      if (!collection) state.analysis.set({ analysis: null, loading: false, error: null });
      return;
    }
    state.analysis.set((s) => ({ ...s, loading: true }));
    runner.run(collection, { positions, routes, period, distanceKm }).then(
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
  }, [runner, state, collection, positions, routes, period, distanceKm]);

  const analysis = useStoreValue(state.analysis, (a) => a);
  const queryError = positionsResult.error ?? routesResult.error;
  return {
    ...analysis,
    loading: analysis.loading || positionsResult.loading || routesResult.loading,
    error: analysis.error ?? queryError,
    period,
    distanceKm,
  };
}
