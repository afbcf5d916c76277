import type { ParquetReaderModule } from './parquet-row-groups.ts';

/** True in Node (CLI, tests, notebooks); false in a browser page or worker. */
function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/**
 * parquet-wasm for whichever runtime runs the caller: Node's build (ready on import) for the
 * CLI and tests, or the browser build initialised from the app's own wasm URL. Both are
 * imported lazily, so Node never loads the Vite-only `?url` import and the app's first load
 * does not carry parquet-wasm.
 */
export async function parquetReaderModule(): Promise<ParquetReaderModule> {
  if (isNode()) return import('parquet-wasm');
  const { browserParquetModule } = await import('./parquet-module.ts');
  return browserParquetModule();
}
