import type { Cube } from './cube.ts';
import { coordsOf, hypercubeMoves, perAxisLimit, searchHypercubes, smallestBy } from './hypercube.ts';

const COMBINATION_BUDGET = 512;

/**
 * Proves that a hidden cell cannot be pinned: finds hypercubes of hidden cells through it
 * (see hypercube.ts) and adds up how far it can move up and down while every published cell
 * stays the same and every hidden cell stays ≥ 0. Moves along several hypercubes are
 * combined with residual capacities, so the sum is a feasible move too: the returned range
 * is inside the attacker's true range (a lower bound on the LP interval, never more).
 * Returns true when up + down ≥ k, i.e. the cell's feasible range is at least k wide.
 *
 * A false answer means "no proof found", not "unsafe"; the caller then hides more.
 */
export function isCellProtected(cube: Cube, hidden: Uint8Array, cell: number, k: number): boolean {
  const n = cube.shape.length;
  const limit = perAxisLimit(n, COMBINATION_BUDGET);
  const own = coordsOf(cube, cell);
  const choices: number[][] = [];
  for (let d = 0; d < n; d++) {
    const stride = cube.strides[d]!;
    const alts: number[] = [];
    for (let a = 0; a < cube.shape[d]!; a++) {
      if (a !== own[d] && hidden[cell + (a - own[d]!) * stride] === 1) alts.push(a);
    }
    choices.push(smallestBy(alts, limit, (a) => -cube.values[cell + (a - own[d]!) * stride]!));
  }
  const residUp = new Map<number, number>();
  const residDown = new Map<number, number>();
  let up = 0;
  let down = 0;
  let ok = false;
  const notHidden = (corners: readonly number[], from: number, to: number): boolean => {
    for (let c = from; c < to; c++) if (hidden[corners[c]!] !== 1) return true;
    return false;
  };
  searchHypercubes(cube, cell, own, choices, COMBINATION_BUDGET, notHidden, (h) => {
    const alone = hypercubeMoves(cube, h);
    if (alone.up + alone.down >= k) {
      ok = true;
      return true;
    }
    const m = hypercubeMoves(cube, h, residUp, residDown);
    if (m.up > 0) {
      up += m.up;
      h.corners.forEach((i, c) => {
        if (h.signs[c]! < 0) residUp.set(i, (residUp.get(i) ?? cube.values[i]!) - m.up);
      });
    }
    if (m.down > 0) {
      down += m.down;
      h.corners.forEach((i, c) => {
        if (h.signs[c]! > 0) residDown.set(i, (residDown.get(i) ?? cube.values[i]!) - m.down);
      });
    }
    ok = up + down >= k;
    return ok;
  });
  return ok;
}
