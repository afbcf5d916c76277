import { toUnitVector } from './sphere.ts';

/** Side of the index's grid cells, degrees: the proximity query's coarsening grid (0.01°). */
export const INDEX_CELL_DEGREES = 0.01;
const PER_DEGREE = 1 / INDEX_CELL_DEGREES;
/** Grid columns (longitude) and rows (latitude); ±180 and ±90 fall in the last cell. */
const COLUMNS = Math.round(360 * PER_DEGREE) + 1;
/** Number of grid columns of the index. */
export const GRID_COLUMNS = COLUMNS;
const ROWS = Math.round(180 * PER_DEGREE) + 1;
/** Grid cells per side of an occupancy block: a search skips empty 0.25° blocks at once. */
const BLOCK = 25;
const BLOCK_ROWS = Math.ceil(ROWS / BLOCK);
const BLOCK_COLUMNS = Math.ceil(COLUMNS / BLOCK);
const RADIX_BITS = 15;
const RADIX = 1 << RADIX_BITS;

/**
 * Distinct positions of aggregated rows on a uniform grid. Rows repeat a position once per
 * crime type and month, so distances are computed per distinct position and then spread to
 * its rows (`rows[rowStart[p] .. rowStart[p + 1])`). Positions are ordered by grid column
 * (`colStart`), then grid row (`cellRow`), then exact lon/lat, so a box search is one binary
 * search per column over a contiguous run: no tree, no per-position objects. Rows with a
 * non-finite or out-of-range position are left out.
 */
export interface PositionIndex {
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  /** Unit vectors (x, y, z per position) for the geodesic distance. */
  vec: Float64Array;
  /** Rows of position p are rows[rowStart[p] .. rowStart[p + 1]). */
  rowStart: Int32Array;
  rows: Int32Array;
  /** Positions in grid column c are colStart[c] .. colStart[c + 1] (COLUMNS + 1 entries). */
  colStart: Int32Array;
  /** Grid row of each position, ascending within a column. */
  cellRow: Int32Array;
  /** Grid cell of each position (column × rows + row), ascending: with lon then lat, the order of positions. */
  cellKey: Int32Array;
  /** 1 where a block of BLOCK × BLOCK grid cells holds a position (block column-major). */
  occupied: Uint8Array;
}

function isUsable(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

/**
 * Grid column of a longitude in [-180, 180], clamped. Monotonic (IEEE rounding is), so the
 * columns of a box's edges bound the columns of every point inside it.
 */
export function gridColumn(lon: number): number {
  const c = Math.floor((lon + 180) * PER_DEGREE);
  return c < 0 ? 0 : c >= COLUMNS ? COLUMNS - 1 : c;
}

/** Grid row of a latitude in [-90, 90], clamped; monotonic like {@link gridColumn}. */
export function gridRow(lat: number): number {
  const r = Math.floor((lat + 90) * PER_DEGREE);
  return r < 0 ? 0 : r >= ROWS ? ROWS - 1 : r;
}

/**
 * Sorts `items` (row indices) by their `keys` (same positions, each < 2^30) with two
 * counting-sort passes of 15 bits, carrying the keys along so each pass reads them in order.
 * Returns the sorted items and their keys.
 */
function radixSort(keys: Int32Array, items: Int32Array): { items: Int32Array; keys: Int32Array } {
  const n = items.length;
  const counts = new Int32Array(RADIX);
  let src: Int32Array = items;
  let srcKeys: Int32Array = keys;
  let dst: Int32Array = new Int32Array(n);
  let dstKeys: Int32Array = new Int32Array(n);
  for (let shift = 0; shift < 2 * RADIX_BITS; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(srcKeys[i]! >>> shift) & (RADIX - 1)]!++;
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = srcKeys[i]!;
      const at = counts[(key >>> shift) & (RADIX - 1)]!++;
      dst[at] = src[i]!;
      dstKeys[at] = key;
    }
    [src, dst] = [dst, src];
    [srcKeys, dstKeys] = [dstKeys, srcKeys];
  }
  return { items: src, keys: srcKeys };
}

/** Whether `keys` never decrease (rows already in grid order). */
function isSorted(keys: Int32Array): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i]! < keys[i - 1]!) return false;
  return true;
}

/**
 * Orders rows[from..to) (one grid cell) by exact lon then lat, when they are not all at one
 * position; aggregated data has one position per cell, so this is a rare fallback. Mutates `rows`.
 */
function sortCell(rows: Int32Array, from: number, to: number, lon: Float64Array, lat: Float64Array): void {
  const r0 = rows[from]!;
  let same = true;
  for (let k = from + 1; k < to && same; k++) same = lon[rows[k]!] === lon[r0] && lat[rows[k]!] === lat[r0];
  if (same) return;
  const before = (a: number, b: number): boolean =>
    lon[a]! < lon[b]! || (lon[a] === lon[b] && (lat[a]! < lat[b]! || (lat[a] === lat[b] && a < b)));
  if (to - from <= 32) {
    for (let i = from + 1; i < to; i++) {
      const r = rows[i]!;
      let j = i - 1;
      for (; j >= from && before(r, rows[j]!); j--) rows[j + 1] = rows[j]!;
      rows[j + 1] = r;
    }
    return;
  }
  const part = Array.from(rows.subarray(from, to)).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  rows.set(part, from);
}

/**
 * Groups rows by exact (lon, lat) and indexes the distinct positions on the 0.01° grid:
 * a counting sort of the rows by grid cell (skipped when the rows already come in grid
 * order, as proximityQuery returns them), then one pass over the sorted rows. O(n).
 */
