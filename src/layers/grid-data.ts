import type { Table } from 'apache-arrow';
import { CRIME_TYPES } from '../schema/incident.ts';
import { toFloat32, toFloat64 } from './arrow-to-binary.ts';
import { categoryColor } from './colors.ts';

/** Incident density cells ready for a binary ScatterplotLayer. */
export interface GridData {
  length: number;
  positions: Float32Array;
  persons: Float64Array;
  /** Persons per crime type, CRIME_TYPES order, stride 4 (for tooltips). */
  byCrimeType: Float64Array;
  colors: Uint8ClampedArray;
  /** Cells not drawn because they hold fewer than k persons. */
  hiddenCells: number;
  maxPersons: number;
}

/**
 * Converts an incidentsGridQuery result to layer data. A cell with fewer than k persons is
 * not drawn at all: its position and size would reveal a small count. The cells are drawn
 * largest first (then west to east, south to north), so small cells stay visible on top.
 */
export function toGridData(table: Table, k: number): GridData {
  const persons = toFloat64(table, 'persons');
  const x = toFloat32(table, 'x');
  const y = toFloat32(table, 'y');
  const types = CRIME_TYPES.map((t) => toFloat64(table, t));
  const keep: number[] = [];
  for (let i = 0; i < persons.length; i++) if (persons[i]! >= k) keep.push(i);
  keep.sort((a, b) => persons[b]! - persons[a]! || x[a]! - x[b]! || y[a]! - y[b]!);
  const out: GridData = {
    length: keep.length,
    positions: new Float32Array(keep.length * 2),
    persons: new Float64Array(keep.length),
    byCrimeType: new Float64Array(keep.length * 4),
    colors: new Uint8ClampedArray(keep.length * 4),
    hiddenCells: persons.length - keep.length,
    maxPersons: 0,
  };
  keep.forEach((i, j) => {
    out.positions[j * 2] = x[i]!;
    out.positions[j * 2 + 1] = y[i]!;
    out.persons[j] = persons[i]!;
    out.maxPersons = Math.max(out.maxPersons, persons[i]!);
    let dominant = 0;
    types.forEach((col, t) => {
      out.byCrimeType[j * 4 + t] = col[i]!;
      if (col[i]! > types[dominant]![i]!) dominant = t;
    });
    const [r, g, b] = categoryColor(CRIME_TYPES[dominant]!);
    out.colors.set([r, g, b, 170], j * 4);
  });
  return out;
}
