import { splitAtAntimeridian } from './antimeridian.ts';
import { isInPolygon } from './point-in-polygon.ts';
import type { PreparedCorridors } from './prepare-corridors.ts';
import { intersectSegments } from './segment-intersection.ts';
import type { CorridorKind, RoutePath } from './types.ts';

/**
 * How a route meets a corridor at a point:
 * - `cross`: a line corridor (any contact: crossing, touching, shared vertex);
 * - `entry` / `exit`: a polygon corridor's boundary, going in or out;
 * - `touch`: a polygon boundary touched without changing side;
 * - `overlap`: start or end of a stretch the route shares with the corridor (collinear);
 * - `start-inside`: the route's first vertex already lies in a polygon corridor.
 */
export type CrossingType = 'cross' | 'entry' | 'exit' | 'touch' | 'overlap' | 'start-inside';

/** One point where a route path meets a corridor, carrying the route's volume. */
export interface Crossing {
  routeKey: string;
  crimeType: string;
  corridorIndex: number;
  corridorName: string;
  kind: CorridorKind;
  type: CrossingType;
  lon: number;
  lat: number;
  volume: number;
  /** Position along the route (segment ordinal + fraction): sorts crossings in travel order. */
  along: number;
}

interface Hit {
  corridor: number;
  lon: number;
  lat: number;
  along: number;
  overlap: boolean;
}

function routeHits(prepared: PreparedCorridors, route: RoutePath): { hits: Hit[]; path: Float64Array[] } {
  const { planar } = prepared;
  const hits: Hit[] = [];
  const pieces = splitAtAntimeridian(route.coords);
  let ordinal = 0;
  for (const piece of pieces) {
    for (let i = 0; i + 3 < piece.length; i += 2, ordinal++) {
      const [px0, py0, px1, py1] = [piece[i]!, piece[i + 1]!, piece[i + 2]!, piece[i + 3]!];
      if (!planar.index || (px0 === px1 && py0 === py1)) continue;
      const candidates = planar.index.search(
        Math.min(px0, px1),
        Math.min(py0, py1),
        Math.max(px0, px1),
        Math.max(py0, py1),
      );
      for (const s of candidates) {
        const c = intersectSegments(
          px0,
          py0,
          px1,
          py1,
          planar.x0[s]!,
          planar.y0[s]!,
          planar.x1[s]!,
          planar.y1[s]!,
        );
        if (c.type === 'none') continue;
        const corridor = planar.owner[s]!;
        const at = (x: number, y: number): number => {
          const len = Math.hypot(px1 - px0, py1 - py0);
          return ordinal + Math.hypot(x - px0, y - py0) / len;
        };
        if (c.type === 'point') {
          hits.push({ corridor, lon: c.x, lat: c.y, along: at(c.x, c.y), overlap: false });
        } else {
          hits.push({ corridor, lon: c.x0, lat: c.y0, along: at(c.x0, c.y0), overlap: true });
          hits.push({ corridor, lon: c.x1, lat: c.y1, along: at(c.x1, c.y1), overlap: true });
        }
      }
    }
  }
  return { hits, path: pieces };
}

/** The point at position `along` (segment ordinal + fraction) of the split route. */
function pointAlong(pieces: Float64Array[], along: number): [number, number] {
  let ordinal = 0;
  let last: [number, number] = [0, 0];
  for (const piece of pieces) {
    for (let i = 0; i + 3 < piece.length; i += 2, ordinal++) {
      last = [piece[i + 2]!, piece[i + 3]!];
      if (along <= ordinal + 1) {
        const t = Math.max(0, along - ordinal);
        return [
          piece[i]! + t * (piece[i + 2]! - piece[i]!),
          piece[i + 1]! + t * (piece[i + 3]! - piece[i + 1]!),
        ];
      }
    }
  }
  return last;
}

function dedupeKey(h: Hit): string {
  return `${h.corridor}|${h.lon === -180 ? 180 : h.lon}|${h.lat}`;
}

/**
 * Every point where the route paths meet the corridors. Candidates come from a flatbush over
 * the corridors' planar segment boxes; each candidate pair is decided exactly (see
 * segment-intersection.ts). Points are deduplicated per route and corridor (a vertex shared
 * by two segments, or a crossing on ±180° seen from both sides, counts once) and returned in
 * route order. For polygon corridors the side (entry, exit, touch) is read from whether the
 * route between consecutive boundary points lies inside the polygon.
 */
export function routeCorridorCrossings(
  prepared: PreparedCorridors,
  routes: readonly RoutePath[],
): Crossing[] {
  const out: Crossing[] = [];
  for (const route of routes) {
    if (route.coords.length < 4) continue;
    const { hits, path } = routeHits(prepared, route);
    const seen = new Set<string>();
    const unique = hits
      .sort((a, b) => a.along - b.along)
      .filter((h) => {
        const key = dedupeKey(h);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const byCorridor = new Map<number, Hit[]>();
    for (const h of unique) byCorridor.set(h.corridor, [...(byCorridor.get(h.corridor) ?? []), h]);
    for (const corridor of prepared.corridors) {
      const list = byCorridor.get(corridor.index) ?? [];
      const base = {
        routeKey: route.routeKey,
        crimeType: route.crimeType,
        corridorIndex: corridor.index,
        corridorName: corridor.name,
        kind: corridor.kind,
        volume: route.volume,
      };
      if (corridor.polygons.length === 0) {
        for (const h of list) {
          const type = h.overlap ? 'overlap' : 'cross';
          out.push({ ...base, type, lon: h.lon, lat: h.lat, along: h.along });
        }
        continue;
      }
      const inside = (along: number): boolean => {
        const [x, y] = pointAlong(path, along);
        return corridor.polygons.some((poly) => isInPolygon(x, y, poly));
      };
      const start = route.coords;
      if (
        corridor.polygons.some((poly) => isInPolygon(start[0]!, start[1]!, poly)) &&
        (list[0]?.along ?? 1) > 0
      ) {
        out.push({ ...base, type: 'start-inside', lon: start[0]!, lat: start[1]!, along: 0 });
      }
      const total = path.reduce((n, piece) => n + piece.length / 2 - 1, 0);
      list.forEach((h, k) => {
        // At the route's own ends there is no "before"/"after": that side counts as outside.
        const before = h.along <= 0 ? false : inside(((list[k - 1]?.along ?? 0) + h.along) / 2);
        const after = h.along >= total ? false : inside((h.along + (list[k + 1]?.along ?? total)) / 2);
        const type = h.overlap ? 'overlap' : !before && after ? 'entry' : before && !after ? 'exit' : 'touch';
        out.push({ ...base, type, lon: h.lon, lat: h.lat, along: h.along });
      });
    }
  }
  return out;
}
