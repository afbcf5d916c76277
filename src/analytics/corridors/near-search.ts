import type { GeoSegments } from './line-set.ts';
import { isInPolygon, type UnwrappedPolygon } from './point-in-polygon.ts';
import type { PositionIndex } from './position-index.ts';
import { searchSegment, searchWrapped } from './segment-search.ts';
import { type NearestScratch, segmentDistanceKm } from './sphere.ts';

/** Called once per (owner, position) within the distance: nearest score segment and distance. */
export type NearVisitor = (owner: number, position: number, scoreSegment: number, distanceKm: number) => void;

function scoreSegmentOf(geo: GeoSegments, s: number, fraction: number): number {
  const pieces = geo.scorePieces[s]!;
  return geo.scoreBase[s]! + Math.min(pieces - 1, Math.floor(fraction * pieces));
}

/**
 * For every owner (corridor) of `geo`, finds the positions within `distanceKm` of its lines,
 * or inside one of its polygons (distance 0), and calls `visit` once per (owner, position)
 * with the score segment nearest to it. Candidates come from flatbush searches around each
 * segment (segment-search.ts: latitude-aware, wrapped at ±180°); the decision is the exact
 * turf-identical geodesic distance (sphere.ts). Positions are counted once per
 * owner whichever number of its segments they are near.
 * @param polygonsOf polygons of an owner (empty for line owners)
 */
export function forEachNear(
  geo: GeoSegments,
  pos: PositionIndex,
  distanceKm: number,
  polygonsOf: (owner: number) => { polygons: UnwrappedPolygon[]; box: readonly number[] | null },
  visit: NearVisitor,
): void {
  const stamp = new Int32Array(pos.count).fill(-1);
  const best = new Float64Array(pos.count);
  const bestSeg = new Int32Array(pos.count);
  const scratch: NearestScratch = { fraction: 0 };
  const seen = new Int32Array(pos.count).fill(-1);
  let s = 0;
  while (s < geo.count) {
    const owner = geo.owner[s]!;
    let end = s;
    while (end < geo.count && geo.owner[end] === owner) end++;
    const touched: number[] = [];
    const consider = (seg: number, p: number, d: number): void => {
      if (stamp[p] !== owner) {
        stamp[p] = owner;
        touched.push(p);
        best[p] = d;
        bestSeg[p] = scoreSegmentOf(geo, seg, scratch.fraction);
      } else if (d < best[p]!) {
        best[p] = d;
        bestSeg[p] = scoreSegmentOf(geo, seg, scratch.fraction);
      }
    };
    for (let seg = s; seg < end; seg++) {
      searchSegment(geo, seg, pos, distanceKm, seen, (p) => {
        const v = 3 * p;
        const d = segmentDistanceKm(
          geo.buf,
          seg,
          pos.lon[p]!,
          pos.lat[p]!,
          pos.vec[v]!,
          pos.vec[v + 1]!,
          pos.vec[v + 2]!,
          scratch,
        );
        if (d <= distanceKm) consider(seg, p, d);
      });
    }
    const { polygons, box } = polygonsOf(owner);
    if (polygons.length > 0 && box) {
      searchWrapped(pos, box[0]!, box[1]!, box[2]!, box[3]!, (p) => {
        if (stamp[p] === owner && best[p] === 0) return;
        if (!polygons.some((poly) => isInPolygon(pos.lon[p]!, pos.lat[p]!, poly))) return;
        if (stamp[p] !== owner) {
          // Inside but beyond the distance from the boundary: its score segment is still the
          // nearest stretch of boundary.
          let nearest = Infinity;
          let nearestSeg = s;
          let nearestFraction = 0;
          for (let seg = s; seg < end; seg++) {
            const v = 3 * p;
            const d = segmentDistanceKm(
              geo.buf,
              seg,
              pos.lon[p]!,
              pos.lat[p]!,
              pos.vec[v]!,
              pos.vec[v + 1]!,
              pos.vec[v + 2]!,
              scratch,
            );
            if (d < nearest) {
              nearest = d;
              nearestSeg = seg;
              nearestFraction = scratch.fraction;
            }
          }
          scratch.fraction = nearestFraction;
          consider(nearestSeg, p, 0);
        }
        best[p] = 0;
      });
    }
    for (const p of touched) visit(owner, p, bestSeg[p]!, best[p]!);
    s = end;
  }
}
