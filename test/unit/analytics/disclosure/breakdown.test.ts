import { describe, expect, it } from 'vitest';
import { protectBreakdown } from '../../../../src/analytics/disclosure/breakdown.ts';

describe('protectBreakdown', () => {
  it('shows every part and the total when all are at least k', () => {
    const b = protectBreakdown({ trafficking: 12, smuggling: 30 }, 5);
    expect(b.total.value).toBe(42);
    expect(b.parts.trafficking?.value).toBe(12);
  });

  it('hides a second part so a small one cannot be rebuilt from the total', () => {
    const b = protectBreakdown({ trafficking: 3, smuggling: 30, both: 8, unknown: 0 }, 5);
    expect(b.parts.trafficking?.value).toBeNull();
    const shown = Object.values(b.parts).filter((p) => p.value !== null);
    const hiddenSum =
      b.total.value === null ? null : b.total.value - shown.reduce((s, p) => s + (p.value ?? 0), 0);
    // Whatever is published, the hidden remainder is either unknown or at least k.
    expect(hiddenSum === null || hiddenSum >= 5).toBe(true);
    expect(Object.values(b.parts).filter((p) => p.value === null).length).toBeGreaterThanOrEqual(2);
  });

  it('never publishes a total in 1..k−1', () => {
    const b = protectBreakdown({ a: 2, b: 1 }, 5);
    expect(b.total.value).toBeNull();
    expect(b.parts.a?.value).toBeNull();
  });
});
