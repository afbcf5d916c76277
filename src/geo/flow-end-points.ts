import { ADMIN1_UNITS } from './admin1.ts';
import { COUNTRIES } from './countries.ts';
import type { LonLat } from './route-anchors.ts';

/**
 * Where a flow's ends are drawn. The flow statements return end keys only (an ISO3 country,
 * an ISO 3166-2 admin-1 code, or a cluster of countries joined by `+`); the layer builder
 * looks the points up here. Doing it in SQL, over a map of about 250 points, cost 1–1.5 ms of
 * a 4–5 ms statement in DuckDB-WASM for at most 120 lookups (bench/RESULTS.md).
 */
export interface FlowEndPoints {
  /** The end's point, or undefined when it (or one member of a cluster) has none. */
  point(key: string): LonLat | undefined;
}

/**
 * End points from country and admin-1 points (the bundled ones, or a test's own world). A
 * cluster key `A+B+…` (clusteredFlowsQuery) is drawn at the mean of its members' points, the
 * members being the countries of the cluster present in the view. Country codes never hold a
 * hyphen and admin-1 codes always do, so one lookup serves both. Pure.
 */
export function flowEndPoints(
  countries: Iterable<readonly [string, LonLat]>,
  admin1: Iterable<readonly [string, LonLat]> = [],
): FlowEndPoints {
  const byKey = new Map<string, LonLat>(countries);
  for (const [code, point] of admin1) byKey.set(code, point);
  const point = (key: string): LonLat | undefined => {
    if (!key.includes('+')) return byKey.get(key);
    let lon = 0;
    let lat = 0;
    const members = key.split('+');
    for (const member of members) {
      const p = byKey.get(member);
      if (!p) return undefined;
      lon += p[0];
      lat += p[1];
    }
    return [lon / members.length, lat / members.length];
  };
  return { point };
}

let bundled: FlowEndPoints | null = null;

/**
 * The app's end points: each country's representative point and the bundled admin-1 points,
 * the same that the `country_points` and `admin1_points` tables hold (db/reference-tables.ts).
 * Built on first use and kept.
 */
export function bundledFlowEndPoints(): FlowEndPoints {
  bundled ??= flowEndPoints(
    COUNTRIES.map((c): [string, LonLat] => [c.iso3, c.centroid]),
    Object.entries(ADMIN1_UNITS).map(([code, unit]): [string, LonLat] => [code, unit.point]),
  );
  return bundled;
}
