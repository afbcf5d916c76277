import { type Cube, coordOf } from './cube.ts';

/**
 * Hypercubes through a cell: the null vectors of the margin equations that the audit and
 * the repair both use. Pick, on every axis d, one other level alt[d]. The 2^N cells that
 * take either the cell's own level or alt[d] on each axis, with sign −1 for every axis where
 * both levels are categories (and +1 where one of them is the total), form a vector that
 * leaves every line sum unchanged. Adding t times that vector to a table gives another table
 * with the same published cells, as long as every corner is hidden and stays ≥ 0.
 */
export interface Hypercube {
  corners: number[];
  signs: number[];
}

/**
 * The corners and signs of the hypercube through `cell` (whose level indices are `own`)
 * with the given alternative levels. Corner 0 is the cell itself.
 */
export function hypercubeCorners(
  cube: Cube,
  cell: number,
  own: readonly number[],
  alts: readonly number[],
): Hypercube {
  const corners = [cell];
  const signs = [1];
  for (let d = 0; d < alts.length; d++) {
    const delta = (alts[d]! - own[d]!) * cube.strides[d]!;
    const flip = own[d] !== 0 && alts[d] !== 0 ? -1 : 1;
    const half = corners.length;
    for (let c = 0; c < half; c++) {
      corners.push(corners[c]! + delta);
      signs.push(signs[c]! * flip);
    }
  }
  return { corners, signs };
}

/** The level index of a cell on every axis. */
export function coordsOf(cube: Cube, cell: number): number[] {
  return cube.shape.map((_, d) => coordOf(cube, cell, d));
}

/**
 * How far `cell` can move up and down along one hypercube, using the given residual
 * capacities (defaults: the cell values). Up is Infinity when no corner has sign −1.
 */
export function hypercubeMoves(
  cube: Cube,
  h: Hypercube,
  residUp?: Map<number, number>,
  residDown?: Map<number, number>,
): { up: number; down: number } {
  let up = Number.POSITIVE_INFINITY;
  let down = Number.POSITIVE_INFINITY;
  for (let c = 0; c < h.corners.length; c++) {
    const i = h.corners[c]!;
    if (h.signs[c]! < 0) up = Math.min(up, residUp?.get(i) ?? cube.values[i]!);
    else down = Math.min(down, residDown?.get(i) ?? cube.values[i]!);
  }
  return { up, down };
}

/**
 * Depth-first search over hypercubes through `cell`, one axis at a time. After each axis the
 * corners built so far, `corners[0..to)`, are offered to `prune` (new ones from `from`, with
 * their signs, which later axes do not change); a pruned
 * branch is never extended, which keeps the search cheap where most cells are published.
 * `visit` gets each complete hypercube (a reused buffer: copy what you keep) and returns true
 * to stop; at most `limit` are visited.
 */
export function searchHypercubes(
  cube: Cube,
  cell: number,
  own: readonly number[],
  choices: readonly (readonly number[])[],
  limit: number,
  prune: (corners: readonly number[], from: number, to: number, signs: readonly number[]) => boolean,
  visit: (h: Hypercube) => boolean,
): void {
  const n = choices.length;
  // Corners of the first d axes sit in [0, 2^d); a sibling branch overwrites only the
  // upper half, so one buffer serves the whole search without allocations.
  const corners = new Array<number>(1 << n).fill(0);
  const signs = new Array<number>(1 << n).fill(0);
  corners[0] = cell;
  signs[0] = 1;
  const h: Hypercube = { corners, signs };
  let visits = 0;
  const dfs = (d: number): boolean => {
    if (d === n) {
      visits++;
      return visit(h) || visits >= limit;
    }
    const half = 1 << d;
    for (const alt of choices[d]!) {
      const delta = (alt - own[d]!) * cube.strides[d]!;
      const flip = own[d] !== 0 && alt !== 0 ? -1 : 1;
      for (let c = 0; c < half; c++) {
        corners[half + c] = corners[c]! + delta;
        signs[half + c] = signs[c]! * flip;
      }
      if (prune(corners, half, 2 * half, signs)) continue;
      if (dfs(d + 1)) return true;
    }
    return false;
  };
  dfs(0);
}

/** How many alternatives per axis keep the number of combinations near `budget`. */
export function perAxisLimit(axes: number, budget: number): number {
  return Math.max(2, Math.floor(budget ** (1 / axes)));
}

/**
 * The `limit` smallest items by `score` (ties: earlier first), in order. A bounded
 * insertion instead of a full sort: axes can have hundreds of levels, of which few are kept.
 */
export function smallestBy(
  items: readonly number[],
  limit: number,
  score: (item: number) => number,
): number[] {
  const kept: number[] = [];
  const scores: number[] = [];
  for (const item of items) {
    const s = score(item);
    if (kept.length === limit && s >= scores[limit - 1]!) continue;
    let at = kept.length;
    while (at > 0 && scores[at - 1]! > s) at--;
    kept.splice(at, 0, item);
    scores.splice(at, 0, s);
    if (kept.length > limit) {
      kept.pop();
      scores.pop();
    }
  }
  return kept;
}
