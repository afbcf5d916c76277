import { describe, expect, it } from 'vitest';
import { guardDifference } from '../../../../src/analytics/disclosure/difference.ts';
import { roundToBase } from '../../../../src/analytics/disclosure/rounding.ts';
import { protectShare, sumPublished } from '../../../../src/analytics/disclosure/share.ts';

describe('shares, sums, rounding and the differencing guard', () => {
  it('hides a share when either part is hidden', () => {
    expect(protectShare(5, 20)).toBe(0.25);
    expect(protectShare(null, 20)).toBeNull();
    expect(protectShare(5, null)).toBeNull();
    expect(protectShare(0, 0)).toBeNull();
  });

  it('sums only fully published parts', () => {
    expect(sumPublished([5, 0, 7])).toBe(12);
    expect(sumPublished([5, null, 7])).toBeNull();
    expect(sumPublished([])).toBe(0);
  });

  it('rounds to the nearest multiple, halves up', () => {
    expect([0, 2, 3, 7, 8, 12, 13].map((v) => roundToBase(v, 5))).toEqual([0, 0, 5, 5, 10, 10, 15]);
    expect(roundToBase(7, 1)).toBe(7);
    expect(() => roundToBase(7, 0)).toThrow(RangeError);
  });

  it('hides a child whose difference from the parent is in 1..k−1', () => {
    const parent = [
      { keys: ['A'], value: 12, status: 'published' as const },
      { keys: ['B'], value: 40, status: 'published' as const },
      { keys: ['C'], value: 9, status: 'published' as const },
    ];
    const child = [
      { keys: ['A'], value: 8, status: 'published' as const },
      { keys: ['B'], value: 35, status: 'published' as const },
      { keys: ['C'], value: 9, status: 'published' as const },
    ];
    const out = guardDifference(parent, child, 5);
    expect(out.map((c) => c.value)).toEqual([null, 35, 9]);
    expect(out[0]!.status).toBe('secondary');
    expect(child[0]!.value).toBe(8);
  });
});
