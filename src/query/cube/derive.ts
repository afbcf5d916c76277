import { filterPredicate } from '../filters.ts';
import { sqlIdent, sqlNumber } from '../sql.ts';
import { cubeAnswers } from './choose-source.ts';
import { type CubeSpec, MEASURES } from './cube-spec.ts';
import { CUBE_WEIGHT } from './source.ts';

/** The same filters baked in (compared as data: specs are plain, serialisable objects). */
function sameBase(a: CubeSpec, b: CubeSpec): boolean {
  return JSON.stringify(a.base) === JSON.stringify(b.base);
}

/** True when two specs describe the same table (names aside): same dimensions, filters and cells. */
export function sameCube(a: CubeSpec, b: CubeSpec): boolean {
  const dims = (s: CubeSpec) => [...s.dims].sort().join(',');
  const cells = (s: CubeSpec) => [...(s.cells ?? [])].sort((x, y) => x - y).join(',');
  return dims(a) === dims(b) && cells(a) === cells(b) && sameBase(a, b);
}

/**
 * True when `spec`'s table can be summed from `parent`'s instead of from the incidents: the
 * parent keeps every dimension (and every grid cell size) the child keeps, and answers the
 * child's baked filters exactly (chooseSource's rule: each is baked alike into the parent, or
 * reads a dimension the parent keeps free, where the child's predicate is applied). Summing
 * the parent's matching groups then gives exactly the child's groups.
 */
export function derivesFrom(spec: CubeSpec, parent: CubeSpec): boolean {
  if (spec === parent) return false;
  const cells = new Set(parent.cells ?? []);
  return (spec.cells ?? []).every((c) => cells.has(c)) && cubeAnswers(parent, spec.base, { dims: spec.dims });
}

/**
 * Rank of a possible parent: one that bakes the same filters as the child first (it holds only
 * the rows the child keeps; a parent that keeps them free holds every value of their
 * columns), then the fewest dimensions.
 */
function parentRank(spec: CubeSpec, parent: CubeSpec): number {
  return (sameBase(spec, parent) ? 0 : 100) + parent.dims.length;
}

/** The smallest of `built` that `spec` can be summed from (see {@link parentRank}), or null. */
export function parentFor(spec: CubeSpec, built: readonly CubeSpec[]): CubeSpec | null {
  let best: CubeSpec | null = null;
  for (const p of built) {
    if (derivesFrom(spec, p) && (best === null || parentRank(spec, p) < parentRank(spec, best))) best = p;
  }
  return best;
}

/**
 * SQL that (re)builds `spec`'s table from `parent`'s table (see {@link derivesFrom}): a scan of
 * a few thousand cube rows instead of every incident. Dimensions are regrouped as they are
 * stored in the parent (the sex/age mask column, exploitation lists as built); measures and
 * the incident count are summed; with `cell`, each kept cell size groups by the parent's
 * representative position, which lies in the same cell as every incident of its row.
 */
export function cubeFromParentSQL(spec: CubeSpec, parent: CubeSpec): string {
  const select: string[] = [];
  const keys: string[] = [];
  for (const dim of spec.dims) {
    if (dim === 'cell') continue;
    const col = dim === 'sex_age' ? 'sex_age_mask' : dim;
    select.push(col);
    keys.push(col);
  }
  if (spec.dims.includes('cell')) {
    for (const c of spec.cells ?? [])
      keys.push(`floor(lon / ${sqlNumber(c)})`, `floor(lat / ${sqlNumber(c)})`);
    select.push('min(lon) AS lon', 'min(lat) AS lat');
  }
  const measures = [...MEASURES, CUBE_WEIGHT].map((m) => `sum(${m})::BIGINT AS ${m}`);
  // Filters the child bakes and the parent keeps free are applied here.
  const where = sameBase(spec, parent) ? '' : `\nWHERE ${filterPredicate(spec.base)}`;
  return `CREATE OR REPLACE TABLE ${sqlIdent(spec.name)} AS
SELECT ${[...select, ...measures].join(',\n  ')}
FROM ${sqlIdent(parent.name)}${where}${keys.length ? `\nGROUP BY ${keys.join(', ')}` : ''}`;
}

/**
 * The order to build `specs` in, and what each is built from: a spec that can be summed from
 * another of the list, or from one already `built`, comes after it and reads it; the others
 * read the incidents, in the order given (so the plan's first cubes are still ready first).
 * Pure.
 */
export function buildPlan(
  specs: readonly CubeSpec[],
  built: readonly CubeSpec[] = [],
): { spec: CubeSpec; parent: CubeSpec | null }[] {
  const out: { spec: CubeSpec; parent: CubeSpec | null }[] = [];
  const done: CubeSpec[] = [...built];
  const pending = [...specs];
  while (pending.length > 0) {
    // The first spec whose every possible parent in the list is already placed.
    const i = pending.findIndex(
      (s) => !pending.some((p) => p !== s && derivesFrom(s, p) && !derivesFrom(p, s)),
    );
    const [spec] = pending.splice(Math.max(i, 0), 1) as [CubeSpec];
    const parent = parentFor(spec, done);
    out.push({ spec, parent });
    done.push(spec);
  }
  return out;
}
