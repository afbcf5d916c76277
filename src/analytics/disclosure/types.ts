/**
 * Shapes shared by the disclosure-control layer. Every number that rutas shows or exports
 * comes out of a {@link ProtectedTable}; a hidden count is `null` there, never a flagged
 * number, so no renderer or exporter can leak it by mistake.
 */

/** The level code used for the "all values" total (margin) on every dimension. */
export const ALL = 'All';

/**
 * Why a cell shows what it shows.
 * - `published`: the true count.
 * - `rounded`: a published count rounded to the table's `roundBase`.
 * - `primary`: hidden because 0 < n < k.
 * - `secondary`: hidden so that a primary cannot be rebuilt from margins or other cells.
 */
export type CellStatus = 'published' | 'primary' | 'secondary' | 'rounded';

/** One input count: a code per dimension (same order as `dims`) and a non-negative integer. */
export interface CountRow {
  keys: string[];
  value: number;
}

/** One output cell. `value` is `null` exactly when `status` is `primary` or `secondary`. */
export interface ProtectedCell {
  keys: string[];
  value: number | null;
  status: CellStatus;
}

/**
 * A jointly protected table (cube) with an {@link ALL} margin on every dimension. `k` and
 * `roundBase` travel with the figures so every view can display them.
 */
export interface ProtectedTable {
  dims: string[];
  rows: ProtectedCell[];
  k: number;
  roundBase: number;
}

/** Options of {@link import('./protect-table.ts').protectTable}. */
export interface ProtectOptions {
  /** Threshold: counts in 1..k−1 are never published. Default 5. */
  k?: number;
  /** Round published counts to a multiple of this base after suppression; 1 = no rounding. */
  roundBase?: number;
  /**
   * Known levels of each dimension (e.g. every month of the period, even months with no
   * case). Missing combinations count as 0. Default: the codes seen in the input.
   */
  levels?: string[][];
  /**
   * The same table under the filters one click away (src/state/view-neighbours.ts): a cell
   * that differs from its counterpart in any of them by 1..k−1 is hidden like a primary.
   */
  neighbours?: readonly (readonly CountRow[])[];
}

/** True when the cell carries no number. */
export function isHidden(cell: ProtectedCell): boolean {
  return cell.status === 'primary' || cell.status === 'secondary';
}
