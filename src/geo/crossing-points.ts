import table from './crossing-points.json' with { type: 'json' };
import type { CrossingPoint } from './parse-crossing-points.ts';

export type { CrossingPoint } from './parse-crossing-points.ts';

/**
 * Well-known border crossings and route waypoints in the Americas and Iberia, generated from
 * crossing-points.csv by scripts/build-crossing-points.ts. Used as route anchors by the
 * synthetic generator and the map; approximate positions.
 */
export const CROSSING_POINTS: readonly CrossingPoint[] = table;

const BY_NAME: ReadonlyMap<string, CrossingPoint> = new Map(CROSSING_POINTS.map((p) => [p.name, p]));

/** The crossing point with exactly this name; throws when absent, since names are code constants. */
export function crossingPoint(name: string): CrossingPoint {
  const point = BY_NAME.get(name);
  if (!point) throw new Error(`unknown crossing point: ${name}`);
  return point;
}

/** Crossing points that touch a country (either side). */
export function crossingPointsOf(iso3: string): CrossingPoint[] {
  return CROSSING_POINTS.filter((p) => p.countryA === iso3 || p.countryB === iso3);
}
