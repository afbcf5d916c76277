import { type LinePart, toGeoSegments } from './line-set.ts';
import { forEachNear } from './near-search.ts';
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

/** Distinct route segments (undirected, exact coordinates) as two-point parts. */
function distinctSegments(routes: readonly RoutePath[]): LinePart[] {
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
  return parts;
}

/**
 * The average incident density over all route kilometres in `period`: incidents (weights)
 * within `distanceKm` of the union of route paths, per 100 km of distinct route path, per
 * month. Uses the same search and distance as the corridor proximity, so the two are on
 * one scale.
 */
export function routeBaseline(
  routes: readonly RoutePath[],
  data: AggregatedPositions,
  period: MonthRange,
  distanceKm = 25,
  positionIndex?: PositionIndex,
): RouteBaseline {
  const months = period.to - period.from + 1;
  const parts = distinctSegments(routes);
  const { geo } = toGeoSegments(parts, Number.POSITIVE_INFINITY);
  let routeKm = 0;
  for (let s = 0; s < geo.count; s++) routeKm += geo.lengthKm[s]!;
  const pos = positionIndex ?? buildPositionIndex(data.lon, data.lat);
  let weight = 0;
  forEachNear(
    geo,
    pos,
    distanceKm,
    () => ({ polygons: [], box: null }),
    (_owner, p) => {
      for (let k = pos.rowStart[p]!; k < pos.rowStart[p + 1]!; k++) {
        const r = pos.rows[k]!;
        const m = data.month[r]!;
        if (m >= period.from && m <= period.to) weight += data.weight[r]!;
      }
    },
  );
  const perHundredKmMonth = routeKm > 0 && months > 0 ? weight / (routeKm / 100) / months : 0;
  return { weight, routeKm, months, perHundredKmMonth };
}
