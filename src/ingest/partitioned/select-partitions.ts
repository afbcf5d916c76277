import type { RowGroup } from 'hyparquet';
import type { PartitionFile, PartitionManifest } from './manifest.ts';

/** What a view needs from a partitioned extract. */
export interface PartitionNeeds {
  /** Inclusive `YYYY-MM` month range; null = every month. */
  period: readonly [string, string] | null;
  /** Countries of detection; empty = all. */
  countries: readonly string[];
  /** Columns to read from the files (never the partition keys, which come from paths). */
  columns: readonly string[];
}

/** First and last day of a month range, `YYYY-MM-DD` (inclusive). */
export function periodDays(period: readonly [string, string]): [string, string] {
  const [y, m] = period[1].split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${period[0]}-01`, `${period[1]}-${String(last).padStart(2, '0')}`];
}

/** The files of the manifest a view needs: only partitions whose year and country it reads. */
export function selectFiles(manifest: PartitionManifest, needs: PartitionNeeds): PartitionFile[] {
  const from = needs.period ? Number(needs.period[0].slice(0, 4)) : -Infinity;
  const to = needs.period ? Number(needs.period[1].slice(0, 4)) : Infinity;
  const countries = new Set(needs.countries);
  return manifest.files.filter(
    (f) => f.year >= from && f.year <= to && (countries.size === 0 || countries.has(f.country)),
  );
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
