import { createRequire } from 'node:module';
import { type RecordBatch, type Schema, tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancellableSend,
  RELEASE_STATEMENT,
  type SendingConnection,
} from '../../../src/db/cancellable-send.ts';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';

const cjsArrow = createRequire(import.meta.url)('apache-arrow') as {
  tableToIPC: (table: unknown, type: 'stream') => Uint8Array;
};

/**
 * A connection behaving like duckdb-wasm's: `send` resolves after `polls` polls of 10 ms
 * with the result of `sql`, unless `cancelSent` arrived first, when it rejects like the
 * worker does ("query was canceled"). A new `send` replaces the pending query, as in the
 * worker; `open` counts statements left pending by a cancel (their scans still open).
 */
function fakeConnection(db: Database, polls: number) {
  const calls = { cancels: 0, finished: false, sent: [] as string[], open: 0 };
  let cancelled = false;
  const conn: SendingConnection = {
    async send(sql) {
      calls.sent.push(sql);
      calls.open = 0;
      cancelled = false;
      for (let i = 0; i < polls; i++) {
        await new Promise((done) => setTimeout(done, 10));
        if (cancelled) {
          calls.open = 1;
          throw new Error('query was canceled');
        }
      }
      calls.finished = true;
      // The Node engine's tables come from apache-arrow's CommonJS build; the code under test
      // uses the ES build (as the browser does), so the result crosses over as IPC bytes.
      const table = tableFromIPC(cjsArrow.tableToIPC(await db.query(sql), 'stream'));
      const batches = table.batches;
      return Object.assign(
        (async function* (): AsyncGenerator<RecordBatch> {
          yield* batches;
        })(),
        { schema: table.schema as Schema },
      );
    },
    async cancelSent() {
      calls.cancels++;
      if (calls.finished) return false;
      cancelled = true;
      return true;
    },
  };
  return { conn, calls };
}

describe('cancellableSend', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
  });
  afterAll(async () => db.close());

  it('returns the result, an empty one with its columns', async () => {
    const { conn } = fakeConnection(db, 2);
    const t = await cancellableSend(conn, 'SELECT 42 AS answer', undefined);
    expect(Number(t.get(0)?.answer)).toBe(42);
    const empty = await cancellableSend(conn, 'SELECT 1 AS x WHERE false', undefined);
    expect(empty.numRows).toBe(0);
    expect(empty.schema.fields.map((f) => f.name)).toEqual(['x']);
  });

  it('cancels the pending statement when the signal fires and rejects with AbortError', async () => {
    const { conn, calls } = fakeConnection(db, 50);
    const controller = new AbortController();
    const run = cancellableSend(conn, 'SELECT 1 AS x', controller.signal);
    setTimeout(() => controller.abort(), 25);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls.cancels).toBe(1);
    // The interrupted statement never finished, and before the rejection reached the caller
    // the connection ran the release statement, which closed what it had left open.
    expect(calls.sent).toEqual(['SELECT 1 AS x', RELEASE_STATEMENT]);
    expect(calls.open).toBe(0);
  });

  it('does not start under a signal that already fired', async () => {
    const { conn, calls } = fakeConnection(db, 1);
    const controller = new AbortController();
    controller.abort();
    await expect(cancellableSend(conn, 'SELECT 1', controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(calls.finished).toBe(false);
  });

  it('passes on an ordinary error unchanged', async () => {
    const { conn } = fakeConnection(db, 1);
    await expect(cancellableSend(conn, 'SELECT * FROM no_such_table', undefined)).rejects.toThrow(
      /no_such_table/,
    );
  });
});
