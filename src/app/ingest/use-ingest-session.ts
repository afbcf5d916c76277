import { useCallback, useEffect, useRef, useState } from 'react';
import { dropReportTables, type IngestResult } from '../../ingest/ingest.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import type { IngestPhase } from '../../ingest/prepare-extract.ts';
import { useServices } from '../services.ts';
import { type ShownError, toShownError } from './error-message.ts';
import { dropInspection, inspectSource, type SourceInspection } from './inspect-source.ts';
import { runIngest } from './run-ingest.ts';

/** One chosen file in the dialog. */
export interface FileEntry {
  file: File;
  /** Set once the file was read for the preview. */
  inspection?: SourceInspection;
  /** Set when the file cannot be read at all (empty, binary, truncated...). */
  error?: ShownError;
  mapping: ColumnMapping;
  office: string;
}

/** Where the dialog is. */
export type Stage = 'inspecting' | 'mapping' | 'loading' | 'done' | 'failed';

/** Progress of a running load: the phase just started and the file it is on. */
export interface LoadProgress {
  phase: IngestPhase;
  file: string;
  index: number;
  count: number;
}

/** What the dialog renders and the actions it offers. */
export interface IngestSession {
  stage: Stage;
  entries: FileEntry[];
  progress: LoadProgress | null;
  cancelling: boolean;
  result: IngestResult | null;
  error: ShownError | null;
  setMapping: (index: number, mapping: ColumnMapping) => void;
  setOffice: (index: number, office: string) => void;
  load: () => void;
  cancel: () => void;
  backToMapping: () => void;
}

const EMPTY: ColumnMapping = { version: 1, recordLevel: 'incident', fields: {} };

/**
 * The state of one "load data" dialog: reads each chosen file for the preview, keeps the
 * per-file mapping and office, runs the load with progress and cancellation, and cleans its
 * scratch tables when the dialog goes away.
 */
export function useIngestSession(files: readonly File[]): IngestSession {
  const services = useServices();
  const db = services.coordinator.db;
  const [stage, setStage] = useState<Stage>('inspecting');
  const [entries, setEntries] = useState<FileEntry[]>(() =>
    files.map((file) => ({ file, mapping: EMPTY, office: '' })),
  );
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<IngestResult | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const abort = useRef<AbortController | null>(null);
  const inspections = useRef<SourceInspection[]>([]);
  const loadedRef = useRef<IngestResult | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const out: FileEntry[] = [];
      for (const file of files) {
        try {
          const inspection = await inspectSource(db, { name: file.name, file });
          if (!live) {
            await dropInspection(db, inspection);
            return;
          }
          inspections.current.push(inspection);
          out.push({ file, inspection, mapping: inspection.proposed, office: '' });
        } catch (e) {
          out.push({ file, error: toShownError(e, [file.name], false), mapping: EMPTY, office: '' });
        }
      }
      if (!live) return;
      setEntries(out);
      setStage('mapping');
    })();
    return () => {
      live = false;
      abort.current?.abort();
      for (const inspection of inspections.current) void dropInspection(db, inspection);
      inspections.current = [];
      if (loadedRef.current) void dropReportTables(db, loadedRef.current);
    };
  }, [db, files]);

  const setMapping = useCallback((index: number, mapping: ColumnMapping) => {
    setEntries((list) => list.map((e, i) => (i === index ? { ...e, mapping } : e)));
  }, []);
  const setOffice = useCallback((index: number, office: string) => {
    setEntries((list) => list.map((e, i) => (i === index ? { ...e, office } : e)));
  }, []);

  const load = useCallback(() => {
    const ready = entries.filter((e) => e.inspection);
    const names = ready.map((e) => e.file.name);
    const controller = new AbortController();
    abort.current = controller;
    setStage('loading');
    setCancelling(false);
    setError(null);
    void (async () => {
      try {
        const loaded = await runIngest(services, ready, {
          signal: controller.signal,
          onProgress: (phase, file) =>
            setProgress({ phase, file, index: Math.max(0, names.indexOf(file)), count: names.length }),
        });
        loadedRef.current = loaded;
        setResult(loaded);
        setStage('done');
      } catch (e) {
        setError(toShownError(e, names, controller.signal.aborted));
        setStage('failed');
      } finally {
        setProgress(null);
      }
    })();
  }, [entries, services]);

  // The load's statements run under this signal: aborting it interrupts the running one
  // (not whatever else happens to be running), and the load then drops its tables.
  const cancel = useCallback(() => {
    setCancelling(true);
    abort.current?.abort();
  }, []);

  const backToMapping = useCallback(() => {
    setError(null);
    setStage('mapping');
  }, []);

  return {
    stage,
    entries,
    progress,
    cancelling,
    result,
    error,
    setMapping,
    setOffice,
    load,
    cancel,
    backToMapping,
  };
}
