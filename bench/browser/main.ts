/**
 * The browser bench page: the app's own stack (DuckDB-WASM in a worker, parquet-wasm,
 * src/query builders, src/layers converters) without its UI, exposed as `window.bench`
 * for bench/lib/browser-bench.ts to drive through playwright.
 */
import { type BrowserDatabase, openBrowserDatabase } from '../../src/db/browser-database.ts';
import { loadReferenceTables } from '../../src/db/reference-tables.ts';
import { toFlowData } from '../../src/layers/flow-data.ts';
import { toGridData } from '../../src/layers/grid-data.ts';
import { toRouteData } from '../../src/layers/route-data.ts';
import { createIncidentsTableSQL } from '../../src/schema/incident.ts';
import { runSqlWorkload } from '../lib/measure-sql.ts';
import type { Sample } from '../lib/stats.ts';
import { timed } from '../lib/stats.ts';
import { K } from '../lib/workload.ts';
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
  workload(runs: number): Promise<Record<string, Sample>>;
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
  workload(runs) {
    const d = open();
    return runSqlWorkload(
      {
        query: (sql) => d.query(sql),
        toLayers: (flows, routes, grid) => {
          toFlowData(flows, K);
          toRouteData(routes, K);
          toGridData(grid, K);
        },
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
