import { buildCodedCube, type CodedCounts, type Cube } from './cube.ts';
import { suppressCube } from './protect-table.ts';

/**
 * The one protected cube every screen view of the side panel reads from (see README.md in
 * this folder, "Filters and subtraction"). Its dimensions are the filters a view can slice
 * (detection country × month × crime type × sex/age, each with an "All" margin); the other
 * filters (exploitation, origin, ...) are applied before counting. Views show cells of this
 * cube, or sums of cells that are all published, so toggling a value of a cube dimension
 * changes a view only by published cells.
 */
export interface ProtectedViewCube {
  dims: string[];
  /** `levels[d][0]` is `All`; the rest in code order. */
  levels: string[][];
  shape: number[];
  strides: number[];
  /** Published counts; NaN where the cell is hidden (never the hidden count). */
  values: Float64Array;
  /** Per cell: see {@link VIEW_CELL}. */
  status: Uint8Array;
  k: number;
}

/** Codes of {@link ProtectedViewCube.status}. */
export const VIEW_CELL = {
  published: 0,
  /** 0 < n < k. */
  primary: 1,
  /** Hidden so that a primary (or a guarded cell) cannot be rebuilt. */
  secondary: 2,
  /** Hidden because it differs from a neighbouring view's cell by 1..k−1 (differencing guard). */
  guarded: 3,
} as const;

/** What {@link protectViewCube} needs: the leaf counts of the view and of its neighbours. */
export interface ViewCubeInput {
  dims: string[];
  /** Known levels of each dimension (without `All`), shared by `view` and every neighbour. */
  levels: string[][];
  /** Counts of the view: every filter that is not a cube dimension applied. */
  view: CodedCounts;
  /**
   * Counts of neighbouring views, one filter value away (a value of a non-cube filter
   * removed, or a whole non-cube filter): each holds the view or is held by it, so a cell of
   * one minus the same cell of the other counts real records. That difference must never be
   * readable as 1..k−1.
   */
  neighbours: CodedCounts[];
  k: number;
  /**
   * Per dimension: true when no view shows its total (crime type: trafficking and smuggling
   * are never added together), so secondary suppression hides that total first.
   */
  marginFirst?: boolean[];
}

/**
 * The differencing guard: cells of `view` to hide because the same cell of a neighbouring
 * view differs by 1..k−1 (in either direction), so publishing both would reveal that small
 * count by subtraction. Hiding the view's cell (and protecting it like a primary) is enough:
 * the difference can then only be had by solving for a cell the audit keeps unsolvable. A
 * cell that counts 0 is left out: the difference is then the neighbour's cell itself, a
 * primary that the neighbour's own cube protects (and a zero has no hypercube to hide in).
 * Each pair of neighbouring views is guarded by the view that lists the other as a
 * neighbour (see guard-neighbours.ts in src/app/protected-cube). Pure.
 */
export function differenceGuard(view: Cube, neighbours: readonly Cube[], k: number): number[] {
  const guarded: number[] = [];
  for (let i = 0; i < view.size; i++) {
    const own = view.values[i]!;
    if (own === 0) continue;
    for (const other of neighbours) {
      const diff = Math.abs(other.values[i]! - own);
      if (diff > 0 && diff < k) {
        guarded.push(i);
        break;
      }
    }
  }
  return guarded;
}

/**
 * Builds and protects the view cube: primaries, cells caught by the differencing guard
 * (protected exactly like primaries), the line rule along every axis, the audit and the
 * repair (protect-table.ts), the repair in its screen-view mode, which spares the totals the
 * charts show first (repair.ts). Hidden cells come back as NaN with their reason.
 * Deterministic.
 */
export function protectViewCube(input: ViewCubeInput): ProtectedViewCube {
  const { dims, levels, k } = input;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const cube = buildCodedCube(dims, levels, input.view);
  const neighbours = input.neighbours.map((p) => buildCodedCube(dims, levels, p));
  const guarded = differenceGuard(cube, neighbours, k);
  const { hidden, primary } = suppressCube(cube, k, guarded, {
    marginFirst: input.marginFirst ?? [],
    spareMargins: true,
  });
  const isGuarded = new Uint8Array(cube.size);
  for (const i of guarded) isGuarded[i] = 1;
  const values = new Float64Array(cube.size);
  const status = new Uint8Array(cube.size);
  for (let i = 0; i < cube.size; i++) {
    if (hidden[i] !== 1) {
      values[i] = cube.values[i]!;
      continue;
    }
    values[i] = Number.NaN;
    status[i] =
      primary[i] === 1 ? VIEW_CELL.primary : isGuarded[i] === 1 ? VIEW_CELL.guarded : VIEW_CELL.secondary;
  }
  return {
    dims: [...dims],
    levels: cube.levels,
    shape: cube.shape,
    strides: cube.strides,
    values,
    status,
    k,
  };
}
