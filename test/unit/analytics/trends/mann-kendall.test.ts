import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../../../src/analytics/trends/mann-kendall.ts';
import { senSlope } from '../../../../src/analytics/trends/sen-slope.ts';

// Worked example (n = 12, one tied pair):
//   x = 10 12 11 14 14 15 13 17 18 16 19 21
// Of the 66 pairs, 59 rise, 6 fall and 1 is tied (14, 14), so S = 59 − 6 = 53.
// Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 = [12·11·29 − 2·1·9] / 18 = 3810/18 = 211.667.
// Z = (S − 1)/√Var = 52 / 14.549 = 3.5742; two-sided p = 2(1 − Φ(3.5742)) = 0.000351.
// Sen's slope = median of the 66 pairwise slopes = 0.95 (the 33rd and 34th are 0.9 and 1.0).
// 95 % CI (Gilbert 1987 §16.5): C = 1.96·√211.667 = 28.515, M1 = (66 − C)/2 = 18.74,
// M2 = (66 + C)/2 + 1 = 48.26; the 18th–19th ordered slopes are 2/3 and 2/3, the 48th–49th
// are 1 and 1, so the interval is [0.667, 1.0]. scipy.stats.theilslopes gives the same
// slope and interval.
const X = [10, 12, 11, 14, 14, 15, 13, 17, 18, 16, 19, 21];

describe('mannKendall', () => {
  it('reproduces the worked example', () => {
    const r = mannKendall(X);
    expect(r.n).toBe(12);
    expect(r.s).toBe(53);
    expect(r.varS).toBeCloseTo(211.6667, 3);
    expect(r.z).toBeCloseTo(3.574185662442048, 6);
    expect(r.p).toBeCloseTo(0.0003513195861588603, 6);
    expect(r.method).toBe('normal');
    expect(r.tau).toBeCloseTo(53 / 66, 10);
  });

  it('is symmetric: reversing the series flips S and keeps p', () => {
    const r = mannKendall([...X].reverse());
    expect(r.s).toBe(-53);
    expect(r.z).toBeCloseTo(-3.574185662442048, 6);
    expect(r.p).toBeCloseTo(0.0003513195861588603, 6);
  });

  it('uses the exact distribution for short tie-free series (Gilbert Table A18)', () => {
    // n = 4 strictly increasing: S = 6, only 1 of 4! = 24 orderings reaches |S| = 6 each way.
    const r = mannKendall([1, 2, 3, 4]);
    expect(r.method).toBe('exact');
    expect(r.s).toBe(6);
    expect(r.p).toBeCloseTo(2 / 24, 10);
    // n = 5, S = 8: one-sided P(S ≥ 8) = 0.042 in Table A18 (5 of 120 orderings).
    const r5 = mannKendall([1, 2, 3, 5, 4]);
    expect(r5.s).toBe(8);
    expect(r5.p).toBeCloseTo((2 * 5) / 120, 10);
  });

  it('skips NaN (missing months) and handles a constant series', () => {
    expect(mannKendall([1, Number.NaN, 2, 3]).n).toBe(3);
    const flat = mannKendall(new Float64Array(12).fill(4));
    expect(flat.s).toBe(0);
    expect(flat.p).toBe(1);
  });
});

describe('senSlope', () => {
  it('reproduces the worked example with its 95% interval', () => {
    const { varS } = mannKendall(X);
    const r = senSlope(X, varS);
    expect(r.pairs).toBe(66);
    expect(r.slope).toBeCloseTo(0.95, 10);
    expect(r.lower).toBeCloseTo(2 / 3, 10);
    expect(r.upper).toBeCloseTo(1, 10);
  });

  it('uses the time axis and skips missing values', () => {
    const r = senSlope([1, Number.NaN, 5], 1, [0, 1, 2]);
    expect(r.pairs).toBe(1);
    expect(r.slope).toBe(2);
  });
});
