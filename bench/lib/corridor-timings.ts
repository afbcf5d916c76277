import { NearPairCache } from '../../src/analytics/corridors/near-pairs.ts';
import { buildPositionIndex } from '../../src/analytics/corridors/position-index.ts';
import { prepareCorridors } from '../../src/analytics/corridors/prepare-corridors.ts';
import { corridorPolygons, corridorProximity } from '../../src/analytics/corridors/proximity.ts';
import type { AggregatedPositions } from '../../src/analytics/corridors/types.ts';
import { type CorridorScene, FIRST_MONTH, filterRows, shuffleRows } from './corridor-scene.ts';

/** A clock reading: wall time and (where the runtime tells) CPU time of this thread, ms. */
export interface Reading {
  wall: number;
  cpu: number;
}

/** One measured step, every run. */
export interface Step {
  wall: number[];
  cpu: number[];
}

/** What {@link timeCorridors} measures. */
export interface CorridorTimings {
  /** Position grouping + grid index. */
  index: Step;
  /** Proximity from scratch: grouping + index + near search + counts. */
  cold: Step;
  /** The same with the rows in random order (the index sorts them). */
  coldShuffled: Step;
  /** After a filter change, near pairs cached from earlier runs: grouping + index + counts. */
  warm: Step;
  /** (cell, corridor) pairs within the distance, all cells. */
  pairs: number;
  /** Positions the warm runs had to search (not seen before). */
  warmSearched: number;
  segments: number;
  scoreSegments: number;
  rows: number;
  prepareMs: number;
}

const DISTANCE_KM = 25;
const CRIME_TYPES = 4;

function step(): Step {
  return { wall: [], cpu: [] };
}

function timed<T>(clock: () => Reading, into: Step, f: () => T): T {
  const a = clock();
  const out = f();
  const b = clock();
  into.wall.push(b.wall - a.wall);
  into.cpu.push(b.cpu - a.cpu);
  return out;
}

/**
 * Times the corridor proximity on `scene` at 25 km, `runs` times per step: the analysed period
 * is the scene's second half, the first half its previous period. The warm step alternates
 * two filter changes (dropping one crime type, then another) after one run on all rows has
 * filled the near-pair cache, as the app's worker does when filters change.
 */
export function timeCorridors(scene: CorridorScene, runs: number, clock: () => Reading): CorridorTimings {
  const months = 1 + scene.data.month.reduce((m, v) => Math.max(m, v), FIRST_MONTH) - FIRST_MONTH;
  const half = Math.floor(months / 2);
  const options = {
    distanceKm: DISTANCE_KM,
    period: { from: FIRST_MONTH + half, to: FIRST_MONTH + 2 * half - 1 },
    crimeTypeCount: CRIME_TYPES,
  };
  const p0 = clock();
  const prepared = prepareCorridors(scene.collection);
  const prepareMs = clock().wall - p0.wall;
  const out: CorridorTimings = {
    index: step(),
    cold: step(),
    coldShuffled: step(),
    warm: step(),
    pairs: 0,
    warmSearched: 0,
    segments: prepared.geo.count,
    scoreSegments: prepared.scoreSegments.length,
    rows: scene.data.lon.length,
    prepareMs,
  };
  const run = (data: AggregatedPositions, cache?: NearPairCache) =>
    corridorProximity(prepared, data, {
      ...options,
      positionIndex: buildPositionIndex(data.lon, data.lat),
      nearCache: cache,
    });
  for (let i = 0; i < runs; i++) {
    timed(clock, out.index, () => buildPositionIndex(scene.data.lon, scene.data.lat));
    const result = timed(clock, out.cold, () => run(scene.data));
    out.pairs = result.positionsNear.reduce((s, v) => s + v, 0);
  }
  const shuffled = shuffleRows(scene.data);
  for (let i = 0; i < runs; i++) timed(clock, out.coldShuffled, () => run(shuffled));
  const cache = new NearPairCache(prepared.geo, DISTANCE_KM, corridorPolygons(prepared));
  run(scene.data, cache);
  const filters = [
    filterRows(scene.data, (r) => scene.data.crimeType[r] !== 3),
    filterRows(scene.data, (r) => scene.data.crimeType[r] !== 0),
  ];
  for (let i = 0; i < runs; i++) {
    timed(clock, out.warm, () => run(filters[i % 2]!, cache));
    out.warmSearched += cache.searched;
  }
  return out;
}

/** The median of `xs`. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}
