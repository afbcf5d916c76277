import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A polygon of a subdivision and the group (country) it belongs to. */
export interface GroupedShape {
  /** Key of the group: lines are kept only between two shapes of the same group. */
  group: string;
  geometry: Polygon | MultiPolygon;
}

const keyOf = (p: Position): string => `${p[0]},${p[1]}`;

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Segment key independent of direction. */
function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Joins undirected segments into polylines: a line runs between nodes (vertices that do not
 * have exactly two segments: line ends and junctions of three provinces), so simplifying each
 * line with its ends fixed keeps the lines meeting. Segments left after that form closed loops
 * (a province enclosed by one other) and come out as closed lines.
 */
export function chainSegments(segments: readonly (readonly [Position, Position])[]): Position[][] {
  const points = new Map<string, Position>();
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const [a, b] of segments) {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka === kb) continue;
    points.set(ka, a);
    points.set(kb, b);
    link(ka, kb);
    link(kb, ka);
  }
  const used = new Set<string>();
  const walk = (start: string, first: string): Position[] => {
    const line = [points.get(start)!];
    let previous = start;
    let current = first;
    used.add(edgeKey(previous, current));
    for (;;) {
      line.push(points.get(current)!);
      const onward = next.get(current) ?? [];
      if (onward.length !== 2) break;
      const following = onward[0] === previous ? onward[1]! : onward[0]!;
      const edge = edgeKey(current, following);
      if (used.has(edge)) break;
      used.add(edge);
      previous = current;
      current = following;
    }
    return line;
  };
  const lines: Position[][] = [];
  // Sorted keys make the output independent of the input's feature order.
  const keys = [...next.keys()].sort();
  for (const node of keys) {
    if (next.get(node)!.length === 2) continue;
    for (const to of next.get(node)!) if (!used.has(edgeKey(node, to))) lines.push(walk(node, to));
  }
  for (const start of keys) {
    for (const to of next.get(start)!) if (!used.has(edgeKey(start, to))) lines.push(walk(start, to));
  }
  return lines;
}

/**
 * The inner boundaries of each group: the segments that exactly two shapes of the same group
 * share (a province border inside a country), chained into polylines. Segments on one shape
 * only (coast, country outline) or shared with another group (an international border) are
 * left out, so the result never redraws what the country layers draw. Natural Earth's
 * admin-1 polygons share their border vertices exactly, so no snapping is needed.
 */
export function innerLinesByGroup(shapes: readonly GroupedShape[]): Map<string, Position[][]> {
  const owners = new Map<string, { a: Position; b: Position; shapes: Set<number>; groups: Set<string> }>();
  shapes.forEach((shape, index) => {
    for (const ring of ringsOf(shape.geometry)) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        const key = edgeKey(keyOf(a), keyOf(b));
        const entry = owners.get(key) ?? { a, b, shapes: new Set<number>(), groups: new Set<string>() };
        entry.shapes.add(index);
        entry.groups.add(shape.group);
        owners.set(key, entry);
      }
    }
  });
  const byGroup = new Map<string, [Position, Position][]>();
  for (const { a, b, shapes: users, groups } of owners.values()) {
    if (users.size !== 2 || groups.size !== 1) continue;
    const group = [...groups][0]!;
    const list = byGroup.get(group);
    if (list) list.push([a, b]);
    else byGroup.set(group, [[a, b]]);
  }
  const out = new Map<string, Position[][]>();
  for (const group of [...byGroup.keys()].sort()) out.set(group, chainSegments(byGroup.get(group)!));
  return out;
}
