import { keysOf } from './cube.ts';
import { ALL, type ProtectedCell, type ProtectedTable } from './types.ts';
import { type ProtectedViewCube, VIEW_CELL } from './view-cube.ts';

/**
 * Reading figures out of a {@link ProtectedViewCube}. Every figure a view shows is one cell or
 * a sum of cells, and a sum exists only when every part is published (`sumPublished`'s
 * rule): one hidden part hides the sum, since a sum that skipped it, or that a reader could
 * compare with a published total, would give it away.
 */

/** The levels of one dimension a figure adds up; null = all of them (the margin). */
export type LevelPick = readonly string[] | null;

/** The level index of `code` on dimension `d`, or −1 when the cube has no such level. */
export function levelIndex(cube: ProtectedViewCube, d: number, code: string): number {
  return cube.levels[d]!.indexOf(code);
}

/**
 * Level indices of a pick. A pick that names every level reads the margin instead: the
 * same number, published at least as often (the line rule never leaves a hidden total over
 * published parts). Codes the cube lacks count 0 and are dropped.
 */
function pickIndices(cube: ProtectedViewCube, d: number, pick: LevelPick): number[] {
  if (pick === null) return [0];
  const levels = cube.levels[d]!;
  const found = new Set<number>();
  for (const code of pick) {
    const at = code === ALL ? 0 : levels.indexOf(code);
    if (at >= 0) found.add(at);
  }
  if (found.has(0) || (levels.length > 1 && found.size === levels.length - 1)) return [0];
  return [...found].sort((a, b) => a - b);
}

/**
 * The published sum of the cells picked on every dimension (`picks[d]` for dimension d), or
 * null when any part is hidden. Picks that select nothing give 0. Pure.
 */
export function sumPicked(cube: ProtectedViewCube, picks: readonly LevelPick[]): number | null {
  const lists = cube.dims.map((_, d) => pickIndices(cube, d, picks[d] ?? null));
  if (lists.some((l) => l.length === 0)) return 0;
  let sum = 0;
  const walk = (d: number, base: number): boolean => {
    if (d === lists.length) {
      const v = cube.values[base]!;
      if (Number.isNaN(v)) return false;
      sum += v;
      return true;
    }
    for (const at of lists[d]!) if (!walk(d + 1, base + at * cube.strides[d]!)) return false;
    return true;
  };
  return walk(0, 0) ? sum : null;
}

/** The non-margin levels of dimension `d`, in code order. */
export function levelsOf(cube: ProtectedViewCube, d: number): string[] {
  return cube.levels[d]!.slice(1);
}

const STATUS_NAME = ['published', 'primary', 'secondary', 'secondary'] as const;

/**
 * The cube as a {@link ProtectedTable} (guarded cells count as secondary), so the exact
 * rank test (`findDerivableCells`) and the exports' helpers can read it. One object per cell:
 * for audits and tests of small cubes.
 */
export function viewCubeToTable(cube: ProtectedViewCube): ProtectedTable {
  const size = cube.values.length;
  const shaped = { ...cube, size, values: cube.values };
  const rows: ProtectedCell[] = [];
  for (let i = 0; i < size; i++) {
    const hidden = cube.status[i] !== VIEW_CELL.published;
    rows.push({
      keys: keysOf(shaped, i),
      value: hidden ? null : cube.values[i]!,
      status: STATUS_NAME[cube.status[i]!]!,
    });
  }
  return { dims: [...cube.dims], rows, k: cube.k, roundBase: 1 };
}
