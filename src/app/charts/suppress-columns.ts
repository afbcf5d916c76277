import type { CategoryColumns } from '../../charts/columns.ts';

/**
 * Primary suppression at the edge of the chart functions, for the views that do not read the
 * protected view cube (the breakdowns: forms of exploitation, nationalities, detection
 * source): a count in 1..k−1 must never reach a screen, so it becomes null before any chart
 * sees it, and the chart draws a hatched "—" cell instead, as it does for every hidden count.
 * Zero stays zero: a structural zero reveals no one. Figures with a protected counterpart
 * read cube-figures.ts instead, never this.
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
