/**
 * Planar (lon/lat) intersection of two segments, deciding like @turf/line-intersect 7.4 for
 * segments of different features: a shared end point is returned as is; a proper crossing or
 * a touch (an end on the other segment's interior) gives the interpolated point, computed on
 * the same segment and with the same arithmetic as turf's sweep line, so coordinates match.
 *
 * One deliberate difference: turf drops collinear overlaps that share no end point; here
 * they return the overlap's end points (kind `overlap`), because a route running along a
 * corridor is the strongest concurrence there is.
 */

/** Result of {@link intersectSegments}: no contact, one point, or the two ends of an overlap. */
export type SegmentContact =
  | { type: 'none' }
  | { type: 'point'; x: number; y: number }
  | { type: 'overlap'; x0: number; y0: number; x1: number; y1: number };

const NONE: SegmentContact = { type: 'none' };

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (ay - cy) * (bx - cx) - (ax - cx) * (by - cy);
}

function isLeftOf(ax: number, ay: number, bx: number, by: number): boolean {
  return ax < bx || (ax === bx && ay < by);
}

/** Intersection of segments p = (px0,py0)-(px1,py1) and q = (qx0,qy0)-(qx1,qy1). */
export function intersectSegments(
  px0: number,
  py0: number,
  px1: number,
  py1: number,
  qx0: number,
  qy0: number,
  qx1: number,
  qy1: number,
): SegmentContact {
  // Each segment left→right (turf's sweep events), then seg1 = the one entering the sweep last.
  let [ax0, ay0, ax1, ay1] = isLeftOf(px1, py1, px0, py0) ? [px1, py1, px0, py0] : [px0, py0, px1, py1];
  let [bx0, by0, bx1, by1] = isLeftOf(qx1, qy1, qx0, qy0) ? [qx1, qy1, qx0, qy0] : [qx0, qy0, qx1, qy1];
  if (isLeftOf(ax0, ay0, bx0, by0)) {
    [ax0, ay0, ax1, ay1, bx0, by0, bx1, by1] = [bx0, by0, bx1, by1, ax0, ay0, ax1, ay1];
  }
  const s1 = orient(ax0, ay0, ax1, ay1, bx0, by0);
  const s2 = orient(ax0, ay0, ax1, ay1, bx1, by1);
  if ((s1 > 0 && s2 > 0) || (s1 < 0 && s2 < 0)) return NONE;
  if (ax1 === bx0 && ay1 === by0) return { type: 'point', x: bx0, y: by0 };
  if (ax1 === bx1 && ay1 === by1) return { type: 'point', x: bx1, y: by1 };
  if (ax0 === bx0 && ay0 === by0) return { type: 'point', x: bx0, y: by0 };
  if (ax0 === bx1 && ay0 === by1) return { type: 'point', x: bx1, y: by1 };
  const denom = (by1 - by0) * (ax1 - ax0) - (bx1 - bx0) * (ay1 - ay0);
  const numeA = (bx1 - bx0) * (ay0 - by0) - (by1 - by0) * (ax0 - bx0);
  const numeB = (ax1 - ax0) * (ay0 - by0) - (ay1 - ay0) * (ax0 - bx0);
  if (denom === 0) {
    if (s1 !== 0 || s2 !== 0) return NONE;
    return collinearOverlap(ax0, ay0, ax1, ay1, bx0, by0, bx1, by1);
  }
  const uA = numeA / denom;
  const uB = numeB / denom;
  if (uA >= 0 && uA <= 1 && uB >= 0 && uB <= 1) {
    return { type: 'point', x: ax0 + uA * (ax1 - ax0), y: ay0 + uA * (ay1 - ay0) };
  }
  return NONE;
}

function collinearOverlap(
  ax0: number,
  ay0: number,
  ax1: number,
  ay1: number,
  bx0: number,
  by0: number,
  bx1: number,
  by1: number,
): SegmentContact {
  // Both are ordered left→right (x, then y), so the overlap is [max of starts, min of ends].
  const [sx, sy] = isLeftOf(ax0, ay0, bx0, by0) ? [bx0, by0] : [ax0, ay0];
  const [ex, ey] = isLeftOf(ax1, ay1, bx1, by1) ? [ax1, ay1] : [bx1, by1];
  if (isLeftOf(ex, ey, sx, sy)) return NONE;
  if (sx === ex && sy === ey) return { type: 'point', x: sx, y: sy };
  return { type: 'overlap', x0: sx, y0: sy, x1: ex, y1: ey };
}
