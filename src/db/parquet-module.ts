import initParquet, * as parquetWasm from 'parquet-wasm/esm/parquet_wasm.js';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetWriterModule } from '../export/parquet.ts';

let ready: Promise<ParquetWriterModule> | null = null;

/**
 * The browser's parquet-wasm, initialised once from the wasm the app serves itself (never a
 * CDN), ready to pass to `toParquet`. Node code imports `parquet-wasm` directly instead.
 */
export function browserParquetModule(): Promise<ParquetWriterModule> {
  ready ??= initParquet({ module_or_path: parquetWasmUrl }).then(() => parquetWasm);
  return ready;
}
