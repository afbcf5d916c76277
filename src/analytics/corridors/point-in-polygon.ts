/**
 * Point in polygon for corridor polygons given as rings of interleaved lon/lat whose
 * longitudes were unwrapped (see antimeridian.ts). Planar even–odd rule over all rings, so
 * holes work; a point on the boundary counts as inside, as in turf's `booleanPointInPolygon`.
 */

/** A polygon: exterior ring then holes, each closed and unwrapped. */
export type UnwrappedPolygon = Float64Array[];

function onSegment(px: number, py: number, x0: number, y0: number, x1: number, y1: number): boolean {
  const cross = (x1 - x0) * (py - y0) - (y1 - y0) * (px - x0);
  if (cross !== 0) return false;
  return px >= Math.min(x0, x1) && px <= Math.max(x0, x1) && py >= Math.min(y0, y1) && py <= Math.max(y0, y1);
}

function inPolygonAt(px: number, py: number, rings: UnwrappedPolygon): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const x0 = ring[i]!;
      const y0 = ring[i + 1]!;
      const x1 = ring[i + 2]!;
      const y1 = ring[i + 3]!;
      if (onSegment(px, py, x0, y0, x1, y1)) return true;
      if (y0 > py !== y1 > py && px < ((x1 - x0) * (py - y0)) / (y1 - y0) + x0) inside = !inside;
    }
  }
  return inside;
}

/**
 * Whether (lon, lat) lies in or on `polygon`, trying lon and lon ± 360 so polygons that
 * straddle the antimeridian (unwrapped past ±180) are found from either side.
 */
export function isInPolygon(lon: number, lat: number, polygon: UnwrappedPolygon): boolean {
  return (
    inPolygonAt(lon, lat, polygon) ||
    inPolygonAt(lon + 360, lat, polygon) ||
    inPolygonAt(lon - 360, lat, polygon)
  );
}
