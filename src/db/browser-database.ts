import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import type { Table } from 'apache-arrow';
import { cancellableSend, type SendingConnection } from './cancellable-send.ts';
import { CONNECT_STATEMENTS, type Database } from './database.ts';
import { StatementQueue } from './statement-queue.ts';

/** Bundles served by the app itself: never a CDN. */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** A browser database plus the means to register a dropped File without copying it. */
export interface BrowserDatabase extends Database {
  /** Lets DuckDB read a dropped File in place (it is not copied through JS strings). */
  registerFile(name: string, file: File): Promise<void>;
  /** The worker, so a crash can be observed and the engine restarted. */
  readonly worker: Worker;
  /**
   * Stops the worker at once without talking to it: for an engine that crashed, whose
   * `close()` would wait forever on a connection that no longer answers.
   */
  terminate(): void;
}

/**
 * Starts DuckDB-WASM in a web worker. The first start compiles ~34 MB of wasm (seconds),
 * so the app does it once at boot behind a progress state.
 */
export async function openBrowserDatabase(): Promise<BrowserDatabase> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: false } });
  const conn = await db.connect();
  for (const sql of CONNECT_STATEMENTS) await conn.query(sql);
  // A cancellable statement is a series of polls, and anything sent on the connection in
  // between would replace it, so it runs alone; plain queries, one message each, may be
  // posted together (see statement-queue.ts).
  const queue = new StatementQueue();
  const sending = conn as unknown as SendingConnection;
  return {
    worker,
    query: (sql, options) => {
      const signal = options?.signal;
      return signal
        ? queue.run(() => cancellableSend(sending, sql, signal), signal)
        : queue.run(async () => (await conn.query(sql)) as unknown as Table, undefined, 'shared');
    },
    exec: (sql, options) =>
      queue.run(async () => {
        await cancellableSend(sending, sql, options?.signal);
      }, options?.signal),
    registerBuffer: (name, bytes) => queue.run(() => db.registerFileBuffer(name, bytes)),
    registerFile: (name, file) =>
      queue.run(() => db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true)),
    insertArrowIPC: (name, ipc) =>
      queue.run(async () => {
        await conn.query(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
        await conn.insertArrowFromIPCStream(ipc, { name, create: true });
      }),
    // Row-group Parquet loads append straight to their table (src/db/parquet-row-groups.ts);
    // duckdb-wasm's `schema` option names the catalog (e.g. the uncompressed scratch one).
    appendArrowIPC: (name, ipc, options = {}) =>
      queue.run(async () => {
        const where = options.catalog ? { schema: options.catalog } : {};
        await conn.insertArrowFromIPCStream(ipc, { name, create: options.create ?? false, ...where });
      }),
    copyFileOut: (name) =>
      queue.run(async () => {
        const bytes = await db.copyFileToBuffer(name);
        await db.dropFile(name);
        return bytes;
      }),
    dropFile: (name) =>
      queue.run(async () => {
        await db.dropFile(name);
      }),
    close: async () => {
      await conn.close();
      await db.terminate();
    },
    terminate: () => {
      db.detach();
      worker.terminate();
    },
  };
}
