import Flatbush from 'flatbush';
import { toUnitVector } from './sphere.ts';

/**
 * Distinct positions of aggregated rows, indexed. Rows repeat a position once per crime type
 * and month, so distances are computed per distinct position and then spread to its rows
 * through a CSR list (`rowStart`, `rows`). Rows with a non-finite or out-of-range position
 * are left out.
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
  index: Flatbush | null;
}

function isUsable(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

/**
 * Groups rows by exact (lon, lat) with an open-addressing hash on the coordinates' bits, then
 * builds a flatbush over the distinct positions. O(n) plus the index build.
 */
export function buildPositionIndex(lon: Float64Array, lat: Float64Array): PositionIndex {
  const n = lon.length;
  const bits = new Float64Array(2);
  const words = new Uint32Array(bits.buffer);
  let size = 16;
  while (size < n * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const rowPos = new Int32Array(n).fill(-1);
  const firstRow: number[] = [];
  for (let r = 0; r < n; r++) {
    const x = lon[r]!;
    const y = lat[r]!;
    if (!isUsable(x, y)) continue;
    bits[0] = x + 0;
    bits[1] = y + 0;
    let h = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b);
    h = Math.imul(h ^ words[2]! ^ Math.imul(words[3]!, 0xc2b2ae35), 0x27d4eb2f);
    let slot = (h ^ (h >>> 15)) & (size - 1);
    for (;;) {
      const p = table[slot]!;
      if (p < 0) {
        table[slot] = firstRow.length;
        rowPos[r] = firstRow.length;
        firstRow.push(r);
        break;
      }
      const q = firstRow[p]!;
      if (lon[q] === x && lat[q] === y) {
        rowPos[r] = p;
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
  }
  const count = firstRow.length;
  const out: PositionIndex = {
    count,
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    vec: new Float64Array(count * 3),
    rowStart: new Int32Array(count + 1),
    rows: new Int32Array(n),
    index: count > 0 ? new Flatbush(count) : null,
  };
  for (let p = 0; p < count; p++) {
    const r = firstRow[p]!;
    const x = lon[r]!;
    const y = lat[r]!;
    out.lon[p] = x;
    out.lat[p] = y;
    toUnitVector(x, y, out.vec, 3 * p);
    out.index?.add(x, y, x, y);
  }
  out.index?.finish();
  for (let r = 0; r < n; r++) if (rowPos[r]! >= 0) out.rowStart[rowPos[r]! + 1]!++;
  for (let p = 0; p < count; p++) out.rowStart[p + 1]! += out.rowStart[p]!;
  const fill = out.rowStart.slice(0, count);
  for (let r = 0; r < n; r++) {
    const p = rowPos[r]!;
    if (p >= 0) out.rows[fill[p]!++] = r;
  }
  return out;
}
