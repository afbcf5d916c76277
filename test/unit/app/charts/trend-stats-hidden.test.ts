import { describe, expect, it } from 'vitest';
import { seriesTrends } from '../../../../src/app/charts/trend-stats.ts';

const m = (y: number, mo: number) => Date.UTC(y, mo, 1);

/** 30 months of a rising series, with the months at `hidden` (indices) hidden (NaN). */
function series(hidden: number[]) {
  const n = 30;
  return {
    month: Float64Array.from({ length: n }, (_, i) => m(2018, i)),
    series: Array.from({ length: n }, () => 'trafficking'),
    value: Float64Array.from({ length: n }, (_, i) => (hidden.includes(i) ? Number.NaN : 10 + i)),
  };
}

describe('seriesTrends on protected series (hidden months are NaN)', () => {
  it('gives a total and a year-on-year change when every month is published', () => {
    const [t] = seriesTrends(series([]), ['trafficking'], [m(2018, 0), m(2018, 29)], '2019-01-01');
    expect(t?.total).toBe(30 * 10 + (29 * 30) / 2);
    expect(t?.yearOnYearHidden).toBe(false);
    expect(t?.yearOnYear?.current).toBeGreaterThan(0);
  });

  it('hides the total and the year-on-year totals when a month in them is hidden', () => {
    const [t] = seriesTrends(series([20]), ['trafficking'], [m(2018, 0), m(2018, 29)], '2019-01-01');
    expect(t?.total).toBeNull();
    expect(t?.yearOnYear).toBeNull();
    expect(t?.yearOnYearHidden).toBe(true);
    // The tests run on the published months only.
    expect(t?.verdict.n).toBe(29);
    expect(t?.verdict.code).toBe('rising_significant');
  });

  it('keeps the year-on-year change when the hidden month is older than its two windows', () => {
    const [t] = seriesTrends(series([2]), ['trafficking'], [m(2018, 0), m(2018, 29)], '2019-01-01');
    expect(t?.total).toBeNull();
    expect(t?.yearOnYearHidden).toBe(false);
    expect(t?.yearOnYear?.previous).toBe(
      Array.from({ length: 12 }, (_, i) => 10 + 6 + i).reduce((a, b) => a + b),
    );
  });
});
