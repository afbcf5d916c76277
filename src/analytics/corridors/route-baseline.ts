import { type GeoSegments, type LinePart, toGeoSegments } from './line-set.ts';
import { NearPairCache, type NearPairs, nearPairs, type PolygonsOf } from './near-pairs.ts';
import { buildPositionIndex, type PositionIndex } from './position-index.ts';
import type { AggregatedPositions, MonthRange, RoutePath } from './types.ts';

/** Density of incidents along all route kilometres: the denominator of the concurrence score. */
export interface RouteBaseline {
  /** Weight within the buffer of any route path during the period (each position once). */
  weight: number;
  /** Length of the distinct route segments, km (a segment shared by routes counts once). */
  routeKm: number;
  months: number;
  /** weight / (routeKm / 100) / months; 0 when there are no route kilometres. */
  perHundredKmMonth: number;
}

const NO_POLYGONS: PolygonsOf = () => ({ polygons: [], box: null });

/**
 * Near-pair caches of the route paths, kept for the last set of distinct route segments and
 * distance: the top routes rarely change with a filter, so the baseline then searches only
 * positions it has not seen.
 */
export class RouteNearCache {
  #signature = '';
  #cache: NearPairCache | null = null;

  /** The cache for these segments (`signature` names them) and distance, new when they changed. */
  cacheFor(geo: GeoSegments, signature: string, distanceKm: number): NearPairCache {
    if (!this.#cache || this.#signature !== signature || this.#cache.distanceKm !== distanceKm) {
      this.#cache = new NearPairCache(geo, distanceKm, NO_POLYGONS);
      this.#signature = signature;
    }
    return this.#cache;
  }
}

/** Distinct route segments (undirected, exact coordinates) as two-point parts, and their keys. */
function distinctSegments(routes: readonly RoutePath[]): { parts: LinePart[]; signature: string } {
  const seen = new Set<string>();
  const parts: LinePart[] = [];
  for (const route of routes) {
    const c = route.coords;
    for (let i = 0; i + 3 < c.length; i += 2) {
      const a = `${c[i]},${c[i + 1]}`;
      const b = `${c[i + 2]},${c[i + 3]}`;
      const key = a < b ? `${a};${b}` : `${b};${a}`;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      parts.push({ owner: 0, coords: c.slice(i, i + 4) });
    }
  }
  return { parts, signature: [...seen].join('|') };
}

/**
 * The average incident density over all route kilometres in `period`: incidents (weights)
 * within `distanceKm` of the union of route paths, per 100 km of distinct route path, per
 * month. Uses the same search and distance as the corridor proximity, so the two are on
 * one scale. Pure apart from `cache` (mutated; same answer with or without it).
 */
export function routeBaseline(
  routes: readonly RoutePath[],
  data: AggregatedPositions,
  period: MonthRange,
  distanceKm = 25,
  positionIndex?: PositionIndex,
  cache?: RouteNearCache,
): RouteBaseline {
  const months = period.to - period.from + 1;
  const { parts, signature } = distinctSegments(routes);
  const { geo } = toGeoSegments(parts, Number.POSITIVE_INFINITY);
  let routeKm = 0;
  for (let s = 0; s < geo.count; s++) routeKm += geo.lengthKm[s]!;
  const pos = positionIndex ?? buildPositionIndex(data.lon, data.lat);
  const pairs: NearPairs = cache
    ? cache.cacheFor(geo, signature, distanceKm).pairsFor(pos)
    : nearPairs(geo, pos, distanceKm, NO_POLYGONS);
  let weight = 0;
  for (let p = 0; p < pos.count; p++) {
    if (pairs.start[p + 1] === pairs.start[p]) continue;
    for (let k = pos.rowStart[p]!; k < pos.rowStart[p + 1]!; k++) {
      const r = pos.rows[k]!;
      const m = data.month[r]!;
      if (m >= period.from && m <= period.to) weight += data.weight[r]!;
    }
  }
  const perHundredKmMonth = routeKm > 0 && months > 0 ? weight / (routeKm / 100) / months : 0;
  return { weight, routeKm, months, perHundredKmMonth };
}
