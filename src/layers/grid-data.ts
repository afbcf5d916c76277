import type { Table } from 'apache-arrow';
import { CRIME_TYPES } from '../schema/incident.ts';
import { categoryColor } from './colors.ts';
import { toGridCells } from './grid-cells.ts';

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
 * Converts an incidentsGridQuery result to layer data (its rows pivoted into cells by
 * toGridCells). A cell with fewer than k persons is not drawn at all: its position and size
 * would reveal a small count. The cells are drawn largest first (then west to east, south to
 * north), so small cells stay visible on top.
 */
export function toGridData(table: Table, k: number): GridData {
  const cells = toGridCells(table);
  const { x, y, persons } = cells;
  const keep: number[] = [];
  for (let i = 0; i < cells.length; i++) if (persons[i]! >= k) keep.push(i);
  keep.sort((a, b) => persons[b]! - persons[a]! || x[a]! - x[b]! || y[a]! - y[b]!);
  const out: GridData = {
    length: keep.length,
    positions: new Float32Array(keep.length * 2),
    persons: new Float64Array(keep.length),
    byCrimeType: new Float64Array(keep.length * 4),
    colors: new Uint8ClampedArray(keep.length * 4),
    hiddenCells: cells.length - keep.length,
    maxPersons: 0,
  };
  keep.forEach((i, j) => {
    out.positions[j * 2] = x[i]!;
    out.positions[j * 2 + 1] = y[i]!;
    out.persons[j] = persons[i]!;
    out.maxPersons = Math.max(out.maxPersons, persons[i]!);
    const parts = cells.byCrimeType.subarray(i * 4, i * 4 + 4);
    out.byCrimeType.set(parts, j * 4);
    let dominant = 0;
    parts.forEach((v, t) => {
      if (v > parts[dominant]!) dominant = t;
    });
    const [r, g, b] = categoryColor(CRIME_TYPES[dominant]!);
    out.colors.set([r, g, b, 170], j * 4);
  });
  return out;
}
