/**
 * Antimeridian handling, one convention for routes and corridors alike: two consecutive
 * vertices whose longitudes differ by more than 180° are joined the short way, across ±180°
 * (a file that wants the long way must add a vertex in between, as RFC 7946 §3.1.9 asks).
 *
 * - {@link unwrapLongitudes} makes longitudes continuous (may leave [-180, 180]); rings are
 *   unwrapped for point-in-polygon tests, which then try the point at lon, lon ± 360.
 * - {@link splitAtAntimeridian} cuts a line where it crosses ±180° (the latitude there is
 *   interpolated linearly in lon/lat, like every planar test here) and shifts each piece back
 *   into [-180, 180], so planar segment intersection and bounding boxes never see a 358°-wide
 *   segment. Lines that do not cross keep their coordinates untouched.
 */

/** Longitudes made continuous (|Δlon| ≤ 180 between consecutive vertices); lat unchanged. */
export function unwrapLongitudes(coords: Float64Array): Float64Array {
  const out = new Float64Array(coords);
  for (let i = 2; i < out.length; i += 2) {
    const prev = out[i - 2]!;
    let x = out[i]!;
    while (x - prev > 180) x -= 360;
    while (x - prev < -180) x += 360;
    out[i] = x;
  }
  return out;
}

function shiftOf(x: number): number {
  return -360 * Math.floor((x + 180) / 360);
}

/**
 * Pieces of a lon/lat polyline (interleaved), each inside [-180, 180], cut where the line
 * crosses the antimeridian. Each piece keeps at least two vertices; pieces of one vertex
 * (a line that only touches ±180) are dropped.
 */
export function splitAtAntimeridian(coords: Float64Array): Float64Array[] {
  const u = unwrapLongitudes(coords);
  let inside = true;
  for (let i = 0; i < u.length; i += 2) if (u[i]! < -180 || u[i]! > 180) inside = false;
  if (inside) return [new Float64Array(coords)];
  const pieces: Float64Array[] = [];
  let current: number[] = [];
  let currentShift = Number.NaN;
  const flush = (): void => {
    if (current.length >= 4) pieces.push(Float64Array.from(current));
    current = [];
  };
  for (let i = 0; i + 3 < u.length; i += 2) {
    const x0 = u[i]!;
    const y0 = u[i + 1]!;
    const x1 = u[i + 2]!;
    const y1 = u[i + 3]!;
    const cuts: number[] = [0];
    const lo = Math.min(x0, x1);
    const hi = Math.max(x0, x1);
    for (let b = 180 + 360 * Math.ceil((lo - 180) / 360); b <= hi; b += 360) {
      if (b > lo && b < hi) cuts.push((b - x0) / (x1 - x0));
    }
    cuts.push(1);
    cuts.sort((a, b) => a - b);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const t0 = cuts[k]!;
      const t1 = cuts[k + 1]!;
      const shift = shiftOf(x0 + ((t0 + t1) / 2) * (x1 - x0));
      const sx = (t: number): number => (t === 0 ? x0 : t === 1 ? x1 : x0 + t * (x1 - x0)) + shift;
      const sy = (t: number): number => (t === 0 ? y0 : t === 1 ? y1 : y0 + t * (y1 - y0));
      if (shift !== currentShift) {
        flush();
        currentShift = shift;
        current.push(snap(sx(t0)), sy(t0));
      }
      current.push(snap(sx(t1)), sy(t1));
    }
  }
  flush();
  return pieces;
}

function snap(x: number): number {
  if (Math.abs(x - 180) < 1e-9) return 180;
  if (Math.abs(x + 180) < 1e-9) return -180;
  return x;
}
