import type { ProtectedTable } from '../analytics/disclosure/types.ts';

/** One cell of an exported table: text, a number, or nothing (a hidden or empty cell). */
export type ExportValue = string | number | null;

/**
 * A plain rectangular table, the common input of every export format. Built from protected
 * data only, so hidden counts arrive here as `null` and cannot leak into a file.
 */
export interface ExportTable {
  columns: string[];
  rows: ExportValue[][];
}

/**
 * Flattens a protected table to columns `dims…, value, status`; hidden cells export as an
 * empty value with their status, so a reader sees why a number is missing.
 */
export function fromProtectedTable(table: ProtectedTable): ExportTable {
  return {
    columns: [...table.dims, 'value', 'status'],
    rows: table.rows.map((r) => [...r.keys, r.value, r.status]),
  };
}
