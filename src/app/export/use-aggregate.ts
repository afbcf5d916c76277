import { useEffect, useState } from 'react';
import { type AggregateResult, computeAggregate, TooManyCellsError } from '../../export/aggregate.ts';
import type { AggregateSpec } from '../../query/aggregate-query.ts';
import { useServices, useStoreValue } from '../services.ts';

/** The state of an aggregation being computed for the export dialog. */
export interface AggregateState {
  result: AggregateResult | null;
  /** `tooMany` (cube too large), `failed` (query error) or null. */
  error: 'tooMany' | 'failed' | null;
  loading: boolean;
}

/**
 * Computes the protected aggregation for `spec` (null = nothing chosen yet) through the
 * coordinator's cache, with the same `computeAggregate` the CLI and notebooks use. A result
 * for a superseded spec is dropped.
 */
export function useAggregate(spec: AggregateSpec | null, k: number, roundBase: number): AggregateState {
  const { coordinator, dataset } = useServices();
  // The data's months, for the period neighbours of the differencing guard (as the views use).
  const months = useStoreValue(dataset, (d) => d.months);
  const [state, setState] = useState<AggregateState>({ result: null, error: null, loading: false });
  useEffect(() => {
    if (!spec) {
      setState({ result: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    computeAggregate({ query: (sql) => coordinator.query(sql) }, spec, { k, roundBase, months }).then(
      (result) => live && setState({ result, error: null, loading: false }),
      (error: unknown) =>
        live &&
        setState({
          result: null,
          error: error instanceof TooManyCellsError ? 'tooMany' : 'failed',
          loading: false,
        }),
    );
    return () => {
      live = false;
    };
  }, [coordinator, spec, k, roundBase, months]);
  return state;
}
