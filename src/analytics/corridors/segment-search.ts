import type { CellRanges } from './cell-ranges.ts';
import type { GeoSegments } from './line-set.ts';
import { type PositionIndex, searchBox } from './position-index.ts';
import { EARTH_RADIUS_KM, expansionDegrees, SEG_STRIDE } from './sphere.ts';

/** Searches the position index over a lon range that may run past ±180, wrapping it. */
export function searchWrapped(
  pos: PositionIndex,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  visit: (p: number) => void,
): void {
  if (pos.count === 0) return;
  const lo = Math.max(-90, y0);
  const hi = Math.min(90, y1);
  if (x1 - x0 >= 360) {
    searchBox(pos, -180, lo, 180, hi, visit);
    return;
  }
  searchBox(pos, Math.max(-180, x0), lo, Math.min(180, x1), hi, visit);
  if (x0 < -180) searchBox(pos, x0 + 360, lo, 180, hi, visit);
  if (x1 > 180) searchBox(pos, -180, lo, x1 - 360, hi, visit);
}

/**
 * Calls `visit` once for every position that may lie within `distanceKm` of segment `seg`
 * (a superset: the caller decides exactly). A short segment is searched with its arc box
 * widened by the distance. A long one is cut into chunks of at most 2δ (≥ 10 km) along its
 * great circle, each searched with its own (rigorously bounded) box widened by the
 * distance, so a long diagonal segment does not drag in its whole bounding box. The boxes'
 * grid cells are gathered per column first (`ranges`, scratch), so a position under two
 * overlapping chunks is visited once. Positions also have to pass the great-circle plane
 * test |C·n| ≤ sin δ.
 */
export function searchSegment(
  geo: GeoSegments,
  seg: number,
  pos: PositionIndex,
  distanceKm: number,
  ranges: CellRanges,
  visit: (p: number) => void,
): void {
  const o = seg * SEG_STRIDE;
  const buf = geo.buf;
  const n0 = buf[o + 13]!;
  const n1 = buf[o + 14]!;
  const n2 = buf[o + 15]!;
  const hasPlane = Number.isFinite(n0);
  const planeLimit = Math.sin(Math.min(Math.PI / 2, distanceKm / EARTH_RADIUS_KM)) * (1 + 1e-9) + 1e-12;
  const filtered = (p: number): void => {
    const v = 3 * p;
    if (hasPlane && Math.abs(pos.vec[v]! * n0 + pos.vec[v + 1]! * n1 + pos.vec[v + 2]! * n2) > planeLimit)
      return;
    visit(p);
  };
  const length = geo.lengthKm[seg]!;
  const chunkKm = Math.max(2 * distanceKm, 10);
  if (!hasPlane || length <= 2 * chunkKm || length >= EARTH_RADIUS_KM * Math.PI * 0.9) {
    const b = seg * 4;
    const maxAbsLat = Math.max(Math.abs(geo.box[b + 1]!), Math.abs(geo.box[b + 3]!));
    const { dLat, dLon } = expansionDegrees(distanceKm, maxAbsLat);
    ranges.addWrapped(
      geo.box[b]! - dLon,
      geo.box[b + 1]! - dLat,
      geo.box[b + 2]! + dLon,
      geo.box[b + 3]! + dLat,
    );
    ranges.scan(pos, filtered);
    return;
  }
  // Chunk k spans fractions [k/K, (k+1)/K] of the arc. Its longitudes run monotonically
  // between its ends; its z (sine of latitude) lies within the ends' z divided by
  // cos(chunk angle / 2), the shortest distance from the sphere's centre to the chord.
  const chunks = Math.ceil(length / chunkKm);
  const theta = length / EARTH_RADIUS_KM;
  const sinTheta = Math.sin(theta);
  const stretch = 1 / Math.cos(theta / chunks / 2);
  let prevLon = 0;
  let prevZ = 0;
  for (let k = 0; k <= chunks; k++) {
    const t = k / chunks;
    const wa = Math.sin((1 - t) * theta) / sinTheta;
    const wb = Math.sin(t * theta) / sinTheta;
    const x = wa * buf[o + 4]! + wb * buf[o + 7]!;
    const y = wa * buf[o + 5]! + wb * buf[o + 8]!;
    const z = (wa * buf[o + 6]! + wb * buf[o + 9]!) / Math.hypot(x, y, wa * buf[o + 6]! + wb * buf[o + 9]!);
    let lon = (Math.atan2(y, x) * 180) / Math.PI;
    if (k > 0) {
      while (lon - prevLon > 180) lon -= 360;
      while (lon - prevLon < -180) lon += 360;
      const zHi = Math.max(prevZ, z);
      const zLo = Math.min(prevZ, z);
      const latHi = asinDeg(zHi > 0 ? zHi * stretch : zHi) + 1e-9;
      const latLo = asinDeg(zLo < 0 ? zLo * stretch : zLo) - 1e-9;
      const { dLat, dLon } = expansionDegrees(distanceKm, Math.max(Math.abs(latLo), Math.abs(latHi)));
      const x0 = Math.min(prevLon, lon) - dLon - 1e-9;
      const x1 = Math.max(prevLon, lon) + dLon + 1e-9;
      ranges.addWrapped(x0, latLo - dLat, x1, latHi + dLat);
    }
    prevLon = lon;
    prevZ = z;
  }
  ranges.scan(pos, filtered);
}

function asinDeg(z: number): number {
  return (Math.asin(Math.max(-1, Math.min(1, z))) * 180) / Math.PI;
}
