import type { Table } from 'apache-arrow';
import { guardCategories } from '../../analytics/disclosure/guard-categories.ts';
import { type CategoryColumns, toCategoryColumns, toNullableNumbers } from '../../charts/columns.ts';
import type { FilterKey, Filters } from '../../state/filters.ts';
import { viewNeighbours } from '../../state/view-neighbours.ts';

/** How a breakdown chart is built and protected. */
export interface BreakdownSpec {
  /** The view's SQL under some filters (the builder, its source and ignored filters bound). */
  sql: (filters: Filters) => string;
  /** ORDER BY of the builder, to keep each variant's rows in display order. */
  orderBy: string;
  /** Filters the breakdown ignores (its own, when clicking a bar sets it). */
  ignore?: readonly FilterKey[];
  /** The categories partition the persons total: the line rule applies (guard-categories.ts). */
  partition: boolean;
}

/**
 * The SQL of each variant a guarded breakdown needs: the view itself first, then every view
 * one click away (src/state/view-neighbours.ts). Pure.
 */
export function breakdownVariants(
  spec: BreakdownSpec,
  filters: Filters,
  months: readonly [string, string] | null,
): string[] {
  const neighbours = viewNeighbours(filters, { ignore: spec.ignore ?? [], months });
  return [filters, ...neighbours].map((f) => spec.sql(f));
}

/**
 * The chart's columns from the result of `variantsQuery(breakdownVariants(...))`: the view's
 * categories (variant 0) with persons protected by guardCategories against the other
 * variants. A hidden count is null, never the number. Pure.
 */
export function guardedBreakdownColumns(table: Table, k: number, partition: boolean): CategoryColumns {
  const all = toCategoryColumns(table, 'persons');
  const variant = toNullableNumbers(table, 'variant');
  const view = new Map<string, number>();
  const others = new Map<number, Map<string, number>>();
  all.category.forEach((c, i) => {
    const v = variant[i] ?? 0;
    const n = all.value[i] ?? 0;
    if (v === 0) view.set(c, n);
    else {
      const m = others.get(v) ?? new Map<string, number>();
      others.set(v, m);
      m.set(c, n);
    }
  });
  const guarded = guardCategories(view, [...others.values()], { k, partition });
  return { category: guarded.category, value: guarded.value };
}
