import initParquet, { readParquet } from 'parquet-wasm/esm/parquet_wasm.js';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | null = null;

/**
 * Decodes Parquet bytes to an Arrow IPC stream in the browser. DuckDB-WASM's parquet
 * extension would be downloaded at run time, which the app never does; parquet-wasm is
 * served from the app's own origin instead.
 */
export async function parquetToIPC(bytes: Uint8Array): Promise<Uint8Array> {
  ready ??= initParquet({ module_or_path: parquetWasmUrl });
  await ready;
  return readParquet(bytes).intoIPCStream();
}
