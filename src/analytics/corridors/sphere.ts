/**
 * Spherical geometry shared by the corridor analyses. The formulas repeat, operation for
 * operation, what @turf/point-to-line-distance 7.4 does by default (method "geodesic": the
 * nearest point on the great-circle arc through 3-D unit vectors, then the haversine
 * distance on a sphere of radius 6371.0088 km), so indexed answers agree with brute-force
 * turf to the last bit instead of "within a tolerance".
 */

/** Mean Earth radius in km, turf's `earthRadius / 1000`. */
export const EARTH_RADIUS_KM = 6371.0088;
const DEG_PER_RAD = 360 / (2 * Math.PI);

/** Degrees → radians exactly as turf's `degreesToRadians` (which reduces modulo 360 first). */
export function toRadians(degrees: number): number {
  return ((degrees % 360) * Math.PI) / 180;
}

function toDegrees(radians: number): number {
  return ((radians % (2 * Math.PI)) * 180) / Math.PI;
}

/**
 * Haversine distance in km between two lon/lat points, with turf's own unit round trip
 * (radians → degrees → radians → km) so that results match `pointToLineDistance` bit for bit.
 */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a =
    Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2));
  const radians = 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  return ((radians * DEG_PER_RAD) / DEG_PER_RAD) * EARTH_RADIUS_KM;
}

/** Stride of one segment record in a {@link GeodesicSegments} buffer. */
export const SEG_STRIDE = 16;

/**
 * Great-circle segments packed in one Float64Array, `SEG_STRIDE` numbers each:
 * lon/lat of both ends (as given), unit vectors A and B, the raw axis A×B and its unit.
 */
export type GeodesicSegments = Float64Array;

/** Unit vector of a lon/lat point, written to `out` at `offset` (turf's `lngLatToVector`). */
export function toUnitVector(lon: number, lat: number, out: Float64Array, offset: number): void {
  const la = toRadians(lat);
  const lo = toRadians(lon);
  out[offset] = Math.cos(la) * Math.cos(lo);
  out[offset + 1] = Math.cos(la) * Math.sin(lo);
  out[offset + 2] = Math.sin(la);
}

/** Fills segment record `i` of `buf` from its two end points. Mutates `buf`. */
export function writeSegment(
  buf: GeodesicSegments,
  i: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): void {
  const o = i * SEG_STRIDE;
  buf[o] = ax;
  buf[o + 1] = ay;
  buf[o + 2] = bx;
  buf[o + 3] = by;
  toUnitVector(ax, ay, buf, o + 4);
  toUnitVector(bx, by, buf, o + 7);
  const [a0, a1, a2, b0, b1, b2] = [
    buf[o + 4]!,
    buf[o + 5]!,
    buf[o + 6]!,
    buf[o + 7]!,
    buf[o + 8]!,
    buf[o + 9]!,
  ];
  const n0 = a1 * b2 - a2 * b1;
  const n1 = a2 * b0 - a0 * b2;
  const n2 = a0 * b1 - a1 * b0;
  buf[o + 10] = n0;
  buf[o + 11] = n1;
  buf[o + 12] = n2;
  const mag = Math.sqrt(n0 ** 2 + n1 ** 2 + n2 ** 2);
  buf[o + 13] = n0 / mag;
  buf[o + 14] = n1 / mag;
  buf[o + 15] = n2 / mag;
}

/** Scratch output of {@link segmentDistanceKm}: fraction along the segment of the nearest point. */
export interface NearestScratch {
  fraction: number;
}

/**
 * Geodesic distance in km from point (px, py), whose unit vector is (c0, c1, c2), to segment
 * `i`; also writes into `scratch.fraction` where along the segment (0..1, by arc angle) the
 * nearest point lies. Same decisions as turf's `nearestPointOnSegment`, including its
 * degenerate cases.
 */
