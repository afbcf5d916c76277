import { describe, expect, it } from 'vitest';
import { isSuppressed, suppressColumns, suppressCount } from '../../../../src/app/charts/suppress-columns.ts';

describe('suppressCount', () => {
  it.each([
    [0, 0],
    [1, null],
    [4, null],
    [5, 5],
    [120, 120],
    [null, null],
    [Number.NaN, null],
  ])('%s at k = 5 → %s', (n, expected) => {
    expect(suppressCount(n, 5)).toBe(expected);
  });

  it('follows k', () => {
    expect(isSuppressed(9, 10)).toBe(true);
    expect(isSuppressed(10, 10)).toBe(false);
    expect(isSuppressed(2, 1)).toBe(false);
  });
});

describe('suppressColumns', () => {
  it('nulls values and bases in 1..k−1 and keeps zero and large counts', () => {
    const input = { category: ['a', 'b', 'c', 'd'], value: [0, 3, 5, null], base: [10, 4, 100, 2] };
    const out = suppressColumns(input, 5);
    expect(out).toEqual({
      category: ['a', 'b', 'c', 'd'],
      value: [0, null, 5, null],
      base: [10, null, 100, null],
    });
    expect(input.value).toEqual([0, 3, 5, null]);
  });

  it('leaves base absent when there is none', () => {
    expect(suppressColumns({ category: ['x'], value: [2] }, 5)).toEqual({ category: ['x'], value: [null] });
  });
});
