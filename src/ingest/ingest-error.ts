import { englishMessage, type IngestErrorCode, type MessageParams } from './messages.ts';

/**
 * The one error type ingest throws: a code the app translates, the params it needs (always
 * including `file`), and an English `message` for logs and the CLI. When it is thrown the
 * `incidents` table is untouched.
 */
export class IngestError extends Error {
  /** What went wrong, as a message key. */
  readonly code: IngestErrorCode;
  /** Values for the message (file name, sizes, detail). */
  readonly params: MessageParams;

  constructor(code: IngestErrorCode, params: MessageParams, options?: { cause?: unknown }) {
    super(englishMessage(code, params), options);
    this.name = 'IngestError';
    this.code = code;
    this.params = params;
  }
}

/** Guard for {@link IngestError}. */
export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError;
}

/** Short text of an unknown thrown value, for the `detail` param. */
export function errorDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.slice(0, 200) ?? '';
}
