import type { MultiLineString, MultiPolygon, Position } from 'geojson';

/**
 * world-atlas stitches Natural Earth across the antimeridian (right for d3's spherical
 * projections), so Russia's or Fiji's rings jump from +180 to −180. MapLibre reads lon/lat
 * as planar: such a ring becomes a band across the whole world. These functions cut them.
 */

/** Makes a ring continuous in longitude (no step above 180°); returns it and how far it drifted (0, ±360 for a ring around a pole). */
function unwrapRing(ring: readonly Position[]): { ring: Position[]; drift: number } {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [x = 0, y = 0] of ring) {
    if (previous !== undefined) {
      if (x - previous > 180) offset -= 360;
      else if (x - previous < -180) offset += 360;
    }
    previous = x;
    out.push([x + offset, y]);
  }
  return { ring: out, drift: offset };
}

/** Sutherland–Hodgman against one vertical line: keeps the side where `inside(x)` holds. */
function clipAtX(ring: readonly Position[], x0: number, keepLeft: boolean): Position[] {
  const inside = (p: Position) => (keepLeft ? (p[0] ?? 0) <= x0 : (p[0] ?? 0) >= x0);
  const cross = (a: Position, b: Position): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    const t = (x0 - ax) / (bx - ax);
    return [x0, ay + t * (by - ay)];
  };
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i]!;
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  }
  return out;
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    ring.push([first[0] ?? 0, first[1] ?? 0]);
  return ring;
}

/** The piece of an unwrapped ring inside world copy `k` ([−180, 180] + 360k), shifted back into [−180, 180]. */
function windowOf(ring: readonly Position[], k: number): Position[] {
  const open = ring.slice(0, -1);
  const clipped = clipAtX(clipAtX(open, -180 + 360 * k, false), 180 + 360 * k, true);
  return clipped.length >= 3 ? closeRing(clipped.map(([x = 0, y = 0]) => [x - 360 * k, y])) : [];
}

/** Whether a ring is a tiny circle around a pole (every point within 0.1° of it). */
function isPoleCap(ring: readonly Position[] | undefined): boolean {
  return ring !== undefined && ring.length > 0 && ring.every((p) => Math.abs(p[1] ?? 0) >= 89.9);
}

/**
 * world-atlas 1:50m draws Antarctica as a cap around the pole whose hole is the coastline
 * (spherically the same area). Planar, that is a sliver: each hole becomes an outer ring
 * around the pole instead, which {@link cutPolygonsAtAntimeridian} then closes along the pole.
 */
function fromPoleCap(polygon: Position[][]): Position[][][] {
  return isPoleCap(polygon[0]) ? polygon.slice(1).map((hole) => [hole]) : [polygon];
}

/**
 * Cuts polygons at the antimeridian so every ring lies within [−180, 180]. A ring around a
 * pole (Antarctica) is closed along the pole's latitude first; a pole cap with the coast as
 * its hole is turned inside out first. Holes are clipped with their
 * polygon's pieces. Polygons that do not cross are returned unchanged.
 */
export function cutPolygonsAtAntimeridian(geometry: MultiPolygon): MultiPolygon {
  const polygons: Position[][][] = [];
  for (const polygon of geometry.coordinates.flatMap(fromPoleCap)) {
    const unwrapped = polygon.map((ring) => unwrapRing(ring));
    const outer = unwrapped[0];
    if (!outer) continue;
    const xs = outer.ring.map((p) => p[0] ?? 0);
    const west = Math.min(...xs);
    const east = Math.max(...xs);
    if (west >= -180 && east <= 180 && outer.drift === 0) {
      polygons.push(polygon);
      continue;
    }
    if (outer.drift !== 0) {
      const first = outer.ring[0]!;
      const last = outer.ring[outer.ring.length - 1]!;
      const poleLat = (first[1] ?? 0) < 0 ? -90 : 90;
      outer.ring.push([last[0] ?? 0, poleLat], [first[0] ?? 0, poleLat], [first[0] ?? 0, first[1] ?? 0]);
    }
    const allX = outer.ring.map((p) => p[0] ?? 0);
    const kMin = Math.floor((Math.min(...allX) + 180) / 360);
    const kMax = Math.ceil((Math.max(...allX) - 180) / 360);
    for (let k = kMin; k <= kMax; k++) {
      const rings = unwrapped.map((r) => windowOf(r.ring, k));
      const [piece, ...holes] = rings;
      if (piece && piece.length >= 4) polygons.push([piece, ...holes.filter((h) => h.length >= 4)]);
    }
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Splits lines where they jump across the antimeridian (the gap at ±180° is a few metres). */
export function cutLinesAtAntimeridian(geometry: MultiLineString): MultiLineString {
  const lines: Position[][] = [];
  for (const line of geometry.coordinates) {
    let current: Position[] = [];
    for (const p of line) {
      const previous = current[current.length - 1];
      if (previous && Math.abs((p[0] ?? 0) - (previous[0] ?? 0)) > 180) {
        if (current.length >= 2) lines.push(current);
        current = [];
      }
      current.push(p);
    }
    if (current.length >= 2) lines.push(current);
  }
  return { type: 'MultiLineString', coordinates: lines };
}
