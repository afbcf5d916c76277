import type { GeoSegments } from './line-set.ts';
import { forEachNear } from './near-search.ts';
import type { UnwrappedPolygon } from './point-in-polygon.ts';
import { buildPositionIndex, type PositionIndex } from './position-index.ts';

/** Polygons of an owner for the "inside counts as distance 0" rule (empty for lines). */
export type PolygonsOf = (owner: number) => { polygons: UnwrappedPolygon[]; box: readonly number[] | null };

/**
 * The (owner, score segment) pairs within the distance of each position, as CSR lists:
 * pairs of position p are [start[p], start[p + 1]), owners ascending.
 */
export interface NearPairs {
  start: Int32Array;
  owner: Int32Array;
  seg: Int32Array;
}

class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Every (owner, score segment) near each position of `pos` (forEachNear), grouped by position
 * with a counting sort that keeps forEachNear's owner order. Pure.
 */
export function nearPairs(
  geo: GeoSegments,
  pos: PositionIndex,
  distanceKm: number,
  polygonsOf: PolygonsOf,
): NearPairs {
  const ps = new IntList();
  const owners = new IntList();
  const segs = new IntList();
  forEachNear(geo, pos, distanceKm, polygonsOf, (owner, p, seg) => {
    ps.push(p);
    owners.push(owner);
    segs.push(seg);
  });
  const n = ps.length;
  const start = new Int32Array(pos.count + 1);
  for (let i = 0; i < n; i++) start[ps.data[i]! + 1]!++;
  for (let p = 0; p < pos.count; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, pos.count);
  const out: NearPairs = { start, owner: new Int32Array(n), seg: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const at = fill[ps.data[i]!]!++;
    out.owner[at] = owners.data[i]!;
    out.seg[at] = segs.data[i]!;
  }
  return out;
}

/** Positions and their pairs, in position-index order (grid cell, then lon, then lat). */
interface Known {
  key: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  pairs: NearPairs;
}

/** Positions a cache keeps at most before it starts again from the current ones. */
const CACHE_LIMIT = 4_000_000;

function compare(aKey: number, aLon: number, aLat: number, bKey: number, bLon: number, bLat: number): number {
  return aKey - bKey || (aLon < bLon ? -1 : aLon > bLon ? 1 : aLat < bLat ? -1 : aLat > bLat ? 1 : 0);
}

/**
 * Near pairs remembered per position for one set of segments and one distance. Which
 * corridors a position is near does not depend on the filters or the period, only on where it
 * is; when filters change, the positions are mostly ones seen before, so only the new ones are
 * searched and the counts are summed again. Keep one cache per (corridors, distance); the
 * answers are the same as {@link nearPairs} on the same positions.
 */
export class NearPairCache {
  #known: Known | null = null;
  /** Positions searched by the last {@link pairsFor} call (the rest came from the cache). */
  searched = 0;

  constructor(
    readonly geo: GeoSegments,
    readonly distanceKm: number,
    readonly polygonsOf: PolygonsOf,
  ) {}

  /** Near pairs of every position of `pos`, searching only positions not seen before. */
  pairsFor(pos: PositionIndex): NearPairs {
    const known = this.#known;
    const match = new Int32Array(pos.count).fill(-1);
    const missing: number[] = [];
    let c = 0;
    for (let p = 0; p < pos.count; p++) {
      let order = 1;
      while (known && c < known.key.length) {
        order = compare(
          known.key[c]!,
          known.lon[c]!,
          known.lat[c]!,
          pos.cellKey[p]!,
          pos.lon[p]!,
          pos.lat[p]!,
        );
        if (order >= 0) break;
        c++;
      }
      if (known && c < known.key.length && order === 0) match[p] = c;
      else missing.push(p);
    }
    this.searched = missing.length;
    const fresh = this.#search(pos, missing);
    const pairs = align(pos, match, missing, known, fresh);
    const total = (known?.key.length ?? 0) + fresh.key.length;
    if (total > CACHE_LIMIT) {
      this.#known = { key: pos.cellKey.slice(), lon: pos.lon.slice(), lat: pos.lat.slice(), pairs };
    } else if (missing.length > 0 || !known) {
      this.#known = merge(known, fresh);
    }
    return pairs;
  }