export function segmentDistanceKm(
  buf: GeodesicSegments,
  i: number,
  px: number,
  py: number,
  c0: number,
  c1: number,
  c2: number,
  scratch: NearestScratch,
): number {
  const o = i * SEG_STRIDE;
  const ax = buf[o]!;
  const ay = buf[o + 1]!;
  const bx = buf[o + 2]!;
  const by = buf[o + 3]!;
  if (bx === px && by === py) {
    scratch.fraction = 1;
    return 0;
  }
  if (ax === px && ay === py) {
    scratch.fraction = 0;
    return 0;
  }
  const a0 = buf[o + 4]!;
  const a1 = buf[o + 5]!;
  const a2 = buf[o + 6]!;
  const b0 = buf[o + 7]!;
  const b1 = buf[o + 8]!;
  const b2 = buf[o + 9]!;
  const s0 = buf[o + 10]!;
  const s1 = buf[o + 11]!;
  const s2 = buf[o + 12]!;
  if (s0 === 0 && s1 === 0 && s2 === 0) {
    scratch.fraction = 1;
    return a0 * b0 + a1 * b1 + a2 * b2 > 0 ? haversineKm(px, py, bx, by) : 0;
  }
  const t0 = s1 * c2 - s2 * c1;
  const t1 = s2 * c0 - s0 * c2;
  const t2 = s0 * c1 - s1 * c0;
  if (t0 === 0 && t1 === 0 && t2 === 0) {
    scratch.fraction = 1;
    return haversineKm(px, py, bx, by);
  }
  const i0 = t1 * s2 - t2 * s1;
  const i1 = t2 * s0 - t0 * s2;
  const i2 = t0 * s1 - t1 * s0;
  const mag = Math.sqrt(i0 ** 2 + i1 ** 2 + i2 ** 2);
  let u0 = i0 / mag;
  let u1 = i1 / mag;
  let u2 = i2 / mag;
  if (c0 * u0 + c1 * u1 + c2 * u2 <= c0 * -u0 + c1 * -u1 + c2 * -u2) {
    u0 = -u0;
    u1 = -u1;
    u2 = -u2;
  }
  const n0 = buf[o + 13]!;
  const n1 = buf[o + 14]!;
  const n2 = buf[o + 15]!;
  const cmpAI = (a1 * u2 - a2 * u1) * n0 + (a2 * u0 - a0 * u2) * n1 + (a0 * u1 - a1 * u0) * n2;
  const cmpIB = (u1 * b2 - u2 * b1) * n0 + (u2 * b0 - u0 * b2) * n1 + (u0 * b1 - u1 * b0) * n2;
  if (cmpAI >= 0 && cmpIB >= 0) {
    const lat = toDegrees(Math.asin(Math.min(Math.max(u2, -1), 1)));
    const lon = toDegrees(Math.atan2(u1, u0));
    const whole = Math.atan2(Math.sqrt(s0 ** 2 + s1 ** 2 + s2 ** 2), a0 * b0 + a1 * b1 + a2 * b2);
    const partCross = Math.hypot(a1 * u2 - a2 * u1, a2 * u0 - a0 * u2, a0 * u1 - a1 * u0);
    const part = Math.atan2(partCross, a0 * u0 + a1 * u1 + a2 * u2);
    scratch.fraction = whole > 0 ? Math.min(1, part / whole) : 0;
    return haversineKm(px, py, lon, lat);
  }
  if (a0 * c0 + a1 * c1 + a2 * c2 > b0 * c0 + b1 * c1 + b2 * c2) {
    scratch.fraction = 0;
    return haversineKm(px, py, ax, ay);
  }
  scratch.fraction = 1;
  return haversineKm(px, py, bx, by);
}

/**
 * Latitude range [min, max] of the great-circle arc of segment `i`: the end points, widened
 * to the circle's northern or southern vertex when that vertex lies on the arc (a long
 * east–west arc bulges poleward of its ends, so an end-point bounding box would miss it).
 */
export function arcLatitudeRange(buf: GeodesicSegments, i: number): [number, number] {
  const o = i * SEG_STRIDE;
  let lo = Math.min(buf[o + 1]!, buf[o + 3]!);
  let hi = Math.max(buf[o + 1]!, buf[o + 3]!);
  const n0 = buf[o + 13]!;
  const n1 = buf[o + 14]!;
  const n2 = buf[o + 15]!;
  if (!Number.isFinite(n0)) return [lo, hi];
  // The vertex nearest the north pole: z minus its component along the axis.
  let v0 = -n2 * n0;
  let v1 = -n2 * n1;
  let v2 = 1 - n2 * n2;
  const mag = Math.hypot(v0, v1, v2);
  if (mag < 1e-15) return [lo, hi];
  v0 /= mag;
  v1 /= mag;
  v2 /= mag;
  for (const sign of [1, -1]) {
    const w0 = v0 * sign;
    const w1 = v1 * sign;
    const w2 = v2 * sign;
    if (onArc(buf, o, w0, w1, w2)) {
      const lat = (Math.asin(Math.min(1, Math.max(-1, w2))) * 180) / Math.PI;
      lo = Math.min(lo, lat);
      hi = Math.max(hi, lat);
    }
  }
  return [lo, hi];
}

function onArc(buf: Float64Array, o: number, w0: number, w1: number, w2: number): boolean {
  const a0 = buf[o + 4]!;
  const a1 = buf[o + 5]!;
  const a2 = buf[o + 6]!;
  const b0 = buf[o + 7]!;
  const b1 = buf[o + 8]!;
  const b2 = buf[o + 9]!;
  const n0 = buf[o + 13]!;
  const n1 = buf[o + 14]!;
  const n2 = buf[o + 15]!;
  const cmpAW = (a1 * w2 - a2 * w1) * n0 + (a2 * w0 - a0 * w2) * n1 + (a0 * w1 - a1 * w0) * n2;
  const cmpWB = (w1 * b2 - w2 * b1) * n0 + (w2 * b0 - w0 * b2) * n1 + (w0 * b1 - w1 * b0) * n2;
  return cmpAW >= 0 && cmpWB >= 0;
}

/**
 * How far, in degrees of latitude and of longitude, a point within `km` of any point whose
 * |latitude| ≤ `maxAbsLat` can be: Δlat = δ, Δlon = asin(sin δ / cos φ) (360 when the circle
 * of radius δ reaches a pole). A tiny relative margin keeps the box conservative.
 */
export function expansionDegrees(km: number, maxAbsLat: number): { dLat: number; dLon: number } {
  const delta = km / EARTH_RADIUS_KM;
  const dLat = ((delta * 180) / Math.PI) * (1 + 1e-9) + 1e-12;
  const phi = (Math.min(90, maxAbsLat + dLat) * Math.PI) / 180;
  const ratio = Math.sin(delta) / Math.cos(phi);
  const dLon =
    ratio >= 1 || !Number.isFinite(ratio) ? 360 : ((Math.asin(ratio) * 180) / Math.PI) * (1 + 1e-9) + 1e-12;
  return { dLat, dLon };
}
