/**
 * Corridor proximity benchmark: ~1M synthetic incidents clustered around 200 places in Latin
 * America, aggregated to 0.01° cells × crime type × month (as DuckDB would hand them over),
 * against 50 corridors (45 lines, 5 polygons) at 25 km. Compares the indexed analysis with
 * brute-force turf (`pointToLineDistance` / `booleanPointInPolygon` over every pair), which
 * runs on a random subsample of distinct cells and is extrapolated.
 * Run: npx tsx bench/corridors.bench.ts
 */
import { booleanPointInPolygon, pointToLineDistance } from '@turf/turf';
import type { Position } from 'geojson';
import { forEachNear } from '../src/analytics/corridors/near-search.ts';
import { buildPositionIndex } from '../src/analytics/corridors/position-index.ts';
import { prepareCorridors } from '../src/analytics/corridors/prepare-corridors.ts';
import { corridorProximity } from '../src/analytics/corridors/proximity.ts';
import type {
  AggregatedPositions,
  CorridorCollection,
  CorridorFeature,
} from '../src/analytics/corridors/types.ts';

const INCIDENTS = 1_000_000;
const PLACES = 200;
const CORRIDORS = 50;
const DISTANCE_KM = 25;
const MONTHS = 48;
const SAMPLE = 2_000;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(42);
const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const places = Array.from({ length: PLACES }, () => ({
  lon: -105 + 70 * rand(),
  lat: -45 + 70 * rand(),
  spread: 0.05 + 0.4 * rand(),
  weight: rand() ** 3,
}));
const totalWeight = places.reduce((s, p) => s + p.weight, 0);

function aggregate(): { data: AggregatedPositions; cells: number } {
  const rows = new Map<number, number>();
  const cells = new Set<number>();
  const cumulative = places.map(
    (
      (sum) => (p) =>
        (sum += p.weight / totalWeight)
    )(0),
  );
  for (let i = 0; i < INCIDENTS; i++) {
    const u = rand();
    let k = cumulative.findIndex((c) => c >= u);
    if (k < 0) k = PLACES - 1;
    const place = places[k]!;
    const ix = Math.round((place.lon + gauss() * place.spread + 180) * 100);
    const iy = Math.round((place.lat + gauss() * place.spread + 90) * 100);
    const cell = ix * 20000 + iy;
    cells.add(cell);
    const key = (cell * 4 + Math.floor(rand() * 4)) * MONTHS + Math.floor(rand() * MONTHS);
    rows.set(key, (rows.get(key) ?? 0) + 1);
  }
  const n = rows.size;
  const data: AggregatedPositions = {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    weight: new Float64Array(n),
    crimeType: new Uint8Array(n),
    month: new Int32Array(n),
  };
  let r = 0;
  for (const [key, count] of rows) {
    const month = key % MONTHS;
    const ct = Math.floor(key / MONTHS) % 4;
    const cell = Math.floor(key / MONTHS / 4);
    data.lon[r] = Math.floor(cell / 20000) / 100 - 180;
    data.lat[r] = (cell % 20000) / 100 - 90;
    data.weight[r] = count;
    data.crimeType[r] = ct;
    data.month[r] = 600 + month;
    r++;
  }
  return { data, cells: cells.size };
}

