import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Builds the ingest bench page (bench/ingest-page) with the app's DuckDB/parquet-wasm
 * settings: wasm and workers emitted as assets, ES workers, no UI.
 */
export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  build: {
    outDir: here('../out/ingest-page-dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
});
