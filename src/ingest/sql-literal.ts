/**
 * SQL literal and identifier escaping. Every value that comes from a file, a mapping or a
 * user (file names, column names, dictionary words, date formats) goes through these, so a
 * quote in a header or a file name can never change the meaning of a statement.
 */

/** Quotes `value` as a SQL string literal, doubling single quotes. NUL bytes are removed (DuckDB rejects them). */
export function sqlString(value: string): string {
  return `'${value.replaceAll('\u0000', '').replaceAll("'", "''")}'`;
}

/** Quotes `name` as a SQL identifier, doubling double quotes. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('\u0000', '').replaceAll('"', '""')}"`;
}

/** A SQL literal for a finite number; throws on NaN/Infinity so no `NaN` text reaches SQL. */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** A SQL list literal of strings, e.g. `['a', 'b']`. */
export function sqlStringList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(', ')}]::VARCHAR[]`;
}
