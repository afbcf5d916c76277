import type { Position } from 'geojson';
import type {
  AggregatedPositions,
  CorridorCollection,
  CorridorFeature,
} from '../../src/analytics/corridors/types.ts';

/**
 * The corridor benchmark's synthetic scene, shared by the Node run and the browser page
 * (no Node imports): ~1M incidents clustered around 200 places in Latin America, aggregated
 * to 0.01° cell centres × crime type × month in the proximity query's row order, and 50
 * corridors (45 lines with digitised wiggles, 5 polygons). Seeded, so both runs see the same data.
 */
export interface CorridorScene {
  data: AggregatedPositions;
  collection: CorridorCollection;
  /** Distinct 0.01° cells among the incidents. */
  cells: number;
  incidents: number;
}

/** Size and seed of a scene. */
export interface SceneOptions {
  incidents?: number;
  places?: number;
  corridors?: number;
  months?: number;
  seed?: number;
}

/** Months of the scene's data: month indices 600 .. 600 + months − 1. */
export const FIRST_MONTH = 600;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the scene. Deterministic for equal options. */
export function corridorScene({
  incidents = 1_000_000,
  places: placeCount = 200,
  corridors: corridorCount = 50,
  months = 48,
  seed = 42,
}: SceneOptions = {}): CorridorScene {
  const rand = mulberry32(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const places = Array.from({ length: placeCount }, () => ({
    lon: -105 + 70 * rand(),
    lat: -45 + 70 * rand(),
    spread: 0.05 + 0.4 * rand(),
    weight: rand() ** 3,
  }));
  const totalWeight = places.reduce((s, p) => s + p.weight, 0);
  let sum = 0;
  const cumulative = places.map((p) => {
    sum += p.weight / totalWeight;
    return sum;
  });
  const rows = new Map<number, number>();
  const cells = new Set<number>();
  for (let i = 0; i < incidents; i++) {
    const u = rand();
    let k = cumulative.findIndex((c) => c >= u);
    if (k < 0) k = placeCount - 1;
    const place = places[k]!;
    const ix = Math.round((place.lon + gauss() * place.spread + 180) * 100);
    const iy = Math.round((place.lat + gauss() * place.spread + 90) * 100);
    const cell = ix * 20000 + iy;
    cells.add(cell);
    const key = (cell * 4 + Math.floor(rand() * 4)) * months + Math.floor(rand() * months);
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
  // In the proximity query's order: by position, then crime type and month.
  for (const key of [...rows.keys()].sort((a, b) => a - b)) {
    const month = key % months;
    const ct = Math.floor(key / months) % 4;
    const cell = Math.floor(key / months / 4);
    // Cell centres computed as the proximity query does: (floor(x / 0.01) + 0.5) * 0.01.
    data.lon[r] = (Math.floor(cell / 20000) - 18000 + 0.5) * 0.01;
    data.lat[r] = ((cell % 20000) - 9000 + 0.5) * 0.01;
    data.weight[r] = rows.get(key)!;
    data.crimeType[r] = ct;
    data.month[r] = FIRST_MONTH + month;
    r++;
  }
  const features: CorridorFeature[] = [];
  for (let c = 0; c < corridorCount; c++) {
    const props = { kind: (['drug', 'fuel', 'arms', 'other'] as const)[c % 4]!, name: `corridor ${c}` };
    const start = places[Math.floor(rand() * placeCount)]!;
    if (c % 10 === 9) {
      const ring: Position[] = Array.from({ length: 12 }, (_, i) => {
        const a = (2 * Math.PI * i) / 12;
        const radius = 0.5 + 1.5 * rand();
        return [start.lon + radius * Math.cos(a), start.lat + radius * Math.sin(a)];
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
      const to = places[Math.floor(rand() * placeCount)]!;
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
  return { data, collection: { type: 'FeatureCollection', features }, cells: cells.size, incidents };
}

/** The rows of `data` that pass `keep` (a filter change: fewer rows, mostly the same cells). */
export function filterRows(data: AggregatedPositions, keep: (row: number) => boolean): AggregatedPositions {
  const rows: number[] = [];
  for (let r = 0; r < data.lon.length; r++) if (keep(r)) rows.push(r);
  return {
    lon: Float64Array.from(rows, (r) => data.lon[r]!),
    lat: Float64Array.from(rows, (r) => data.lat[r]!),
    weight: Float64Array.from(rows, (r) => data.weight[r]!),
    crimeType: Uint8Array.from(rows, (r) => data.crimeType[r]!),
    month: Int32Array.from(rows, (r) => data.month[r]!),
  };
}

/** The rows of `data` in a seeded random order (the index must then sort them itself). */
export function shuffleRows(data: AggregatedPositions, seed = 7): AggregatedPositions {
  const rand = mulberry32(seed);
  const order = Array.from({ length: data.lon.length }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return filterRowsInOrder(data, order);
}

function filterRowsInOrder(data: AggregatedPositions, rows: number[]): AggregatedPositions {
  return {
    lon: Float64Array.from(rows, (r) => data.lon[r]!),
    lat: Float64Array.from(rows, (r) => data.lat[r]!),
    weight: Float64Array.from(rows, (r) => data.weight[r]!),
    crimeType: Uint8Array.from(rows, (r) => data.crimeType[r]!),
    month: Int32Array.from(rows, (r) => data.month[r]!),
  };
}
