import type { SexAgeColumns } from '../../charts/sex-age-bars-chart.ts';

/** One row of sex/age counts (hidden = null), keyed by category, for the pyramid. */
export function sexAgeRow(columns: SexAgeColumns, group: number): Record<string, number | null> {
  const row: Record<string, number | null> = {};
  columns.categories.forEach((c, i) => {
    row[c] = columns.values[group]?.[i] ?? null;
  });
  return row;
}
