import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectTable } from '../../../../src/analytics/disclosure/protect-table.ts';
import { findDerivableCells } from '../../../../src/analytics/disclosure/rank-audit.ts';
import { ALL, isHidden, type ProtectedTable } from '../../../../src/analytics/disclosure/types.ts';
import { feasibleRanges, matrixRows, tableArb } from './oracles.ts';

const K = 5;

function primaryKeys(table: ProtectedTable): string[] {
  return table.rows.filter((r) => r.status === 'primary').map((r) => JSON.stringify(r.keys));
}

/** Every published cell minus each of its one-step parents (one filter value removed). */
function smallDifferences(table: ProtectedTable): string[] {
  const byKey = new Map(table.rows.map((r) => [JSON.stringify(r.keys), r]));
  const found: string[] = [];
  for (const cell of table.rows) {
    if (cell.value === null) continue;
    cell.keys.forEach((code, d) => {
      if (code === ALL) return;
      const parent = byKey.get(JSON.stringify(cell.keys.map((c, e) => (e === d ? ALL : c))))!;
      const diff = parent.value === null ? 0 : parent.value - cell.value!;
      if (diff > 0 && diff < table.k) found.push(`${cell.keys} vs ${parent.keys}: ${diff}`);
    });
  }
  return found;
}

