import type { RowGroup } from 'hyparquet';

// Which parts of an opened partition file a read needs: row groups by their date statistics,
// and the byte range of each needed column chunk. (Which files and months: coverage.ts.)

/** First and last day of a month range, `YYYY-MM-DD` (inclusive). */
export function periodDays(period: readonly [string, string]): [string, string] {
  const [y, m] = period[1].split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${period[0]}-01`, `${period[1]}-${String(last).padStart(2, '0')}`];
}

/** A DATE statistic as `YYYY-MM-DD` (hyparquet gives a Date, or days since epoch). */
export function dateStat(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return new Date(value * 86_400_000).toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/**
 * Whether a row group may hold dates in `[from, to]`, from the min/max statistics of its date
 * column; a group without statistics is kept (read), never wrongly skipped.
 */
export function rowGroupOverlaps(
  group: RowGroup,
  dateColumn: string,
  days: readonly [string, string],
): boolean {
  const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join('.') === dateColumn);
  const stats = chunk?.meta_data?.statistics;
  const min = dateStat(stats?.min_value ?? stats?.min);
  const max = dateStat(stats?.max_value ?? stats?.max);
  if (min === null || max === null) return true;
  return max >= days[0] && min <= days[1];
}

/** Byte range `[start, end)` of one column chunk (dictionary page first when present). */
export function chunkRange(group: RowGroup, column: string): [number, number] | null {
  const meta = group.columns.find((c) => c.meta_data?.path_in_schema.join('.') === column)?.meta_data;
  if (!meta) return null;
  const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
  return [start, start + Number(meta.total_compressed_size)];
}
