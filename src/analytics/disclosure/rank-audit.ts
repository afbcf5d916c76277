import { toPublishedSystem } from './published-system.ts';
import { isHidden, type ProtectedTable } from './types.ts';

/**
 * The exact rank test: which hidden cells can be solved for from the published cells and
 * the margin equations alone. A hidden cell x is derivable exactly when its indicator vector
 * lies in the row space of the equations restricted to hidden cells. The test brings those
 * equations to reduced row echelon form with exact integer (BigInt) arithmetic, so no
 * rounding can hide a dependency: x is derivable iff it is a pivot whose row has no other
 * non-zero entry. Returns the keys of every derivable hidden cell, primaries and
 * secondaries alike (a derivable primary is a disclosure).
 *
 * Cost grows with the number of hidden cells; meant for audits of small tables and tests.
 */
export function findDerivableCells(table: ProtectedTable): string[][] {
  const { cells, lines } = toPublishedSystem(table);
  const column = new Map<number, number>();
  const unknowns: number[] = [];
  cells.forEach((cell, i) => {
    if (isHidden(cell)) {
      column.set(i, unknowns.length);
      unknowns.push(i);
    }
  });
  const rows: Map<number, bigint>[] = [];
  for (const line of lines) {
    const row = new Map<number, bigint>();
    line.forEach((cell, j) => {
      const col = column.get(cell);
      if (col !== undefined) row.set(col, j === 0 ? -1n : 1n);
    });
    if (row.size > 0) rows.push(row);
  }
  const pivots = reduceRowEchelon(rows);
  const derivable: string[][] = [];
  for (const [col, row] of pivots) if (row.size === 1) derivable.push(cells[unknowns[col]!]!.keys);
  return derivable;
}

/**
 * The exact rank test for any published system: `rows` are the coefficient vectors (unknown
 * index → integer coefficient) of figures whose values are known, e.g. every published cell
 * of two views written over the record groups both views are made of. A target (a count an
 * attacker wants, such as a cell of one view or the difference of two views) can be worked
 * out exactly iff its vector lies in the span of the rows; returns that answer per target.
 * Exact (BigInt) arithmetic; for audits and tests of small systems.
 */
export function inRowSpan(
  rows: readonly ReadonlyMap<number, bigint>[],
  targets: readonly ReadonlyMap<number, bigint>[],
): boolean[] {
  const pivots = reduceRowEchelon(rows.map((r) => new Map(r)));
  return targets.map((target) => {
    let t = new Map(target);
    for (const [col, prow] of pivots) if (t.has(col)) t = eliminate(t, prow, col);
    return t.size === 0;
  });
}

/**
 * Gauss–Jordan elimination over the rationals, kept fraction-free: each row is an integer
 * vector divided by the gcd of its entries, so a row stands for the line through it.
 * Returns pivot column → its fully reduced row.
 */
function reduceRowEchelon(rows: Map<number, bigint>[]): Map<number, Map<number, bigint>> {
  const pivots = new Map<number, Map<number, bigint>>();
  for (const input of rows) {
    let row = input;
    for (const [col, prow] of pivots) {
      if (row.has(col)) row = eliminate(row, prow, col);
    }
    if (row.size === 0) continue;
    const col = Math.min(...row.keys());
    for (const [pcol, prow] of pivots) {
      if (prow.has(col)) pivots.set(pcol, eliminate(prow, row, col));
    }
    pivots.set(col, row);
  }
  return pivots;
}

/** `a·pb − b·pa`, which clears `col`, normalised by the gcd of its entries. */
function eliminate(a: Map<number, bigint>, b: Map<number, bigint>, col: number): Map<number, bigint> {
  const fa = b.get(col)!;
  const fb = a.get(col)!;
  const out = new Map<number, bigint>();
  for (const [c, v] of a) out.set(c, v * fa);
  for (const [c, v] of b) {
    const next = (out.get(c) ?? 0n) - v * fb;
    if (next === 0n) out.delete(c);
    else out.set(c, next);
  }
  out.delete(col);
  let g = 0n;
  for (const v of out.values()) g = gcd(g, v < 0n ? -v : v);
  if (g > 1n) for (const [c, v] of out) out.set(c, v / g);
  return out;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