function corridors(): CorridorCollection {
  const features: CorridorFeature[] = [];
  for (let c = 0; c < CORRIDORS; c++) {
    const props = { kind: (['drug', 'fuel', 'arms', 'other'] as const)[c % 4]!, name: `corridor ${c}` };
    const start = places[Math.floor(rand() * PLACES)]!;
    if (c % 10 === 9) {
      const ring: Position[] = Array.from({ length: 12 }, (_, i) => {
        const a = (2 * Math.PI * i) / 12;
        const r = 0.5 + 1.5 * rand();
        return [start.lon + r * Math.cos(a), start.lat + r * Math.sin(a)];
      });
      features.push({
        type: 'Feature',
        properties: props,
        geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
      });
      continue;
    }
    const coords: Position[] = [[start.lon, start.lat]];
    const stops = 3 + Math.floor(rand() * 4);
    for (let s = 0; s < stops; s++) {
      const to = places[Math.floor(rand() * PLACES)]!;
      const [x, y] = coords[coords.length - 1]!;
      // A few intermediate vertices, like a digitised corridor.
      for (let k = 1; k <= 4; k++) {
        const t = k / 4;
        coords.push([x! + t * (to.lon - x!) + 0.3 * gauss() * (k < 4 ? 1 : 0), y! + t * (to.lat - y!)]);
      }
    }
    features.push({
      type: 'Feature',
      properties: props,
      geometry: { type: 'LineString', coordinates: coords },
    });
  }
  return { type: 'FeatureCollection', features };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const t0 = performance.now();
const { data, cells } = aggregate();
const tAgg = performance.now() - t0;
const collection = corridors();
const tp = performance.now();
const prepared = prepareCorridors(collection);
const tPrepare = performance.now() - tp;

const runs: { index: number; total: number; cpu: number }[] = [];
let near = 0;
for (let run = 0; run < 5; run++) {
  const cpu0 = process.cpuUsage();
  const a = performance.now();
  const index = buildPositionIndex(data.lon, data.lat);
  const b = performance.now();
  const result = corridorProximity(prepared, data, {
    distanceKm: DISTANCE_KM,
    period: { from: 624, to: 647 },
    crimeTypeCount: 4,
    positionIndex: index,
  });
  const c = performance.now();
  const cpu = process.cpuUsage(cpu0);
  runs.push({ index: b - a, total: c - a, cpu: (cpu.user + cpu.system) / 1000 });
  near = result.positionsNear.reduce((s, v) => s + v, 0);
}

// Brute force on a subsample of distinct cells, checked against the indexed answer there.
const pos = buildPositionIndex(data.lon, data.lat);
const picked = new Set<number>();
while (picked.size < Math.min(SAMPLE, pos.count)) picked.add(Math.floor(rand() * pos.count));
const sample = [...picked];
const sampleIndex = buildPositionIndex(
  Float64Array.from(sample.map((p) => pos.lon[p]!)),
  Float64Array.from(sample.map((p) => pos.lat[p]!)),
);
let indexedPairs = 0;
forEachNear(
  prepared.geo,
  sampleIndex,
  DISTANCE_KM,
  (o) => ({ polygons: prepared.corridors[o]!.polygons, box: prepared.corridors[o]!.polygonBox }),
  () => indexedPairs++,
);
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
const bruteFull = (tBrute / SAMPLE) * pos.count;

const segs = prepared.geo.count;
const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
console.log(
  `incidents ${INCIDENTS.toLocaleString('en')}, distinct 0.01° cells ${cells.toLocaleString('en')}, `,
);
console.log(
  `aggregate rows (cell × crime type × month) ${data.lon.length.toLocaleString('en')}, corridors ${CORRIDORS} (${segs} segments, ${prepared.scoreSegments.length} score segments), buffer ${DISTANCE_KM} km`,
);
console.log(
  `(synthetic data generation and aggregation: ${fmt(tAgg)}, corridor preparation: ${fmt(tPrepare)})\n`,
);
console.log('| step | wall time | CPU time |');
console.log('|---|---|---|');
console.log(`| position grouping + flatbush (median of 5) | ${fmt(median(runs.map((r) => r.index)))} | |`);
console.log(
  `| indexed proximity, all corridors, incl. grouping + index (median of 5) | ${fmt(median(runs.map((r) => r.total)))} | ${fmt(median(runs.map((r) => r.cpu)))} |`,
);
console.log(
  `| brute-force turf, ${SAMPLE} cells × ${CORRIDORS} corridors (measured) | ${fmt(tBrute)} | ${fmt(bruteCpu)} |`,
);
console.log(
  `| brute-force turf, all ${pos.count.toLocaleString('en')} cells (extrapolated ×${(pos.count / SAMPLE).toFixed(0)}) | ${fmt(bruteFull)} | ${fmt((bruteCpu / SAMPLE) * pos.count)} |`,
);
console.log(`\ncell–corridor pairs within ${DISTANCE_KM} km: ${near.toLocaleString('en')} (all cells)`);
console.log(`subsample check: indexed ${indexedPairs} pairs, brute-force turf ${brutePairs} pairs`);
if (indexedPairs !== brutePairs) process.exitCode = 1;
