import type { CubeSpec } from '../../src/query/cube/cube-spec.ts';
import type { Filters } from '../../src/state/filters.ts';
import { OP } from './ops.ts';
import { type Sample, sampleOver, timed, toSample } from './stats.ts';
import {
  appBrushQueries,
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
  /** The app's cube path (src/app/cube-service.ts); absent = every view on the raw table. */
  cubes?: CubePath;
  /**
   * Whether the statements of one step are issued together, as the app's views issue them
   * (each view its own query, all at once after a change); the browser adapter lets plain
   * queries follow each other in DuckDB-WASM's worker without a round trip between them
   * (src/db/statement-queue.ts). Absent = one after another (native DuckDB's connection).
   */
  concurrent?: boolean;
}

/** How the workload drives the app's cube service. */
export interface CubePath {
  /**
   * The filters changed (inside the timed step, as in the app): withdraws the cubes they
   * invalidate, schedules the rebuild, and returns the cubes the views may read now.
   */
  change(filters: Filters): readonly CubeSpec[];
  /**
   * Waits, untimed, for the rebuild the last change started (the user's pause between two
   * actions); returns the milliseconds spent in cube-building statements since that change.
   */
  settle(): Promise<number>;
}

/**
 * Times `step` once per filter state; with a cube path, lets the rebuild each change started
 * finish before the next state (untimed) and collects its build times in `rebuilds`.
 */
async function sampleSteps(
  states: readonly Filters[],
  step: (f: Filters, cubes: readonly CubeSpec[]) => Promise<void>,
  path: CubePath | undefined,
  rebuilds: number[],
): Promise<Sample> {
  if (!path) return sampleOver(states, (f) => step(f, []));
  const times: number[] = [];
  for (const f of states) {
    times.push((await timed(() => step(f, path.change(f)))).ms);
    const built = await path.settle();
    if (built > 0) rebuilds.push(built);
  }
  return toSample(times);
}

/**
 * Runs the interactive workload on an engine whose incidents table is loaded: each single
 * query over `runs` filter states (after one untimed warm-up), then the three composites the
 * user feels: a filter change until all map layer data is ready, a playback step, and a
 * brush until all chart data is ready (the 8 chart queries, for every engine; and the
 * statements the app runs on a brush today, appBrushQueries). A step's statements are issued
 * together when the engine allows it, as the app's views issue them (DuckDB-WASM's single
 * worker still runs them one after another), and one after another otherwise. With a cube
 * path the composites read the cubes the app would have at that moment, and each rebuild
 * runs to its end between two states.
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
  const all = async (sqls: readonly string[]): Promise<T[]> => {
    if (runner.concurrent) return Promise.all(sqls.map((sql) => runner.query(sql)));
    const results: T[] = [];
    for (const sql of sqls) results.push(await runner.query(sql));
    return results;
  };
  const mapReady = async (f: Filters, cubes: readonly CubeSpec[]): Promise<void> => {
    const q = mapQueries(f, cubes);
    const [flows, routes, grid] = await all([q.flows, q.routes, q.grid]);
    runner.toLayers?.(flows!, routes!, grid!);
  };
  const rebuilds: number[] = [];
  const path = runner.cubes;
  ops[OP.mapReady] = await sampleSteps(filters, mapReady, path, rebuilds);
  ops[OP.playback] = await sampleSteps(playbackSequence(runs), mapReady, path, rebuilds);
  ops[OP.brush] = await sampleSteps(
    brushSequence(runs),
    async (f, cubes) => {
      await all(Object.values(chartQueries(f, cubes)));
    },
    path,
    rebuilds,
  );
  ops[OP.appBrush] = await sampleSteps(
    brushSequence(runs),
    async (f, cubes) => {
      await all(appBrushQueries(f, cubes));
    },
    path,
    rebuilds,
  );
  if (rebuilds.length > 0) ops[OP.cubeRebuild] = toSample(rebuilds);
  return ops;
}
