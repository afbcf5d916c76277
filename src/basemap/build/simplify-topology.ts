import type { Objects, Topology } from 'topojson-specification';
import { simplifyLine, type XY } from './simplify-line.ts';

/** Decodes one arc of a (possibly quantized, delta-encoded) topology to absolute lon/lat. */
function decodeArc(arc: readonly (readonly number[])[], topology: Topology): XY[] {
  const transform = topology.transform;
  if (!transform) return arc.map((p) => [p[0] ?? 0, p[1] ?? 0] as const);
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  let x = 0;
  let y = 0;
  return arc.map((p) => {
    x += p[0] ?? 0;
    y += p[1] ?? 0;
    return [x * sx + tx, y * sy + ty] as const;
  });
}

/**
 * Returns a copy of a topology with absolute coordinates and every arc simplified with
 * Douglas–Peucker at `tolerance` degrees. Simplifying arcs rather than features keeps shared
 * borders identical on both sides (no slivers or gaps between neighbours). A closed arc (a
 * whole island) that would collapse below a ring is kept as it was, so islands never vanish.
 */
export function simplifyTopology<T extends Objects>(topology: Topology<T>, tolerance: number): Topology<T> {
  const arcs = topology.arcs.map((arc) => {
    const points = decodeArc(arc, topology);
    const simplified = simplifyLine(points, tolerance);
    const first = points[0];
    const last = points[points.length - 1];
    const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    const kept = closed && simplified.length < 4 ? points : simplified;
    return kept.map((p) => [p[0], p[1]]);
  });
  return {
    type: 'Topology',
    objects: topology.objects,
    arcs,
    ...(topology.bbox ? { bbox: topology.bbox } : {}),
  };
}
