// Generated from data-schemas/incident.schema.json by scripts/build-schema-types.ts; do not edit.
// Run `npx tsx scripts/build-schema-types.ts` after changing the schema.

/**
 * One detected incident or case of trafficking in persons or smuggling of migrants, anonymized. Counts are detected cases, not prevalence.
 */
export interface Incident {
  /**
   * Opaque identifier, unique within the reporting office. Never a case file number.
   */
  id: string;
  /**
   * First day of the period in which the incident was detected (YYYY-MM-DD).
   */
  date: string;
  /**
   * How precise `date` is: a day, a month (date is the 1st) or a year (date is 1 January).
   */
  date_precision: 'day' | 'month' | 'year';
  /**
   * Country of detection, ISO 3166-1 alpha-3.
   */
  country: string;
  /**
   * First-level subdivision of detection, ISO 3166-2.
   */
  admin1?: string | null;
  /**
   * Latitude in degrees (WGS84), coarsened to the ingest grid (default 0.01°).
   */
  lat?: number | null;
  /**
   * Longitude in degrees (WGS84), coarsened to the ingest grid.
   */
  lon?: number | null;
  /**
   * Trafficking in persons and smuggling of migrants are different crimes and are never merged silently.
   */
  crime_type: 'trafficking' | 'smuggling' | 'both' | 'unknown';
  /**
   * Forms of exploitation (trafficking); empty for smuggling.
   */
  exploitation?: (
    | 'sexual'
    | 'forced_labour'
    | 'forced_criminality'
    | 'begging'
    | 'forced_marriage'
    | 'organ_removal'
    | 'other'
    | 'unknown'
  )[];
  /**
   * Adult women (18+) among the victims or smuggled persons.
   */
  women: number;
  /**
   * Adult men (18+).
   */
  men: number;
  /**
   * Girls (under 18).
   */
  girls: number;
  /**
   * Boys (under 18).
   */
  boys: number;
  /**
   * Persons whose sex or age is not recorded.
   */
  unknown_sex_age: number;
  /**
   * Main nationality of the persons, ISO 3166-1 alpha-3.
   */
  nationality?: string | null;
  /**
   * Country where the journey started, ISO alpha-3.
   */
  origin?: string | null;
  /**
   * Transit countries in travel order, ISO alpha-3.
   */
  transit?: string[];
  /**
   * Intended or actual destination (country of exploitation for trafficking), ISO alpha-3.
   */
  destination?: string | null;
  /**
   * Route label, e.g. "Darién", "Central American corridor".
   */
  route?: string | null;
  /**
   * Who detected the case.
   */
  detection_source?:
    | 'border_control'
    | 'police'
    | 'prosecutor'
    | 'labour_inspection'
    | 'ngo'
    | 'health'
    | 'other'
    | null;
  /**
   * Reporting office (e.g. a national prosecutor's unit). Set at ingest when several extracts are combined.
   */
  office?: string | null;
}
