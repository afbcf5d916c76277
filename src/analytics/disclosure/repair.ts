import type { Cube } from './cube.ts';
import {
  coordsOf,
  hypercubeCorners,
  hypercubeMoves,
  perAxisLimit,
  searchHypercubes,
  smallestBy,
} from './hypercube.ts';

const COMBINATION_BUDGET = 1024;

/**
 * Hides the cheapest hypercube through `cell` (a rectangle in 2-D) that on its own lets the
 * cell move by at least k, so the next audit can prove it safe. Corners must be non-zero;
 * corners that are already hidden cost nothing, a new one costs its count plus one, so small
 * cells and cells already hidden are preferred and totals are spared. Ties go to the first
 * combination in level order, so the choice is deterministic.
 *
 * Candidates per axis are the levels whose neighbour of `cell` is cheapest, plus the total
 * level: the hypercube whose alternatives are all totals has only +1 signs, so it always
 * works, which guarantees progress. Mutates `hidden`; returns how many cells it hid.
 */
export function repairCell(cube: Cube, hidden: Uint8Array, cell: number, k: number): number {
  const n = cube.shape.length;
  const limit = perAxisLimit(n, COMBINATION_BUDGET);
  const cost = (i: number): number => (hidden[i] === 1 ? 0 : cube.values[i]! + 1);
  const own = coordsOf(cube, cell);
  const choices: number[][] = [];
  for (let d = 0; d < n; d++) {
    const stride = cube.strides[d]!;
    const alts: number[] = [];
    for (let a = 0; a < cube.shape[d]!; a++) {
      if (a !== own[d] && cube.values[cell + (a - own[d]!) * stride]! > 0) alts.push(a);
    }
    const top = smallestBy(alts, limit, (a) => cost(cell + (a - own[d]!) * stride));
    if (own[d] !== 0 && !top.includes(0) && alts.includes(0)) top.push(0);
    choices.push(top);
  }
  const best = { corners: null as number[] | null, cost: Number.POSITIVE_INFINITY };
  const prune = (corners: readonly number[], from: number, to: number): boolean => {
    for (let c = from; c < to; c++) if (cube.values[corners[c]!] === 0) return true;
    let partial = 0;
    for (let c = 0; c < to; c++) partial += cost(corners[c]!);
    return partial >= best.cost;
  };
  searchHypercubes(cube, cell, own, choices, COMBINATION_BUDGET, prune, (h) => {
    const m = hypercubeMoves(cube, h);
    if (m.up + m.down < k) return false;
    let total = 0;
    let fresh = 0;
    for (const i of h.corners) {
      total += cost(i);
      if (hidden[i] !== 1) fresh++;
    }
    if (fresh > 0 && total < best.cost) {
      best.corners = [...h.corners];
      best.cost = total;
    }
    return false;
  });
  let added = 0;
  for (const i of best.corners ?? allTotalsFallback(cube, hidden, cell)) {
    if (hidden[i] !== 1) {
      hidden[i] = 1;
      added++;
    }
  }
  return added;
}

/**
 * Last resort when no candidate hypercube adds a cell: hide the all-totals hypercube
 * (every corner a margin of `cell`, all signs +1), which bounds nothing from above.
 */
function allTotalsFallback(cube: Cube, hidden: Uint8Array, cell: number): number[] {
  const own = coordsOf(cube, cell);
  const alts: number[] = [];
  for (let d = 0; d < cube.shape.length; d++) {
    if (own[d] !== 0) {
      alts.push(0);
      continue;
    }
    let pick = 1;
    for (let a = 1; a < cube.shape[d]!; a++) {
      const i = cell + a * cube.strides[d]!;
      if (cube.values[i]! > cube.values[cell + pick * cube.strides[d]!]!) pick = a;
    }
    alts.push(pick);
  }
  const corners = hypercubeCorners(cube, cell, own, alts).corners;
  if (corners.every((i) => hidden[i] === 1)) {
    throw new Error('disclosure repair made no progress; please report this table shape');
  }
  return corners;
}
