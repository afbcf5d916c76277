/** Languages admin-1 names are shipped in (the app's languages). */
export type Admin1Lang = 'es' | 'pt' | 'en';

/** One first-level subdivision of the region (src/geo/admin1-points.json, keyed by its ISO 3166-2 code). */
export interface Admin1Unit {
  /** ISO 3166-1 alpha-3 of the country it lies in, as incidents name the country. */
  iso3: string;
  /** Natural Earth's label point [lon, lat] (a dissolved community's interior point for Spain's communities). */
  point: readonly [number, number];
  es: string;
  pt: string;
  en: string;
  /** Set on an older code that ISO 3166-2 has replaced: the unit's current code. */
  aliasOf?: string;
}

/** The generated file: where it comes from and the units by code, sorted. */
export interface Admin1PointsFile {
  source: string;
  licence: string;
  units: Readonly<Record<string, Admin1Unit>>;
}
