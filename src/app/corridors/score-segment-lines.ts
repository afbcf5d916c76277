import type { PreparedCorridors } from '../../analytics/corridors/prepare-corridors.ts';
import { SEG_STRIDE } from '../../analytics/corridors/sphere.ts';

/**
 * The drawable pieces of every score segment: straight lon/lat pieces (source → target) with
 * the index of the score segment each belongs to. A long corridor segment cut into several
 * score pieces is cut the same way here (linearly in lon/lat, close enough to draw).
 */
export interface ScoreSegmentLines {
  length: number;
  source: Float32Array;
  target: Float32Array;
  scoreSegment: Int32Array;
}

/** Builds {@link ScoreSegmentLines} from prepared corridors. Pure. */
export function toScoreSegmentLines(prepared: PreparedCorridors): ScoreSegmentLines {
  const { geo } = prepared;
  const src: number[] = [];
  const dst: number[] = [];
  const seg: number[] = [];
  for (let s = 0; s < geo.count; s++) {
    const o = s * SEG_STRIDE;
    const [ax, ay, bx0, by] = [geo.buf[o]!, geo.buf[o + 1]!, geo.buf[o + 2]!, geo.buf[o + 3]!];
    let bx = bx0;
    while (bx - ax > 180) bx -= 360;
    while (bx - ax < -180) bx += 360;
    const pieces = Math.max(1, geo.scorePieces[s]!);
    for (let k = 0; k < pieces; k++) {
      const t0 = k / pieces;
      const t1 = (k + 1) / pieces;
      src.push(ax + t0 * (bx - ax), ay + t0 * (by - ay));
      dst.push(ax + t1 * (bx - ax), ay + t1 * (by - ay));
      seg.push(geo.scoreBase[s]! + (pieces > 1 ? k : 0));
    }
  }
  return {
    length: seg.length,
    source: Float32Array.from(src),
    target: Float32Array.from(dst),
    scoreSegment: Int32Array.from(seg),
  };
}

/** Bounds [w, s, e, n] of the pieces of the given score segments, padded by `padDegrees`; null when none. */
export function scoreSegmentBounds(
  lines: ScoreSegmentLines,
  segments: ReadonlySet<number>,
  padDegrees = 0.5,
): [number, number, number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < lines.length; i++) {
    if (!segments.has(lines.scoreSegment[i]!)) continue;
    for (const p of [lines.source, lines.target]) {
      w = Math.min(w, p[2 * i]!);
      e = Math.max(e, p[2 * i]!);
      s = Math.min(s, p[2 * i + 1]!);
      n = Math.max(n, p[2 * i + 1]!);
    }
  }
  if (w === Infinity) return null;
  return [w - padDegrees, Math.max(-85, s - padDegrees), e + padDegrees, Math.min(85, n + padDegrees)];
}
