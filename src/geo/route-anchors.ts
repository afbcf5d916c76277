import { COUNTRIES } from './countries.ts';
import { CROSSING_POINTS, type CrossingPoint } from './crossing-points.ts';

/** A `[lon, lat]` position. */
export type LonLat = readonly [number, number];

/** One border crossing per unordered pair of neighbouring countries, `a < b`. */
export interface PairAnchor {
  a: string;
  b: string;
  lon: number;
  lat: number;
}

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

/**
 * The first listed crossing of each neighbouring pair, so paths are deterministic. A point
 * whose two sides are one country (a waypoint inside it) is not a crossing. Pure.
 */
export function pairAnchors(points: readonly CrossingPoint[] = CROSSING_POINTS): PairAnchor[] {
  const seen = new Set<string>();
  const out: PairAnchor[] = [];
  for (const p of points) {
    if (p.countryA === p.countryB) continue;
    const key = pairKey(p.countryA, p.countryB);
    if (seen.has(key)) continue;
    seen.add(key);
    const [a, b] = key.split('|') as [string, string];
    out.push({ a, b, lon: p.lon, lat: p.lat });
  }
  return out;
}

/** Anchors from country points and pair crossings (the bundled ones, or a test's own world). */
export function routeAnchors(
  points: Iterable<readonly [string, LonLat]>,
  pairs: readonly PairAnchor[],
): RouteAnchors {
  const byCountry = new Map(points);
  const byPair = new Map(pairs.map((p): [string, LonLat] => [pairKey(p.a, p.b), [p.lon, p.lat]]));
  return {
    point: (iso3) => byCountry.get(iso3),
    crossing: (a, b) => byPair.get(pairKey(a, b)),
  };
}

let bundled: RouteAnchors | null = null;

/** The app's anchors: each country's representative point and the bundled crossing points. */
export function bundledRouteAnchors(): RouteAnchors {
  bundled ??= routeAnchors(
    COUNTRIES.map((c): [string, LonLat] => [c.iso3, c.centroid]),
    pairAnchors(),
  );
  return bundled;
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
