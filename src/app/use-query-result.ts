import type { Table } from 'apache-arrow';
import { useEffect, useState } from 'react';
import { SupersededError } from '../db/coordinator.ts';
import { useServices, useStoreValue } from './services.ts';

/** The state of one view's query. */
export interface QueryState {
  table: Table | null;
  error: Error | null;
  loading: boolean;
}

/**
 * Runs a view's SQL through the coordinator whenever it (or the data) changes. Results of
 * superseded requests are dropped; the last good table stays on screen while the next one
 * loads, so views do not flicker during playback.
 */
export function useQueryResult(view: string, sql: string | null): QueryState {
  const { coordinator, dataset } = useServices();
  const generation = useStoreValue(dataset, () => coordinator.generation);
  const [state, setState] = useState<QueryState>({ table: null, error: null, loading: sql !== null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` re-runs the query after the data changes, with the same SQL.
  useEffect(() => {
    if (sql === null) {
      setState({ table: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    coordinator.request(view, sql).then(
      (table) => live && setState({ table, error: null, loading: false }),
      (error: unknown) => {
        if (!live || error instanceof SupersededError) return;
        setState({
          table: null,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        });
      },
    );
    return () => {
      live = false;
    };
  }, [coordinator, view, sql, generation]);
  return state;
}
