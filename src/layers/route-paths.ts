import type { RoutePath } from '../analytics/corridors/types.ts';
import { routeStops } from '../geo/route-anchors.ts';
import type { RouteData } from './route-data.ts';

/**
 * A readable, stable key of one drawn route: `ORIGIN → TRANSIT… → DESTINATION`, with the
 * route's name in parentheses when it has one. Values come from the data file: callers show
 * it as text only.
 */
export function routeLabel(data: RouteData, i: number): string {
  const stops = routeStops(data.origin[i]!, data.transit[i]!, data.destination[i]!);
  const name = data.route[i];
  return name ? `${stops.join(' → ')} (${name})` : stops.join(' → ');
}

/**
 * Route data (already cut to routes with at least k persons by toRouteData) as the route paths
 * the corridor analyses take: one path per route and crime type, lon/lat as Float64, volume =
 * persons. Pure.
 */
export function toRoutePaths(data: RouteData): RoutePath[] {
  const out: RoutePath[] = [];
  for (let i = 0; i < data.length; i++) {
    const from = data.startIndices[i]!;
    const to = data.startIndices[i + 1]!;
    out.push({
      routeKey: routeLabel(data, i),
      crimeType: data.crimeType[i]!,
      coords: Float64Array.from(data.positions.subarray(from * 2, to * 2)),
      volume: data.persons[i]!,
    });
  }
  return out;
}
