import { type BeforeAfterResult, beforeAfter } from '../../analytics/trends/before-after.ts';
import { type TrendVerdict, trendVerdict } from '../../analytics/trends/trend-verdict.ts';
import { trailingYearOnYear, type YearOnYearChange } from '../../analytics/trends/year-on-year.ts';
import type { SeriesColumns } from '../../charts/columns.ts';

/** One series made dense: every month of a range, zero where the query returned no row. */
export interface DenseSeries {
  /** Epoch ms of each month's first day (UTC). */
  months: Float64Array;
  values: Float64Array;
}

/** The trend statistics of one series over a range of months. */
export interface SeriesTrend {
  /** Series key (crime type). */
  series: string;
  verdict: TrendVerdict;
  /** Last 12 months against the 12 before; null under 24 months or when a month in them is hidden. */
  yearOnYear: YearOnYearChange | null;
  /** True when the year-on-year totals exist but a month in them is hidden, so they are not shown. */
  yearOnYearHidden: boolean;
  beforeAfter: BeforeAfterResult;
  /** Total of the series over the range; null when a month in it is hidden (sums only of published parts). */
  total: number | null;
}

function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/**
 * The months of `[first, last]` (epoch ms) with the values of series `key` from long
 * columns; a month without a row is zero, because a monthly count query has no row for a
 * month with no incident. Rows outside the range are ignored.
 */
export function denseSeries(columns: SeriesColumns, key: string, first: number, last: number): DenseSeries {
  const start = monthIndex(first);
  const n = Math.max(0, monthIndex(last) - start + 1);
  const months = new Float64Array(n);
  for (let i = 0; i < n; i++) months[i] = Date.UTC(Math.floor((start + i) / 12), (start + i) % 12, 1);
  const values = new Float64Array(n);
  for (let r = 0; r < columns.series.length; r++) {
    if (columns.series[r] !== key) continue;
    const i = monthIndex(columns.month[r] as number) - start;
    if (i >= 0 && i < n) values[i] = (values[i] as number) + (columns.value[r] as number);
  }
  return { months, values };
}

/**
 * Mann–Kendall verdict with Sen's slope (per month), trailing year-on-year change and the
 * before/after comparison around `event` (ISO date) for each series in `order` over the
 * range. Values come from the protected view cube: a hidden month is NaN and the tests leave
 * it out, so every statistic is a function of published figures only. Totals (of the range
 * and of the year-on-year windows) exist only when every month in them is published.
 */
export function seriesTrends(
  columns: SeriesColumns,
  order: readonly string[],
  range: readonly [number, number],
  event: string,
): SeriesTrend[] {
  return order.map((series) => {
    const { months, values } = denseSeries(columns, series, range[0], range[1]);
    const times = Float64Array.from(values, (_, i) => i);
    let total: number | null = 0;
    for (const v of values) total = Number.isNaN(v) || total === null ? null : total + v;
    const yoy = trailingYearOnYear(months, values);
    const yoyHidden = yoy !== null && values.subarray(Math.max(0, values.length - 24)).some(Number.isNaN);
    return {
      series,
      verdict: trendVerdict(values, times),
      yearOnYear: yoyHidden ? null : yoy,
      yearOnYearHidden: yoyHidden,
      beforeAfter: beforeAfter(months, values, { event }),
      total,
    };
  });
}
