import type { Table } from 'apache-arrow';
import { CRIME_TYPES } from '../schema/incident.ts';
import { toFloat32, toFloat64, toStrings } from './arrow-to-binary.ts';

/** Grid cells with their persons, in no particular order. */
export interface GridCells {
  length: number;
  /** Cell centres (lon, lat). */
  x: Float32Array;
  y: Float32Array;
  /** Persons in the cell, every crime type. */
  persons: Float64Array;
  /** Persons per crime type, CRIME_TYPES order, stride 4. */
  byCrimeType: Float64Array;
}

/**
 * Pivots an incidentsGridQuery result (one row per cell and crime type present) into cells:
 * the statement groups by the crime type because that is cheaper in DuckDB than four
 * conditional sums. A crime type outside CRIME_TYPES, or none (a partitioned file is not
 * validated), counts in the cell's total only, as a conditional sum would have left it. The
 * figure guard pivots each variant's slice of its statement (splitVariants). Pure.
 */
export function toGridCells(table: Table): GridCells {
  const x = toFloat32(table, 'x');
  const y = toFloat32(table, 'y');
  const crimeType = toStrings(table, 'crime_type');
  const persons = toFloat64(table, 'persons');
  const cellOf = new Map<string, number>();
  const at: number[] = [];
  const totals: number[] = [];
  const parts: number[] = [];
  for (let i = 0; i < persons.length; i++) {
    const key = `${x[i]} ${y[i]}`;
    let cell = cellOf.get(key);
    if (cell === undefined) {
      cell = at.length;
      cellOf.set(key, cell);
      at.push(i);
      totals.push(0);
      parts.push(0, 0, 0, 0);
    }
    totals[cell] = totals[cell]! + persons[i]!;
    const t = (CRIME_TYPES as readonly string[]).indexOf(crimeType[i]!);
    if (t >= 0) parts[cell * 4 + t] = parts[cell * 4 + t]! + persons[i]!;
  }
  return {
    length: at.length,
    x: Float32Array.from(at, (i) => x[i]!),
    y: Float32Array.from(at, (i) => y[i]!),
    persons: Float64Array.from(totals),
    byCrimeType: Float64Array.from(parts),
  };
}
