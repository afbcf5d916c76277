import { type Cube, coordOf } from './cube.ts';
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
 * How much more a shown total costs to hide than a cell of the same count, per total
 * coordinate, in the screen-view mode ({@link RepairOptions.spareMargins}).
 */
export const MARGIN_WEIGHT = 4;

/** How {@link repairCell} chooses. */
export interface RepairOptions {
  /**
   * Per dimension: true when no view shows its total (view-cube.ts: crime type), so hiding
   * a total along it costs almost nothing.
   */
  marginFirst?: readonly boolean[];
  /**
   * Spare shown totals, at the price of hiding more small cells: a total costs
   * {@link MARGIN_WEIGHT} times more per total coordinate; candidates include the largest
   * neighbours; empty corners are allowed where the move only makes them grow (sign +1:
   * refusing them pushes the box onto totals); and boxes that move the cell by less than k
   * may be hidden (the audit adds up several). For screen views, whose first figures are
   * totals (a month of the region); exports keep the plain rule, which hides the fewest
   * cells in uniformly sparse tables.
   */
  spareMargins?: boolean;
}

/**
 * Hides a hypercube through `cell` (a rectangle in 2-D) so that the next audit can prove the
 * cell safe: the cheapest box that on its own lets the cell move by at least k. Corners
 * already hidden cost nothing, a new one its count plus one, so small cells and cells already
 * hidden are preferred and totals spared. Corners must be non-zero. Ties go to the first
 * combination in level order, so the choice is deterministic. See {@link RepairOptions} for
 * the screen-view mode.
 *
 * Candidates per axis are the levels whose neighbour of `cell` is cheapest, plus the total
 * level: the hypercube whose alternatives are all totals has only +1 signs, so it always
 * works, which guarantees progress. Mutates `hidden`; returns how many cells it hid.
 */
export function repairCell(
  cube: Cube,
  hidden: Uint8Array,
  cell: number,
  k: number,
  options: RepairOptions = {},
): number {
  const n = cube.shape.length;
  const limit = perAxisLimit(n, COMBINATION_BUDGET);
  const marginFirst = options.marginFirst ?? [];
  const spare = options.spareMargins === true;
  const cost = (i: number): number => {
    if (hidden[i] === 1) return 0;
    let depth = 0;
    for (let d = 0; d < n; d++) {
      if (coordOf(cube, i, d) !== 0) continue;
      if (marginFirst[d] === true) return 1;
      depth++;
    }
    return (cube.values[i]! + 1) * (spare ? MARGIN_WEIGHT ** depth : 1);
  };
  const own = coordsOf(cube, cell);
  const choices: number[][] = [];
  for (let d = 0; d < n; d++) {
    const stride = cube.strides[d]!;
    const countOf = (a: number) => cube.values[cell + (a - own[d]!) * stride]!;
    const costOf = (a: number) => cost(cell + (a - own[d]!) * stride);
    const alts: number[] = [];
    for (let a = 0; a < cube.shape[d]!; a++) {
      // The neighbour's sign is −1 only between two categories; an empty one is useless there.
      if (a !== own[d] && (countOf(a) > 0 || (spare && (own[d] === 0 || a === 0)))) alts.push(a);
    }
    const top = spare ? spareCandidates(alts, limit, k, countOf, costOf) : smallestBy(alts, limit, costOf);
    if (own[d] !== 0 && !top.includes(0) && alts.includes(0)) top.push(0);
    choices.push(top);
  }
  const best = { corners: null as number[] | null, cost: Number.POSITIVE_INFINITY };
  const prune = (corners: readonly number[], from: number, to: number, signs: readonly number[]): boolean => {
    for (let c = from; c < to; c++) {
      if (cube.values[corners[c]!] === 0 && (!spare || signs[c]! < 0)) return true;
    }
    let sum = 0;
    for (let c = 0; c < to; c++) sum += cost(corners[c]!);
    return sum >= best.cost;
  };
  const partial = { corners: null as number[] | null, score: Number.POSITIVE_INFINITY };
  searchHypercubes(cube, cell, own, choices, COMBINATION_BUDGET, prune, (h) => {
    const m = hypercubeMoves(cube, h);
    const range = m.up + m.down;
    if (range <= 0) return false;
    let total = 0;
    let fresh = 0;
    for (const i of h.corners) {
      total += cost(i);
      if (hidden[i] !== 1) fresh++;
    }
    if (fresh === 0) return false;
    if (range >= k) {
      if (total < best.cost) {
        best.corners = [...h.corners];
        best.cost = total;
      }
    } else if (spare && total / range < partial.score) {
      partial.corners = [...h.corners];
      partial.score = total / range;
    }
    return false;
  });
  // Screen views: where no single box moves the cell by k (a country with one case in a few
  // months) or only an expensive one does, the box that buys the most movement per unit of
  // cost is hidden; a few such boxes prove what otherwise only a box of large totals could.
  const full = best.corners !== null ? best.cost / k : Number.POSITIVE_INFINITY;
  const pick = partial.score < full ? partial.corners : best.corners;
  let added = 0;
  for (const i of pick ?? allTotalsFallback(cube, hidden, cell)) {
    if (hidden[i] !== 1) {
      hidden[i] = 1;
      added++;
    }
  }
  return added;
}

/**
 * Candidates of the screen-view mode: a third the cheapest neighbours, a third the cheapest
 * that hold at least k, the rest the largest. In a sparse cube the cheapest are hidden small
 * counts, whose boxes cannot move the cell by k; the largest are the likeliest to have
 * non-zero counts at the other corners too.
 */
function spareCandidates(
  alts: readonly number[],
  limit: number,
  k: number,
  countOf: (a: number) => number,
  costOf: (a: number) => number,
): number[] {
  const third = Math.max(1, Math.floor(limit / 3));
  const cheap = smallestBy(alts, third, costOf);
  const strong = smallestBy(
    alts.filter((a) => !cheap.includes(a) && countOf(a) >= k),
    third,
    costOf,
  );
  const large = smallestBy(
    alts.filter((a) => !cheap.includes(a) && !strong.includes(a) && a !== 0),
    Math.max(1, limit - cheap.length - strong.length),
    (a) => -countOf(a),
  );
  return [...cheap, ...strong, ...large];
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
