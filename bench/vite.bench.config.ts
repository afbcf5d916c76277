import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Builds the browser bench page (bench/browser) with the app's DuckDB/parquet-wasm settings
 * from vite.config.ts: wasm and workers emitted as assets of this build, ES workers. No
 * React and no CSP, since the page has no UI and is only ever served by the bench.
 */
export default defineConfig({
  root: here('./browser'),
  base: './',
  logLevel: 'warn',
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  build: {
    outDir: here('./out/browser-dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
});
