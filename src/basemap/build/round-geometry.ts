import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Rounds a number to `decimals` places; `-0` becomes `0` so the JSON stays short. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Rounds each position and drops positions equal to the one before (rounding makes many). */
function roundPath(path: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const q = [roundTo(p[0] ?? 0, decimals), roundTo(p[1] ?? 0, decimals)];
    const prev = out[out.length - 1];
    if (prev && prev[0] === q[0] && prev[1] === q[1]) continue;
    out.push(q);
  }
  return out;
}

/**
 * Rounds a polygon or multipolygon to `decimals` places (3 ≈ 110 m, finer than a pixel at the
 * zooms we draw) and drops rings that collapse below four positions and polygons whose outer
 * ring collapses. Returns a MultiPolygon, or null when nothing is left.
 */
export function roundPolygonal(geometry: Polygon | MultiPolygon, decimals: number): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => roundPath(ring, decimals));
    const [outer, ...holes] = rings;
    if (!outer || outer.length < 4) continue;
    kept.push([outer, ...holes.filter((ring) => ring.length >= 4)]);
  }
  return kept.length > 0 ? { type: 'MultiPolygon', coordinates: kept } : null;
}

/** Rounds lines to `decimals` places, dropping lines left with fewer than two positions; null when none is left. */
export function roundLines(geometry: MultiLineString, decimals: number): MultiLineString | null {
  const lines = geometry.coordinates
    .map((line) => roundPath(line, decimals))
    .filter((line) => line.length >= 2);
  return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
}
