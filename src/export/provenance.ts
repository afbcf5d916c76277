/**
 * Provenance: what every export carries so a figure can be traced and its view restored.
 * Kept as plain JSON with a schema tag, validated by hand (no code generation needed for
 * eight fields), so it can sit in a sidecar file, Parquet key-value metadata, an XLSX
 * property, a PNG text chunk or SVG metadata unchanged.
 */

/** Tag and version of the provenance format; bump on incompatible change. */
export const PROVENANCE_SCHEMA = 'rutas-provenance/1';

/** A JSON value (filters are serialized view state). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The provenance record of one export. */
export interface Provenance {
  schema: typeof PROVENANCE_SCHEMA;
  appVersion: string;
  /** SHA-256 (lower-case hex) of the loaded data; see fingerprint.ts. */
  fingerprint: string;
  filters: JsonValue;
  sql: string;
  k: number;
  roundBase: number;
  /** ISO 8601 UTC time of export. */
  exportedAt: string;
}

/** Input of {@link buildProvenance}; `exportedAt` may be a Date (passed in, so tests are pure). */
export interface ProvenanceInput {
  appVersion: string;
  fingerprint: string;
  filters: JsonValue;
  sql: string;
  k: number;
  roundBase: number;
  exportedAt: Date | string;
}

/** Result of {@link parseProvenance}: the record, or error codes naming the bad fields. */
export type ProvenanceResult = { ok: true; provenance: Provenance } | { ok: false; errors: string[] };

/** Builds and validates a provenance record; throws a RangeError listing bad fields. */
export function buildProvenance(input: ProvenanceInput): Provenance {
  const exportedAt = input.exportedAt instanceof Date ? input.exportedAt.toISOString() : input.exportedAt;
  const candidate = { schema: PROVENANCE_SCHEMA, ...input, exportedAt };
  const result = validateProvenance(candidate);
  if (!result.ok) throw new RangeError(`invalid provenance: ${result.errors.join(', ')}`);
  return result.provenance;
}

/** Serializes a record as JSON (stable key order, as built). */
export function serializeProvenance(provenance: Provenance): string {
  return JSON.stringify(provenance);
}

/** Parses JSON text back into a validated record; never throws. */
export function parseProvenance(json: string): ProvenanceResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, errors: ['not-json'] };
  }
  return validateProvenance(value);
}

/** Checks shape and types of an unknown value; error codes are `field:problem`. */
export function validateProvenance(value: unknown): ProvenanceResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, errors: ['not-object'] };
  const v = value as Record<string, unknown>;
  const errors: string[] = [];
  if (v.schema !== PROVENANCE_SCHEMA) errors.push('schema:unsupported');
  if (typeof v.appVersion !== 'string' || v.appVersion === '') errors.push('appVersion:missing');
  if (typeof v.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(v.fingerprint))
    errors.push('fingerprint:not-sha256');
  if (!('filters' in v)) errors.push('filters:missing');
  if (typeof v.sql !== 'string') errors.push('sql:missing');
  if (!Number.isInteger(v.k) || (v.k as number) < 1) errors.push('k:invalid');
  if (!Number.isInteger(v.roundBase) || (v.roundBase as number) < 1) errors.push('roundBase:invalid');
  if (typeof v.exportedAt !== 'string' || Number.isNaN(Date.parse(v.exportedAt)))
    errors.push('exportedAt:invalid');
  if (errors.length > 0) return { ok: false, errors };
  const provenance: Provenance = {
    schema: PROVENANCE_SCHEMA,
    appVersion: v.appVersion as string,
    fingerprint: v.fingerprint as string,
    filters: v.filters as JsonValue,
    sql: v.sql as string,
    k: v.k as number,
    roundBase: v.roundBase as number,
    exportedAt: v.exportedAt as string,
  };
  return { ok: true, provenance };
}

/**
 * Whether a record can restore a view over the data loaded now: codes for what differs
 * (`fingerprint-mismatch`: other data; `version-mismatch`: another app version, which may
 * compute differently). An empty list means the view can be restored as it was.
 */
export function checkRestorable(
  provenance: Provenance,
  current: { appVersion: string; fingerprint: string },
): string[] {
  const problems: string[] = [];
  if (provenance.fingerprint !== current.fingerprint) problems.push('fingerprint-mismatch');
  if (provenance.appVersion !== current.appVersion) problems.push('version-mismatch');
  return problems;
}
