import type { Database } from './database.ts';
import { browserParquetModule } from './parquet-module.ts';
import { type InsertRowGroupsOptions, insertRowGroups, openRowGroupReader } from './parquet-row-groups.ts';

/**
 * Decodes Parquet bytes to an Arrow IPC stream in the browser. DuckDB-WASM's parquet
 * extension would be downloaded at run time, which the app never does; parquet-wasm is
 * served from the app's own origin, initialised once for reading and writing. The whole file
 * is decoded at once: for small files (the bundled sample); large ones go through
 * {@link loadParquetByRowGroups}.
 */
export async function parquetToIPC(bytes: Uint8Array): Promise<Uint8Array> {
  const parquet = await browserParquetModule();
  return parquet.readParquet(bytes).intoIPCStream();
}

/**
 * Loads a Parquet file (a `File` or any Blob, read in place by byte ranges) into table
 * `table` with the file's own column types, one row group at a time, so memory holds one
 * row group and never the whole decoded file (which fails at 10M rows). Returns the rows loaded.
 */
export async function loadParquetByRowGroups(
  db: Database,
  file: Blob,
  table: string,
  options: InsertRowGroupsOptions = {},
): Promise<number> {
  const reader = await openRowGroupReader(file, await browserParquetModule());
  try {
    return await insertRowGroups(db, reader, table, options);
  } finally {
    reader.close();
  }
}
