import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Builds the frame-time bench page (bench/frames-page): MapLibre with the app's offline base
 * map (public/ is copied, as for the app) and deck.gl's overlay, no UI, no DuckDB.
 */
export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  publicDir: here('../../public'),
  build: {
    outDir: here('../out/frames-page-dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
});
