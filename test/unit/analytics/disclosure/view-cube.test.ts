import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCodedCube, buildCube, type CodedCounts } from '../../../../src/analytics/disclosure/cube.ts';
import { suppressCube } from '../../../../src/analytics/disclosure/protect-table.ts';
import { findDerivableCells, inRowSpan } from '../../../../src/analytics/disclosure/rank-audit.ts';
import { sumPicked, viewCubeToTable } from '../../../../src/analytics/disclosure/read-view-cube.ts';
import type { CountRow } from '../../../../src/analytics/disclosure/types.ts';
import {
  differenceGuard,
  protectViewCube,
  VIEW_CELL,
  type ViewCubeInput,
} from '../../../../src/analytics/disclosure/view-cube.ts';
import { feasibleRanges, tableArb } from './oracles.ts';

const K = 5;

/** Count rows → coded counts over the given levels (test helper). */
function coded(rows: readonly CountRow[], levels: string[][]): CodedCounts {
  return {
    codes: levels.map((lv, d) => Int32Array.from(rows, (r) => lv.indexOf(r.keys[d]!))),
    values: Float64Array.from(rows, (r) => r.value),
  };
}

function levelsOf(rows: readonly CountRow[], n: number): string[][] {
  return Array.from({ length: n }, (_, d) => [...new Set(rows.map((r) => r.keys[d]!))].reverse());
}

describe('buildCodedCube', () => {
  it('gives the same cube as buildCube, whatever the order of the given levels', () => {
    fc.assert(
      fc.property(tableArb([3, 4, 2]), (rows) => {
        const dims = ['a', 'b', 'c'];
        const a = buildCube(rows, dims);
        const levels = levelsOf(rows, 3);
        const b = buildCodedCube(dims, levels, coded(rows, levels));
        expect(b.levels).toEqual(a.levels);
        expect(Array.from(b.values)).toEqual(Array.from(a.values));
      }),
      { numRuns: 50, seed: 7 },
    );
  });

  it('rejects negative counts and a level called All', () => {
    expect(() => buildCodedCube(['a'], [['x']], coded([{ keys: ['x'], value: -1 }], [['x']]))).toThrow(
      /non-negative/,
    );
    expect(() => buildCodedCube(['a'], [['All']], coded([{ keys: ['All'], value: 1 }], [['All']]))).toThrow(
      /reserved/,
    );
  });
});

describe('suppressCube with forced cells', () => {
  it('protects a forced cell like a primary: hidden, with a partner, and not derivable', () => {
    // 2×3 table, all counts large: only the forced cell (r0, c0) has to go.
    const rows = [
      [20, 30, 40],
      [25, 35, 45],
    ].flatMap((row, i) => row.map((value, j) => ({ keys: [`r${i}`, `c${j}`], value })));
    const cube = buildCube(rows, ['r', 'c']);
    const target = 1 * cube.strides[0]! + 1 * cube.strides[1]!;
    const plain = suppressCube(cube, K);
    expect(plain.hidden.every((h) => h === 0)).toBe(true);
    const { hidden, primary } = suppressCube(cube, K, [target]);
    expect(hidden[target]).toBe(1);
    expect(primary[target]).toBe(0);
    expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(4);
  });
});

describe('differenceGuard', () => {
  it('flags cells 1..k−1 away from a neighbour (either way), never zero cells', () => {
    const levels = [['a', 'b', 'c']];
    const view = buildCodedCube(['x'], levels, {
      codes: [Int32Array.from([0, 1, 2])],
      values: Float64Array.from([10, 0, 30]),
    });
    const larger = buildCodedCube(['x'], levels, {
      codes: [Int32Array.from([0, 1, 2])],
      values: Float64Array.from([12, 3, 30]),
    });
    const smaller = buildCodedCube(['x'], levels, {
      codes: [Int32Array.from([0, 1, 2])],
      values: Float64Array.from([10, 0, 27]),
    });
    // cells: All (40 vs 45: diff 5), a (10 vs 12: diff 2), b (0 vs 3: zero here), c (equal)
    expect(differenceGuard(view, [larger], K)).toEqual([1]);
    // against a smaller view: All (40 vs 37) and c (30 vs 27)
    expect(differenceGuard(view, [smaller], K)).toEqual([0, 3]);
    expect(differenceGuard(view, [larger, smaller], K)).toEqual([0, 1, 3]);
  });
});

