import {
  firstInColumnFromRow,
  GRID_COLUMNS,
  gridColumn,
  gridRow,
  type PositionIndex,
} from './position-index.ts';

const NONE = 0x7fffffff;

/**
 * The grid cells a segment search covers, as one row range per grid column: the union of
 * several boxes (the chunks of a long segment) without scanning the cells where boxes
 * overlap twice. A superset of the boxes (a column's range spans from its lowest to its
 * highest row), which the caller filters exactly anyway. Scratch state: reuse one instance;
 * {@link CellRanges.scan} clears it.
 */
export class CellRanges {
  readonly #lo = new Int32Array(GRID_COLUMNS).fill(NONE);
  readonly #hi = new Int32Array(GRID_COLUMNS).fill(-1);
  readonly #touched = new Int32Array(GRID_COLUMNS);
  #count = 0;

  /** Adds a lon/lat box whose longitudes may run past ±180 (wrapped like searchWrapped). */
  addWrapped(x0: number, y0: number, x1: number, y1: number): void {
    const lo = Math.max(-90, y0);
    const hi = Math.min(90, y1);
    if (x1 - x0 >= 360) {
      this.#add(-180, lo, 180, hi);
      return;
    }
    this.#add(Math.max(-180, x0), lo, Math.min(180, x1), hi);
    if (x0 < -180) this.#add(x0 + 360, lo, 180, hi);
    if (x1 > 180) this.#add(-180, lo, x1 - 360, hi);
  }

  #add(x0: number, y0: number, x1: number, y1: number): void {
    if (x0 > x1 || y0 > y1 || x1 < -180 || x0 > 180 || y1 < -90 || y0 > 90) return;
    const r0 = gridRow(y0);
    const r1 = gridRow(y1);
    const lo = this.#lo;
    const hi = this.#hi;
    for (let c = gridColumn(x0), last = gridColumn(x1); c <= last; c++) {
      if (hi[c] === -1) this.#touched[this.#count++] = c;
      if (r0 < lo[c]!) lo[c] = r0;
      if (r1 > hi[c]!) hi[c] = r1;
    }
  }

  /** Calls `visit` once for every position in the covered cells, then clears the ranges. */
  scan(pos: PositionIndex, visit: (p: number) => void): void {
    const { colStart, cellRow } = pos;
    for (let i = 0; i < this.#count; i++) {
      const c = this.#touched[i]!;
      const r0 = this.#lo[c]!;
      const r1 = this.#hi[c]!;
      this.#lo[c] = NONE;
      this.#hi[c] = -1;
      const end = colStart[c + 1]!;
      if (colStart[c] === end) continue;
      for (let p = firstInColumnFromRow(pos, c, r0); p < end && cellRow[p]! <= r1; p++) visit(p);
    }
    this.#count = 0;
  }
}