export function buildPositionIndex(lon: Float64Array, lat: Float64Array): PositionIndex {
  const n = lon.length;
  const keys = new Int32Array(n);
  let usable = 0;
  const kept = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const x = lon[r]!;
    const y = lat[r]!;
    if (!isUsable(x, y)) continue;
    keys[usable] = gridColumn(x) * ROWS + gridRow(y);
    kept[usable++] = r;
  }
  const usableKeys = keys.subarray(0, usable);
  const { items: rows, keys: sorted } = isSorted(usableKeys)
    ? { items: kept.subarray(0, usable), keys: usableKeys }
    : radixSort(usableKeys, kept.subarray(0, usable));
  // Cells, then exact positions within each cell.
  const starts = new Int32Array(usable + 1);
  let count = 0;
  for (let k = 0; k < usable; ) {
    let end = k + 1;
    const key = sorted[k]!;
    while (end < usable && sorted[end] === key) end++;
    if (end - k > 1) sortCell(rows, k, end, lon, lat);
    starts[count++] = k;
    for (let j = k + 1; j < end; j++) {
      if (lon[rows[j]!] !== lon[rows[j - 1]!] || lat[rows[j]!] !== lat[rows[j - 1]!]) starts[count++] = j;
    }
    k = end;
  }
  starts[count] = usable;
  const out: PositionIndex = {
    count,
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    vec: new Float64Array(count * 3),
    rowStart: starts.slice(0, count + 1),
    rows,
    colStart: new Int32Array(COLUMNS + 1),
    cellRow: new Int32Array(count),
    cellKey: new Int32Array(count),
    occupied: new Uint8Array(BLOCK_COLUMNS * BLOCK_ROWS),
  };
  fillPositions(out, starts, sorted, lon, lat);
  return out;
}

/**
 * Writes each position's lon/lat, unit vector, grid row and column counts. Grid data repeat
 * a few hundred distinct longitudes and latitudes, so the trigonometry of the last longitude
 * and of each grid row's latitude is reused when the value is the same (same input, same bits).
 */
function fillPositions(
  out: PositionIndex,
  starts: Int32Array,
  sortedKeys: Int32Array,
  lon: Float64Array,
  lat: Float64Array,
): void {
  const rowLat = new Float64Array(ROWS).fill(Number.NaN);
  const rowTrig = new Float64Array(ROWS * 2);
  const one = new Float64Array(3);
  let lastLon = Number.NaN;
  let cosLon = 0;
  let sinLon = 0;
  for (let p = 0; p < out.count; p++) {
    const r = out.rows[starts[p]!]!;
    const x = lon[r]! + 0;
    const y = lat[r]! + 0;
    out.lon[p] = x;
    out.lat[p] = y;
    const key = sortedKeys[starts[p]!]!;
    const row = key % ROWS;
    out.cellRow[p] = row;
    out.cellKey[p] = key;
    const column = (key - row) / ROWS;
    out.colStart[column + 1]!++;
    out.occupied[Math.floor(column / BLOCK) * BLOCK_ROWS + Math.floor(row / BLOCK)] = 1;
    if (x !== lastLon) {
      toUnitVector(x, 0, one, 0);
      lastLon = x;
      cosLon = one[0]!;
      sinLon = one[1]!;
    }
    if (rowLat[row] !== y) {
      toUnitVector(0, y, one, 0);
      rowLat[row] = y;
      rowTrig[2 * row] = one[0]!;
      rowTrig[2 * row + 1] = one[2]!;
    }
    const cosLat = rowTrig[2 * row]!;
    out.vec[3 * p] = cosLat * cosLon;
    out.vec[3 * p + 1] = cosLat * sinLon;
    out.vec[3 * p + 2] = rowTrig[2 * row + 1]!;
  }
  for (let c = 0; c < COLUMNS; c++) out.colStart[c + 1]! += out.colStart[c]!;
}

/**
 * The first position of grid column `c` whose grid row is at least `row`, or the column's end
 * when none is (positions are sorted by row within a column): one binary search.
 */
export function firstInColumnFromRow(pos: PositionIndex, c: number, row: number): number {
  const { colStart, cellRow } = pos;
  let lo = colStart[c]!;
  let hi = colStart[c + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cellRow[mid]! < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `visit` for every position with lon in [x0, x1] and lat in [y0, y1] (inclusive, no
 * wrapping: the caller splits a window that runs past ±180). Positions come column by column.
 */
export function searchBox(
  pos: PositionIndex,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  visit: (p: number) => void,
): void {
  if (pos.count === 0 || x0 > x1 || y0 > y1 || x1 < -180 || x0 > 180 || y1 < -90 || y0 > 90) return;
  const c0 = gridColumn(x0);
  const c1 = gridColumn(x1);
  const r0 = gridRow(y0);
  const r1 = gridRow(y1);
  const { colStart, cellRow, lon, lat, occupied } = pos;
  const b0 = Math.floor(r0 / BLOCK);
  const b1 = Math.floor(r1 / BLOCK);
  for (let bc = Math.floor(c0 / BLOCK); bc <= Math.floor(c1 / BLOCK); bc++) {
    let any = false;
    for (let b = b0; b <= b1 && !any; b++) any = occupied[bc * BLOCK_ROWS + b] === 1;
    if (!any) continue;
    const last = Math.min(c1, bc * BLOCK + BLOCK - 1);
    for (let c = Math.max(c0, bc * BLOCK); c <= last; c++) {
      const end = colStart[c + 1]!;
      if (colStart[c] === end) continue;
      for (let p = firstInColumnFromRow(pos, c, r0); p < end && cellRow[p]! <= r1; p++) {
        const x = lon[p]!;
        const y = lat[p]!;
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1) visit(p);
      }
    }
  }
}
