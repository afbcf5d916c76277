import { ALL, type CountRow } from './types.ts';

/**
 * A dense count cube with an {@link ALL} margin at level index 0 of every dimension.
 * Dense typed arrays keep the whole suppression pass allocation-free: the 40 countries ×
 * 132 months × 4 crime types × 5 sex/age cube is 163,590 cells with margins.
 */
export interface Cube {
  dims: string[];
  /** `levels[d][0]` is always {@link ALL}; the rest are the codes in sorted order. */
  levels: string[][];
  shape: number[];
  /** Row-major strides: the cell index is Σ coord[d] × strides[d]. */
  strides: number[];
  size: number;
  values: Float64Array;
}

/**
 * Builds the cube from leaf counts and fills every margin by summation. Duplicate key
 * combinations are added together. Throws on negative or non-integer counts, on a code equal
 * to {@link ALL} and on a code outside the given `levels`.
 */
export function buildCube(rows: readonly CountRow[], dims: readonly string[], levels?: string[][]): Cube {
  const n = dims.length;
  if (n === 0) throw new RangeError('a table needs at least one dimension');
  const codes: string[][] = [];
  for (let d = 0; d < n; d++) {
    const seen = new Set<string>(levels?.[d] ?? []);
    if (!levels) for (const row of rows) seen.add(row.keys[d] ?? '');
    if (seen.has(ALL)) throw new RangeError(`code "${ALL}" is reserved for the total of ${dims[d]}`);
    codes.push([ALL, ...[...seen].sort(compareCodes)]);
  }
  const shape = codes.map((c) => c.length);
  const strides = new Array<number>(n).fill(1);
  for (let d = n - 2; d >= 0; d--) strides[d] = strides[d + 1]! * shape[d + 1]!;
  const size = strides[0]! * shape[0]!;
  const values = new Float64Array(size);
  const lookup = codes.map((c) => new Map(c.map((code, i) => [code, i])));
  for (const row of rows) {
    if (row.keys.length !== n) throw new RangeError(`row has ${row.keys.length} keys, expected ${n}`);
    if (!Number.isInteger(row.value) || row.value < 0) {
      throw new RangeError(`counts must be non-negative integers, got ${row.value}`);
    }
    let index = 0;
    for (let d = 0; d < n; d++) {
      const code = row.keys[d]!;
      const at = lookup[d]!.get(code);
      if (at === undefined || at === 0)
        throw new RangeError(`unknown or reserved code "${code}" in ${dims[d]}`);
      index += at * strides[d]!;
    }
    values[index]! += row.value;
  }
  fillMargins(values, shape, strides);
  return { dims: [...dims], levels: codes, shape, strides, size, values };
}

/**
 * Leaf counts as columns of level indices: `codes[d][r]` is row r's index into the level
 * list of dimension d (without {@link ALL}), `values[r]` its count. The compact form a Worker
 * receives (typed arrays transfer without copying) instead of one key array per row.
 */
export interface CodedCounts {
  codes: Int32Array[];
  values: Float64Array;
}

/**
 * Builds the cube from coded counts over known `levels` (without {@link ALL}); levels are put
 * in {@link compareCodes} order so the result matches {@link buildCube} on the same data.
 * Duplicate combinations are added; margins are filled. Throws on a bad count or index.
 */
export function buildCodedCube(
  dims: readonly string[],
  levels: readonly (readonly string[])[],
  counts: CodedCounts,
): Cube {
  const n = dims.length;
  if (n === 0) throw new RangeError('a table needs at least one dimension');
  const codes: string[][] = [];
  const rank: Int32Array[] = [];
  for (let d = 0; d < n; d++) {
    const given = levels[d] ?? [];
    if (given.includes(ALL)) throw new RangeError(`code "${ALL}" is reserved for the total of ${dims[d]}`);
    const order = given.map((_, i) => i).sort((a, b) => compareCodes(given[a]!, given[b]!));
    const at = new Int32Array(given.length);
    order.forEach((original, sorted) => {
      at[original] = sorted + 1;
    });
    codes.push([ALL, ...order.map((i) => given[i]!)]);
    rank.push(at);
  }
  const shape = codes.map((c) => c.length);
  const strides = new Array<number>(n).fill(1);
  for (let d = n - 2; d >= 0; d--) strides[d] = strides[d + 1]! * shape[d + 1]!;
  const size = strides[0]! * shape[0]!;
  const values = new Float64Array(size);
  for (let r = 0; r < counts.values.length; r++) {
    const value = counts.values[r]!;
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`counts must be non-negative integers, got ${value}`);
    }
    let index = 0;
    for (let d = 0; d < n; d++) {
      const at = rank[d]![counts.codes[d]![r]!];
      if (at === undefined) throw new RangeError(`level index out of range in ${dims[d]}`);
      index += at * strides[d]!;
    }
    values[index]! += value;
  }
  fillMargins(values, shape, strides);
  return { dims: [...dims], levels: codes, shape, strides, size, values };
}

/** Sums along each axis in turn, so every margin (including nested ones) is filled. */
function fillMargins(values: Float64Array, shape: number[], strides: number[]): void {
  for (let d = 0; d < shape.length; d++) {
    const stride = strides[d]!;
    const len = shape[d]!;
    forEachLineStart(values.length, stride, len, (base) => {
      let sum = 0;
      for (let j = 1; j < len; j++) sum += values[base + j * stride]!;
      values[base] = sum;
    });
  }
}

/** Calls `visit(base)` for the total cell (coordinate 0) of every line along one axis. */
export function forEachLineStart(
  size: number,
  stride: number,
  len: number,
  visit: (base: number) => void,
): void {
  const block = stride * len;
  for (let outer = 0; outer < size; outer += block) {
    for (let inner = 0; inner < stride; inner++) visit(outer + inner);
  }
}

/** The level index of `index` along axis `d`. */
export function coordOf(cube: Cube, index: number, d: number): number {
  return Math.floor(index / cube.strides[d]!) % cube.shape[d]!;
}

/** The level codes of a cell. */
export function keysOf(cube: Cube, index: number): string[] {
  return cube.levels.map((lv, d) => lv[coordOf(cube, index, d)]!);
}

/** How many coordinates of a cell are margins: a tie-breaker that spares totals. */
export function marginDepth(cube: Cube, index: number): number {
  let depth = 0;
  for (let d = 0; d < cube.shape.length; d++) if (coordOf(cube, index, d) === 0) depth++;
  return depth;
}

/** Code order independent of locale: numeric-looking codes by number, the rest by code unit. */
export function compareCodes(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
