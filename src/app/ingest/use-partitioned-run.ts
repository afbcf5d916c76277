import { useCallback, useEffect, useRef, useState } from 'react';
import { RangeUnsupportedError } from '../../ingest/partitioned/range-buffer.ts';
import type { ReadReport } from '../../ingest/partitioned/read-partitioned.ts';
import {
  NoPartitionedRowsError,
  type PartitionedLoadOptions,
  type PartitionedLoadResult,
} from './partitioned-load.ts';
import { FolderAddressError } from './partitioned-source.ts';

/** Why a partitioned step failed, as an i18n key under `partitioned.errors` plus a detail. */
export interface PartitionedFailure {
  code: 'empty' | 'other_origin' | 'not_http' | 'range' | 'noRows' | 'allRejected' | 'cancelled' | 'failed';
  detail: string;
}

/** Maps an error of opening or loading a partitioned extract to what the UI says. Pure. */
export function partitionedFailure(error: unknown, signal?: AbortSignal): PartitionedFailure {
  const detail = error instanceof Error ? error.message : String(error);
  if (signal?.aborted) return { code: 'cancelled', detail };
  if (error instanceof FolderAddressError) return { code: error.code, detail };
  if (error instanceof RangeUnsupportedError) return { code: 'range', detail: error.url };
  if (error instanceof NoPartitionedRowsError) {
    return error.rejected > 0
      ? { code: 'allRejected', detail: String(error.rejected) }
      : { code: 'noRows', detail };
  }
  return { code: 'failed', detail };
}

/** State of one load (first load or "load more"). */
export interface PartitionedRun {
  stage: 'idle' | 'loading' | 'done' | 'failed';
  /** Running report while loading; the final one when done. */
  report: ReadReport | null;
  failure: PartitionedFailure | null;
  cancelling: boolean;
  /** Runs `job` with a fresh abort signal and progress callback; `onDone` gets its result. */
  start: (
    job: (options: PartitionedLoadOptions) => Promise<PartitionedLoadResult>,
    onDone: (result: PartitionedLoadResult) => void,
  ) => void;
  cancel: () => void;
  reset: () => void;
}

/**
 * The load state machine the dialog and the status line share: progress per row group,
 * cancel (checked between row groups), and errors as translatable codes. A component that
 * unmounts mid-load cancels it.
 */
export function usePartitionedRun(): PartitionedRun {
  const [stage, setStage] = useState<PartitionedRun['stage']>('idle');
  const [report, setReport] = useState<ReadReport | null>(null);
  const [failure, setFailure] = useState<PartitionedFailure | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(new Error('closed')), []);
  const start: PartitionedRun['start'] = useCallback((job, onDone) => {
    const c = new AbortController();
    controller.current = c;
    setStage('loading');
    setReport(null);
    setFailure(null);
    setCancelling(false);
    job({ signal: c.signal, onProgress: (r) => setReport({ ...r, files: [...r.files] }) }).then(
      (result) => {
        if (controller.current !== c) return;
        controller.current = null;
        setReport(result.report);
        setStage('done');
        onDone(result);
      },
      (error: unknown) => {
        if (controller.current !== c) return;
        controller.current = null;
        setFailure(partitionedFailure(error, c.signal));
        setStage('failed');
      },
    );
  }, []);
  const cancel = useCallback(() => {
    setCancelling(true);
    controller.current?.abort(new Error('cancelled'));
  }, []);
  const reset = useCallback(() => {
    setStage('idle');
    setFailure(null);
    setReport(null);
  }, []);
  return { stage, report, failure, cancelling, start, cancel, reset };
}
