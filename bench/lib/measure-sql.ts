import { OP } from './ops.ts';
import { type Sample, sampleOver } from './stats.ts';
import {
  brushSequence,
  chartQueries,
  filterSequence,
  mapQueries,
  playbackSequence,
  SINGLE_QUERIES,
} from './workload.ts';

/** What an SQL engine must offer to run the workload. */
export interface SqlRunner<T> {
  /** Runs one statement and materialises its result. */
  query(sql: string): Promise<T>;
  /**
   * Turns the three map results into layer data (Arrow → typed arrays, as the app does);
   * absent for engines whose results are not Arrow (native DuckDB).
   */
  toLayers?: (flows: T, routes: T, grid: T) => void;
}

/**
 * Runs the interactive workload on an engine whose incidents table is loaded: each single
 * query over `runs` filter states (after one untimed warm-up), then the three composites the
 * user feels: a filter change until all map layer data is ready, a playback step, and a
 * brush until all chart data is ready. Queries run one after another, as DuckDB-WASM's
 * single worker runs them.
 */
export async function runSqlWorkload<T>(runner: SqlRunner<T>, runs: number): Promise<Record<string, Sample>> {
  const ops: Record<string, Sample> = {};
  const filters = filterSequence(runs);
  for (const [name, build] of Object.entries(SINGLE_QUERIES)) {
    for (const sql of build(filters[0]!)) await runner.query(sql);
    ops[name] = await sampleOver(filters, async (f) => {
      for (const sql of build(f)) await runner.query(sql);
    });
  }
  const mapReady = async (f: (typeof filters)[number]): Promise<void> => {
    const q = mapQueries(f);
    const flows = await runner.query(q.flows);
    const routes = await runner.query(q.routes);
    const grid = await runner.query(q.grid);
    runner.toLayers?.(flows, routes, grid);
  };
  ops[OP.mapReady] = await sampleOver(filters, mapReady);
  ops[OP.playback] = await sampleOver(playbackSequence(runs), mapReady);
  ops[OP.brush] = await sampleOver(brushSequence(runs), async (f) => {
    for (const sql of Object.values(chartQueries(f))) await runner.query(sql);
  });
  return ops;
}
