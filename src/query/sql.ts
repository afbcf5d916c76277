/**
 * The few primitives every SQL builder uses, so no value is ever pasted into SQL unescaped.
 */

/** A SQL string literal: single quotes doubled, NUL removed (DuckDB rejects it anyway). */
export function sqlString(value: string): string {
  return `'${value.replaceAll('\u0000', '').replaceAll("'", "''")}'`;
}

/** A SQL identifier, double-quoted with embedded quotes doubled. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('\u0000', '').replaceAll('"', '""')}"`;
}

/** A finite number as a SQL literal; throws on NaN/Infinity rather than emitting invalid SQL. */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** `column IN ('a', 'b')` for a non-empty list of strings. */
export function sqlIn(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map(sqlString).join(', ')})`;
}

/** A VARCHAR[] literal, e.g. for `list_has_any`. */
export function sqlStringList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(', ')}]::VARCHAR[]`;
}

/** Joins predicates with AND; `TRUE` when there are none. */
export function and(predicates: readonly string[]): string {
  const kept = predicates.filter((p) => p !== 'TRUE');
  return kept.length === 0 ? 'TRUE' : kept.map((p) => `(${p})`).join(' AND ');
}
