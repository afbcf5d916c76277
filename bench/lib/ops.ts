/**
 * Names of the measured operations, in the order bench/RESULTS.md lists them. Engines
 * report under these names so the report can line the columns up.
 */
export const OP = {
  start: 'engine start',
  fetch: 'fetch Parquet bytes (local server)',
  loadParquet: 'load Parquet → flat table',
  loadCsv: 'load CSV → flat table',
  createTable: 'createIncidentsTableSQL (list split, month, persons)',
  mapReady: 'filter change → all map layer data ready',
  playback: 'playback step (period +1 month) → map layer data',
  brush: 'brush → all chart data ready (8 queries)',
  appBrush: 'brush as the app runs it: map layers + guarded breakdowns',
  cubeRebuild: 'cube rebuild after a filter change (CREATE statements)',
} as const;

/** Row order of the results table: loads, then single queries, then the interactive composites. */
export function opOrder(singleQueries: readonly string[]): string[] {
  return [
    OP.start,
    OP.fetch,
    OP.loadParquet,
    OP.loadCsv,
    OP.createTable,
    ...singleQueries,
    OP.mapReady,
    OP.playback,
    OP.brush,
    OP.appBrush,
    OP.cubeRebuild,
  ];
}

/** Memory figures (bytes), in report order. */
export const MEM = {
  jsHeap: 'JS heap after load',
  duckdb: 'DuckDB memory (duckdb_memory())',
  rss: 'process RSS after load',
} as const;
