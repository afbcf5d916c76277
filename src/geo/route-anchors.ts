import { COUNTRIES } from './countries.ts';
import { CROSSING_POINTS, type CrossingPoint } from './crossing-points.ts';

/** A `[lon, lat]` position. */
export type LonLat = readonly [number, number];

/**
 * Where a route's stops are drawn: a point per country and, between two neighbouring
 * countries, their border crossing (Darién between Colombia and Panama, for instance).
 */
export interface RouteAnchors {
  /** The country's anchor point, or undefined when none is known. */
  point(iso3: string): LonLat | undefined;
  /** The crossing between two countries, in either order, or undefined when none is known. */
  crossing(a: string, b: string): LonLat | undefined;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** What a crossing needs to anchor routes: its two countries and its position. */
export type Crossing = Pick<CrossingPoint, 'countryA' | 'countryB' | 'lon' | 'lat'>;

/**
 * Anchors from country points and crossings (the bundled ones, or a test's own world). Between
 * two countries the first listed crossing is used, so paths are deterministic; a point whose
 * two sides are one country (a waypoint inside it) is not a crossing.
 */
export function routeAnchors(
  points: Iterable<readonly [string, LonLat]>,
  crossings: readonly Crossing[],
): RouteAnchors {
  const byCountry = new Map(points);
  const byPair = new Map<string, LonLat>();
  for (const c of crossings) {
    const key = pairKey(c.countryA, c.countryB);
    if (c.countryA !== c.countryB && !byPair.has(key)) byPair.set(key, [c.lon, c.lat]);
  }
  return {
    point: (iso3) => byCountry.get(iso3),
    crossing: (a, b) => byPair.get(pairKey(a, b)),
  };
}

let bundled: RouteAnchors | null = null;

/**
 * The app's anchors: each country's representative point and the bundled crossing points.
 * Built on first use and kept: the layer builders ask for them at every query result.
 */
export function bundledRouteAnchors(): RouteAnchors {
  bundled ??= routeAnchors(
    COUNTRIES.map((c): [string, LonLat] => [c.iso3, c.centroid]),
    CROSSING_POINTS,
  );
  return bundled;
}

/**
 * A route's stops in order: origin, the transit countries of its `|`-joined `transit` (as
 * routesQuery returns it; empty for none), destination. Pure.
 */
export function routeStops(origin: string, transit: string, destination: string): string[] {
  return [origin, ...(transit ? transit.split('|') : []), destination];
}

/**
 * The vertices of a route through `stops` (origin, transit…, destination), as interleaved
 * lon/lat: each stop's point and, between two consecutive stops, their crossing when one is
 * known. A stop without a point is skipped; its crossings are kept. Pure.
 */
export function routeVertices(stops: readonly string[], anchors: RouteAnchors): number[] {
  const out: number[] = [];
  for (let i = 0; i < stops.length; i++) {
    const point = anchors.point(stops[i]!);
    if (point) out.push(point[0], point[1]);
    if (i + 1 < stops.length) {
      const crossing = anchors.crossing(stops[i]!, stops[i + 1]!);
      if (crossing) out.push(crossing[0], crossing[1]);
    }
  }
  return out;
}
