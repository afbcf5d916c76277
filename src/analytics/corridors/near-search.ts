import {
  type ArcConstants,
  arcConstants,
  cheapBufferOk,
  cheapDistanceKm,
  cheapFraction,
  exactDistanceKm,
  MARGIN_KM,
} from './arc-distance.ts';
import { CellRanges } from './cell-ranges.ts';
import type { GeoSegments } from './line-set.ts';
import { isInPolygon, type UnwrappedPolygon } from './point-in-polygon.ts';
import type { PositionIndex } from './position-index.ts';
import { searchSegment, searchWrapped } from './segment-search.ts';
import type { NearestScratch } from './sphere.ts';

/** Called once per (owner, position) within the distance, with the score segment nearest to it. */
export type NearVisitor = (owner: number, position: number, scoreSegment: number) => void;

/** How near a position is to the best segment found so far: cheap and, when needed, exact. */
interface Nearest {
  stamp: Int32Array;
  seg: Int32Array;
  cheap: Float64Array;
  /** Exact distance of the best segment, NaN until computed. */
  exact: Float64Array;
}

/**
 * Decides comparisons of turf-identical distances with the cheap distance (arc-distance.ts)
 * and falls back to the exact one within the margin, so every decision equals the one taken
 * on exact distances.
 */
class Judge {
  readonly scratch: NearestScratch = { fraction: 0 };
  readonly cheapOk: boolean;
  readonly arcs: ArcConstants;

  constructor(
    readonly geo: GeoSegments,
    readonly pos: PositionIndex,
    readonly distanceKm: number,
  ) {
    this.cheapOk = cheapBufferOk(distanceKm);
    this.arcs = arcConstants(geo);
  }

  /** Cheap distance, or the exact one (flagged by `exact`) where the cheap one is not valid. */
  distance(seg: number, p: number, out: { exact: boolean }): number {
    const d = this.cheapOk ? cheapDistanceKm(this.geo, this.arcs, seg, this.pos, p) : Number.NaN;
    out.exact = Number.isNaN(d);
    return out.exact ? exactDistanceKm(this.geo, seg, this.pos, p, this.scratch) : d;
  }

  exact(seg: number, p: number): number {
    return exactDistanceKm(this.geo, seg, this.pos, p, this.scratch);
  }

  /** Whether exact distance ≤ the buffer, given a distance `d` (exact when `isExact`). */
  within(seg: number, p: number, d: number, isExact: boolean): boolean {
    if (isExact) return d <= this.distanceKm;
    if (d < this.distanceKm - MARGIN_KM) return true;
    if (d > this.distanceKm + MARGIN_KM) return false;
    return this.exact(seg, p) <= this.distanceKm;
  }

  /**
   * Offers segment `seg` at distance `d` to position `p`'s best for `owner`; the earlier
   * segment wins an exact tie, as in a scan with strict `<`. True when `p` was first touched.
   */
  offer(best: Nearest, owner: number, seg: number, p: number, d: number, isExact: boolean): boolean {
    if (best.stamp[p] !== owner) {
      best.stamp[p] = owner;
      best.seg[p] = seg;
      best.cheap[p] = d;
      best.exact[p] = isExact ? d : Number.NaN;
      return true;
    }
    const current = best.cheap[p]!;
    let better: boolean;
    if (d < current - MARGIN_KM) better = true;
    else if (d > current + MARGIN_KM) better = false;
    else {
      if (Number.isNaN(best.exact[p]!)) best.exact[p] = this.exact(best.seg[p]!, p);
      const e = isExact ? d : this.exact(seg, p);
      better = e < best.exact[p]!;
      if (better) d = e;
      isExact = true;
    }
    if (better) {
      best.seg[p] = seg;
      best.cheap[p] = d;
      best.exact[p] = isExact ? d : Number.NaN;
    }
    return false;
  }

  /** Score segment holding the point of segment `seg` nearest to `p`. */
  scoreSegment(seg: number, p: number): number {
    const geo = this.geo;
    const pieces = geo.scorePieces[seg]!;
    if (pieces === 1) return geo.scoreBase[seg]!;
    const fraction = this.cheapOk ? cheapFraction(geo, this.arcs, seg, this.pos, p) : Number.NaN;
    let at = fraction * pieces;
    if (Number.isNaN(at) || Math.abs(at - Math.round(at)) < 1e-7) {
      this.exact(seg, p);
      at = this.scratch.fraction * pieces;
    }
    return geo.scoreBase[seg]! + Math.min(pieces - 1, Math.floor(at));
  }
}

/**
 * For every owner (corridor) of `geo`, finds the positions within `distanceKm` of its lines,
 * or inside one of its polygons (distance 0), and calls `visit` once per (owner, position)
 * with the score segment nearest to it. Candidates come from grid searches around each
 * segment (segment-search.ts: latitude-aware, wrapped at ±180°); every decision (within the
 * buffer, which segment is nearest, which piece of a long segment) is the one the exact
 * turf-identical geodesic distance (sphere.ts) gives, taken with a cheap distance where that
 * is provably the same answer (arc-distance.ts). Positions are counted once per owner
 * whichever number of its segments they are near.
 * @param polygonsOf polygons of an owner (empty for line owners)
 */
export function forEachNear(
  geo: GeoSegments,
  pos: PositionIndex,
  distanceKm: number,
  polygonsOf: (owner: number) => { polygons: UnwrappedPolygon[]; box: readonly number[] | null },
  visit: NearVisitor,
): void {
  const best: Nearest = {
    stamp: new Int32Array(pos.count).fill(-1),
    seg: new Int32Array(pos.count),
    cheap: new Float64Array(pos.count),
    exact: new Float64Array(pos.count),
  };
  const judge = new Judge(geo, pos, distanceKm);
  const ranges = new CellRanges();
  const flag = { exact: false };
  let s = 0;
  while (s < geo.count) {
    const owner = geo.owner[s]!;
    let end = s;
    while (end < geo.count && geo.owner[end] === owner) end++;
    const touched: number[] = [];
    for (let seg = s; seg < end; seg++) {
      searchSegment(geo, seg, pos, distanceKm, ranges, (p) => {
        const d = judge.distance(seg, p, flag);
        if (!judge.within(seg, p, d, flag.exact)) return;
        if (judge.offer(best, owner, seg, p, d, flag.exact)) touched.push(p);
      });
    }
    const { polygons, box } = polygonsOf(owner);
    if (polygons.length > 0 && box) {
      searchWrapped(pos, box[0]!, box[1]!, box[2]!, box[3]!, (p) => {
        if (best.stamp[p] === owner) return;
        if (!polygons.some((poly) => isInPolygon(pos.lon[p]!, pos.lat[p]!, poly))) return;
        // Inside but beyond the distance from the boundary: its score segment is still the
        // nearest stretch of boundary.
        for (let seg = s; seg < end; seg++) {
          const d = judge.distance(seg, p, flag);
          if (judge.offer(best, owner, seg, p, d, flag.exact)) touched.push(p);
        }
      });
    }
    for (const p of touched) visit(owner, p, judge.scoreSegment(best.seg[p]!, p));
    s = end;
  }
}
