import Flatbush from 'flatbush';
import { splitAtAntimeridian } from './antimeridian.ts';
import { arcLatitudeRange, type GeodesicSegments, haversineKm, SEG_STRIDE, writeSegment } from './sphere.ts';

/** One polyline (or closed ring) of interleaved lon/lat belonging to owner `owner`. */
export interface LinePart {
  owner: number;
  coords: Float64Array;
}

/** Planar segments (pieces split at ±180°) with a flatbush over their bounding boxes. */
export interface PlanarSegments {
  count: number;
  x0: Float64Array;
  y0: Float64Array;
  x1: Float64Array;
  y1: Float64Array;
  owner: Int32Array;
  index: Flatbush | null;
}

/**
 * Great-circle segments of the original vertices (never split: the 3-D distance formula is
 * antimeridian-safe), each with an unwrapped lon/lat box of its arc and the run of score
 * segments it is cut into (`scoreBase`, `scorePieces`).
 */
export interface GeoSegments {
  count: number;
  buf: GeodesicSegments;
  owner: Int32Array;
  box: Float64Array;
  lengthKm: Float64Array;
  scoreBase: Int32Array;
  scorePieces: Int32Array;
}

/** A stretch of about `segmentKm` along one owner's lines: the unit the concurrence score rates. */
export interface ScoreSegment {
  id: string;
  owner: number;
  ordinal: number;
  lengthKm: number;
}

/** Planar segments of all parts, indexed for bounding-box search. */
export function toPlanarSegments(parts: readonly LinePart[]): PlanarSegments {
  const xs: number[] = [];
  const owners: number[] = [];
  for (const part of parts) {
    for (const piece of splitAtAntimeridian(part.coords)) {
      for (let i = 0; i + 3 < piece.length; i += 2) {
        if (piece[i] === piece[i + 2] && piece[i + 1] === piece[i + 3]) continue;
        xs.push(piece[i]!, piece[i + 1]!, piece[i + 2]!, piece[i + 3]!);
        owners.push(part.owner);
      }
    }
  }
  const count = owners.length;
  const out: PlanarSegments = {
    count,
    x0: new Float64Array(count),
    y0: new Float64Array(count),
    x1: new Float64Array(count),
    y1: new Float64Array(count),
    owner: Int32Array.from(owners),
    index: count > 0 ? new Flatbush(count) : null,
  };
  for (let s = 0; s < count; s++) {
    const [a, b, c, d] = [xs[4 * s]!, xs[4 * s + 1]!, xs[4 * s + 2]!, xs[4 * s + 3]!];
    out.x0[s] = a;
    out.y0[s] = b;
    out.x1[s] = c;
    out.y1[s] = d;
    out.index?.add(Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d));
  }
  out.index?.finish();
  return out;
}

/**
 * Great-circle segments of all parts plus their score segments: within a part, consecutive
 * segments fill a score segment until it reaches `segmentKm` (the last one of a part may be
 * shorter); a segment longer than 1.5 × `segmentKm` is cut into round(L / segmentKm) equal
 * pieces of its own, an incident going to the piece that holds its nearest point.
 */
export function toGeoSegments(
  parts: readonly LinePart[],
  segmentKm: number,
): { geo: GeoSegments; scoreSegments: ScoreSegment[] } {
  const ends: number[] = [];
  const owners: number[] = [];
  const partStarts: number[] = [];
  for (const part of parts) {
    partStarts.push(owners.length);
    const c = part.coords;
    for (let i = 0; i + 3 < c.length; i += 2) {
      if (c[i] === c[i + 2] && c[i + 1] === c[i + 3]) continue;
      ends.push(c[i]!, c[i + 1]!, c[i + 2]!, c[i + 3]!);
      owners.push(part.owner);
    }
  }
  partStarts.push(owners.length);
  const count = owners.length;
  const geo: GeoSegments = {
    count,
    buf: new Float64Array(count * SEG_STRIDE),
    owner: Int32Array.from(owners),
    box: new Float64Array(count * 4),
    lengthKm: new Float64Array(count),
    scoreBase: new Int32Array(count),
    scorePieces: new Int32Array(count),
  };
  for (let s = 0; s < count; s++) {
    const [ax, ay, bx, by] = [ends[4 * s]!, ends[4 * s + 1]!, ends[4 * s + 2]!, ends[4 * s + 3]!];
    writeSegment(geo.buf, s, ax, ay, bx, by);
    geo.lengthKm[s] = haversineKm(ax, ay, bx, by);
    let ux = bx;
    while (ux - ax > 180) ux -= 360;
    while (ux - ax < -180) ux += 360;
    const [latLo, latHi] = arcLatitudeRange(geo.buf, s);
    geo.box.set([Math.min(ax, ux), latLo, Math.max(ax, ux), latHi], s * 4);
  }
  const scoreSegments = assignScoreSegments(geo, partStarts, segmentKm);
  return { geo, scoreSegments };
}

function assignScoreSegments(geo: GeoSegments, partStarts: number[], segmentKm: number): ScoreSegment[] {
  const out: ScoreSegment[] = [];
  const ordinals = new Map<number, number>();
  const open = (owner: number, lengthKm: number): number => {
    const ordinal = ordinals.get(owner) ?? 0;
    ordinals.set(owner, ordinal + 1);
    out.push({ id: `${owner}:${ordinal}`, owner, ordinal, lengthKm });
    return out.length - 1;
  };
  for (let p = 0; p + 1 < partStarts.length; p++) {
    let group = -1;
    for (let s = partStarts[p]!; s < partStarts[p + 1]!; s++) {
      const owner = geo.owner[s]!;
      const len = geo.lengthKm[s]!;
      if (len > 1.5 * segmentKm) {
        const pieces = Math.round(len / segmentKm);
        geo.scoreBase[s] = out.length;
        geo.scorePieces[s] = pieces;
        for (let k = 0; k < pieces; k++) open(owner, len / pieces);
        group = -1;
        continue;
      }
      if (group < 0) group = open(owner, 0);
      geo.scoreBase[s] = group;
      geo.scorePieces[s] = 1;
      out[group]!.lengthKm += len;
      if (out[group]!.lengthKm >= segmentKm) group = -1;
    }
  }
  return out;
}
