import { type RecordBatch, type Schema, Table } from 'apache-arrow';
import { abortError } from './database.ts';

/**
 * The part of duckdb-wasm's AsyncDuckDBConnection (1.32) used here. `send` starts a
 * "pending query" that the worker executes in slices of `queryPollingInterval` (100 ms by
 * default), answering a poll after each; `cancelSent` posted between two polls makes the
 * next poll fail with "query was canceled", and DuckDB rolls the statement back. `query`
 * (runQuery) instead holds the worker until the statement ends: nothing can stop it.
 */
export interface SendingConnection {
  send(sql: string): Promise<AsyncIterable<RecordBatch> & { readonly schema: Schema }>;
  cancelSent(): Promise<boolean>;
}

/**
 * The statement sent after a cancelled one, before anything else may use the connection. A
 * cancelled pending query keeps its operators, and with them the files it was scanning,
 * open until the connection's next statement replaces it: a registered file then cannot be
 * dropped ("file is in use"), and a file registered next could be read through the stale
 * scan (seen as a CSV read as "header but no data rows"). Running this at once closes them.
 */
export const RELEASE_STATEMENT = 'SELECT 1 AS released';

async function drain(conn: SendingConnection, sql: string): Promise<RecordBatch[]> {
  const reader = await conn.send(sql);
  const batches: RecordBatch[] = [];
  for await (const batch of reader) batches.push(batch);
  return batches;
}

/**
 * Runs `sql` as a pending query that `signal` can interrupt, and collects its result. When
 * the signal fires, the connection is told to cancel; the statement then stops at the end
 * of the slice it is in (measured < 1 s for a 1M-row CREATE TABLE AS, see
 * test/e2e/ingest-cancel.test.ts), the connection is released ({@link RELEASE_STATEMENT})
 * and this rejects with an `AbortError`. A statement that had already finished when the
 * cancel arrived resolves normally: its effects happened.
 */
export async function cancellableSend(
  conn: SendingConnection,
  sql: string,
  signal: AbortSignal | undefined,
): Promise<Table> {
  if (signal?.aborted) throw abortError();
  let cancelled = false;
  const onAbort = (): void => {
    cancelled = true;
    void conn.cancelSent().catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const reader = await conn.send(sql);
    const batches: RecordBatch[] = [];
    for await (const batch of reader) batches.push(batch);
    return new Table(reader.schema, batches);
  } catch (error) {
    if (!cancelled) throw error;
    // Still inside the caller's turn on the connection (the statement queue): nothing else
    // runs before the interrupted statement's open files are closed.
    await drain(conn, RELEASE_STATEMENT).catch(() => undefined);
    throw abortError();
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
