import type { FlowData } from '../layers/flow-data.ts';
import type { GridData } from '../layers/grid-data.ts';
import type { RouteData } from '../layers/route-data.ts';

/** Flows of a slide as plain arrays: only flows that passed suppression. */
export interface FlowSnapshot {
  /** Interleaved lon/lat of each flow's origin and destination. */
  source: number[];
  target: number[];
  persons: number[];
  origin: string[];
  destination: string[];
  category: string[];
}

/** Routes of a slide as plain arrays (paths as interleaved lon/lat with start indices). */
export interface RouteSnapshot {
  positions: number[];
  startIndices: number[];
  persons: number[];
  route: string[];
  crimeType: string[];
  origin: string[];
  transit: string[];
  destination: string[];
}

/** Density cells of a slide: position, persons and the drawn colour (RGBA). */
export interface GridSnapshot {
  positions: number[];
  persons: number[];
  colors: number[];
}

/** What a slide says about the data it was made from (for the footer and provenance). */
export interface SnapshotDataset {
  name: string;
  synthetic: boolean;
  /** 12 hex characters of the extract's SHA-256 (what the footer shows). */
  fingerprint: string;
  /** The whole SHA-256 (64 hex), so a deck can be traced to its data; absent in decks saved before it was added. */
  fullFingerprint?: string;
}

/** The dataset part of a snapshot: the display prefix and the full fingerprint. */
export function toSnapshotDataset(info: {
  name: string;
  synthetic: boolean;
  fingerprint: string;
}): SnapshotDataset {
  return {
    name: info.name,
    synthetic: info.synthetic,
    fingerprint: info.fingerprint.slice(0, 12),
    fullFingerprint: info.fingerprint,
  };
}

/**
 * The suppressed aggregates needed to draw one slide without the database: exactly what the
 * map drew (cells, flows and routes with at least k persons), as drawing weights rather than
 * counts; never incident rows, never the "other flows" totals or per-category splits of a
 * cell, which may hold small counts.
 */
export interface SlideSnapshot {
  /** The period as it was shown, in the language of the person who saved it. */
  periodLabel: string;
  dataset: SnapshotDataset;
  k: number;
  flows: FlowSnapshot | null;
  routes: RouteSnapshot | null;
  grid: GridSnapshot | null;
}

/** The layer data a snapshot is taken from (a subset of the map's data). */
export interface SnapshotSource {
  flows: FlowData | null;
  routes: RouteData | null;
  grid: GridData | null;
}

/** Steps of the weight ladder: ten per decade (×1.26), and never narrower than k. */
const LADDER_STEPS_PER_DECADE = 10;

/**
 * A drawn count as a deck file keeps it: the middle of its class on a ladder that starts at
 * k, each class ×1.26 wider than the last and never holding fewer than k counts ([5, 10),
 * [10, 15), [15, 20), … for k = 5, then geometric). A slide draws widths and sizes, never
 * figures, and a width within a class looks the same; but a file with exact counts would let
 * two slides one click apart be subtracted into a small count. Every weight stands for at
 * least k possible counts, so no weight, and no difference of two, pins a count. Pure.
 */
export function drawingWeight(n: number, k: number): number {
  const step = Math.max(1, k);
  let low = step;
  for (;;) {
    const high = Math.max(low + step, Math.ceil(low * 10 ** (1 / LADDER_STEPS_PER_DECADE)));
    if (n < high) return Math.round((low + high - 1) / 2);
    low = high;
  }
}

/** Coordinates rounded to ~1 m, so a file does not carry float32 noise. */
const round = (v: number) => Math.round(v * 1e5) / 1e5;

function keepAtLeast(persons: ArrayLike<number>, k: number): number[] {
  const keep: number[] = [];
  for (let i = 0; i < persons.length; i++) if (persons[i]! >= k) keep.push(i);
  return keep;
}

const pairs = (values: ArrayLike<number>, keep: number[]) =>
  keep.flatMap((i) => [round(values[i * 2]!), round(values[i * 2 + 1]!)]);

