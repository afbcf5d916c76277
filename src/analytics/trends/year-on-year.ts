/** Change between two totals. */
export interface YearOnYearChange {
  current: number;
  previous: number;
  /** current − previous. */
  absolute: number;
  /** (current − previous) / previous; null when previous is 0 (a percentage would be infinite). */
  relative: number | null;
}

/** Change from `previous` to `current`, with the relative change left null when undefined. */
export function yearOnYearChange(current: number, previous: number): YearOnYearChange {
  return {
    current,
    previous,
    absolute: current - previous,
    relative: previous === 0 ? null : (current - previous) / previous,
  };
}

/** Yearly totals of a monthly series. */
export interface AnnualTotals {
  years: Int32Array;
  totals: Float64Array;
  /** Months present in each year (a partial year is not comparable to a full one). */
  months: Int32Array;
}

/**
 * Sums a monthly series by UTC calendar year. NaN (suppressed or missing) values are left
 * out of the total and of the month count.
 * @param months epoch milliseconds of each month's first day
 */
export function annualTotals(months: ArrayLike<number>, values: ArrayLike<number>): AnnualTotals {
  const byYear = new Map<number, [number, number]>();
  for (let i = 0; i < months.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    const y = new Date(months[i] as number).getUTCFullYear();
    const acc = byYear.get(y) ?? [0, 0];
    acc[0] += v;
    acc[1] += 1;
    byYear.set(y, acc);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    years: Int32Array.from(years),
    totals: Float64Array.from(years, (y) => (byYear.get(y) as [number, number])[0]),
    months: Int32Array.from(years, (y) => (byYear.get(y) as [number, number])[1]),
  };
}

/**
 * Year-on-year change of the last complete 12 months against the 12 before them, ending at
 * the latest month with data. Returns null when the series spans less than 24 months.
 * Comparing rolling 12-month windows avoids mistaking a partial current year for a fall.
 */
export function trailingYearOnYear(
  months: ArrayLike<number>,
  values: ArrayLike<number>,
): YearOnYearChange | null {
  if (months.length === 0) return null;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < months.length; i++) last = Math.max(last, months[i] as number);
  const end = new Date(last);
  const monthIndex = (ms: number) => {
    const d = new Date(ms);
    return (end.getUTCFullYear() - d.getUTCFullYear()) * 12 + end.getUTCMonth() - d.getUTCMonth();
  };
  let first = 0;
  for (let i = 0; i < months.length; i++) first = Math.max(first, monthIndex(months[i] as number));
  if (first < 23) return null;
  let current = 0;
  let previous = 0;
  for (let i = 0; i < months.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    const back = monthIndex(months[i] as number);
    if (back < 12) current += v;
    else if (back < 24) previous += v;
  }
  return yearOnYearChange(current, previous);
}
