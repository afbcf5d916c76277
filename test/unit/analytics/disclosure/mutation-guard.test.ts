import { describe, expect, it } from 'vitest';
import { guardDifference } from '../../../../src/analytics/disclosure/difference.ts';
import { protectTable } from '../../../../src/analytics/disclosure/protect-table.ts';
import { findDerivableCells } from '../../../../src/analytics/disclosure/rank-audit.ts';
import type { CountRow, ProtectedTable } from '../../../../src/analytics/disclosure/types.ts';
import { feasibleRanges, matrixRows } from './oracles.ts';

const K = 5;

/** Mutant: hide only cells with 0 < n < k. */
function primaryOnly(rows: CountRow[], dims: string[]): ProtectedTable {
  const full = protectTable(rows, dims, { k: 1 });
  return {
    ...full,
    k: K,
    rows: full.rows.map((r) =>
      r.value !== null && r.value > 0 && r.value < K ? { keys: r.keys, value: null, status: 'primary' } : r,
    ),
  };
}

/** Mutant: primaries, then in every line with exactly one hidden cell hide the smallest other. */
function twoPerLine(rows: CountRow[]): ProtectedTable {
  const t = primaryOnly(rows, ['r', 'c']);
  const cell = (keys: string[]) => t.rows.find((r) => r.keys.join() === keys.join())!;
  let changed = true;
  while (changed) {
    changed = false;
    for (const axis of [0, 1]) {
      const lines = new Map<string, typeof t.rows>();
      for (const r of t.rows) {
        const id = r.keys.filter((_, d) => d !== axis).join();
        lines.set(id, [...(lines.get(id) ?? []), r]);
      }
      for (const line of lines.values()) {
        if (line.filter((r) => r.value === null).length !== 1) continue;
        const pick = line
          .filter((r) => r.value !== null && r.value > 0)
          .sort((a, b) => a.value! - b.value!)[0];
        if (!pick) continue;
        Object.assign(cell(pick.keys), { value: null, status: 'secondary' });
        changed = true;
      }
    }
  }
  return t;
}

// Two hidden rectangles joined by one bridge cell (r0,c2): every row and column has at
// least two hidden cells, yet r0 − (c0 + c1 − r1) gives the bridge exactly.
const BRIDGE = matrixRows([
  [2, 3, 1, 20, 30],
  [4, 1, 20, 20, 30],
  [20, 20, 2, 3, 30],
  [20, 20, 4, 1, 30],
  [30, 30, 30, 30, 30],
]);

describe('mutation guard: the oracles can fail', () => {
  it('the rank oracle catches the bridge under primary-only and two-per-line suppression', () => {
    for (const mutant of [primaryOnly(BRIDGE, ['r', 'c']), twoPerLine(BRIDGE)]) {
      expect(mutant.rows.filter((r) => r.value === null)).toHaveLength(9);
      expect(findDerivableCells(mutant)).toContainEqual(['r0', 'c2']);
    }
  });

  it('the interval oracle catches a 2×2 block of ones that the rank oracle accepts', () => {
    const rows = matrixRows([
      [1, 1, 20],
      [1, 1, 20],
      [20, 20, 20],
    ]);
    const mutant = twoPerLine(rows);
    expect(findDerivableCells(mutant)).toEqual([]);
    const range = feasibleRanges(mutant).get(JSON.stringify(['r0', 'c0']))!;
    expect(range).toEqual({ min: 0, max: 2 });
  });

  it('protectTable passes both oracles on the same tables', () => {
    const t = protectTable(BRIDGE, ['r', 'c'], { k: K });
    expect(findDerivableCells(t)).toEqual([]);
    const ones = protectTable(
      matrixRows([
        [1, 1, 20],
        [1, 1, 20],
        [20, 20, 20],
      ]),
      ['r', 'c'],
    );
    for (const [key, r] of feasibleRanges(ones)) {
      if (ones.rows.find((c) => JSON.stringify(c.keys) === key)!.status === 'primary') {
        expect(r.max - r.min).toBeGreaterThanOrEqual(K);
      }
    }
  });

  it('per-view protection leaks by differencing; joint protection does not', () => {
    // country × crime: A has 10 cases of t0 and 2 of t1.
    const rows = [
      { keys: ['A', 't0'], value: 10 },
      { keys: ['A', 't1'], value: 2 },
      { keys: ['B', 't0'], value: 30 },
      { keys: ['B', 't1'], value: 30 },
    ];
    const parent = protectTable(
      [
        { keys: ['A'], value: 12 },
        { keys: ['B'], value: 60 },
      ],
      ['country'],
    );
    const child = protectTable(
      [
        { keys: ['A'], value: 10 },
        { keys: ['B'], value: 30 },
      ],
      ['country'],
    );
    const a = (t: ProtectedTable) => t.rows.find((r) => r.keys[0] === 'A')!.value!;
    expect(a(parent) - a(child)).toBe(2);
    const guarded = guardDifference(parent.rows, child.rows, K);
    expect(guarded.find((r) => r.keys[0] === 'A')!.value).toBeNull();
    const joint = protectTable(rows, ['country', 'crime']);
    expect(joint.rows.find((r) => r.keys.join() === 'A,t0')!.value).toBeNull();
  });
});
