/**
 * Times single statements in headless chromium, through the app's own database (DuckDB-WASM
 * in a worker, as bench/browser runs it): the worker round trip alone (`SELECT 1`), and each
 * map-layer statement of a playback step on the raw table and on the cubes the app would
 * read. For finding where a composite's time goes; the results table is bench/run.ts's.
 *
 *   npx tsx bench/profile-statements.ts [--rows 100000] [--runs 30]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chooseSource } from '../src/query/cube/choose-source.ts';
import { cubeTableSQL } from '../src/query/cube/cube-spec.ts';
import { buildPlan, cubeFromParentSQL } from '../src/query/cube/derive.ts';
import { VIEW_NEEDS } from '../src/query/cube/needs.ts';
import { planCubes } from '../src/query/cube/plan-cubes.ts';
import { routeTotalsQuery } from '../src/query/routes-query.ts';
import { CHROMIUM_ARGS } from '../test/e2e/harness.ts';
import type { BenchApi } from './browser/main.ts';
import { BROWSER_DIST, buildBenchPage } from './lib/browser-bench.ts';
import { ensureDataset } from './lib/dataset.ts';
import { serveBench } from './lib/static-server.ts';
import { CELL_DEGREES, mapQueries, playbackSequence } from './lib/workload.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, runs: { type: 'string', default: '30' } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const data = await ensureDataset(rows, 1, (s) => console.log(s));
await buildBenchPage();
const server = await serveBench(BROWSER_DIST, resolve(data.parquet, '..'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS],
});
type Bench = { bench: BenchApi };
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate(() => (window as unknown as Bench).bench.start());
  const name = data.parquet.split('/').pop();
  await page.evaluate((u) => (window as unknown as Bench).bench.loadParquet(u), `data/${name}`);
  await page.evaluate(() => (window as unknown as Bench).bench.createTable());
  const time = (sqls: string[], n: number) =>
    page.evaluate(([s, r]) => (window as unknown as Bench).bench.timeStatements(s, r), [sqls, n] as const);
  const filters = playbackSequence(1)[0]!;
  const cubes = planCubes(filters, { cellDegrees: CELL_DEGREES, flowSplit: 'crime_type' });
  for (const { spec, parent } of buildPlan(cubes)) {
    await time([parent ? cubeFromParentSQL(spec, parent) : cubeTableSQL(spec)], 1);
  }
  const raw = mapQueries(filters);
  const onCubes = mapQueries(filters, cubes);
  // The routes statement up to its totals, to see what ranking the top N costs.
  const source = chooseSource(filters, VIEW_NEEDS.routes, cubes);
  const totals = routeTotalsQuery({ filters, source });
  const labels = [
    'SELECT 1 (round trip)',
    'flows, raw',
    'routes, raw',
    'grid, raw',
    'flows, cube',
    'routes, cube',
    'grid, cube',
    'routes totals, cube',
  ];
  const sqls = [
    'SELECT 1',
    raw.flows,
    raw.routes,
    raw.grid,
    onCubes.flows,
    onCubes.routes,
    onCubes.grid,
    totals,
  ];
  const ms = await time(sqls, runs);
  console.log(`${rows.toLocaleString('en-US')} incidents, ${runs} runs, medians:`);
  for (const [i, l] of labels.entries()) console.log(`${l.padEnd(24)} ${ms[i]!.toFixed(2)} ms`);
} finally {
  await browser.close();
  await server.close();
}
