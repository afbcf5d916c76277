import type { Table } from 'apache-arrow';

/**
 * Column objects the charts draw from, and pure converters from the Arrow tables the
 * queries return. Numbers travel as typed arrays so large series never become JS objects.
 */

/**
 * Long-format monthly series: row i is (month[i], series[i], value[i]).
 * `value` is NaN where the count is suppressed (a typed array cannot hold null).
 */
export interface SeriesColumns {
  /** Epoch milliseconds of each month's first day (UTC). */
  month: Float64Array;
  value: Float64Array;
  /** Series key per row (crime type, country, …). */
  series: string[];
}

/** Category breakdown: `value[i]` is null where the count is suppressed. */
export interface CategoryColumns {
  category: string[];
  value: (number | null)[];
  /** Optional base of a share, e.g. persons behind a share of women and girls. */
  base?: (number | null)[];
}

function requireColumn(table: Table, name: string) {
  const col = table.getChild(name);
  if (!col) throw new Error(`column ${name} missing from query result`);
  return col;
}

/** Reads a numeric or date column as numbers; NULL → NaN. Dates arrive as epoch ms. */
export function toFloat64(table: Table, name: string): Float64Array {
  const col = requireColumn(table, name);
  const out = new Float64Array(table.numRows);
  for (let i = 0; i < out.length; i++) {
    const v: unknown = col.get(i);
    out[i] = v === null || v === undefined ? Number.NaN : Number(v as number | bigint | Date);
  }
  return out;
}

/** Reads a column as strings; NULL → `fallback`. */
export function toStrings(table: Table, name: string, fallback = 'unknown'): string[] {
  const col = requireColumn(table, name);
  const out = new Array<string>(table.numRows);
  for (let i = 0; i < out.length; i++) {
    const v: unknown = col.get(i);
    out[i] = v === null || v === undefined ? fallback : String(v);
  }
  return out;
}

/** Reads a numeric column keeping NULL (suppressed) as null. */
export function toNullableNumbers(table: Table, name: string): (number | null)[] {
  return Array.from(toFloat64(table, name), (v) => (Number.isNaN(v) ? null : v));
}

/**
 * Arrow result of a monthly query (e.g. `monthlyCrimeSeriesQuery`) → series columns.
 * @param value the count column to chart (`incidents`, `persons`, `value`)
 * @param series the key column (`series`, `country`)
 */
export function toSeriesColumns(
  table: Table,
  value: string,
  series = 'series',
  month = 'month',
): SeriesColumns {
  return { month: toFloat64(table, month), value: toFloat64(table, value), series: toStrings(table, series) };
}

/**
 * Arrow result of a breakdown query → category columns.
 * @param base optional column holding the base of a share (e.g. `persons`)
 */
export function toCategoryColumns(
  table: Table,
  value: string,
  category = 'category',
  base?: string,
): CategoryColumns {
  const out: CategoryColumns = {
    category: toStrings(table, category),
    value: toNullableNumbers(table, value),
  };
  if (base) out.base = toNullableNumbers(table, base);
  return out;
}
