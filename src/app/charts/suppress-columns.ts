import type { CategoryColumns, SeriesColumns } from '../../charts/columns.ts';

/**
 * Suppression at the edge of the chart functions: a count in 1..k−1 must never reach a
 * screen, so it becomes null (NaN in a typed array) before any chart sees it, and the
 * chart draws a hatched "<k" cell instead. Zero stays zero: a structural zero reveals no one.
 */

/** True when `n` is a count that must not be shown at threshold `k` (1..k−1). */
export function isSuppressed(n: number | null | undefined, k: number): boolean {
  return n !== null && n !== undefined && n > 0 && n < k;
}

/** `n`, or null when it is suppressed (or already null). */
export function suppressCount(n: number | null | undefined, k: number): number | null {
  if (n === null || n === undefined || Number.isNaN(n)) return null;
  return isSuppressed(n, k) ? null : n;
}

/** Category columns with every suppressed count (value and base) replaced by null; pure. */
export function suppressColumns(columns: CategoryColumns, k: number): CategoryColumns {
  const out: CategoryColumns = {
    category: [...columns.category],
    value: columns.value.map((v) => suppressCount(v, k)),
  };
  if (columns.base) out.base = columns.base.map((v) => suppressCount(v, k));
  return out;
}

/** Monthly series with suppressed counts replaced by NaN (the charts' mark for suppressed); pure. */
export function suppressSeries(columns: SeriesColumns, k: number): SeriesColumns {
  return {
    month: columns.month,
    series: columns.series,
    value: columns.value.map((v) => (isSuppressed(v, k) ? Number.NaN : v)),
  };
}

/**
 * Shares for a share chart: `value` is numerator / denominator, `base` the denominator.
 * A share whose numerator or denominator is suppressed is hidden (null), and so is a
 * suppressed base; a zero denominator has no share.
 */
export function shareColumns(
  category: readonly string[],
  numerator: readonly (number | null)[],
  denominator: readonly (number | null)[],
  k: number,
): CategoryColumns {
  const value: (number | null)[] = [];
  const base: (number | null)[] = [];
  category.forEach((_, i) => {
    const num = suppressCount(numerator[i], k);
    const den = suppressCount(denominator[i], k);
    base.push(den);
    value.push(num === null || den === null || den === 0 ? null : num / den);
  });
  return { category: [...category], value, base };
}
