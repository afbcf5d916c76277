import type { Table } from 'apache-arrow';

/**
 * The one door to DuckDB. Every module that needs data talks to this interface, so the
 * same SQL runs in the browser (DuckDB-WASM in a worker) and in Node (tests, CLI,
 * notebooks) and both give the same numbers.
 */
export interface Database {
  /** Runs one statement and returns its result as an Arrow table. */
  query(sql: string): Promise<Table>;
  /** Runs statements whose result is not needed (DDL, SET, INSERT). */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by SQL under `name` (e.g. `read_csv('name')`). */
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  /** Creates (or replaces) table `name` from an Arrow IPC stream. */
  insertArrowIPC(name: string, ipc: Uint8Array): Promise<void>;
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

/**
 * Statements run right after connecting. Extensions are never fetched at run time: the app
 * works offline and must make no request off its own origin.
 */
export const CONNECT_STATEMENTS: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];