describe('protectTable', () => {
  it('hides primaries and complements in a worked 3×3 example', () => {
    const rows = matrixRows([
      [1, 8, 9],
      [7, 2, 10],
      [12, 11, 3],
    ]);
    const t = protectTable(rows, ['r', 'c']);
    const shown = Object.fromEntries(t.rows.map((r) => [r.keys.join('/'), r.value]));
    expect(shown['r0/c0']).toBeNull();
    expect(shown['r1/c1']).toBeNull();
    expect(shown['r2/c2']).toBeNull();
    expect(shown['All/All']).toBe(63);
    expect(t.rows.filter((r) => r.status === 'secondary').length).toBeGreaterThan(0);
    expect(findDerivableCells(t)).toEqual([]);
    expect(t.k).toBe(5);
    expect(t.roundBase).toBe(1);
  });

  it('never publishes a count in 1..k−1, and no primary is derivable (exact rank oracle)', () => {
    const shapes = fc.constantFrom([4], [3, 3], [4, 6], [6, 3], [2, 3, 3], [3, 2, 2, 2]);
    fc.assert(
      fc.property(
        shapes.chain((s) => tableArb(s).map((rows) => ({ s, rows }))),
        ({ s, rows }) => {
          const dims = s.map((_, d) => `d${d}`);
          const t = protectTable(rows, dims, { k: K });
          for (const r of t.rows) if (r.value !== null) expect(r.value === 0 || r.value >= K).toBe(true);
          const derivable = new Set(findDerivableCells(t).map((keys) => JSON.stringify(keys)));
          expect(primaryKeys(t).filter((p) => derivable.has(p))).toEqual([]);
          expect(smallDifferences(t)).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 20261128 },
    );
  });

  it('with neighbours, publishes no cell that differs from its counterpart there by 1..k−1', () => {
    // A neighbour is the same table under filters one click away: here each leaf loses a
    // random part (a filter value more), and may lack whole codes of the view.
    fc.assert(
      fc.property(
        tableArb([3, 4]).chain((rows) =>
          fc.array(fc.nat({ max: 3 }), { minLength: rows.length, maxLength: rows.length }).map((cut) => ({
            rows,
            other: rows
              .map((r, i) => ({ keys: r.keys, value: Math.max(0, r.value - cut[i]!) }))
              .filter((r) => r.keys[1] !== 'd1_3'),
          })),
        ),
        ({ rows, other }) => {
          const dims = ['d0', 'd1'];
          const t = protectTable(rows, dims, { k: K, neighbours: [other] });
          const there = protectTable(other, dims, { k: 1 });
          const value = new Map(there.rows.map((r) => [r.keys.join('/'), r.value ?? 0]));
          const derivable = new Set(findDerivableCells(t).map((keys) => keys.join('/')));
          for (const r of t.rows) {
            const key = r.keys.join('/');
            const here = protectTable(rows, dims, { k: 1 }).rows.find((x) => x.keys.join('/') === key)!
              .value!;
            const d = Math.abs(here - (value.get(key) ?? 0));
            if (d > 0 && d < K) {
              // Hidden, and not derivable from what the table publishes.
              expect(r.value).toBeNull();
              expect(derivable.has(key)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 150, seed: 20261129 },
    );
    // Without the guard, the same kind of pair leaks: 9 beside 12 in a neighbour.
    const view = [
      { keys: ['a', 'x'], value: 9 },
      { keys: ['a', 'y'], value: 20 },
    ];
    const next = [
      { keys: ['a', 'x'], value: 12 },
      { keys: ['a', 'y'], value: 20 },
    ];
    const plain = protectTable(view, ['d0', 'd1'], { k: K });
    expect(plain.rows.find((r) => r.keys.join() === 'a,x')?.value).toBe(9);
    const guarded = protectTable(view, ['d0', 'd1'], { k: K, neighbours: [next] });
    expect(guarded.rows.find((r) => r.keys.join() === 'a,x')?.value).toBeNull();
    // …and the line rule hides more, so 29 − 20 does not give it back.
    expect(findDerivableCells(guarded).map((keys) => keys.join())).not.toContain('a,x');
    expect(guarded.rows.filter((r) => r.value === null).length).toBeGreaterThan(2);
  });

  it('interval oracle on tiny tables: every primary can range over at least k values', () => {
    const shapes = fc.constantFrom([2, 2], [2, 3], [3, 3], [2, 2, 2]);
    fc.assert(
      fc.property(
        shapes.chain((s) => tableArb(s).map((rows) => ({ s, rows }))),
        ({ s, rows }) => {
          const t = protectTable(
            rows,
            s.map((_, d) => `d${d}`),
            { k: K },
          );
          const ranges = feasibleRanges(t);
          for (const p of primaryKeys(t)) {
            const r = ranges.get(p)!;
            expect(r.max - r.min, `primary ${p} range ${r.min}..${r.max}`).toBeGreaterThanOrEqual(K);
          }
        },
      ),
      { numRuns: 120, seed: 7 },
    );
  });

  it('is deterministic: shuffled input rows give the same output', () => {
    fc.assert(
      fc.property(
        tableArb([4, 5]).chain((rows) =>
          fc.shuffledSubarray(rows, { minLength: rows.length }).map((s) => [rows, s]),
        ),
        ([rows, shuffled]) => {
          expect(protectTable(shuffled!, ['a', 'b'])).toEqual(protectTable(rows!, ['a', 'b']));
        },
      ),
      { numRuns: 50, seed: 3 },
    );
  });

  it('payload: a hidden cell carries null and nothing else', () => {
    const rows = matrixRows([
      [3, 40],
      [41, 42],
    ]);
    const t = protectTable(rows, ['r', 'c']);
    const hidden = t.rows.filter(isHidden);
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    for (const cell of hidden) {
      expect(Object.keys(cell).sort()).toEqual(['keys', 'status', 'value']);
      expect(JSON.stringify(cell)).toMatch(/"value":null/);
    }
    const json = JSON.stringify(t);
    for (const n of [3, 40, 41, 42]) expect(json).not.toContain(`"value":${n},`);
  });

  it('rounds published cells only, after suppression', () => {
    const rows = matrixRows([
      [12, 23],
      [31, 2],
    ]);
    const t = protectTable(rows, ['r', 'c'], { roundBase: 5 });
    expect(t.roundBase).toBe(5);
    for (const r of t.rows) {
      if (r.value !== null) {
        expect(r.status).toBe('rounded');
        expect(r.value % 5).toBe(0);
      }
    }
    expect(t.rows.find((r) => r.keys.join() === 'All,All')!.value).toBe(70);
  });

  it('rejects bad input', () => {
    expect(() => protectTable([{ keys: ['a'], value: -1 }], ['x'])).toThrow(RangeError);
    expect(() => protectTable([{ keys: ['a'], value: 1.5 }], ['x'])).toThrow(RangeError);
    expect(() => protectTable([{ keys: [ALL], value: 1 }], ['x'])).toThrow(RangeError);
    expect(() => protectTable([{ keys: ['a'], value: 1 }], ['x'], { k: 0 })).toThrow(RangeError);
  });
});
