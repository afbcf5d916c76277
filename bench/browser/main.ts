/**
 * The browser bench page: the app's own stack (DuckDB-WASM in a worker, parquet-wasm,
 * src/query builders, src/layers converters) without its UI, exposed as `window.bench`
 * for bench/lib/browser-bench.ts to drive through playwright.
 */
import {
  CUBE_MIN_INCIDENTS,
  CUBE_REBUILD_DELAY_MS,
  CubeService,
  usableCubes,
} from '../../src/app/cube-service.ts';
import { type BrowserDatabase, openBrowserDatabase } from '../../src/db/browser-database.ts';
import type { Database } from '../../src/db/database.ts';
import { loadParquetByRowGroups } from '../../src/db/parquet-browser.ts';
import { loadReferenceTables } from '../../src/db/reference-tables.ts';
import { toFlowData } from '../../src/layers/flow-data.ts';
import { toGridData } from '../../src/layers/grid-data.ts';
import { toRouteData } from '../../src/layers/route-data.ts';
import type { CubeSpec } from '../../src/query/cube/cube-spec.ts';
import { createIncidentsTableSQL } from '../../src/schema/incident.ts';
import { createStore } from '../../src/state/store.ts';
import { type CubePath, runSqlWorkload } from '../lib/measure-sql.ts';
import type { Sample } from '../lib/stats.ts';
import { timed } from '../lib/stats.ts';
import { CELL_DEGREES, K, TOP_FLOWS } from '../lib/workload.ts';

/** Timings of a file load: fetching the bytes, then loading them into DuckDB. */
export interface LoadTiming {
  fetchMs: number;
  loadMs: number;
  bytes: number;
}

/** What the page offers the driver. All times in milliseconds, memory in bytes. */
export interface BenchApi {
  start(): Promise<number>;
  /**
   * Loads Parquet as the app does (src/db/parquet-browser.ts): the file as a Blob, decoded
   * and inserted one row group at a time.
   */
  loadParquet(url: string): Promise<LoadTiming>;
  /** Loads CSV as the app loads a dropped file over 32 MB: registered as a File (read in place), then read_csv. */
  loadCsv(url: string): Promise<LoadTiming>;
  createTable(): Promise<number>;
  /** The interactive workload; `cubes` false keeps every view on the raw table (a same-load baseline). */
  workload(runs: number, cubes?: boolean): Promise<Record<string, Sample>>;
  memory(): Promise<{ jsHeap: number; duckdb: number }>;
  /**
   * Median milliseconds of each statement over `runs` runs through the app's database (the
   * worker round trip, DuckDB, the Arrow result): for profiling one statement at a time
   * (bench/profile-statements.ts), not part of the results table.
   */
  timeStatements(sqls: readonly string[], runs: number): Promise<number[]>;
}

let db: BrowserDatabase | null = null;
const open = (): BrowserDatabase => {
  if (!db) throw new Error('call bench.start() first');
  return db;
};

/**
 * Fetches a file as a Blob: chromium keeps a large body in its blob store (on disk when big),
 * as a dropped File is, instead of a 1.2 GB ArrayBuffer in the page.
 */
async function fetchFile(url: string, name: string): Promise<{ ms: number; value: File }> {
  return timed(async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return new File([await response.blob()], name);
  });
}

/**
 * The app's cube path on the bench database: the same {@link CubeService} as
 * src/app/cube-service.ts with the app's threshold and quiet delay, its `exec` timed so the
 * rebuild cost is reported apart from the interactions.
 */
async function cubePath(d: BrowserDatabase): Promise<CubePath> {
  const count = await d.query('SELECT count(*)::DOUBLE AS n FROM incidents');
  const incidents = Number(count.get(0)?.n ?? 0);
  let buildMs = 0;
  const timedDb: Database = {
    query: (sql) => d.query(sql),
    exec: async (sql) => {
      const t = await timed(() => d.exec(sql));
      buildMs += t.ms;
    },
    registerBuffer: (name, bytes) => d.registerBuffer(name, bytes),
    insertArrowIPC: (name, ipc) => d.insertArrowIPC(name, ipc),
    copyFileOut: (name) => d.copyFileOut(name),
    dropFile: (name) => d.dropFile(name),
    close: () => d.close(),
  };
  const store = createStore<readonly CubeSpec[]>([]);
  const service = new CubeService({
    db: () => timedDb,
    store,
    currentGeneration: () => 0,
    minIncidents: CUBE_MIN_INCIDENTS,
    delayMs: CUBE_REBUILD_DELAY_MS,
  });
  return {
    change(filters) {
      buildMs = 0;
      service.update({
        filters,
        flowSplit: 'crime_type',
        flowEnds: 'country',
        cellDegrees: CELL_DEGREES,
        incidents,
        generation: 0,
      });
      return usableCubes(store.get(), 0);
    },
    async settle() {
      await service.idle();
      return buildMs;
    },
  };
}

const bench: BenchApi = {
  async start() {
    const t = await timed(async () => {
      db = await openBrowserDatabase();
      await loadReferenceTables(db);
    });
    return t.ms;
  },
  async loadParquet(url) {
    const file = await fetchFile(url, 'bench.parquet');
    const load = await timed(() => loadParquetByRowGroups(open(), file.value, 'flat'));
    return { fetchMs: file.ms, loadMs: load.ms, bytes: file.value.size };
  },
  async loadCsv(url) {
    const file = await fetchFile(url, 'bench.csv');
    const load = await timed(async () => {
      await open().registerFile('bench.csv', file.value);
      await open().exec("CREATE OR REPLACE TABLE flat_csv AS SELECT * FROM read_csv('bench.csv')");
    });
    await open().exec('DROP TABLE flat_csv');
    await open().dropFile('bench.csv');
    return { fetchMs: file.ms, loadMs: load.ms, bytes: file.value.size };
  },
  async createTable() {
    const t = await timed(() => open().exec(createIncidentsTableSQL('flat')));
    await open().exec('DROP TABLE flat');
    return t.ms;
  },
  async workload(runs, useCubes = true) {
    const d = open();
    const cubes = useCubes ? await cubePath(d) : undefined;
    return runSqlWorkload(
      {
        query: (sql) => d.query(sql),
        toLayers: (flows, routes, grid) => {
          toFlowData(flows, K, { topN: TOP_FLOWS });
          toRouteData(routes, K);
          toGridData(grid, K);
        },
        ...(cubes ? { cubes } : {}),
        concurrent: true,
      },
      runs,
    );
  },
  async timeStatements(sqls, runs) {
    const times = sqls.map(() => [] as number[]);
    for (let r = 0; r < runs; r++) {
      for (const [i, sql] of sqls.entries()) times[i]!.push((await timed(() => open().query(sql))).ms);
    }
    return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)] ?? Number.NaN);
  },
  async memory() {
    const t = await open().query('SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()');
    const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return { jsHeap: heap?.usedJSHeapSize ?? Number.NaN, duckdb: Number(t.get(0)?.b ?? 0) };
  },
};

(window as unknown as { bench: BenchApi }).bench = bench;
document.getElementById('status')!.textContent = 'ready';
