import initParquet, * as parquetWasm from 'parquet-wasm/esm/parquet_wasm.js';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetWriterModule } from '../export/parquet.ts';

/** parquet-wasm's browser module: `readParquet` for loading, and what `toParquet` needs for writing. */
export type BrowserParquet = typeof parquetWasm & ParquetWriterModule;

let ready: Promise<BrowserParquet> | null = null;

/**
 * The browser's parquet-wasm, initialised once from the wasm the app serves itself (never a
 * CDN), for reading extracts and to pass to `toParquet`. Node code imports `parquet-wasm` directly instead.
 */
export function browserParquetModule(): Promise<BrowserParquet> {
  ready ??= initParquet({ module_or_path: parquetWasmUrl }).then(() => parquetWasm);
  return ready;
}
