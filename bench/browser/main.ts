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
import { CELL_DEGREES, K } from '../lib/workload.ts';
import { parquetToIPC, rowGroupsToIPC } from './parquet-row-groups.ts';

/** Timings of a file load: fetching the bytes, then loading them into DuckDB. */
export interface LoadTiming {
  fetchMs: number;
  loadMs: number;
  bytes: number;
}

/** What the page offers the driver. All times in milliseconds, memory in bytes. */
export interface BenchApi {
  start(): Promise<number>;
  loadParquet(url: string): Promise<LoadTiming>;
  /**
   * Loads Parquet `groupsPerBatch` row groups at a time (decode → IPC → insert → append), for
   * files whose whole-file decode exceeds parquet-wasm's 4 GB wasm memory.
   */
  loadParquetByRowGroups(url: string, rowGroups: number, groupsPerBatch: number): Promise<LoadTiming>;
  loadCsv(url: string): Promise<LoadTiming>;
  createTable(): Promise<number>;
  /** The interactive workload; `cubes` false keeps every view on the raw table (a same-load baseline). */
  workload(runs: number, cubes?: boolean): Promise<Record<string, Sample>>;
  memory(): Promise<{ jsHeap: number; duckdb: number }>;
}

let db: BrowserDatabase | null = null;
const open = (): BrowserDatabase => {
  if (!db) throw new Error('call bench.start() first');
  return db;
};

async function fetchBytes(url: string): Promise<{ ms: number; value: Uint8Array }> {
  return timed(async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
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
    const bytes = await fetchBytes(url);
    const load = await timed(async () => open().insertArrowIPC('flat', await parquetToIPC(bytes.value)));
    return { fetchMs: bytes.ms, loadMs: load.ms, bytes: bytes.value.byteLength };
  },
  async loadParquetByRowGroups(url, rowGroups, groupsPerBatch) {
    const bytes = await fetchBytes(url);
    const d = open();
    const load = await timed(async () => {
      for (let first = 0; first < rowGroups; first += groupsPerBatch) {
        const groups = Array.from(
          { length: Math.min(groupsPerBatch, rowGroups - first) },
          (_, i) => first + i,
        );
        const ipc = await rowGroupsToIPC(bytes.value, groups);
        if (first === 0) await d.insertArrowIPC('flat', ipc);
        else {
          await d.insertArrowIPC('flat_part', ipc);
          await d.exec('INSERT INTO flat SELECT * FROM flat_part');
        }
      }
      await d.exec('DROP TABLE IF EXISTS flat_part');
    });
    return { fetchMs: bytes.ms, loadMs: load.ms, bytes: bytes.value.byteLength };
  },
  async loadCsv(url) {
    const bytes = await fetchBytes(url);
    const load = await timed(async () => {
      await open().registerBuffer('bench.csv', bytes.value);
      await open().exec("CREATE OR REPLACE TABLE flat_csv AS SELECT * FROM read_csv('bench.csv')");
    });
    await open().exec('DROP TABLE flat_csv');
    await open().dropFile('bench.csv');
    return { fetchMs: bytes.ms, loadMs: load.ms, bytes: bytes.value.byteLength };
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
          toFlowData(flows, K);
          toRouteData(routes, K);
          toGridData(grid, K);
        },
        ...(cubes ? { cubes } : {}),
      },
      runs,
    );
  },
  async memory() {
    const t = await open().query('SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()');
    const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return { jsHeap: heap?.usedJSHeapSize ?? Number.NaN, duckdb: Number(t.get(0)?.b ?? 0) };
  },
};

(window as unknown as { bench: BenchApi }).bench = bench;
document.getElementById('status')!.textContent = 'ready';
