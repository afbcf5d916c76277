/**
 * Corridor proximity benchmark: ~1M synthetic incidents clustered around 200 places in Latin
 * America, aggregated to 0.01° cells × crime type × month (as the proximity query hands them
 * over: cell centres, ordered by position), against 50 corridors (45 lines, 5 polygons) at
 * 25 km (scene: bench/lib/corridor-scene.ts). Times the proximity from scratch, with the rows
 * in random order, and after a filter change with the near pairs cached (the app's worker
 * keeps them); checks the cached answer against a fresh one, and the indexed answer against
 * brute-force turf (`pointToLineDistance` / `booleanPointInPolygon` over every pair) on a
 * random subsample of cells, extrapolated.
 * Run: npx tsx bench/corridors.bench.ts            (Node)
 *      npx tsx bench/corridors.bench.ts --browser  (also headless chromium, the app's engine)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { booleanPointInPolygon, pointToLineDistance } from '@turf/turf';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { NearPairCache } from '../src/analytics/corridors/near-pairs.ts';
import { forEachNear } from '../src/analytics/corridors/near-search.ts';
import { buildPositionIndex } from '../src/analytics/corridors/position-index.ts';
import { prepareCorridors } from '../src/analytics/corridors/prepare-corridors.ts';
import { corridorPolygons, corridorProximity } from '../src/analytics/corridors/proximity.ts';
import { CHROMIUM_ARGS } from '../test/e2e/harness.ts';
import { corridorScene, FIRST_MONTH, filterRows } from './lib/corridor-scene.ts';
import { type CorridorTimings, median, type Step, timeCorridors } from './lib/corridor-timings.ts';
import { serveBench } from './lib/static-server.ts';

const DISTANCE_KM = 25;
const SAMPLE = 2_000;
const RUNS = 5;
const BROWSER = process.argv.includes('--browser');

const fmt = (ms: number): string =>
  Number.isNaN(ms) ? '' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function table(t: CorridorTimings, where: string): string[] {
  const row = (what: string, s: Step) => `| ${what} | ${fmt(median(s.wall))} | ${fmt(median(s.cpu))} |`;
  return [
    `${where}: ${t.rows.toLocaleString('en')} aggregate rows, ${t.segments} segments, ${t.scoreSegments} score segments (corridor preparation ${fmt(t.prepareMs)})`,
    '',
    `| step (median of ${t.cold.wall.length}) | wall time | CPU time |`,
    '|---|---|---|',
    row('position grouping + grid index', t.index),
    row('proximity from scratch: grouping + index + near search + counts', t.cold),
    row('the same, rows in random order', t.coldShuffled),
    row('after a filter change, near pairs cached: grouping + index + counts', t.warm),
    '',
    `cell–corridor pairs within ${DISTANCE_KM} km: ${t.pairs.toLocaleString('en')} (all cells); positions searched after the filter changes: ${t.warmSearched}`,
  ];
}

const cpuClock = () => {
  const c = process.cpuUsage();
  return { wall: performance.now(), cpu: (c.user + c.system) / 1000 };
};

async function browserTimings(): Promise<CorridorTimings> {
  const outDir = mkdtempSync(join(tmpdir(), 'rutas-corridor-bench-'));
  const profile = mkdtempSync(join(tmpdir(), 'rutas-corridor-profile-'));
  try {
    await build({
      root: resolve('bench/corridors-browser'),
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
    });
    const server = await serveBench(outDir, outDir);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, '--js-flags=--max-old-space-size=8192'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(20 * 60_000);
      await page.goto(server.url);
      await page.waitForFunction(() => 'corridorBench' in window);
      return await page.evaluate(
        (runs) =>
          (window as unknown as { corridorBench: (runs: number) => CorridorTimings }).corridorBench(runs),
        RUNS,
      );
    } finally {
      await context.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

const t0 = performance.now();
const scene = corridorScene();
const tScene = performance.now() - t0;
const { data, collection } = scene;
console.log(
  `incidents ${scene.incidents.toLocaleString('en')}, distinct 0.01° cells ${scene.cells.toLocaleString('en')}, corridors ${collection.features.length}, buffer ${DISTANCE_KM} km (scene generation ${fmt(tScene)})`,
);
console.log(`load average before: ${load()}\n`);
const node = timeCorridors(scene, RUNS, cpuClock);
console.log(table(node, 'Node').join('\n'));
console.log(`load average after: ${load()}`);

// The cached answer after a filter change equals a fresh one.
const prepared = prepareCorridors(collection);
const period = { from: FIRST_MONTH + 24, to: FIRST_MONTH + 47 };
const options = { distanceKm: DISTANCE_KM, period, crimeTypeCount: 4 };
const cache = new NearPairCache(prepared.geo, DISTANCE_KM, corridorPolygons(prepared));
corridorProximity(prepared, data, { ...options, nearCache: cache });
const filtered = filterRows(data, (r) => data.crimeType[r] !== 2);
const fresh = corridorProximity(prepared, filtered, options);
const cached = corridorProximity(prepared, filtered, { ...options, nearCache: cache });
const sameCached =
  fresh.byCrimeMonth.every((v, i) => v === cached.byCrimeMonth[i]) &&
  fresh.positionsNear.every((v, i) => v === cached.positionsNear[i]);
console.log(`cached answer after a filter change equals a fresh one: ${sameCached}`);

// Brute force on a subsample of distinct cells, checked against the indexed answer there.
const rand = ((seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
})(1);
const pos = buildPositionIndex(data.lon, data.lat);
const picked = new Set<number>();
while (picked.size < Math.min(SAMPLE, pos.count)) picked.add(Math.floor(rand() * pos.count));
const sample = [...picked];
const sampleIndex = buildPositionIndex(
  Float64Array.from(sample.map((p) => pos.lon[p]!)),
  Float64Array.from(sample.map((p) => pos.lat[p]!)),
);
let indexedPairs = 0;
forEachNear(prepared.geo, sampleIndex, DISTANCE_KM, corridorPolygons(prepared), () => indexedPairs++);
const tb = performance.now();
const bruteCpu0 = process.cpuUsage();
let brutePairs = 0;
for (const p of sample) {
  const pt = [pos.lon[p]!, pos.lat[p]!];
  for (const f of collection.features) {
    const g = f.geometry;
    const lines = g.type === 'Polygon' ? g.coordinates : g.type === 'LineString' ? [g.coordinates] : [];
    const inside = g.type === 'Polygon' && booleanPointInPolygon(pt, g);
    if (
      inside ||
      Math.min(...lines.map((l) => pointToLineDistance(pt, { type: 'LineString', coordinates: l }))) <=
        DISTANCE_KM
    )
      brutePairs++;
  }
}
const tBrute = performance.now() - tb;
const bruteCpuUsage = process.cpuUsage(bruteCpu0);
const bruteCpu = (bruteCpuUsage.user + bruteCpuUsage.system) / 1000;
console.log(
  `\nbrute-force turf, ${SAMPLE} cells × ${collection.features.length} corridors: ${fmt(tBrute)} wall, ${fmt(bruteCpu)} CPU; all ${pos.count.toLocaleString('en')} cells extrapolated ×${(pos.count / SAMPLE).toFixed(0)}: ${fmt((tBrute / SAMPLE) * pos.count)} wall`,
);
console.log(`subsample check: indexed ${indexedPairs} pairs, brute-force turf ${brutePairs} pairs`);
if (indexedPairs !== brutePairs || !sameCached) process.exitCode = 1;

if (BROWSER) {
  console.log(`\nload average before the browser run: ${load()}`);
  const browser = await browserTimings();
  console.log(
    table(browser, 'Headless chromium (same scene, generated in the page; CPU time not available)').join(
      '\n',
    ),
  );
  console.log(`load average after: ${load()}`);
  if (browser.pairs !== node.pairs) {
    console.log(`browser pairs ${browser.pairs} differ from Node's ${node.pairs}`);
    process.exitCode = 1;
  }
}
