import { browserParquetModule } from './parquet-module.ts';

/**
 * Decodes Parquet bytes to an Arrow IPC stream in the browser. DuckDB-WASM's parquet
 * extension would be downloaded at run time, which the app never does; parquet-wasm is
 * served from the app's own origin, initialised once for reading and writing.
 */
export async function parquetToIPC(bytes: Uint8Array): Promise<Uint8Array> {
  const parquet = await browserParquetModule();
  return parquet.readParquet(bytes).intoIPCStream();
}
