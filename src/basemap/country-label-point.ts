/**
 * Where and from which zoom a country's name is drawn. Computed at build time by
 * scripts/build-basemap.ts from Natural Earth 1:50m; see country-label-points.ts.
 */
export interface CountryLabelPoint {
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  /** Longitude of a point well inside the country's largest polygon. */
  lon: number;
  /** Latitude of that point. */
  lat: number;
  /** Land area in km² (rounded), used to size the label. */
  areaKm2: number;
  /** The label appears from this map zoom on: big countries first, microstates last. */
  minZoom: number;
}
