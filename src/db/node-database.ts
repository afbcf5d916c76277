import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { DuckDBBundles } from '@duckdb/duckdb-wasm/blocking';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { type Table, tableToIPC } from 'apache-arrow';
import { abortError, CONNECT_STATEMENTS, type Database } from './database.ts';

const require = createRequire(import.meta.url);

/**
 * Opens DuckDB-WASM's blocking Node build: the same engine version as the browser, so SQL
 * tested here behaves the same in the app. Used by tests, the CLI and notebooks.
 */
export async function openNodeDatabase(): Promise<Database> {
  const bundles: DuckDBBundles = {
    mvp: {
      mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'),
      mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'),
      mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-eh.worker.cjs'),
    },
  };
  const db = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: false } });
  const conn = db.connect();
  for (const sql of CONNECT_STATEMENTS) conn.query(sql);
  // The blocking build runs a statement to its end in this thread: a signal can only stop
  // one that has not started.
  return {
    query: async (sql, options) => {
      if (options?.signal?.aborted) throw abortError();
      return conn.query(sql) as unknown as Table;
    },
    exec: async (sql, options) => {
      if (options?.signal?.aborted) throw abortError();
      conn.query(sql);
    },
    registerBuffer: async (name, bytes) => db.registerFileBuffer(name, bytes),
    insertArrowIPC: async (name, ipc) => {
      conn.query(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
      conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    // duckdb-wasm's `schema` option binds a catalog name as the catalog (memory.main.name).
    appendArrowIPC: async (name, ipc, options = {}) => {
      const where = options.catalog ? { schema: options.catalog } : {};
      conn.insertArrowFromIPCStream(ipc, { name, create: options.create ?? false, ...where });
    },
    copyFileOut: async (name) => {
      const bytes = db.copyFileToBuffer(name);
      db.dropFile(name);
      rmSync(resolve(name), { force: true });
      return bytes;
    },
    dropFile: async (name) => db.dropFile(name),
    close: async () => {
      conn.close();
      db.reset();
    },
  };
}

/** Serialises an Arrow table to the IPC stream format both adapters accept. */
export function toIPC(table: Table): Uint8Array {
  return tableToIPC(table, 'stream');
}
