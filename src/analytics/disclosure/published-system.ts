import { compareCodes, forEachLineStart } from './cube.ts';
import { ALL, type ProtectedCell, type ProtectedTable } from './types.ts';

/**
 * What an attacker sees in a protected table, as a system of equations: the cells in cube
 * order and, for every line along every axis, the cell indices with the total first
 * (`x[line[0]] = Σ x[line[1..]]`). Rebuilt from the published rows alone, so audits run on
 * exactly what leaves the app.
 */
export interface PublishedSystem {
  cells: ProtectedCell[];
  lines: number[][];
}

/** Rebuilds the equations of a {@link ProtectedTable}; throws if a cell of the cube is missing. */
export function toPublishedSystem(table: ProtectedTable): PublishedSystem {
  const n = table.dims.length;
  const levels: string[][] = [];
  for (let d = 0; d < n; d++) {
    const seen = new Set<string>();
    for (const row of table.rows) if (row.keys[d] !== ALL) seen.add(row.keys[d]!);
    levels.push([ALL, ...[...seen].sort(compareCodes)]);
  }
  const shape = levels.map((l) => l.length);
  const strides = new Array<number>(n).fill(1);
  for (let d = n - 2; d >= 0; d--) strides[d] = strides[d + 1]! * shape[d + 1]!;
  const size = strides[0]! * shape[0]!;
  const lookup = levels.map((l) => new Map(l.map((c, i) => [c, i])));
  const cells = new Array<ProtectedCell | undefined>(size);
  for (const row of table.rows) {
    let index = 0;
    row.keys.forEach((code, d) => {
      index += lookup[d]!.get(code)! * strides[d]!;
    });
    cells[index] = row;
  }
  if (cells.some((c) => c === undefined) || cells.length !== size) {
    throw new RangeError('protected table is not a full cube with margins');
  }
  const lines: number[][] = [];
  for (let d = 0; d < n; d++) {
    const stride = strides[d]!;
    const len = shape[d]!;
    forEachLineStart(size, stride, len, (base) => {
      lines.push(Array.from({ length: len }, (_, j) => base + j * stride));
    });
  }
  return { cells: cells as ProtectedCell[], lines };
}
