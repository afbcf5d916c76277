import { csvParse } from 'd3';

/** A border crossing or route waypoint (approximate position, about 0.1°; not survey data). */
export interface CrossingPoint {
  /** Display name (ASCII, as in the CSV). */
  name: string;
  /** Country on one side, ISO alpha-3. */
  countryA: string;
  /** Country on the other side (equal to `countryA` for a waypoint inside one country). */
  countryB: string;
  /** Latitude, degrees WGS84. */
  lat: number;
  /** Longitude, degrees WGS84. */
  lon: number;
  /** Route label as written in the reference CSV (e.g. `Darien`, `Andean`). */
  routeLabel: string;
  /** Free note; empty when none. */
  note: string;
}

const ISO3 = /^[A-Z]{3}$/;

/**
 * Parses src/geo/crossing-points.csv (header `name,country_a,country_b,lat,lon,route_label,note`).
 * Throws on a malformed row: the file is reference data and must stay clean.
 */
export function parseCrossingPointsCsv(text: string): CrossingPoint[] {
  return csvParse(text).map((row, i) => {
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    const point: CrossingPoint = {
      name: row.name ?? '',
      countryA: row.country_a ?? '',
      countryB: row.country_b ?? '',
      lat,
      lon,
      routeLabel: row.route_label ?? '',
      note: row.note ?? '',
    };
    const ok =
      point.name !== '' &&
      ISO3.test(point.countryA) &&
      ISO3.test(point.countryB) &&
      Number.isFinite(lat) &&
      Math.abs(lat) <= 90 &&
      Number.isFinite(lon) &&
      Math.abs(lon) <= 180;
    if (!ok) throw new Error(`crossing-points.csv row ${i + 2} is malformed`);
    return point;
  });
}
