import incidentSchema from '../../data-schemas/incident.schema.json' with { type: 'json' };
import type { Incident } from './generated/incident.ts';

/**
 * Vocabularies of the incident schema (data-schemas/incident.schema.json), written out
 * `as const` so the app gets literal unions. They cannot drift from the schema:
 * test/unit/schema/vocabularies.test.ts checks each equals its schema enum, and
 * {@link SchemaConsistency} checks the types against the generated `Incident` at compile time.
 */
export const CRIME_TYPES = ['trafficking', 'smuggling', 'both', 'unknown'] as const;
/** A crime type; trafficking and smuggling are kept apart everywhere. */
export type CrimeType = (typeof CRIME_TYPES)[number];

/** Forms of exploitation (UNODC GLOTIP categories). */
export const EXPLOITATION_FORMS = [
  'sexual',
  'forced_labour',
  'forced_criminality',
  'begging',
  'forced_marriage',
  'organ_removal',
  'other',
  'unknown',
] as const;
/** A form of exploitation. */
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

/** UNODC sex/age categories; each is a count column of the incidents table. */
export const SEX_AGE = ['women', 'men', 'girls', 'boys', 'unknown_sex_age'] as const;
/** A sex/age category (also the name of its count column). */
export type SexAge = (typeof SEX_AGE)[number];

/** Who detected the case. */
export const DETECTION_SOURCES = [
  'border_control',
  'police',
  'prosecutor',
  'labour_inspection',
  'ngo',
  'health',
  'other',
] as const;
/** A detection source. */
export type DetectionSource = (typeof DETECTION_SOURCES)[number];

/** Precision of an incident's date. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/** How precise an incident date is. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The JSON schema itself, for validators (ajv) and documentation. */
export const INCIDENT_SCHEMA = incidentSchema;

/**
 * Columns of a flat incident extract, in order, as the generator writes them and the ingest
 * produces them. List fields (`exploitation`, `transit`) are `|`-separated strings in flat
 * files (CSV, Parquet); the loaded table holds them as VARCHAR[].
 */
export const FLAT_COLUMNS = [
  ['id', 'VARCHAR'],
  ['date', 'DATE'],
  ['date_precision', 'VARCHAR'],
  ['country', 'VARCHAR'],
  ['admin1', 'VARCHAR'],
  ['lat', 'DOUBLE'],
  ['lon', 'DOUBLE'],
  ['crime_type', 'VARCHAR'],
  ['exploitation', 'VARCHAR'],
  ['women', 'INTEGER'],
  ['men', 'INTEGER'],
  ['girls', 'INTEGER'],
  ['boys', 'INTEGER'],
  ['unknown_sex_age', 'INTEGER'],
  ['nationality', 'VARCHAR'],
  ['origin', 'VARCHAR'],
  ['transit', 'VARCHAR'],
  ['destination', 'VARCHAR'],
  ['route', 'VARCHAR'],
  ['detection_source', 'VARCHAR'],
  ['office', 'VARCHAR'],
] as const;

/** Name of a flat extract column. */
export type FlatColumn = (typeof FLAT_COLUMNS)[number][0];

/** One incident as a flat record (the generator's row type; never used for bulk data in the app). */
export interface FlatIncident {
  id: string;
  date: string;
  date_precision: DatePrecision;
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  crime_type: CrimeType;
  exploitation: string;
  women: number;
  men: number;
  girls: number;
  boys: number;
  unknown_sex_age: number;
  nationality: string | null;
  origin: string | null;
  transit: string;
  destination: string | null;
  route: string | null;
  detection_source: DetectionSource | null;
  office: string | null;
}

/**
 * Compile-time proof that the hand-written types above match the types generated from
 * data-schemas/incident.schema.json (src/schema/generated/incident.ts): change the schema
 * without the code, or the code without the schema, and `tsc` fails on one of these lines.
 * (test/unit/schema/vocabularies.test.ts checks the runtime arrays against the schema.)
 */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** Fields whose value has the same shape in a flat record and in the schema's incident. */
type ScalarField = Exclude<keyof FlatIncident, 'exploitation' | 'transit'>;
/** Incident keys whose value is a plain number that is always present: the sex/age counts. */
type CountField = { [K in keyof Incident]-?: Incident[K] extends number ? K : never }[keyof Incident];
/** Every check must be `true`; exported only so the checks are not flagged as unused. */
export type SchemaConsistency = [
  Assert<Equal<keyof FlatIncident, keyof Incident>>,
  Assert<Equal<Pick<FlatIncident, ScalarField>, Required<Pick<Incident, ScalarField>>>>,
  Assert<Equal<CrimeType, Incident['crime_type']>>,
  Assert<Equal<DatePrecision, Incident['date_precision']>>,
  Assert<Equal<ExploitationForm, NonNullable<Incident['exploitation']>[number]>>,
  Assert<Equal<DetectionSource | null, Exclude<Incident['detection_source'], undefined>>>,
  Assert<Equal<SexAge, CountField>>,
  Assert<Equal<FlatColumn, keyof Incident>>,
];

/** The table every view reads from. */
export const INCIDENTS_TABLE = 'incidents';

/**
 * SQL that turns a flat relation (already valid, see ingest) into the incidents table:
 * splits list fields and adds derived columns computed once at load (month, year, persons)
 * so interactive queries never recompute them.
 * @param source a relation expression, e.g. `read_parquet('x')` or a table name (trusted: built by code, never from user text)
 */
export function createIncidentsTableSQL(source: string, table: string = INCIDENTS_TABLE): string {
  return `CREATE OR REPLACE TABLE ${table} AS\n${incidentsSelectSQL(source)}`;
}

/**
 * The SELECT of {@link createIncidentsTableSQL}, keeping the source's `extra` columns (quoted
 * names, trusted) after the incident columns: the ingest computes the incident columns in the
 * same pass as its row numbers and checks, then drops those columns instead of copying the table.
 */
export function incidentsSelectSQL(source: string, extra: readonly string[] = []): string {
  return `SELECT
  id::VARCHAR AS id,
  "date"::DATE AS "date",
  date_precision::VARCHAR AS date_precision,
  date_trunc('month', "date"::DATE)::DATE AS month,
  year("date"::DATE)::SMALLINT AS year,
  country::VARCHAR AS country,
  admin1::VARCHAR AS admin1,
  lat::DOUBLE AS lat,
  lon::DOUBLE AS lon,
  crime_type::VARCHAR AS crime_type,
  CASE WHEN exploitation IS NULL OR exploitation = '' THEN []::VARCHAR[] ELSE string_split(exploitation::VARCHAR, '|') END AS exploitation,
  women::INTEGER AS women,
  men::INTEGER AS men,
  girls::INTEGER AS girls,
  boys::INTEGER AS boys,
  unknown_sex_age::INTEGER AS unknown_sex_age,
  (women + men + girls + boys + unknown_sex_age)::INTEGER AS persons,
  nationality::VARCHAR AS nationality,
  origin::VARCHAR AS origin,
  CASE WHEN transit IS NULL OR transit = '' THEN []::VARCHAR[] ELSE string_split(transit::VARCHAR, '|') END AS transit,
  destination::VARCHAR AS destination,
  route::VARCHAR AS route,
  detection_source::VARCHAR AS detection_source,
  office::VARCHAR AS office${extra.map((c) => `,\n  ${c}`).join('')}
FROM ${source}`;
}
