import type { GeoSegments } from './line-set.ts';
import type { PositionIndex } from './position-index.ts';
import { EARTH_RADIUS_KM, type NearestScratch, SEG_STRIDE, segmentDistanceKm } from './sphere.ts';

/**
 * A cheap stand-in for the turf-identical distance (sphere.ts) that decides almost every
 * comparison, and says when it cannot. The exact formula costs about ten transcendental calls
 * (lon/lat round trip of the nearest point, then haversine); the true great-circle distance
 * to an arc is one `asin` of a dot product. Both are within ~1e-12 km of the true distance,
 * so whenever two values to compare (a distance and the buffer, or two distances) differ by
 * more than {@link MARGIN_KM}, the cheap one gives the same answer as the exact one; inside
 * the margin the caller computes the exact value. Answers stay identical to brute-force turf.
 */
export const MARGIN_KM = 1e-6;

/**
 * Per-segment constants of the cheap distance: n̂×A and B×n̂ (their dot with a point's unit
 * vector C has the sign of turf's "nearest point after A" and "before B" tests), the arc
 * angle, and whether the cheap path may be used at all: not for degenerate segments, and
 * not near the poles, where turf's `asin` of the nearest point's z loses digits.
 */
export interface ArcConstants {
  /** 7 numbers per segment: (n̂×A), (B×n̂), arc angle in radians. */
  values: Float64Array;
  /** 1 where the cheap path is valid for the segment. */
  usable: Uint8Array;
}

const STRIDE = 7;
/** |z| of a unit vector beyond which (latitude ≈ 88°) the exact path is always taken. */
export const POLAR_Z = Math.sin((88 * Math.PI) / 180);
/** Buffers beyond this use the exact path: the `asin` of a large angle is ill-conditioned. */
const MAX_CHEAP_KM = 2000;

/** Builds {@link ArcConstants} for every segment of `geo`. Pure. */
export function arcConstants(geo: GeoSegments): ArcConstants {
  const values = new Float64Array(geo.count * STRIDE);
  const usable = new Uint8Array(geo.count);
  const buf = geo.buf;
  for (let s = 0; s < geo.count; s++) {
    const o = s * SEG_STRIDE;
    const [a0, a1, a2, b0, b1, b2] = [
      buf[o + 4]!,
      buf[o + 5]!,
      buf[o + 6]!,
      buf[o + 7]!,
      buf[o + 8]!,
      buf[o + 9]!,
    ];
    const [n0, n1, n2] = [buf[o + 13]!, buf[o + 14]!, buf[o + 15]!];
    const [s0, s1, s2] = [buf[o + 10]!, buf[o + 11]!, buf[o + 12]!];
    const v = s * STRIDE;
    values[v] = n1 * a2 - n2 * a1;
    values[v + 1] = n2 * a0 - n0 * a2;
    values[v + 2] = n0 * a1 - n1 * a0;
    values[v + 3] = b1 * n2 - b2 * n1;
    values[v + 4] = b2 * n0 - b0 * n2;
    values[v + 5] = b0 * n1 - b1 * n0;
    values[v + 6] = Math.atan2(Math.sqrt(s0 ** 2 + s1 ** 2 + s2 ** 2), a0 * b0 + a1 * b1 + a2 * b2);
    const b = s * 4;
    const maxLat = Math.max(Math.abs(geo.box[b + 1]!), Math.abs(geo.box[b + 3]!));
    usable[s] =
      Number.isFinite(n0) && values[v + 6]! > 0 && Math.sin((maxLat * Math.PI) / 180) < POLAR_Z ? 1 : 0;
  }
  return { values, usable };
}

/** Whether the cheap distance may be used for this buffer at all. */
export function cheapBufferOk(distanceKm: number): boolean {
  return distanceKm <= MAX_CHEAP_KM;
}

/**
 * Cheap great-circle distance (km) from position `p` to segment `seg`, or NaN where the cheap
 * path is not valid (then call {@link exactDistanceKm}).
 */
