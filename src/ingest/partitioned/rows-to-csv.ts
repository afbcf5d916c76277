/**
 * Rows decoded by hyparquet → CSV text for DuckDB's core `read_csv`. CSV rather than Arrow IPC:
 * apache-arrow's builders compile code with `new Function`, which the app's CSP forbids, and
 * re-encoding through parquet-wasm would need a writer for row arrays; `read_csv` is built
 * into DuckDB-WASM and, with every column typed explicitly, sniffs nothing.
 */

/** One CSV field: strings always quoted (so `""` is an empty string and an empty field is NULL). */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${String(value).replaceAll('"', '""')}"`;
}

/**
 * CSV text (no header) of `rows`, each followed by the `extra` values (the partition keys,
 * which Hive files do not store).
 */
export function rowsToCsv(rows: readonly (readonly unknown[])[], extra: readonly unknown[] = []): string {
  const tail = extra.map(csvField);
  const lines = rows.map((row) => [...row.map(csvField), ...tail].join(','));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
