import type { FLAT_COLUMNS } from '../schema/incident.ts';

type Column = (typeof FLAT_COLUMNS)[number];
/** Flat columns holding text (VARCHAR). */
export type StringColumn = Extract<Column, readonly [string, 'VARCHAR']>[0];
/** Flat columns holding counts (INTEGER). */
export type IntColumn = Extract<Column, readonly [string, 'INTEGER']>[0];

/**
 * A batch of generated incidents stored by column, so millions of rows never exist as JS
 * objects. Dates are days since 1970-01-01; a null latitude/longitude is NaN; a null string is null.
 */
export interface IncidentChunk {
  length: number;
  date: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  ints: Record<IntColumn, Int32Array>;
  strings: Record<StringColumn, (string | null)[]>;
}

/** The VARCHAR columns, in FLAT_COLUMNS order. */
export const STRING_COLUMNS: readonly StringColumn[] = [
  'id',
  'date_precision',
  'country',
  'admin1',
  'crime_type',
  'exploitation',
  'nationality',
  'origin',
  'transit',
  'destination',
  'route',
  'detection_source',
  'office',
];
/** The INTEGER columns, in FLAT_COLUMNS order. */
export const INT_COLUMNS: readonly IntColumn[] = ['women', 'men', 'girls', 'boys', 'unknown_sex_age'];

/** An empty chunk with room for `length` rows. */
export function allocateChunk(length: number): IncidentChunk {
  return {
    length,
    date: new Int32Array(length),
    lat: new Float64Array(length),
    lon: new Float64Array(length),
    ints: Object.fromEntries(INT_COLUMNS.map((c) => [c, new Int32Array(length)])) as Record<
      IntColumn,
      Int32Array
    >,
    strings: Object.fromEntries(
      STRING_COLUMNS.map((c) => [c, new Array<string | null>(length).fill(null)]),
    ) as Record<StringColumn, (string | null)[]>,
  };
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a UTC calendar date. */
export function toEpochDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** ISO `YYYY-MM-DD` of a day number (UTC, no time zone involved). */
export function epochDayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