/**
 * Takes the snapshot of the layer data on screen. The layer data is already suppressed; the
 * threshold is applied again here so a snapshot can never carry a count below k, and each
 * count is kept only as its drawing weight ({@link drawingWeight}): a deck is drawn, not read.
 */
export function toSlideSnapshot(
  source: SnapshotSource,
  meta: { periodLabel: string; dataset: SnapshotDataset; k: number },
): SlideSnapshot {
  const { k } = meta;
  const { flows: f, routes: r, grid: g } = source;
  let flows: FlowSnapshot | null = null;
  if (f) {
    const keep = keepAtLeast(f.persons, k);
    flows = {
      source: pairs(f.source, keep),
      target: pairs(f.target, keep),
      persons: keep.map((i) => drawingWeight(f.persons[i]!, k)),
      origin: keep.map((i) => f.origin[i]!),
      destination: keep.map((i) => f.destination[i]!),
      category: keep.map((i) => f.category[i]!),
    };
  }
  let routes: RouteSnapshot | null = null;
  if (r) {
    const keep = keepAtLeast(r.persons, k);
    const startIndices = [0];
    const positions: number[] = [];
    for (const i of keep) {
      for (let v = r.startIndices[i]!; v < r.startIndices[i + 1]!; v++)
        positions.push(round(r.positions[v * 2]!), round(r.positions[v * 2 + 1]!));
      startIndices.push(positions.length / 2);
    }
    routes = {
      positions,
      startIndices,
      persons: keep.map((i) => drawingWeight(r.persons[i]!, k)),
      route: keep.map((i) => r.route[i]!),
      crimeType: keep.map((i) => r.crimeType[i]!),
      origin: keep.map((i) => r.origin[i]!),
      transit: keep.map((i) => r.transit[i]!),
      destination: keep.map((i) => r.destination[i]!),
    };
  }
  let grid: GridSnapshot | null = null;
  if (g) {
    const keep = keepAtLeast(g.persons, k);
    grid = {
      positions: pairs(g.positions, keep),
      persons: keep.map((i) => drawingWeight(g.persons[i]!, k)),
      colors: keep.flatMap((i) => Array.from(g.colors.subarray(i * 4, i * 4 + 4))),
    };
  }
  return { periodLabel: meta.periodLabel, dataset: { ...meta.dataset }, k, flows, routes, grid };
}

const maxOf = (values: readonly number[]) => values.reduce((m, v) => Math.max(m, v), 0);

/** Rebuilds flow layer data from a snapshot (for the existing `flowsLayer` factory). */
export function flowDataOfSnapshot(s: FlowSnapshot): FlowData {
  return {
    length: s.persons.length,
    source: Float32Array.from(s.source),
    target: Float32Array.from(s.target),
    persons: Float64Array.from(s.persons),
    origin: [...s.origin],
    destination: [...s.destination],
    category: [...s.category],
    otherPersons: 0,
    otherFlows: 0,
    maxPersons: maxOf(s.persons),
  };
}

/** Rebuilds route layer data from a snapshot (for the existing `routesLayer` factory). */
export function routeDataOfSnapshot(s: RouteSnapshot): RouteData {
  return {
    length: s.persons.length,
    positions: Float32Array.from(s.positions),
    startIndices: Uint32Array.from(s.startIndices),
    persons: Float64Array.from(s.persons),
    route: [...s.route],
    crimeType: [...s.crimeType],
    origin: [...s.origin],
    transit: [...s.transit],
    destination: [...s.destination],
    maxPersons: maxOf(s.persons),
  };
}

/** Rebuilds density layer data from a snapshot (per-type splits are not kept: zeros). */
export function gridDataOfSnapshot(s: GridSnapshot): GridData {
  return {
    length: s.persons.length,
    positions: Float32Array.from(s.positions),
    persons: Float64Array.from(s.persons),
    byCrimeType: new Float64Array(s.persons.length * 4),
    colors: Uint8ClampedArray.from(s.colors),
    hiddenCells: 0,
    maxPersons: maxOf(s.persons),
  };
}