describe('protectViewCube', () => {
  it('hides the guarded cell and enough others that parent − child cannot be worked out', () => {
    const rows = [
      { keys: ['A', 't0'], value: 10 },
      { keys: ['A', 't1'], value: 20 },
      { keys: ['B', 't0'], value: 30 },
      { keys: ['B', 't1'], value: 30 },
    ];
    const more = rows.map((r) => (r.keys.join() === 'A,t0' ? { ...r, value: 12 } : r));
    const levels = [
      ['A', 'B'],
      ['t0', 't1'],
    ];
    const input: ViewCubeInput = {
      dims: ['country', 'crime'],
      levels,
      view: coded(rows, levels),
      neighbours: [coded(more, levels)],
      k: K,
    };
    const cube = protectViewCube(input);
    const at = (a: number, b: number) => a * cube.strides[0]! + b * cube.strides[1]!;
    // (A, t0) 10 vs 12, (A, All) 30 vs 32, (All, t0) 40 vs 42, (All, All) 90 vs 92.
    expect(cube.status[at(1, 1)]).toBe(VIEW_CELL.guarded);
    expect(Number.isNaN(cube.values[at(1, 1)]!)).toBe(true);
    const table = viewCubeToTable(cube);
    expect(table.rows.filter((r) => r.value === null).length).toBeGreaterThan(1);
    for (const r of table.rows) if (r.value === null) expect(r.status).not.toBe('published');
    expect(findDerivableCells(table)).toEqual([]);
  });

  it('rejects a k below 1', () => {
    const levels = [['a']];
    const one = coded([{ keys: ['a'], value: 9 }], levels);
    expect(() => protectViewCube({ dims: ['x'], levels, view: one, neighbours: [], k: 0 })).toThrow(/k must/);
  });

  it('on random tables: NaN exactly where hidden, no small count shown, none solvable', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([3, 3, 2], [4, 6], [2, 3, 2, 2]).chain((shape) => tableArb(shape)),
        (rows) => {
          const n = rows[0]!.keys.length;
          const levels = levelsOf(rows, n);
          const dims = levels.map((_, d) => `d${d}`);
          const cube = protectViewCube({ dims, levels, view: coded(rows, levels), neighbours: [], k: K });
          for (let i = 0; i < cube.values.length; i++) {
            expect(Number.isNaN(cube.values[i]!)).toBe(cube.status[i] !== VIEW_CELL.published);
            const v = cube.values[i]!;
            if (!Number.isNaN(v)) expect(v === 0 || v >= K).toBe(true);
          }
          const table = viewCubeToTable(cube);
          const derivable = new Set(findDerivableCells(table).map((keys) => JSON.stringify(keys)));
          const primaries = table.rows
            .filter((r) => r.status === 'primary')
            .map((r) => JSON.stringify(r.keys));
          expect(primaries.filter((p) => derivable.has(p))).toEqual([]);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('interval oracle on tiny tables: every primary ranges over at least k values (screen-view repair)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([2, 2], [2, 3], [3, 3], [2, 2, 2]).chain((shape) => tableArb(shape)),
        (rows) => {
          const n = rows[0]!.keys.length;
          const levels = levelsOf(rows, n);
          const dims = levels.map((_, d) => `d${d}`);
          const cube = protectViewCube({
            dims,
            levels,
            view: coded(rows, levels),
            neighbours: [],
            k: K,
            marginFirst: dims.map((_, d) => d === 0),
          });
          const table = viewCubeToTable(cube);
          const ranges = feasibleRanges(table);
          for (const r of table.rows) {
            if (r.status !== 'primary') continue;
            const range = ranges.get(JSON.stringify(r.keys))!;
            expect(range.max - range.min).toBeGreaterThanOrEqual(K);
          }
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  });
});

describe('sumPicked', () => {
  const levels = [
    ['A', 'B', 'C'],
    ['m1', 'm2'],
  ];
  const rows = [
    { keys: ['A', 'm1'], value: 20 },
    { keys: ['A', 'm2'], value: 2 },
    { keys: ['B', 'm1'], value: 30 },
    { keys: ['B', 'm2'], value: 40 },
    { keys: ['C', 'm1'], value: 50 },
    { keys: ['C', 'm2'], value: 60 },
  ];
  const cube = protectViewCube({
    dims: ['country', 'month'],
    levels,
    view: coded(rows, levels),
    neighbours: [],
    k: K,
  });

  it('adds published cells, and hides the sum when one part is hidden', () => {
    // (A, m2) = 2 is hidden with its rectangle (A, m1), (B, m1), (B, m2); row C is published.
    expect(sumPicked(cube, [['C'], ['m1', 'm2']])).toBe(110);
    expect(sumPicked(cube, [['A', 'C'], null])).toBe(132);
    expect(sumPicked(cube, [['B', 'C'], ['m1']])).toBeNull();
    expect(sumPicked(cube, [['A'], ['m2']])).toBeNull();
  });

  it('reads the margin when a pick names every level, and 0 for codes the cube lacks', () => {
    expect(sumPicked(cube, [null, null])).toBe(202);
    expect(sumPicked(cube, [['C', 'B', 'A'], null])).toBe(202);
    expect(sumPicked(cube, [['ZZZ'], null])).toBe(0);
    expect(sumPicked(cube, [[], null])).toBe(0);
  });
});

describe('inRowSpan', () => {
  it('finds a cell fixed by two published sums and not one that is free', () => {
    // x0 + x1 = a, x1 = b → x0 fixed; x2 + x3 = c → neither fixed.
    const rows = [
      new Map([
        [0, 1n],
        [1, 1n],
      ]),
      new Map([[1, 1n]]),
      new Map([
        [2, 1n],
        [3, 1n],
      ]),
    ];
    const t = (cols: number[]) => new Map(cols.map((c) => [c, 1n] as const));
    expect(inRowSpan(rows, [t([0]), t([2]), t([2, 3]), t([0, 2, 3])])).toEqual([true, false, true, true]);
  });
});
