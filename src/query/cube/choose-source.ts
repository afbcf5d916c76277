import type { FilterKey, Filters } from '../../state/filters.ts';
import { type CubeSpec, cubeSource } from './cube-spec.ts';
import { type CubeDim, FILTER_DIM, isFilterSet } from './dims.ts';
import { type QuerySource, RAW_SOURCE } from './source.ts';

/** What a view's query reads besides the shared filters. */
export interface CubeNeed {
  /** Columns the query groups by, unnests or tests (beyond the filters). */
  readonly dims: readonly CubeDim[];
  /** Filters the view ignores (its own selection, as passed to `filterPredicate`). */
  readonly exclude?: readonly FilterKey[];
  /** Grid cell size of a grid query (needs a cube whose `cells` include it). */
  readonly cellDegrees?: number;
  /**
   * The query sums sex/age counts (`personsExpr`) and never counts incidents. The sex/age
   * filter (`women + girls > 0`) then needs no `sex_age` dimension: on a cube row it holds
   * when it holds for one of the row's incidents, and the others add nothing to those
   * counts, so every sum and every group is the raw table's. An incident count would
   * include them, hence the flag.
   */
  readonly personsOnly?: true;
}

function sameValue(a: Filters[FilterKey], b: Filters[FilterKey]): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Whether `cube` gives exactly the raw table's answer for a view with these filters: it keeps
 * every dimension the view reads, and each filter either equals the one baked into the cube
 * (whose column the cube keeps, so the predicate still parses and holds on every row) or
 * reads a dimension the cube kept free (nothing baked on it).
 */
export function cubeAnswers(cube: CubeSpec, filters: Filters, need: CubeNeed): boolean {
  const dims = new Set(cube.dims);
  if (!need.dims.every((d) => dims.has(d))) return false;
  if (need.cellDegrees !== undefined && !(cube.cells ?? []).includes(need.cellDegrees)) return false;
  const exclude = new Set(need.exclude ?? []);
  return (Object.keys(FILTER_DIM) as FilterKey[]).every((key) => {
    const wanted = exclude.has(key) ? (key === 'period' ? null : []) : filters[key];
    const baked = cube.base[key];
    // The view's predicate still names the column, so the cube must keep it, except the
    // sex/age filter, whose predicate reads the summed count columns every cube has.
    const readable = !isFilterSet(wanted) || key === 'sexAge' || dims.has(FILTER_DIM[key]);
    if (sameValue(wanted, baked)) return readable;
    const free = dims.has(FILTER_DIM[key]) || (key === 'sexAge' && need.personsOnly === true);
    return !isFilterSet(baked) && free;
  });
}

/**
 * Size proxy of a cube: its dimension count, a grid cell counting as several (it has many
 * values), and a baked filter's column as half a dimension (it holds only the selected
 * values), so of a wide cube and its fitted twin the fitted one wins.
 */
function cubeWeight(cube: CubeSpec): number {
  const baked = (Object.keys(FILTER_DIM) as FilterKey[]).filter((k) => isFilterSet(cube.base[k])).length;
  return cube.dims.length + (cube.dims.includes('cell') ? 4 : 0) - baked / 2;
}

/**
 * Picks where a view's query runs: the cube with the fewest dimensions (a proxy for the fewest
 * rows; a grid cell weighs more) that answers it exactly, or the raw incidents table when none does. Pure: the
 * caller says which cubes exist (built for the current data).
 */
export function chooseSource(filters: Filters, need: CubeNeed, cubes: readonly CubeSpec[]): QuerySource {
  let best: CubeSpec | null = null;
  for (const cube of cubes) {
    if (!cubeAnswers(cube, filters, need)) continue;
    if (best === null || cubeWeight(cube) < cubeWeight(best)) best = cube;
  }
  return best ? cubeSource(best) : RAW_SOURCE;
}
