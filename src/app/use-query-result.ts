import type { Table } from 'apache-arrow';
import { useEffect, useMemo, useState } from 'react';
import { SupersededError } from '../db/coordinator.ts';
import { useServices, useStoreValue } from './services.ts';

/** The state of one view's query. */
export interface QueryState {
  table: Table | null;
  error: Error | null;
  loading: boolean;
}

/** The state of one view's query, with the request (SQL and data generation) it belongs to. */
interface KeyedState extends QueryState {
  key: string | null;
}

/**
 * Runs a view's SQL through the coordinator whenever it (or the data) changes. Results of
 * superseded requests are dropped; the last good table stays on screen while the next one
 * loads, so views do not flicker during playback. `loading` is true from the very render in
 * which the SQL or the data changes: the effect that starts the query runs a moment later,
 * and until then the table is the previous view's, which must not pass for the current one
 * (a saved view would snapshot it, a test would read it).
 */
export function useQueryResult(view: string, sql: string | null): QueryState {
  const { coordinator, dataset } = useServices();
  const generation = useStoreValue(dataset, () => coordinator.generation);
  const key = sql === null ? null : `${generation}\u0000${sql}`;
  const [state, setState] = useState<KeyedState>({
    table: null,
    error: null,
    loading: sql !== null,
    key: null,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` re-runs the query after the data changes, with the same SQL; `key` is derived from both.
  useEffect(() => {
    if (sql === null) {
      setState({ table: null, error: null, loading: false, key: null });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true, key }));
    coordinator.request(view, sql).then(
      (table) => live && setState({ table, error: null, loading: false, key }),
      (error: unknown) => {
        if (!live || error instanceof SupersededError) return;
        setState({
          table: null,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
          key,
        });
      },
    );
    return () => {
      live = false;
    };
  }, [coordinator, view, sql, generation]);
  const loading = state.loading || state.key !== key;
  return useMemo(
    () => ({ table: state.table, error: state.error, loading }),
    [state.table, state.error, loading],
  );
}