export function cheapDistanceKm(
  geo: GeoSegments,
  arcs: ArcConstants,
  seg: number,
  pos: PositionIndex,
  p: number,
): number {
  const c = 3 * p;
  const c0 = pos.vec[c]!;
  const c1 = pos.vec[c + 1]!;
  const c2 = pos.vec[c + 2]!;
  if (arcs.usable[seg] === 0 || c2 > POLAR_Z || c2 < -POLAR_Z) return Number.NaN;
  const v = seg * STRIDE;
  const k = arcs.values;
  const o = seg * SEG_STRIDE;
  const buf = geo.buf;
  if (
    c0 * k[v]! + c1 * k[v + 1]! + c2 * k[v + 2]! >= 0 &&
    c0 * k[v + 3]! + c1 * k[v + 4]! + c2 * k[v + 5]! >= 0
  ) {
    const off = Math.abs(c0 * buf[o + 13]! + c1 * buf[o + 14]! + c2 * buf[o + 15]!);
    return Math.asin(Math.min(1, off)) * EARTH_RADIUS_KM;
  }
  const dA = c0 * buf[o + 4]! + c1 * buf[o + 5]! + c2 * buf[o + 6]!;
  const dB = c0 * buf[o + 7]! + c1 * buf[o + 8]! + c2 * buf[o + 9]!;
  const e = dA > dB ? 4 : 7;
  const x = c0 - buf[o + e]!;
  const y = c1 - buf[o + e + 1]!;
  const z = c2 - buf[o + e + 2]!;
  return 2 * Math.asin(Math.min(1, Math.sqrt(x * x + y * y + z * z) / 2)) * EARTH_RADIUS_KM;
}

/**
 * Where along segment `seg` (0..1, by arc angle) the point nearest to position `p` lies, as
 * turf's nearest-point search reports it; NaN where the cheap path is not valid. Within ~1e-14
 * of the exact fraction.
 */
export function cheapFraction(
  geo: GeoSegments,
  arcs: ArcConstants,
  seg: number,
  pos: PositionIndex,
  p: number,
): number {
  const c = 3 * p;
  const c0 = pos.vec[c]!;
  const c1 = pos.vec[c + 1]!;
  const c2 = pos.vec[c + 2]!;
  if (arcs.usable[seg] === 0 || c2 > POLAR_Z || c2 < -POLAR_Z) return Number.NaN;
  const v = seg * STRIDE;
  const k = arcs.values;
  const o = seg * SEG_STRIDE;
  const buf = geo.buf;
  const afterA = c0 * k[v]! + c1 * k[v + 1]! + c2 * k[v + 2]!;
  const beforeB = c0 * k[v + 3]! + c1 * k[v + 4]! + c2 * k[v + 5]!;
  if (afterA >= 0 && beforeB >= 0) {
    const alongA = c0 * buf[o + 4]! + c1 * buf[o + 5]! + c2 * buf[o + 6]!;
    return Math.min(1, Math.atan2(afterA, alongA) / k[v + 6]!);
  }
  const dA = c0 * buf[o + 4]! + c1 * buf[o + 5]! + c2 * buf[o + 6]!;
  const dB = c0 * buf[o + 7]! + c1 * buf[o + 8]! + c2 * buf[o + 9]!;
  return dA > dB ? 0 : 1;
}

/** The turf-identical distance (sphere.ts) from position `p` to segment `seg`. */
export function exactDistanceKm(
  geo: GeoSegments,
  seg: number,
  pos: PositionIndex,
  p: number,
  scratch: NearestScratch,
): number {
  const v = 3 * p;
  return segmentDistanceKm(
    geo.buf,
    seg,
    pos.lon[p]!,
    pos.lat[p]!,
    pos.vec[v]!,
    pos.vec[v + 1]!,
    pos.vec[v + 2]!,
    scratch,
  );
}
