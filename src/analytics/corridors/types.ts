import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/**
 * Corridor vocabulary and shapes, mirroring data-schemas/corridor.schema.json (the ingest
 * validates files against that schema before anything here sees them).
 */
export const CORRIDOR_KINDS = ['drug', 'fuel', 'arms', 'other'] as const;
/** What is trafficked along a corridor. */
export type CorridorKind = (typeof CORRIDOR_KINDS)[number];

/** Geometry types a corridor may have. */
export type CorridorGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/** Properties of one corridor feature (schema `$defs.corridor.properties`). */
export interface CorridorProperties {
  kind: CorridorKind;
  name: string;
  source?: string;
  valid_from?: string | null;
  valid_to?: string | null;
}

/** One corridor as a GeoJSON feature. */
export type CorridorFeature = Feature<CorridorGeometry, CorridorProperties>;

/** A corridor file once parsed and validated. */
export type CorridorCollection = FeatureCollection<CorridorGeometry, CorridorProperties> & {
  illustrative?: boolean;
};

/**
 * One route path as the lead builds it from DuckDB (origin → transit → destination through
 * anchors). `coords` holds lon,lat interleaved; `volume` is what the route carries (cases
 * or persons, whatever the caller aggregated).
 */
export interface RoutePath {
  routeKey: string;
  crimeType: string;
  coords: Float64Array;
  volume: number;
}

/** Number of sex/age categories (SEX_AGE in src/schema/incident.ts). */
export const SEX_AGE_COUNT = 5;

/**
 * Incidents aggregated by coarsened position × crime type × month, as typed arrays of one
 * length `n` (one row per aggregate). `month` counts months since 1970-01; `crimeType` is a
 * small integer code chosen by the caller; `sexAge` is stride-5 (women, men, girls, boys,
 * unknown) persons per row, optional.
 */
export interface AggregatedPositions {
  lon: Float64Array;
  lat: Float64Array;
  weight: Float64Array;
  crimeType: Uint8Array;
  month: Int32Array;
  sexAge?: Float64Array;
}

/** An inclusive range of months since 1970-01. */
export interface MonthRange {
  from: number;
  to: number;
}
