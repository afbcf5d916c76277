import fc from 'fast-check';
import { toPublishedSystem } from '../../../../src/analytics/disclosure/published-system.ts';
import {
  ALL,
  type CountRow,
  isHidden,
  type ProtectedCell,
  type ProtectedTable,
} from '../../../../src/analytics/disclosure/types.ts';

/**
 * Test oracles for disclosure control. The interval oracle enumerates every non-negative
 * integer table that agrees with what a protected table publishes (published cells, margins
 * included) and reports, for each hidden cell, the smallest and largest value it takes.
 * Meant for tiny tables only.
 */

/** Poisson(λ) quantiles of a uniform integer in 0..9999: sparse counts with zeros and 1..4s. */
export function poissonCount(lambda: number): fc.Arbitrary<number> {
  const cdf: number[] = [];
  let p = Math.exp(-lambda);
  let acc = 0;
  for (let n = 0; n < 30; n++) {
    acc += p;
    cdf.push(acc);
    p *= lambda / (n + 1);
  }
  return fc.integer({ min: 0, max: 9999 }).map((u) => {
    const q = u / 10000;
    const n = cdf.findIndex((c) => q < c);
    return n < 0 ? cdf.length : n;
  });
}

/** A random dense table of the given shape, as count rows with codes `d<dim>_<level>`. */
export function tableArb(shape: readonly number[], lambda = 2): fc.Arbitrary<CountRow[]> {
  const size = shape.reduce((a, b) => a * b, 1);
  return fc.array(poissonCount(lambda), { minLength: size, maxLength: size }).map((values) =>
    values.map((value, i) => {
      const keys: string[] = [];
      let rest = i;
      for (let d = shape.length - 1; d >= 0; d--) {
        keys.unshift(`d${d}_${rest % shape[d]!}`);
        rest = Math.floor(rest / shape[d]!);
      }
      return { keys, value };
    }),
  );
}

/** Rows from a literal matrix: keys `r<i>`, `c<j>`. */
export function matrixRows(matrix: readonly (readonly number[])[]): CountRow[] {
  return matrix.flatMap((row, i) => row.map((value, j) => ({ keys: [`r${i}`, `c${j}`], value })));
}

/**
 * Feasible range of every hidden cell (keyed by JSON of its keys) over all non-negative
 * integer tables consistent with the published cells and margins. Exhaustive: every hidden
 * leaf under some published cell is tried from 0 to the smallest published total above it.
 */
export function feasibleRanges(table: ProtectedTable): Map<string, { min: number; max: number }> {
  const { cells } = toPublishedSystem(table);
  const isLeaf = (keys: string[]): boolean => keys.every((k) => k !== ALL);
  const covers = (margin: string[], leaf: string[]): boolean =>
    margin.every((k, d) => k === ALL || k === leaf[d]);
  const leaves = cells.filter((c) => isLeaf(c.keys));
  const published = cells.filter((c) => !isHidden(c) && !isLeaf(c.keys));
  // A hidden leaf with no published cell above it takes part in no equation: it can grow
  // without limit (with its hidden margins), so cells that contain it have max = Infinity.
  const hasPublishedParent = (l: ProtectedCell): boolean => published.some((m) => covers(m.keys, l.keys));
  const free = leaves.filter((l) => isHidden(l) && !hasPublishedParent(l));
  const hiddenLeaves = leaves.filter((l) => isHidden(l) && hasPublishedParent(l));
  const target = published.map((m) => m.value!);
  const current = published.map((m) =>
    leaves.filter((l) => !isHidden(l) && covers(m.keys, l.keys)).reduce((s, l) => s + l.value!, 0),
  );
  const remaining = published.map((m) => hiddenLeaves.filter((l) => covers(m.keys, l.keys)).length);
  const parents = hiddenLeaves.map((l) => published.flatMap((m, i) => (covers(m.keys, l.keys) ? [i] : [])));
  const caps = parents.map((ps) => Math.min(...ps.map((i) => target[i]!)));
  const hiddenCells = cells.filter(isHidden);
  const ranges = new Map(hiddenCells.map((c) => [JSON.stringify(c.keys), { min: Infinity, max: -Infinity }]));
  const assigned = new Array<number>(hiddenLeaves.length).fill(0);
  const parts = hiddenCells.map((c) => hiddenLeaves.flatMap((l, i) => (covers(c.keys, l.keys) ? [i] : [])));
  const offsets = hiddenCells.map((c) =>
    leaves.filter((l) => !isHidden(l) && covers(c.keys, l.keys)).reduce((s, l) => s + l.value!, 0),
  );
  const slots = hiddenCells.map((c) => ranges.get(JSON.stringify(c.keys))!);
  const unbounded = hiddenCells.map((c) => free.some((l) => covers(c.keys, l.keys)));
  const record = (): void => {
    for (let h = 0; h < hiddenCells.length; h++) {
      let v = offsets[h]!;
      for (const i of parts[h]!) v += assigned[i]!;
      const r = slots[h]!;
      if (v < r.min) r.min = v;
      if (unbounded[h]) r.max = Number.POSITIVE_INFINITY;
      else if (v > r.max) r.max = v;
    }
  };
  const search = (i: number): void => {
    if (i === hiddenLeaves.length) {
      record();
      return;
    }
    for (let v = 0; v <= caps[i]!; v++) {
      let ok = true;
      for (const m of parents[i]!) {
        current[m]! += v;
        remaining[m]!--;
        if (current[m]! > target[m]! || (remaining[m] === 0 && current[m] !== target[m])) ok = false;
      }
      if (ok) {
        assigned[i] = v;
        search(i + 1);
      }
      for (const m of parents[i]!) {
        current[m]! -= v;
        remaining[m]!++;
      }
      if (!ok && parents[i]!.some((m) => current[m]! + v > target[m]!)) break;
    }
  };
  search(0);
  return ranges;
}
