import { INCIDENTS_TABLE } from '../../schema/incident.ts';

/**
 * Where a builder reads incidents from: the raw `incidents` table (one row per incident) or
 * a pre-aggregated cube (one row per group of incidents, with their count in a weight
 * column). Builders keep the same SQL shape on both: measures are `sum(...)` either way, and
 * only the incident count changes from `count(*)` to `sum(weight)`.
 */
export interface QuerySource {
  /** Relation name (trusted: built by code, never from user text). */
  readonly table: string;
  /** Column holding how many incidents a row stands for; null = one row per incident. */
  readonly weight: string | null;
}

/** The raw incidents table: every current caller's default. */
export const RAW_SOURCE: QuerySource = { table: INCIDENTS_TABLE, weight: null };

/** Name of the incident-count column of every cube. */
export const CUBE_WEIGHT = 'incident_count';

/**
 * Normalises a builder's `source`/`table` argument: a plain string is a raw table (one row per
 * incident, as before the cube existed), so old callers passing a table name keep working.
 */
export function toSource(source: string | QuerySource | undefined): QuerySource {
  if (source === undefined) return RAW_SOURCE;
  return typeof source === 'string' ? { table: source, weight: null } : source;
}

/** The SQL aggregate counting incidents in a group of rows of `source`. */
export function incidentCount(source: QuerySource): string {
  return source.weight === null ? 'count(*)' : `sum(${source.weight})`;
}

/** True when rows of `source` are groups of incidents rather than single incidents. */
export function isPreAggregated(source: QuerySource): boolean {
  return source.weight !== null;
}
