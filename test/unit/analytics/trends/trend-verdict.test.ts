import { describe, expect, it } from 'vitest';
import { beforeAfter, mannWhitneyU, welchTTest } from '../../../../src/analytics/trends/before-after.ts';
import { trendVerdict } from '../../../../src/analytics/trends/trend-verdict.ts';
import {
  annualTotals,
  trailingYearOnYear,
  yearOnYearChange,
} from '../../../../src/analytics/trends/year-on-year.ts';

const month = (y: number, m: number) => Date.UTC(y, m, 1);

describe('trendVerdict', () => {
  it('codes rising, falling, flat and short series', () => {
    const up = [10, 12, 11, 14, 14, 15, 13, 17, 18, 16, 19, 21];
    expect(trendVerdict(up).code).toBe('rising_significant');
    expect(trendVerdict([...up].reverse()).code).toBe('falling_significant');
    expect(trendVerdict([5, 7, 4, 6, 5, 7, 4, 6, 5, 7]).code).toBe('no_clear_trend');
    const short = trendVerdict([1, 2, 3, 4, 5, 6, 7]);
    expect(short.code).toBe('too_few_data');
    expect(short.n).toBe(7);
    expect(short.mannKendall).toBeNull();
  });

  it('reports Sen slope per unit of the given time axis', () => {
    const v = trendVerdict([0, 2, 4, 6, 8, 10, 12, 14], [0, 2, 4, 6, 8, 10, 12, 14]);
    expect(v.sen?.slope).toBe(1);
  });
});

describe('year on year', () => {
  it('computes absolute and relative change', () => {
    expect(yearOnYearChange(120, 100)).toEqual({ current: 120, previous: 100, absolute: 20, relative: 0.2 });
    expect(yearOnYearChange(3, 0).relative).toBeNull();
  });

  it('sums calendar years and compares trailing 12-month windows', () => {
    const months: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < 30; i++) {
      months.push(month(2019, i));
      values.push(i < 18 ? 10 : 15);
    }
    const totals = annualTotals(months, values);
    expect(Array.from(totals.years)).toEqual([2019, 2020, 2021]);
    expect(Array.from(totals.totals)).toEqual([120, 6 * 10 + 6 * 15, 6 * 15]);
    expect(Array.from(totals.months)).toEqual([12, 12, 6]);
    // last 12 = months 18..29 all 15 → 180; previous 12 = months 6..17 all 10 → 120.
    expect(trailingYearOnYear(months, values)).toMatchObject({ current: 180, previous: 120, relative: 0.5 });
    expect(trailingYearOnYear(months.slice(0, 20), values.slice(0, 20))).toBeNull();
  });
});

describe('before/after', () => {
  const before = [3, 5, 4, 6, 5, 7];
  const after = [8, 9, 7, 12, 10, 11, 9];

  it('Welch t-test matches scipy.stats.ttest_ind(equal_var=False)', () => {
    const r = welchTTest(before, after);
    expect(r.t).toBeCloseTo(5.0963686064660765, 8);
    expect(r.df).toBeCloseTo(10.992386843513946, 8);
    expect(r.p).toBeCloseTo(0.00034675796271301613, 8);
  });

  it('Mann–Whitney U matches scipy (asymptotic, continuity, ties)', () => {
    const r = mannWhitneyU(before, after);
    expect(r.u).toBe(41.5);
    expect(r.p).toBeCloseTo(0.004117847140643789, 6);
  });

  it('splits at the event date (default 2020-03-01) and codes the change', () => {
    const months: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < 36; i++) {
      months.push(month(2018, i));
      values.push((month(2018, i) < month(2020, 2) ? 20 : 8) + (i % 3));
    }
    const r = beforeAfter(months, values);
    expect(r.event).toBe('2020-03-01');
    expect(r.nBefore).toBe(26);
    expect(r.nAfter).toBe(10);
    expect(r.code).toBe('lower_after');
    expect(r.seasonalWelch?.difference).toBeLessThan(0);
    expect(beforeAfter(months, values, { event: '2020-10-01', minPerSide: 12 }).code).toBe('too_few_data');
  });
});
