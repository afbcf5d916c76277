import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { FLAT_COLUMNS, INCIDENT_SCHEMA } from '../../../src/schema/incident.ts';
import { epochDayToIso, type IncidentChunk } from '../../../src/synth/incident-chunk.ts';

/** A flat row as plain values (what a CSV or Parquet reader gives back), keyed by column. */
export type FlatRow = Record<string, string | number | null>;

/** Row `i` of a generated chunk as a flat row. */
export function chunkRow(chunk: IncidentChunk, i: number): FlatRow {
  const row: FlatRow = {};
  for (const [name, type] of FLAT_COLUMNS) {
    if (type === 'DATE') row[name] = epochDayToIso(chunk.date[i] as number);
    else if (type === 'DOUBLE') {
      const v = (name === 'lat' ? chunk.lat : chunk.lon)[i] as number;
      row[name] = Number.isNaN(v) ? null : v;
    } else if (type === 'INTEGER') row[name] = chunk.ints[name as keyof IncidentChunk['ints']][i] as number;
    else row[name] = chunk.strings[name as keyof IncidentChunk['strings']][i] ?? null;
  }
  return row;
}

/** Turns a flat row into an incident object of data-schemas/incident.schema.json (lists split on `|`). */
export function unflatten(row: FlatRow): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const list of ['exploitation', 'transit']) {
    const v = row[list];
    out[list] = typeof v === 'string' && v !== '' ? v.split('|') : [];
  }
  return out;
}

/** A compiled validator of the incident schema (JSON Schema 2020-12, formats on). */
export function incidentValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(INCIDENT_SCHEMA);
}
