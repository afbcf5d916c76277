// Generated from data-schemas/corridor.schema.json by scripts/build-schema-types.ts; do not edit.
// Run `npx tsx scripts/build-schema-types.ts` after changing the schema.

/**
 * @minItems 2
 */
export type LineCoordinates = [Position, Position, ...Position[]];
/**
 * @minItems 2
 * @maxItems 3
 */
export type Position = [number, number] | [number, number, unknown];
/**
 * @minItems 4
 */
export type LinearRing = [Position, Position, Position, Position, ...Position[]];

/**
 * Drug, fuel, arms or other trafficking corridors as a GeoJSON FeatureCollection of lines or polygons (WGS84).
 */
export interface CorridorCollection {
  type: 'FeatureCollection';
  /**
   * True when the corridors are illustrative, not survey data; the app labels them so.
   */
  illustrative?: boolean;
  features: Corridor[];
  [k: string]: unknown;
}
export interface Corridor {
  type: 'Feature';
  id?: string | number;
  geometry:
    | {
        type: 'LineString';
        coordinates: LineCoordinates;
        [k: string]: unknown;
      }
    | {
        type: 'MultiLineString';
        coordinates: LineCoordinates[];
        [k: string]: unknown;
      }
    | {
        type: 'Polygon';
        /**
         * @minItems 1
         */
        coordinates: [LinearRing, ...LinearRing[]];
        [k: string]: unknown;
      }
    | {
        type: 'MultiPolygon';
        coordinates: [LinearRing, ...LinearRing[]][];
        [k: string]: unknown;
      };
  properties: {
    /**
     * What is trafficked along the corridor.
     */
    kind: 'drug' | 'fuel' | 'arms' | 'other';
    /**
     * Display name.
     */
    name: string;
    /**
     * Where the corridor comes from (report, agency, 'illustrative').
     */
    source?: string;
    /**
     * First day the corridor is known to be active.
     */
    valid_from?: string | null;
    /**
     * Last day the corridor is known to be active; null while active.
     */
    valid_to?: string | null;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
