import { useEffect, useMemo, useState } from 'react';
import type { ProtectedViewCube } from '../../analytics/disclosure/view-cube.ts';
import type { Coordinator } from '../../db/coordinator.ts';
import { SupersededError } from '../../db/coordinator.ts';
import type { ViewMeasure } from '../../query/view-cube-query.ts';
import { useServices, useStoreValue } from '../services.ts';
import { viewCubeKey } from './guard-neighbours.ts';
import { ViewCubeService } from './view-cube-service.ts';

const SERVICES = new WeakMap<Coordinator, ViewCubeService>();

/**
 * The view cube service of a coordinator, created on first use: it lives as long as the
 * coordinator (the page), so the charts panel can close and reopen without losing cubes.
 */
export function viewCubeServiceFor(coordinator: Coordinator): ViewCubeService {
  let service = SERVICES.get(coordinator);
  if (!service) {
    service = new ViewCubeService({ query: (sql) => coordinator.query(sql) });
    SERVICES.set(coordinator, service);
  }
  return service;
}

/** What a chart reads: the protected cube, or why there is none yet. */
export interface ViewCubeState {
  /** The protected cube of the current data and outer filters; null while protecting. */
  cube: ProtectedViewCube | null;
  /** True while the cube for the current state is being counted and protected. */
  protecting: boolean;
  error: Error | null;
}

/**
 * The protected view cube for the current data, k and the filters that are not cube
 * dimensions. While a new cube is protected, no cube is returned (never the figures of
 * other filters, never unprotected counts), and `protecting` is true.
 */
export function useViewCube(measure: ViewMeasure): ViewCubeState {
  const { coordinator, view, dataset } = useServices();
  const generation = useStoreValue(dataset, () => coordinator.generation);
  const filters = useStoreValue(view, (v) => v.filters);
  const k = useStoreValue(view, (v) => v.k);
  const service = viewCubeServiceFor(coordinator);
  const key = `${generation}|${viewCubeKey(filters, measure, k)}`;
  // The filters of the key: a change of a cube dimension keeps the key and so the cube.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the outer filters, k and generation.
  const request = useMemo(() => ({ filters, k, generation }), [key]);
  const [state, setState] = useState<ViewCubeState & { key: string }>(() => {
    const ready = service.peek(filters, measure, k, generation);
    return { key, cube: ready, protecting: !ready, error: null };
  });
  useEffect(() => {
    const ready = service.peek(request.filters, measure, request.k, request.generation);
    if (ready) {
      setState({ key, cube: ready, protecting: false, error: null });
      return;
    }
    let live = true;
    setState({ key, cube: null, protecting: true, error: null });
    // A request superseded by a quick toggle back and forth may be handed out once more
    // from the cache just before it fails: ask again, once.
    const ask = (retry: boolean) =>
      service.get(request.filters, measure, request.k, request.generation).then(
        (cube) => live && setState({ key, cube, protecting: false, error: null }),
        (error: unknown) => {
          if (!live) return;
          if (error instanceof SupersededError) {
            if (retry) ask(false);
            return;
          }
          setState({
            key,
            cube: null,
            protecting: false,
            error: error instanceof Error ? error : new Error(String(error)),
          });
        },
      );
    ask(true);
    return () => {
      live = false;
    };
  }, [service, request, measure, key]);
  if (state.key !== key) return { cube: null, protecting: true, error: null };
  return { cube: state.cube, protecting: state.protecting, error: state.error };
}
