import type { Table } from 'apache-arrow';
import { toNullableNumbers, toStrings } from '../../charts/columns.ts';
import type { SexAgeColumns } from '../../charts/sex-age-bars-chart.ts';
import { SEX_AGE } from '../../schema/incident.ts';
import { suppressCount } from './suppress-columns.ts';

/**
 * The result of `sexAgeByCrimeTypeQuery` → stacked-bar columns (rows = crime types,
 * categories = SEX_AGE), every count in 1..k−1 already null (suppressed).
 */
export function toSexAgeColumns(table: Table, k: number): SexAgeColumns {
  const groups = toStrings(table, 'crime_type');
  const cols = SEX_AGE.map((c) => toNullableNumbers(table, c));
  return {
    groups,
    categories: [...SEX_AGE],
    values: groups.map((_, g) => cols.map((col) => suppressCount(col[g] ?? 0, k))),
  };
}

/** One row of sex/age counts (suppressed = null), keyed by category, for the pyramid. */
export function sexAgeRow(columns: SexAgeColumns, group: number): Record<string, number | null> {
  const row: Record<string, number | null> = {};
  columns.categories.forEach((c, i) => {
    row[c] = columns.values[group]?.[i] ?? null;
  });
  return row;
}
