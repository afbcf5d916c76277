import type { Table } from 'apache-arrow';

/**
 * The one door to DuckDB. Every module that needs data talks to this interface, so the
 * same SQL runs in the browser (DuckDB-WASM in a worker) and in Node (tests, CLI,
 * notebooks) and both give the same numbers.
 */
export interface Database {
  /** Runs one statement and returns its result as an Arrow table. */
  query(sql: string, options?: StatementOptions): Promise<Table>;
  /** Runs statements whose result is not needed (DDL, SET, INSERT). */
  exec(sql: string, options?: StatementOptions): Promise<void>;
  /** Makes bytes readable by SQL under `name` (e.g. `read_csv('name')`). */
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  /** Creates (or replaces) table `name` from an Arrow IPC stream. */
  insertArrowIPC(name: string, ipc: Uint8Array): Promise<void>;
  /**
   * Inserts an Arrow IPC stream into table `name` without dropping it: appends to it, or
   * creates it when `create` (it must not exist yet). `catalog` names another attached
   * database, e.g. {@link SCRATCH_CATALOG} for a staging table that is read once. Optional:
   * loading Parquet by row groups appends each group with it (no staging copy, compressed once)
   * and falls back to a staging table where an adapter lacks it.
   */
  appendArrowIPC?(name: string, ipc: Uint8Array, options?: AppendArrowOptions): Promise<void>;
  /**
   * Reads back a file DuckDB wrote with `COPY ... TO 'name'` and removes it: in Node the
   * WASM engine writes to the real file system, where a report must not be left behind.
   */
  copyFileOut(name: string): Promise<Uint8Array>;
  /** Forgets a registered or written file. */
  dropFile(name: string): Promise<void>;
  /** Releases the engine. */
  close(): Promise<void>;
}

/** Options of {@link Database.appendArrowIPC}. */
export interface AppendArrowOptions {
  /** Create the table from the stream's schema (default: append to an existing table). */
  create?: boolean;
  /** Attached database holding the table (default: the current one, {@link COMPRESSED_CATALOG}). */
  catalog?: string;
}

/** How one statement runs. */
export interface StatementOptions {
  /**
   * Aborting it stops the statement: one still waiting never starts, and a running one is
   * interrupted where the engine can be (the browser's worker, between slices of about
   * 100 ms; Node's blocking build only checks before starting). Either way the call rejects
   * with an `AbortError` and the statement's changes are rolled back.
   */
  signal?: AbortSignal;
}

/** The error a statement stopped by its signal rejects with. */
export function abortError(): Error {
  const error = new Error('The statement was cancelled');
  error.name = 'AbortError';
  return error;
}

/** The in-memory catalog every table lives in (see {@link CONNECT_STATEMENTS}). */
export const COMPRESSED_CATALOG = 'rutas';

/**
 * DuckDB's default in-memory catalog, stored uncompressed: for a staging table written once
 * and read once (a decoded row group), where compressing would be work thrown away.
 */
export const SCRATCH_CATALOG = 'memory';

/**
 * Statements run right after connecting. Extensions are never fetched at run time: the app
 * works offline and must make no request off its own origin. Tables live in a compressed
 * in-memory catalog: DuckDB's default in-memory tables are stored uncompressed (≈ 270 MB per
 * million incidents, flat staging table as much again), so 10M rows ran out of DuckDB-WASM's
 * 4 GB; compressed (dictionary, bit-packing, FSST, ALP) they take ≈ 10× less, at the price
 * of compressing on write (measured in tmp/notes/ten-million.md).
 */
export const CONNECT_STATEMENTS: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `ATTACH ':memory:' AS ${COMPRESSED_CATALOG} (COMPRESS)`,
  `USE ${COMPRESSED_CATALOG}`,
];
