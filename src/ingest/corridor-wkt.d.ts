/**
 * Types for @terraformer/wkt 2.2, which ships none: only the WKT reader the corridor ingest
 * uses. It throws an Error on text it cannot parse.
 */
declare module '@terraformer/wkt' {
  import type { Geometry } from 'geojson';
  /** Parses WKT text into a GeoJSON geometry. */
  export function wktToGeoJSON(wkt: string): Geometry;
}
