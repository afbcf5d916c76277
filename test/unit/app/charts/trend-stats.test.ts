import { describe, expect, it } from 'vitest';
import { denseSeries, seriesTrends } from '../../../../src/app/charts/trend-stats.ts';

const m = (y: number, mo: number) => Date.UTC(y, mo, 1);

describe('denseSeries', () => {
  it('fills months without a row with zero and ignores other series and months outside', () => {
    const columns = {
      month: Float64Array.from([m(2020, 0), m(2020, 2), m(2020, 1), m(2021, 5)]),
      series: ['trafficking', 'trafficking', 'smuggling', 'trafficking'],
      value: Float64Array.from([4, 6, 99, 7]),
    };
    const d = denseSeries(columns, 'trafficking', m(2020, 0), m(2020, 3));
    expect(Array.from(d.values)).toEqual([4, 0, 6, 0]);
    expect(Array.from(d.months)).toEqual([m(2020, 0), m(2020, 1), m(2020, 2), m(2020, 3)]);
  });
});

describe('seriesTrends', () => {
  it('finds a significant rise in a steadily rising series and none in a flat one', () => {
    const n = 36;
    const month = Float64Array.from({ length: 2 * n }, (_, i) => m(2018, i % n));
    const series = Array.from({ length: 2 * n }, (_, i) => (i < n ? 'trafficking' : 'smuggling'));
    const value = Float64Array.from({ length: 2 * n }, (_, i) => (i < n ? 10 + i + (i % 3) : 20 + (i % 2)));
    const [t, s] = seriesTrends(
      { month, series, value },
      ['trafficking', 'smuggling'],
      [m(2018, 0), m(2020, 11)],
      '2019-06-01',
    );
    expect(t?.verdict.code).toBe('rising_significant');
    expect(t?.verdict.sen?.slope).toBeCloseTo(1, 0);
    expect(t?.yearOnYear?.relative).toBeGreaterThan(0);
    expect(t?.beforeAfter.code).toBe('higher_after');
    expect(s?.verdict.code).toBe('no_clear_trend');
  });

  it('says too few data for a short range', () => {
    const columns = {
      month: Float64Array.from([m(2020, 0)]),
      series: ['trafficking'],
      value: Float64Array.from([9]),
    };
    const [t] = seriesTrends(columns, ['trafficking'], [m(2020, 0), m(2020, 4)], '2020-03-01');
    expect(t?.verdict.code).toBe('too_few_data');
    expect(t?.yearOnYear).toBeNull();
    expect(t?.total).toBe(9);
  });
});
