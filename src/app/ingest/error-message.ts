import { isIngestError } from '../../ingest/ingest-error.ts';
import type { IngestErrorCode, MessageParams } from '../../ingest/messages.ts';

/** An error the dialog shows: a code from the `ingest` namespace's `errors` and its params. */
export interface ShownError {
  code: IngestErrorCode;
  params: MessageParams;
}

/**
 * Turns anything a load threw into a translatable message. A typed IngestError keeps its
 * code; anything after the user cancelled becomes `cancelled` (a cancelled DuckDB query
 * surfaces as a generic error); everything else is `internal` with a short detail. Pure.
 */
export function toShownError(error: unknown, files: readonly string[], cancelled: boolean): ShownError {
  const file = files.join(', ');
  if (cancelled) return { code: 'cancelled', params: { file } };
  if (isIngestError(error)) {
    if (error.code === 'internal' && /interrupt|cancel/i.test(String(error.params.detail ?? '')))
      return { code: 'cancelled', params: { file } };
    return { code: error.code, params: { ...error.params, file: error.params.file || file } };
  }
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200) ?? '';
  return { code: 'internal', params: { file, detail } };
}
