import initParquet, { readParquet } from 'parquet-wasm/esm/parquet_wasm.js';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

export { parquetToIPC } from '../../src/db/parquet-browser.ts';

let ready: Promise<unknown> | null = null;

/**
 * Decodes only the given row groups of a Parquet file to an Arrow IPC stream. The app's
 * parquetToIPC decodes the whole file at once, which traps at 10M rows (parquet-wasm's wasm32
 * memory is 4 GB); the bench uses this to measure the row-group path ENVIRONMENT.md suggests.
 * parquet-wasm's module is initialised once per page, as src/db/parquet-browser.ts does.
 */
export async function rowGroupsToIPC(bytes: Uint8Array, rowGroups: number[]): Promise<Uint8Array> {
  ready ??= initParquet({ module_or_path: parquetWasmUrl });
  await ready;
  return readParquet(bytes, { rowGroups }).intoIPCStream();
}
