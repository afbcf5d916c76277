import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The app is fully static: DuckDB's wasm and worker, MapLibre's worker and the base map
 * are emitted as assets of this build, so nothing is fetched from another origin.
 */
export default defineConfig({
  plugins: [react()],
  base: './',
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
