import { useEffect, useState } from 'react';
import { MissingColumnError } from '../../ingest/mapping/compile-context.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import { useServices } from '../services.ts';
import { type MappedPreview, previewMapping, type SourceInspection } from './inspect-source.ts';

/** The live preview's state: the last result, whether a newer one is on its way, and why it failed. */
export interface PreviewState {
  preview: MappedPreview | null;
  busy: boolean;
  missingColumn: string | null;
  failure: string | null;
}

/**
 * Re-runs the mapping on the first rows whenever the mapping, office or grid changes
 * (debounced, and a stale answer is dropped), so the user sees what Load will produce.
 */
export function useMappedPreview(
  inspection: SourceInspection | undefined,
  mapping: ColumnMapping,
  office: string,
): PreviewState {
  const db = useServices().coordinator.db;
  const [state, setState] = useState<PreviewState>({
    preview: null,
    busy: true,
    missingColumn: null,
    failure: null,
  });
  useEffect(() => {
    if (!inspection) return;
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    const timer = setTimeout(() => {
      previewMapping(db, inspection, mapping, { office })
        .then((preview) => {
          if (live) setState({ preview, busy: false, missingColumn: null, failure: null });
        })
        .catch((error: unknown) => {
          if (!live) return;
          const missing = error instanceof MissingColumnError ? error.column : null;
          const failure = missing
            ? null
            : error instanceof Error
              ? (error.message.split('\n')[0] ?? '')
              : String(error);
          setState({ preview: null, busy: false, missingColumn: missing, failure });
        });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [db, inspection, mapping, office]);
  return state;
}