  #search(pos: PositionIndex, missing: number[]): Known {
    if (missing.length === 0) {
      const none = new Int32Array(0);
      return {
        key: none,
        lon: new Float64Array(0),
        lat: new Float64Array(0),
        pairs: { start: new Int32Array(1), owner: none, seg: none },
      };
    }
    const lon = Float64Array.from(missing, (p) => pos.lon[p]!);
    const lat = Float64Array.from(missing, (p) => pos.lat[p]!);
    const key = Int32Array.from(missing, (p) => pos.cellKey[p]!);
    const sub = buildPositionIndex(lon, lat);
    return { key, lon, lat, pairs: nearPairs(this.geo, sub, this.distanceKm, this.polygonsOf) };
  }
}

/** Known ∪ fresh in position order (no position is in both). */
function merge(known: Known | null, fresh: Known): Known {
  if (!known) return fresh;
  const n = known.key.length + fresh.key.length;
  const pairCount = known.pairs.owner.length + fresh.pairs.owner.length;
  const out: Known = {
    key: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    pairs: { start: new Int32Array(n + 1), owner: new Int32Array(pairCount), seg: new Int32Array(pairCount) },
  };
  let a = 0;
  let b = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const takeA =
      b >= fresh.key.length ||
      (a < known.key.length &&
        compare(known.key[a]!, known.lon[a]!, known.lat[a]!, fresh.key[b]!, fresh.lon[b]!, fresh.lat[b]!) <
          0);
    const src = takeA ? known : fresh;
    const j = takeA ? a++ : b++;
    out.key[i] = src.key[j]!;
    out.lon[i] = src.lon[j]!;
    out.lat[i] = src.lat[j]!;
    for (let k = src.pairs.start[j]!; k < src.pairs.start[j + 1]!; k++) {
      out.pairs.owner[at] = src.pairs.owner[k]!;
      out.pairs.seg[at++] = src.pairs.seg[k]!;
    }
    out.pairs.start[i + 1] = at;
  }
  return out;
}

/**
 * Pairs in `pos` order: position p's from `known` at `match[p]` when it was seen, else from
 * `fresh` (whose positions are `missing`, in order).
 */
function align(
  pos: PositionIndex,
  match: Int32Array,
  missing: readonly number[],
  known: Known | null,
  fresh: Known,
): NearPairs {
  // Source of each position's pairs: index into `known` (≥ 0) or −1 − index into `fresh`.
  const from = Int32Array.from(match);
  missing.forEach((p, i) => {
    from[p] = -1 - i;
  });
  const knownStart = known?.pairs.start;
  const freshStart = fresh.pairs.start;
  const start = new Int32Array(pos.count + 1);
  for (let p = 0; p < pos.count; p++) {
    const j = from[p]!;
    const n = j >= 0 ? knownStart![j + 1]! - knownStart![j]! : freshStart[-j]! - freshStart[-1 - j]!;
    start[p + 1] = start[p]! + n;
  }
  const total = start[pos.count]!;
  const out: NearPairs = { start, owner: new Int32Array(total), seg: new Int32Array(total) };
  for (let p = 0; p < pos.count; p++) {
    const j = from[p]!;
    const src = j >= 0 ? known!.pairs : fresh.pairs;
    const at = j >= 0 ? j : -1 - j;
    let k = src.start[at]!;
    const end = src.start[at + 1]!;
    for (let o = start[p]!; k < end; k++, o++) {
      out.owner[o] = src.owner[k]!;
      out.seg[o] = src.seg[k]!;
    }
  }
  return out;
}
