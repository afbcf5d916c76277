import { isCellProtected } from './audit-cell.ts';
import { buildCube, type Cube, keysOf } from './cube.ts';
import { applyLineRule } from './line-rule.ts';
import { type RepairOptions, repairCell } from './repair.ts';
import { roundToBase } from './rounding.ts';
import type { CellStatus, CountRow, ProtectedCell, ProtectedTable, ProtectOptions } from './types.ts';

/** Default threshold: counts 1..4 are never shown. */
export const DEFAULT_K = 5;

/**
 * Protects a table of counts jointly, margins included, so every view that is a slice of it
 * can be shown safely (see README.md in this folder):
 * 1. primary suppression: every cell (margins too) with 0 < n < k;
 * 2. the line rule along every axis until it holds everywhere (line-rule.ts);
 * 3. audit: each primary must have a proof that its feasible range is at least k wide
 *    (audit-cell.ts); for each one without, hide the cheapest hypercube (repair.ts), go to 2;
 * 4. hidden cells become `null`; published cells are rounded to `roundBase` if asked.
 * With `options.neighbours` (the same table under the filters one click away), a cell whose
 * count differs by 1..k−1 from the same cell in a neighbour is protected like a primary
 * first: the differencing guard for tables that are not slices of one protected cube.
 * Deterministic: the input order of rows does not matter.
 */
export function protectTable(
  rows: readonly CountRow[],
  dims: readonly string[],
  options: ProtectOptions = {},
): ProtectedTable {
  const k = options.k ?? DEFAULT_K;
  const roundBase = options.roundBase ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  roundToBase(0, roundBase);
  const cube = buildCube(rows, dims, options.levels);
  const forced = (options.neighbours ?? []).flatMap((other) => differingCells(cube, other, k));
  const { hidden, primary } = suppressCube(
    cube,
    k,
    [...new Set(forced)].sort((a, b) => a - b),
  );
  const out: ProtectedCell[] = [];
  for (let i = 0; i < cube.size; i++) {
    const keys = keysOf(cube, i);
    if (hidden[i] === 1) {
      out.push({ keys, value: null, status: primary[i] === 1 ? 'primary' : 'secondary' });
    } else {
      const status: CellStatus = roundBase > 1 ? 'rounded' : 'published';
      out.push({ keys, value: roundToBase(cube.values[i]!, roundBase), status });
    }
  }
  return { dims: [...dims], rows: out, k, roundBase };
}

/**
 * The suppression pattern of a cube: `hidden[i]` = 1 for every cell that must not be
 * shown, `primary[i]` = 1 for those below the threshold.
 *
 * `forced` names further cells to protect exactly like primaries (hidden, then kept
 * unsolvable by the line rule, the audit and the repair) although their own count is not
 * small: the differencing guard passes the cells whose difference to a neighbouring view
 * is small (view-cube.ts). They are not marked in `primary`. `repair` chooses how
 * secondary cells are picked (repair.ts); its `marginFirst` also steers the line rule.
 */
export function suppressCube(
  cube: Cube,
  k: number,
  forced: readonly number[] = [],
  repair: RepairOptions = {},
): { hidden: Uint8Array; primary: Uint8Array } {
  const marginFirst = repair.marginFirst ?? [];
  const primary = new Uint8Array(cube.size);
  const primaries: number[] = [];
  for (let i = 0; i < cube.size; i++) {
    const v = cube.values[i]!;
    if (v > 0 && v < k) {
      primary[i] = 1;
      primaries.push(i);
    }
  }
  const hidden = primary.slice();
  for (const i of forced) {
    if (hidden[i] === 1) continue;
    hidden[i] = 1;
    primaries.push(i);
  }
  primaries.sort((a, b) => a - b);
  // Hiding more cells never breaks a proof already found (its corners stay hidden), so
  // only primaries still without a proof are audited again.
  let pending = primaries;
  while (pending.length > 0) {
    applyLineRule(cube, hidden, k, marginFirst);
    pending = pending.filter((p) => !isCellProtected(cube, hidden, p, k));
    for (const p of pending) {
      if (!isCellProtected(cube, hidden, p, k)) repairCell(cube, hidden, p, k, repair);
    }
  }
  return { hidden, primary };
}

/**
 * Cells of `cube` (margins included) whose count differs by 1..k−1 from the same cell of the
 * table `rows` builds. A code the cube lacks still counts in the other table's margins; a cell
 * whose codes the other table lacks is 0 there.
 */
function differingCells(cube: Cube, rows: readonly CountRow[], k: number): number[] {
  const n = cube.dims.length;
  const levels = cube.levels.map((codes, d) => {
    const seen = new Set(codes.slice(1));
    for (const row of rows) seen.add(row.keys[d] ?? '');
    return [...seen];
  });
  const other = buildCube(rows, cube.dims, levels);
  // Position of each of the cube's codes in the other cube, per dimension.
  const at = cube.levels.map((codes, d) => {
    const index = new Map(other.levels[d]!.map((code, i) => [code, i]));
    return codes.map((code) => index.get(code)!);
  });
  const out: number[] = [];
  for (let i = 0; i < cube.size; i++) {
    let j = 0;
    let rest = i;
    for (let d = 0; d < n; d++) {
      const coord = Math.floor(rest / cube.strides[d]!);
      rest -= coord * cube.strides[d]!;
      j += at[d]![coord]! * other.strides[d]!;
    }
    const diff = Math.abs(cube.values[i]! - other.values[j]!);
    if (diff > 0 && diff < k) out.push(i);
  }
  return out;
}
