import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { GENERATE_DEFAULTS } from '../../src/synth/generate-incidents.ts';
import { CHROMIUM_ARGS } from '../../test/e2e/harness.ts';
import type { BenchApi, LoadTiming } from '../browser/main.ts';
import { MEM, OP } from './ops.ts';
import { serveBench } from './static-server.ts';
import { type EngineResult, once, type Sample } from './stats.ts';

/** Where the bench page is built. */
export const BROWSER_DIST = resolve('bench/out/browser-dist');

/** Builds bench/browser with bench/vite.bench.config.ts. */
export async function buildBenchPage(): Promise<void> {
  await build({ configFile: resolve('bench/vite.bench.config.ts'), logLevel: 'warn' });
}

type Bench = { bench: BenchApi };

/** A step that has not answered after this long is reported as failed (a dead worker never answers). */
const STEP_TIMEOUT_MS = 15 * 60_000;

/** `BENCH_CUBES=0` runs the browser workload without the app's cubes, for a baseline under the same load. */
const USE_CUBES = process.env.BENCH_CUBES !== '0';

/** Rejects when `step` has not settled within {@link STEP_TIMEOUT_MS}. */
function within<T>(what: string, step: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer after ${STEP_TIMEOUT_MS / 60_000} min`)),
      STEP_TIMEOUT_MS,
    );
  });
  return Promise.race([step, limit]).finally(() => clearTimeout(timer));
}

/**
 * Runs the browser column: headless Debian chromium (llvmpipe flags of the e2e harness, plus
 * precise heap figures) loads the bench page, which runs the app's stack on the generated
 * files. Each step is one `page.evaluate`, timed inside the page.
 */
export async function runBrowserBench(
  parquet: string,
  csv: string,
  runs: number,
  log: (s: string) => void,
): Promise<EngineResult> {
  const result: EngineResult = { engine: 'browser', ops: {}, memory: {}, notes: [] };
  const server = await serveBench(BROWSER_DIST, resolve(parquet, '..'));
  const profile = mkdtempSync(join(tmpdir(), 'rutas-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--max-old-space-size=8192'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (e) => log(`  page error: ${String(e)}`));
    await page.goto(server.url);
    await page.waitForFunction(() => 'bench' in window);
    const start = await within(
      'start',
      page.evaluate(() => (window as unknown as Bench).bench.start()),
    );
    result.ops[OP.start] = once({ ms: start });
    log(`  browser: engine start ${start.toFixed(0)} ms`);

    const csvUrl = `data/${basename(csv)}`;
    const csvLoad: LoadTiming = await within(
      'CSV load',
      page.evaluate((u) => (window as unknown as Bench).bench.loadCsv(u), csvUrl),
    );
    result.ops[OP.loadCsv] = once({ ms: csvLoad.loadMs });
    log(`  browser: CSV load ${csvLoad.loadMs.toFixed(0)} ms`);

    const pqUrl = `data/${basename(parquet)}`;
    const pq: LoadTiming = await within(
      'Parquet load',
      page.evaluate((u) => (window as unknown as Bench).bench.loadParquet(u), pqUrl),
    );
    result.notes.push(
      `Parquet decoded and inserted one row group (${GENERATE_DEFAULTS.chunkSize.toLocaleString('en-US')} rows) at a time, as the app ingests a dropped file (src/db/parquet-row-groups.ts); CSV registered as a File and read in place`,
    );
    result.ops[OP.fetch] = once({ ms: pq.fetchMs });
    result.ops[OP.loadParquet] = once({ ms: pq.loadMs });
    const create = await within(
      'create table',
      page.evaluate(() => (window as unknown as Bench).bench.createTable()),
    );
    result.ops[OP.createTable] = once({ ms: create });
    log(`  browser: Parquet decode+insert ${pq.loadMs.toFixed(0)} ms, create table ${create.toFixed(0)} ms`);

    const mem = await within(
      'memory',
      page.evaluate(() => (window as unknown as Bench).bench.memory()),
    );
    result.memory[MEM.jsHeap] = mem.jsHeap;
    result.memory[MEM.duckdb] = mem.duckdb;
    const ops: Record<string, Sample> = await within(
      'workload',
      page.evaluate(([n, c]) => (window as unknown as Bench).bench.workload(n, c), [
        runs,
        USE_CUBES,
      ] as const),
    );
    Object.assign(result.ops, ops);
    result.notes.push('JS heap is the page main thread (performance.memory); DuckDB runs in a worker');
    if (!USE_CUBES) result.notes.push('cube path off (BENCH_CUBES=0): every view reads the raw table');
    if (ops[OP.cubeRebuild]) {
      result.notes.push(
        'filter change, playback and brush read the app’s cubes (src/app/cube-service.ts); single "query:" rows read the raw table',
      );
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
  return result;
}
